package cn.lianxi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every record kind, serialised with the services' mapper settings, validates against its topic's AsyncAPI payload
 * schema with a real JSON-schema validator and reads back as the same record; and a planted error (three
 * decimals, an amount beyond the bound, an unknown constant, a missing or null field, a detail of another kind) is
 * refused by the schema, so the validation of live records in the system tests means something.
 */
class AsyncApiPayloadTest {

    private static final ObjectMapper JSON = ContractJsonTest.JSON;
    private static final AsyncApiSchemas SCHEMAS = AsyncApiSchemas.load();

    @Test
    void everyRecordKindValidatesOnItsTopicAndReadsBackTheSame() throws Exception {
        for (Map.Entry<String, List<Object>> topic : ContractSamples.byTopic().entrySet()) {
            for (Object record : topic.getValue()) {
                String json = JSON.writeValueAsString(record);
                SCHEMAS.assertValidOnTopic(topic.getKey(), json);
                Class<?> payload = ContractTypes.PAYLOADS.stream().filter(p -> p.isInstance(record)).findFirst()
                        .orElseThrow();
                assertEquals(record, JSON.readValue(json, payload), json);
            }
        }
    }

    @Test
    void theSamplesHoldEveryRecordOfTheContract() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        ContractSamples.byTopic().values().forEach(records -> records.forEach(r -> collectRecords(r, seen)));
        Set<String> missing = ContractTypes.find().records.stream().filter(r -> !seen.contains(r))
                .map(ContractTypes::schemaName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing, "records without a sample, so never validated against the document");
    }

    @Test
    void aNullTheRecordWritesIsValidAndANullItOmitsIsNot() throws Exception {
        CaseEvent event = ContractSamples.caseEvents().get(0);
        String json = JSON.writeValueAsString(event);
        assertTrue(json.contains("\"legalRepresentative\":null"), "CaseEvent writes a person's legalRepresentative as null");
        SCHEMAS.assertValid("CaseEvent", json);
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(1), e -> e.putNull("officer"));
        assertRefused("CaseEvent", event, e -> e.putNull("courtCode"));
    }

    @Test
    void anAmountWithThreeDecimalsIsRefused() {
        CourtCaseEvent deduction = ContractSamples.courtEvents().get(6);
        assertRefused("CourtCaseEvent", deduction, e -> e.put("amount", new BigDecimal("1000.001")));
        assertRefused("CaseEvent", ContractSamples.caseEvents().get(5),
                e -> ((ObjectNode) e.at("/detail/order")).put("amount", new BigDecimal("0.001")));
        assertRefused("AgencyResult", ContractSamples.agencyResults().get(1),
                e -> ((ObjectNode) e.get("result")).put("amountDeducted", new BigDecimal("1000.001")));
    }

    @Test
    void anAmountIsWithinItsBoundsExactly() {
        CourtCaseEvent payment = ContractSamples.courtEvents().get(7);
        assertAccepted("CourtCaseEvent", payment, e -> e.put("amount", new BigDecimal("99999999999999.99")));
        assertRefused("CourtCaseEvent", payment, e -> e.put("amount", new BigDecimal("100000000000000.00")));
        assertRefused("CourtCaseEvent", payment, e -> e.put("amount", new BigDecimal("0.00")));
        assertRefused("CourtCaseEvent", payment, e -> e.put("amount", new BigDecimal("-5.00")));
        assertRefused("CourtCaseEvent", payment, e -> e.put("amount", "10000.50"));
        CaseEvent event = ContractSamples.caseEvents().get(0);
        assertAccepted("CaseEvent", event, e -> e.put("amountRecovered", new BigDecimal("0.00")));
        assertRefused("CaseEvent", event, e -> e.put("amountOwed", new BigDecimal("0.00")));
    }

    @Test
    void anUnknownConstantIsRefused() {
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(10),
                e -> e.putArray("behaviours").add("FLIGHT"));
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(9), e -> e.put("ground", 7));
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(9), e -> e.put("periodMonths", 30));
        assertRefused("CaseEvent", ContractSamples.caseEvents().get(0), e -> e.put("status", "CLOSED"));
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(0), e -> e.put("kind", "CASE_OPENED"));
        assertRefused("ReferralOutcome", ContractSamples.referralOutcomes().get(0), e -> e.put("outcome", "DONE"));
        assertRefused("SanctionEvent", ContractSamples.sanctionEvents().get(0), e -> e.put("change", "REVOKED"));
    }

    @Test
    void aMissingRequiredFieldIsRefused() {
        assertRefused("CaseEvent", ContractSamples.caseEvents().get(0), e -> e.remove("caseNumber"));
        assertRefused("CaseEvent", ContractSamples.caseEvents().get(0), e -> e.remove("kind"));
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(0), e -> e.remove("eventId"));
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(0),
                e -> ((ObjectNode) e.get("parties").get(0)).remove("minor"));
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(0), e -> e.putArray("parties"));
        // a measure names its officer and its legal basis, every part of it
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(3), e -> e.remove("legalBasis"));
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(4), e -> e.remove("orderedBy"));
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(4),
                e -> ((ObjectNode) e.get("legalBasis")).remove("documentNumber"));
        assertRefused("CaseEvent", ContractSamples.caseEvents().get(2),
                e -> ((ObjectNode) e.get("detail")).remove("legalBasis"));
        assertRefused("ReferralDispatch", ContractSamples.dispatch(), e -> ((ObjectNode) e.get("payload")).remove("respondent"));
        assertRefused("SanctionEvent", ContractSamples.sanctionEvents().get(0), e -> e.remove("subjectIdNumber"));
    }

    @Test
    void aDetailOfAnotherKindAnUnknownFieldOrABrokenRuleIsRefused() {
        CaseEvent payment = ContractSamples.caseEvents().get(6);
        assertRefused("CaseEvent", payment, e -> e.put("kind", "FREEZE_ORDERED"));
        assertRefused("CaseEvent", payment, e -> ((ObjectNode) e.get("detail")).put("currency", "CNY"));
        assertRefused("CaseEvent", payment, e -> e.put("eventId", "evt-1"));
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(11), e -> e.remove("conclusionType"));
        assertRefused("CourtCaseEvent", ContractSamples.courtEvents().get(11), e -> e.put("targetStatus", "FILED"));
        assertRefused("AgencyResult", ContractSamples.agencyResults().get(1), e -> e.remove("result"));
        assertRefused("AgencyResult", ContractSamples.agencyResults().get(2),
                e -> e.set("result", JSON.valueToTree(ContractSamples.referralResults().get(3))));
        assertFalse(SCHEMAS.problems("CaseEvent", "{\"eventId\":1,\"eventId\":2}").isEmpty(), "duplicate keys");
    }

    /**
     * Whole records as the outbox relay writes them (key, CloudEvents binary headers, traceparent, payload) are
     * valid on their topics; a record missing a header or keyed wrongly is refused, naming what is wrong.
     */
    @Test
    void aRecordWithTheRelaysKeyAndHeadersIsValidAndAPlantedHeaderOrKeyErrorIsRefused() throws Exception {
        CaseEvent caseEvent = ContractSamples.caseEvents().get(0);
        ReferralOutcome outcome = ContractSamples.referralOutcomes().get(0);
        SanctionEvent sanction = ContractSamples.sanctionEvents().get(0);
        ReferralDispatch dispatch = ContractSamples.dispatch();
        String caseId = caseEvent.caseId().toString();
        Map<String, String> headers = relayHeaders(caseEvent.eventId(), "case-service", caseEvent.ceType(), caseId);
        String json = JSON.writeValueAsString(caseEvent);
        assertEquals(List.of(), SCHEMAS.recordProblems(Topics.ENFORCEMENT_CASES, caseId, headers, json));
        assertEquals(List.of(), SCHEMAS.recordProblems(Topics.REFERRAL_OUTCOMES, outcome.caseId().toString(),
                relayHeaders(outcome.eventId(), "agency-liaison-service", outcome.ceType(), outcome.caseId().toString()),
                JSON.writeValueAsString(outcome)));
        assertEquals(List.of(), SCHEMAS.recordProblems(Topics.CREDIT_SANCTIONS, sanction.caseId().toString(),
                relayHeaders(sanction.eventId(), "credit-sanction-service", sanction.ceType(), sanction.caseId().toString()),
                JSON.writeValueAsString(sanction)));
        String dispatchTopic = Topics.referralDispatch(dispatch.agencyId(), dispatch.kind().slug());
        assertEquals(List.of(), SCHEMAS.recordProblems(dispatchTopic, dispatch.agencyId(),
                relayHeaders(dispatch.eventId(), "agency-liaison-service", ReferralDispatch.ceType(dispatch.kind()),
                        dispatch.caseId().toString()), JSON.writeValueAsString(dispatch)));

        assertRecordRefused("traceparent", caseId, without(headers, "traceparent"), json);
        assertRecordRefused("traceparent", caseId, with(headers, "traceparent", "00-not-a-trace-01"), json);
        assertRecordRefused("ce_subject", caseId, without(headers, "ce_subject"), json);
        assertRecordRefused("ce_subject", caseId, with(headers, "ce_subject", "C320508|(2023)苏05执123号"), json);
        assertRecordRefused("ce_source", caseId, with(headers, "ce_source", "/lianxi/credit-sanction-service"), json);
        assertRecordRefused("ce_type", caseId, with(headers, "ce_type", outcome.ceType()), json);
        assertRecordRefused("content-type", caseId, with(headers, "content-type", "text/plain"), json);
        assertRecordRefused("key", "C320508|(2023)苏05执123号", headers, json);
        assertRecordRefused("key", null, headers, json);
        assertFalse(SCHEMAS.recordProblems(Topics.OUTBOX_DEFAULT, caseId, headers, json).isEmpty(),
                "the outbox's default topic carries no message");
    }

    /** The headers {@code OutboxRelay} writes for an outbox row of {@code service}. */
    private static Map<String, String> relayHeaders(java.util.UUID eventId, String service, String ceType,
            String subject) {
        Map<String, String> headers = new java.util.TreeMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", eventId.toString());
        headers.put("ce_source", "/lianxi/" + service);
        headers.put("ce_type", ceType);
        headers.put("ce_time", "2026-11-30T08:00:00.123456Z");
        headers.put("ce_subject", subject);
        headers.put("content-type", "application/json");
        headers.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        return headers;
    }

    private static Map<String, String> without(Map<String, String> headers, String name) {
        Map<String, String> copy = new java.util.TreeMap<>(headers);
        copy.remove(name);
        return copy;
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> copy = new java.util.TreeMap<>(headers);
        copy.put(name, value);
        return copy;
    }

    private static void assertRecordRefused(String what, String key, Map<String, String> headers, String json) {
        List<String> problems = SCHEMAS.recordProblems(Topics.ENFORCEMENT_CASES, key, headers, json);
        assertTrue(problems.stream().anyMatch(p -> p.contains(what)), what + " not refused: " + problems);
    }

    private static void assertAccepted(String schema, Object record, Consumer<ObjectNode> change) {
        List<String> problems = SCHEMAS.problems(schema, changed(record, change));
        assertEquals(List.of(), problems);
    }

    /** The record is valid as it is and refused once changed: the change, and only it, is what the schema refuses. */
    private static void assertRefused(String schema, Object record, Consumer<ObjectNode> change) {
        assertEquals(List.of(), SCHEMAS.problems(schema, (JsonNode) JSON.valueToTree(record)), "the sample itself");
        JsonNode changed = changed(record, change);
        assertFalse(SCHEMAS.problems(schema, changed).isEmpty(), schema + " accepts " + changed);
    }

    private static JsonNode changed(Object record, Consumer<ObjectNode> change) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(JSON.writeValueAsString(record));
            change.accept(tree);
            return tree;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collectRecords(Object value, Set<Class<?>> seen) {
        if (value instanceof Collection<?> values) {
            values.forEach(v -> collectRecords(v, seen));
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collectRecords(v, seen));
        } else if (value != null && value.getClass().isRecord()) {
            seen.add(value.getClass());
            for (var component : value.getClass().getRecordComponents()) {
                try {
                    collectRecords(component.getAccessor().invoke(value), seen);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}
