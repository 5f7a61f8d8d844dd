package cn.lianxi.liaison.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.lianxi.contracts.AgencyResult;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.kit.problem.ContractCheck;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.service.AnswerService;
import cn.lianxi.liaison.service.InboxService;
import io.smallrye.mutiny.Uni;

/**
 * Consumes every agency's own results topic ({@code agency.<agency>.results.v1}, by pattern). The broker lets only an
 * agency's own principal write its topic, so a result that names another agency than its topic's is refused
 * (agency-mismatch) before anything else. Kafka-connected agencies acknowledge, answer and reject here, through the same
 * service calls (and checks) as the pull API, so both paths publish the same outcomes; AMEND corrects a standing
 * answer (更正回执) as {@code POST /inbox/{id}/amendments} does. A record that is malformed,
 * breaks a contract rule (an amount with three decimals, …) or a service rule (not the agency's referral, a
 * conflicting answer, …) goes to the dead-letter topic with the reason at once, and the referral stays as it was.
 */
@ApplicationScoped
public class AgencyResultConsumer {

    static final String CONSUMER = "agency-liaison-service/agency-results";

    /** Fields a refusal may name that are the record's own, not its result's. */
    private static final Set<String> TOP_LEVEL = Set.of("replaces", "reason");

    private final ProcessedEvents processed;
    private final InboxService inbox;
    private final AnswerService answers;
    private final ContractCheck contract;
    private final Json json;

    public AgencyResultConsumer(ProcessedEvents processed, InboxService inbox, AnswerService answers, ContractCheck contract,
            Json json) {
        this.processed = processed;
        this.inbox = inbox;
        this.answers = answers;
        this.contract = contract;
        this.json = json;
    }

    @Incoming("agency-results")
    public Uni<Void> consume(ConsumerRecord<String, String> record) {
        AgencyResult result = contract.valid(json.read(record.value(), AgencyResult.class));
        String sender = Topics.agencyOfResults(record.topic());
        if (!result.agencyId().equals(sender)) {
            throw new IllegalArgumentException("agencyId names " + result.agencyId() + ", but the record is on "
                    + record.topic() + ", which only " + sender + " may write (agency-mismatch)");
        }
        return processed.once(CONSUMER, result.eventId().toString(), result, () -> apply(result))
                .onFailure(ProblemException.class).transform(e -> refusal((ProblemException) e));
    }

    /**
     * The dead letter's reason names the field at fault as a path in the record, the way contract refusals do
     * ({@code result.amountDeducted deducts more than the order's amount}, {@code replaces …}).
     */
    static RuntimeException refusal(ProblemException e) {
        if (e.field() == null) {
            return e;
        }
        String path = TOP_LEVEL.contains(e.field()) ? e.field() : "result." + e.field();
        return new IllegalArgumentException(path + " " + e.getMessage(), e);
    }

    private Uni<?> apply(AgencyResult r) {
        String actor = "kafka:" + r.agencyId();
        return switch (r.action()) {
            case ACKNOWLEDGE -> inbox.acknowledge(r.agencyId(), r.referralId(), actor);
            case ANSWER -> answers.answer(r.agencyId(), r.referralId(), r.result(), actor);
            case REJECT -> answers.reject(r.agencyId(), r.referralId(), r.reason(), actor);
            case AMEND -> answers.amend(r.agencyId(), r.referralId(), r.replaces(), r.reason(), r.result(), actor);
        };
    }
}
