package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.ADULT_ID;
import static cn.lianxi.cases.Fixtures.DEBTOR_COMPANY;
import static cn.lianxi.cases.Fixtures.GUSU;
import static cn.lianxi.cases.Fixtures.MINOR_ID;
import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.event;
import static cn.lianxi.cases.Fixtures.filing;
import static cn.lianxi.cases.Fixtures.party;
import static cn.lianxi.cases.Fixtures.submit;
import static cn.lianxi.cases.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Court event intake over HTTP: every kind, duplicates, held events, invalid identifiers, batch rules. */
@QuarkusTest
class CourtEventResourceTest {

    static final String LEGAL_REP_ID = IdentityNumbers.withResidentCheck("32050819750505101");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    /** Every kind of court event, in an order the status machine accepts, for a company respondent. */
    static List<Map<String, Object>> everyKind(String court, String number) {
        List<Map<String, Object>> events = new ArrayList<>();
        Map<String, Object> company = new HashMap<>(party("RESPONDENT", "COMPANY", "苏州某贸易有限公司", DEBTOR_COMPANY));
        company.put("legalRepresentative", "李四");
        events.add(filing(court, number, "1000.00", company));
        events.add(with(event(court, number, "PARTY_ADDED"), "party", party("APPLICANT", "PERSON", "王五", ADULT_ID)));
        events.add(with(event(court, number, "PARTY_CORRECTED"), "party",
                party("APPLICANT", "PERSON", "王五(更正)", ADULT_ID)));
        events.add(event(court, number, "ASSET_INQUIRY_REQUESTED"));
        events.add(with(event(court, number, "FREEZE_ORDERED"), "bankCode", "ICBC", "accountNumber", "6222001",
                "amount", "600.00"));
        events.add(with(event(court, number, "UNFREEZE_ORDERED"), "bankCode", "ICBC", "accountNumber", "6222001"));
        events.add(with(event(court, number, "DEDUCTION_ORDERED"), "bankCode", "ICBC", "accountNumber", "6222001",
                "amount", "300.00"));
        events.add(with(event(court, number, "PAYMENT_RECEIVED"), "amount", "300.00", "source", "DEDUCTION",
                "transferReference", Fixtures.transfer()));
        events.add(with(event(court, number, "REFUSAL_REPORTED"), "evidenceSummary", "转移财产: 房产过户给亲属"));
        events.add(with(event(court, number, "DISHONEST_LISTING_DECIDED"), "ground", 2, "periodMonths", 36,
                "decisionDate", "2023-05-01", "documentNumber", "(2023)苏05执123号之一"));
        events.add(with(event(court, number, "CONSUMPTION_RESTRICTION_ORDERED"), "behaviours",
                List.of("FLIGHTS", "STAR_HOTELS_AND_HIGH_END_VENUES"), "boundPersons",
                List.of(Map.of("name", "李四", "idNumber", LEGAL_REP_ID, "role", "LEGAL_REPRESENTATIVE"))));
        events.add(with(event(court, number, "STATUS_CHANGED"), "targetStatus", "SUSPENDED", "reason", "破产申请"));
        events.add(event(court, number, "CASE_RESUMED"));
        events.add(with(event(court, number, "CASE_SUSPENDED"), "reason", "破产受理"));
        events.add(with(event(court, number, "BANKRUPTCY_TRANSFER_PROPOSED"), "reason", "资不抵债"));
        events.add(with(event(court, number, "CASE_CONCLUDED"), "conclusionType", "BANKRUPTCY_TRANSFER"));
        return events;
    }

