package cn.lianxi.cases.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.lianxi.cases.service.SanctionRefusals;
import cn.lianxi.cases.service.SanctionRepairs;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.kit.inbox.ProcessedEvents;
import io.smallrye.mutiny.Uni;

/**
 * Joint-sanction changes from {@code credit.sanctions.v1}. case-service wants the REFUSED ones (a court's decision
 * the credit rules refused) and the LIFTED ones an approved credit repair made (信用修复, {@code repairId} set), and
 * puts them on the case timeline, once per event id. Every other change is skipped on its {@code ce_type} header
 * without being read (a lifting is read to see whether it names a repair). A refusal that breaks the contract or names an unknown
 * case goes to {@code credit.sanctions.dlq.case-service.v1} with the reason.
 */
@ApplicationScoped
public class SanctionConsumer {

    static final String CONSUMER = "case-service.sanctions";
    private static final String REFUSED_TYPE_SUFFIX = "." + SanctionChange.REFUSED.slug() + ".v1";
    private static final String LIFTED_TYPE_SUFFIX = "." + SanctionChange.LIFTED.slug() + ".v1";

    private final SanctionRefusals refusals;
    private final SanctionRepairs repairs;
    private final TypedRecords records;

    public SanctionConsumer(SanctionRefusals refusals, SanctionRepairs repairs, TypedRecords records) {
        this.refusals = refusals;
        this.repairs = repairs;
        this.records = records;
    }

    @Incoming("credit-sanctions")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        String type = ProcessedEvents.ceType(record);
        if (type != null && !type.endsWith(REFUSED_TYPE_SUFFIX) && !type.endsWith(LIFTED_TYPE_SUFFIX)) {
            return Uni.createFrom().voidItem();
        }
        SanctionEvent event;
        try {
            event = records.read(record.value(), SanctionEvent.class);
        } catch (RefusedRecord refused) {
            return Uni.createFrom().failure(refused);
        }
        if (event.change() == SanctionChange.LIFTED && event.repairId() != null) {
            return records.once(CONSUMER, event.eventId().toString(), event, () -> repairs.record(event));
        }
        if (event.change() != SanctionChange.REFUSED) {
            return Uni.createFrom().voidItem();
        }
        return records.once(CONSUMER, event.eventId().toString(), event, () -> refusals.record(event));
    }
}
