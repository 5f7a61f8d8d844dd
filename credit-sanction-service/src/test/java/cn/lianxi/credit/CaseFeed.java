package cn.lianxi.credit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.identity.IdentityNumbers;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Test data: one enforcement case and its events, produced as real {@link CaseEvent} JSON records on
 * {@code enforcement.cases.v1}, the way case-service publishes them.
 */
public final class CaseFeed {

    public static final String COURT = "C320500";
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    public final UUID caseId = UUID.randomUUID();
    public final String caseNumber = "(2025)苏05执" + Math.abs(caseId.getMostSignificantBits() % 100000) + "号";
    public final List<PartyRef> respondents;
    private final KafkaCompanion kafka;
    private String status = "FILED";

    public CaseFeed(KafkaCompanion kafka, PartyRef... respondents) {
        this.kafka = kafka;
        this.respondents = List.of(respondents);
    }

    /** A person respondent born on {@code birth} (yyyyMMdd) with a unique, valid resident ID. */
    public static PartyRef person(String name, String birth) {
        String serial = String.format("%03d", (int) (Math.random() * 1000));
        return new PartyRef("RESPONDENT", "PERSON", name, IdentityNumbers.withResidentCheck("320508" + birth + serial),
                false, null);
    }

    /** A company respondent with a unique, valid unified social credit code. */
    public static PartyRef company(String name, String legalRepresentative) {
        String body = Long.toString(Math.abs(UUID.randomUUID().getLeastSignificantBits()) % 100000000L);
        String code = IdentityNumbers.withCreditCheck("9132050" + "8" + String.format("%08d", Long.parseLong(body)) + "M");
        return new PartyRef("RESPONDENT", "COMPANY", name, code, false, legalRepresentative);
    }

    public UUID filed() {
        return send(CaseEventKind.CASE_FILED, Map.of());
    }

    public UUID send(CaseEventKind kind, Map<String, Object> detail) {
        return send(kind, detail, Instant.now());
    }

    /** Produces one event of this case; returns its event id. */
    public UUID send(CaseEventKind kind, Map<String, Object> detail, Instant occurredAt) {
        if (kind == CaseEventKind.CASE_CONCLUDED) {
            status = "CONCLUDED";
        }
        CaseEvent event = new CaseEvent(UUID.randomUUID(), caseId, COURT, caseNumber, kind, occurredAt, status,
                new BigDecimal("50000.00"), kind == CaseEventKind.CASE_CONCLUDED ? new BigDecimal("50000.00")
                        : BigDecimal.ZERO, respondents, detail);
        produce(caseId.toString(), json(event));
        return event.eventId();
    }

    /** Produces a raw record (for duplicates and poison records). */
    public void produce(String key, String value) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ENFORCEMENT_CASES, key, value))
                .awaitCompletion();
    }

    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public String respondentId(int index) {
        return respondents.get(index).idNumber();
    }
}