    @Test
    void everyKindIsAppliedAndPublishedWithItsDetail() {
        String number = Fixtures.caseNumber();
        var response = submit(SUZHOU, everyKind(SUZHOU, number)).statusCode(200)
                .body("accepted", equalTo(16)).body("rejected", equalTo(0))
                .body("results.status", everyItem(equalTo("ACCEPTED")));
        String id = response.extract().path("results[0].caseId");

        Fixtures.caseView(id).body("status", equalTo("CONCLUDED"))
                .body("conclusionType", equalTo("BANKRUPTCY_TRANSFER"))
                .body("amountRecovered", Fixtures.amount("300.00"))
                .body("parties.find { it.role == 'APPLICANT' && it.type == 'PERSON' }.name", equalTo("王五(更正)"));

        Map<String, JsonNode> byType = new HashMap<>();
        for (ConsumerRecord<String, String> r : Fixtures.caseEvents(kafka, id, 18)) {
            byType.putIfAbsent(Fixtures.header(r, "ce_type"), Fixtures.json(r.value()));
        }
        for (String kind : List.of("case-filed", "party-changed", "asset-inquiry-requested", "freeze-ordered",
                "unfreeze-ordered", "deduction-ordered", "payment-received", "refusal-reported",
                "dishonest-listing-decided", "consumption-restriction-ordered", "status-changed", "case-concluded",
                "bankruptcy-transfer-proposed")) {
            assertTrue(byType.containsKey("cn.lianxi.case." + kind + ".v1"), kind + " missing: " + byType.keySet());
        }
        JsonNode inquiry = byType.get("cn.lianxi.case.asset-inquiry-requested.v1").get("detail");
        assertEquals(DEBTOR_COMPANY, inquiry.path("respondent").path("idNumber").asText());
        JsonNode freeze = byType.get("cn.lianxi.case.freeze-ordered.v1").get("detail").get("order");
        assertEquals("ICBC", freeze.get("bankCode").asText());
        assertEquals("6222001", freeze.get("accountNumber").asText());
        assertEquals("600.00", freeze.get("amount").decimalValue().toPlainString());
        JsonNode listing = byType.get("cn.lianxi.case.dishonest-listing-decided.v1").get("detail");
        assertEquals(2, listing.get("ground").asInt());
        assertEquals(36, listing.get("periodMonths").asInt());
        assertEquals("2023-05-01", listing.get("decisionDate").asText());
        assertEquals(DEBTOR_COMPANY, listing.path("respondent").path("idNumber").asText());
        JsonNode restriction = byType.get("cn.lianxi.case.consumption-restriction-ordered.v1").get("detail");
        assertEquals("FLIGHTS", restriction.get("behaviours").get(0).asText());
        assertEquals("LEGAL_REPRESENTATIVE", restriction.get("boundPersons").get(0).get("role").asText());
        assertEquals(LEGAL_REP_ID, restriction.get("boundPersons").get(0).get("idNumber").asText());
        assertEquals("转移财产: 房产过户给亲属",
                byType.get("cn.lianxi.case.refusal-reported.v1").get("detail").get("evidenceSummary").asText());
        JsonNode payment = byType.get("cn.lianxi.case.payment-received.v1");
        assertEquals("DEDUCTION", payment.get("detail").get("source").asText());
        assertEquals("300.00", payment.get("amountRecovered").decimalValue().toPlainString());
        assertEquals("BANKRUPTCY_TRANSFER",
                byType.get("cn.lianxi.case.case-concluded.v1").get("detail").get("conclusionType").asText());
    }

