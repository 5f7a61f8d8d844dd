package cn.lianxi.liaison;

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

/** Real case-service events for tests, published as JSON records on enforcement.cases.v1 keyed by case id. */
public final class CaseEvents {

    public static final String SUZHOU = "C320500";
    public static final String GUSU = "C320508";
    public static final String RESPONDENT_ID = IdentityNumbers.withResidentCheck("32050819800101123");

    private CaseEvents() {
    }

    public static CaseEvent event(UUID caseId, CaseEventKind kind, String court, Map<String, Object> detail) {
        return new CaseEvent(UUID.randomUUID(), caseId, court, "(2023)苏05执" + caseId.toString().substring(0, 8) + "号",
                kind, Instant.now(), "FILED", new BigDecimal("1200000.00"), BigDecimal.ZERO,
                List.of(new PartyRef("RESPONDENT", "PERSON", "张三", RESPONDENT_ID, false, null)), detail);
    }

    public static void publish(KafkaCompanion kafka, ObjectMapper mapper, CaseEvent... events) {
        for (CaseEvent e : events) {
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ENFORCEMENT_CASES, e.caseId().toString(),
                    json(mapper, e))).awaitCompletion();
        }
    }

    public static String json(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