    @Test
    void resendingABatchIsHarmless() {
        String number = Fixtures.caseNumber();
        List<Map<String, Object>> batch = List.of(filing(SUZHOU, number, "50.00"),
                with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "20.00", "source", "VOLUNTARY",
                        "transferReference", "TR-2000"));
        String id = submit(SUZHOU, batch).statusCode(200).body("accepted", equalTo(2))
                .extract().path("results[0].caseId");
        submit(SUZHOU, batch).statusCode(200).body("duplicates", equalTo(2))
                .body("results.status", everyItem(equalTo("DUPLICATE")))
                .body("results[1].caseId", equalTo(id));
        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("20.00"));
        assertEquals(2, Fixtures.timelineKinds(id).size());
    }

    @Test
    void eventsBeforeTheFilingAreHeldThenAppliedInCourtOrder() {
        String number = Fixtures.caseNumber();
        Map<String, Object> payment = with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "5.00",
                "source", "VOLUNTARY", "occurredAt", "2023-03-03T10:00:00Z", "transferReference", Fixtures.transfer());
        Map<String, Object> freeze = with(event(SUZHOU, number, "FREEZE_ORDERED"), "bankCode", "BOC",
                "accountNumber", "9", "amount", "10.00", "occurredAt", "2023-03-02T10:00:00Z");
        Map<String, Object> early = with(event(SUZHOU, number, "CASE_CONCLUDED"), "conclusionType",
                "FULL_PERFORMANCE", "occurredAt", "2023-03-04T10:00:00Z");
        submit(SUZHOU, List.of(payment, freeze, early)).statusCode(200)
                .body("accepted", equalTo(3)).body("results.held", everyItem(equalTo(true)));
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).when().get("/court-events/" + freeze.get("eventId"))
                .then().statusCode(200).body("state", equalTo("HELD"));

        String id = Fixtures.fileByEvent(SUZHOU, number, "100.00");

        assertEquals(List.of("CASE_FILED", "STATUS_CHANGED", "FREEZE_ORDERED", "PAYMENT_RECEIVED"),
                Fixtures.timelineKinds(id));
        Fixtures.caseView(id).body("status", equalTo("MEASURES_UNDER_WAY")).body("amountRecovered", Fixtures.amount("5.00"));
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).when().get("/court-events/" + early.get("eventId"))
                .then().statusCode(200).body("state", equalTo("REJECTED"))
                .body("reason", containsString("forbidden-transition")).body("caseId", equalTo(id));
        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/court-events/" + early.get("eventId"))
                .then().statusCode(404);
    }

    @Test
    void invalidIdentifiersAreRejectedNamingTheFieldAndMinorsAreFlagged() {
        String wrongCheck = ADULT_ID.substring(0, 17) + (ADULT_ID.endsWith("1") ? "2" : "1");
        String wrongCredit = DEBTOR_COMPANY.substring(0, 17) + (DEBTOR_COMPANY.endsWith("A") ? "B" : "A");
        String minorCase = Fixtures.caseNumber();
        var result = submit(SUZHOU, List.of(
                filing(SUZHOU, Fixtures.caseNumber(), "1.00", party("RESPONDENT", "PERSON", "甲", wrongCheck)),
                filing(SUZHOU, Fixtures.caseNumber(), "1.00", party("RESPONDENT", "PERSON", "乙", ADULT_ID.substring(1))),
                filing(SUZHOU, Fixtures.caseNumber(), "1.00", party("RESPONDENT", "COMPANY", "丙公司", wrongCredit)),
                filing(SUZHOU, minorCase, "1.00", party("RESPONDENT", "PERSON", "小丁", MINOR_ID)),
                with(event(SUZHOU, minorCase, "DISHONEST_LISTING_DECIDED"), "ground", 6)))
                .statusCode(200).body("accepted", equalTo(2)).body("rejected", equalTo(3));
        result.body("results[0].reason.rule", equalTo("invalid-field"))
                .body("results[0].reason.field", equalTo("parties[1].idNumber"))
                .body("results[0].reason.detail", containsString("check character"))
                .body("results[1].reason.detail", containsString("18 characters"))
                .body("results[2].reason.detail", containsString("GB 32100"))
                // a minor may not be listed on the decision date: that is credit's one check (it answers with a
                // refusal on the timeline), so the intake takes the decision
                .body("results[4].status", equalTo("ACCEPTED"))
                .body(not(containsString(wrongCheck)));
        String id = result.extract().path("results[3].caseId");
        Fixtures.caseView(id).body("parties.find { it.role == 'RESPONDENT' }.minor", equalTo(true));
    }

    @Test
    void eachEventStandsAloneInItsBatch() {
        String number = Fixtures.caseNumber();
        submit(SUZHOU, List.of(filing(SUZHOU, number, "10.00"),
                with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "abc", "source", "VOLUNTARY",
                        "transferReference", Fixtures.transfer()),
                with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "1.001", "source", "VOLUNTARY",
                        "transferReference", Fixtures.transfer()),
                with(event(GUSU, number, "PAYMENT_RECEIVED"), "amount", "1.00", "source", "VOLUNTARY",
                        "transferReference", Fixtures.transfer()),
                with(event(SUZHOU, number, "SOMETHING_ELSE")),
                with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "1.00", "source", "VOLUNTARY",
                        "transferReference", Fixtures.transfer())))
                .statusCode(200).body("accepted", equalTo(2)).body("rejected", equalTo(4))
                .body("results[1].reason.rule", equalTo("malformed-event"))
                .body("results[1].reason.field", equalTo("amount"))
                .body("results[2].reason.field", equalTo("amount"))
                .body("results[3].reason.rule", equalTo("court-mismatch"))
                .body("results[4].reason.field", equalTo("kind"))
                .body("results[5].status", equalTo("ACCEPTED"))
                .body("results[5].held", nullValue());
    }

    @Test
    void exactDecimalSums() {
        String number = Fixtures.caseNumber();
        String id = submit(SUZHOU, List.of(filing(SUZHOU, number, "0.30"),
                with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", 0.10, "source", "VOLUNTARY",
                        "transferReference", Fixtures.transfer()),
                with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "0.20", "source", "OTHER",
                        "transferReference", Fixtures.transfer())))
                .statusCode(200).body("accepted", equalTo(3)).extract().path("results[0].caseId");
        String body = Fixtures.caseView(id).body("readyToConclude", equalTo(true)).extract().asString();
        assertTrue(body.contains("\"amountRecovered\":0.30"), body);
    }

    /** A court's case system logs in as a machine (client credentials): its court's events, and nothing else. */
    @Test
    void aCourtSystemPushesItsCourtsEventsAndDoesNothingElse() {
        String number = Fixtures.caseNumber();
        String system = Tokens.courtSystem(SUZHOU);
        String caseId = given().auth().oauth2(system).contentType(ContentType.JSON)
                .body(Map.of("events", List.of(filing(SUZHOU, number, "50.00")))).when().post("/court-events")
                .then().statusCode(200).body("accepted", equalTo(1)).extract().path("results[0].caseId");
        given().auth().oauth2(system).contentType(ContentType.JSON)
                .body(Map.of("events", List.of(filing(GUSU, Fixtures.caseNumber(), "50.00")))).when()
                .post("/court-events").then().statusCode(200).body("rejected", equalTo(1))
                .body("results[0].reason.rule", equalTo("court-mismatch"));
        given().auth().oauth2(system).when().get("/cases/" + caseId).then().statusCode(403);
        given().auth().oauth2(system).contentType(ContentType.JSON).body(Map.of("amount", "10.00",
                "source", "VOLUNTARY", "transferReference", "TR-SYS")).when().post("/cases/" + caseId + "/payments")
                .then().statusCode(403);
    }

    @Test
    void batchesAreBoundedAndNeedACourtToken() {
        List<Map<String, Object>> tooMany = java.util.stream.IntStream.range(0, 1001)
                .mapToObj(i -> event(SUZHOU, "x", "CASE_RESUMED")).collect(Collectors.toList());
        submit(SUZHOU, tooMany).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", containsString("events"));
        given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC")).contentType(ContentType.JSON)
                .body(Map.of("events", List.of())).when().post("/court-events").then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("jm-office")).contentType(ContentType.JSON)
                .body(Map.of("events", List.of(event(SUZHOU, "x", "CASE_RESUMED")))).when().post("/court-events")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("events", List.of())).when().post("/court-events")
                .then().statusCode(401);
    }

    @Test
    void aLargeBatchIsAnsweredEventByEvent() {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            batch.add(filing(SUZHOU, Fixtures.caseNumber(), "1.00"));
        }
        submit(SUZHOU, batch).statusCode(200).body("accepted", equalTo(100)).body("results", hasSize(100));
    }
}
