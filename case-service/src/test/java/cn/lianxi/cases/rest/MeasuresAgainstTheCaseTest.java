package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.event;
import static cn.lianxi.cases.Fixtures.with;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.AgencyDirectorySeed;
import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.AgencyChanged;
import cn.lianxi.contracts.AgencyKind;
import cn.lianxi.contracts.AgencyStatus;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.Topics;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Orders checked against the case before they go out: 超标的冻结 and deductions beyond the debt refused naming
 * {@code amount}, measures at unknown or suspended agencies refused at once naming {@code bankCode} / {@code agencyId}
 * (the directory consumed from the real broker), over REST, the HTTP batch and Kafka alike; nothing is recorded.
 */
@QuarkusTest
class MeasuresAgainstTheCaseTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String servers;

    static ValidatableResponse order(String id, String action, Map<String, ?> body) {
        return given().config(Fixtures.EXACT).auth().oauth2(Tokens.judge(SUZHOU)).contentType(ContentType.JSON)
                .body(Fixtures.basis(action, body)).when().post("/cases/" + id + "/" + action).then();
    }

    static Map<String, Object> at(String bankCode, String account, String amount) {
        Map<String, Object> body = new HashMap<>(Map.of("bankCode", bankCode, "accountNumber", account));
        if (amount != null) {
            body.put("amount", amount);
        }
        return body;
    }

    @Test
    @DisplayName("超标的冻结 (民事诉讼法 art. 253): freezes beyond what is still owed plus the allowance are refused")
    void aFreezeBeyondTheDebtPlusTheAllowanceIsRefusedCountingTheFreezesInForce() {
        String number = Fixtures.caseNumber();
        String id = Fixtures.fileByEvent(SUZHOU, number, "1000.00"); // limit 1,000.00 + 10 % + 50.00 = 1,150.00
        order(id, "freeze-orders", at("ICBC", "6222-A", "800.00")).statusCode(200);
        List<String> before = Fixtures.timelineKinds(id);

        order(id, "freeze-orders", at("BOC", "6222-B", "350.01")).statusCode(409)
                .spec(Problems.of(ProblemType.EXCESSIVE_FREEZE, 409)).body("errors[0].field", equalTo("amount"))
                .body("detail", containsString("1,150.00 CNY"));
        order(id, "deduction-orders", at("ICBC", "6222-A", "1000.01")).statusCode(409)
                .spec(Problems.of(ProblemType.DEDUCTION_EXCEEDS_DEBT, 409)).body("errors[0].field", equalTo("amount"));
        Fixtures.submit(SUZHOU, List.of(with(event(SUZHOU, number, "FREEZE_ORDERED"), "bankCode", "ABC",
                "accountNumber", "6222-C", "amount", "400.00"))).statusCode(200)
                .body("results[0].status", equalTo("REJECTED"))
                .body("results[0].reason.rule", equalTo("excessive-freeze"))
                .body("results[0].reason.field", equalTo("amount"));
        assertEquals(before, Fixtures.timelineKinds(id), "a refused order leaves no trace");

        order(id, "freeze-orders", at("BOC", "6222-B", "350.00")).statusCode(200);
    }

    @Test
    void aMeasureAtAnUnknownAgencyOrOneThatTakesNoBankOrdersIsRefusedAtOnce() {
        String number = Fixtures.caseNumber();
        String id = Fixtures.fileByEvent(SUZHOU, number, "1000.00");
        order(id, "freeze-orders", at("NOSUCH", "6222", "10.00")).statusCode(400)
                .spec(Problems.of(ProblemType.UNKNOWN_AGENCY, 400)).body("errors[0].field", equalTo("bankCode"));
        order(id, "deduction-orders", Map.of("agencyId", "BANK-NOSUCH", "accountNumber", "6222", "amount", "10.00"))
                .statusCode(400).spec(Problems.of(ProblemType.UNKNOWN_AGENCY, 400))
                .body("errors[0].field", equalTo("agencyId"));
        order(id, "freeze-orders", Map.of("agencyId", AgencyDirectorySeed.POLICE, "accountNumber", "6222",
                "amount", "10.00")).statusCode(400).spec(Problems.of(ProblemType.WRONG_AGENCY_KIND, 400))
                .body("errors[0].field", equalTo("agencyId"));
        assertEquals(List.of("CASE_FILED"), Fixtures.timelineKinds(id));

        // over Kafka the refusal is the dead-letter topic's, with the rule and the field in the reason
        Map<String, Object> unknown = with(event(SUZHOU, number, "UNFREEZE_ORDERED"), "bankCode", "NOSUCH",
                "accountNumber", "6222");
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.courtCaseEvents(SUZHOU), SUZHOU + "|" + number,
                json(unknown))).awaitCompletion(Duration.ofSeconds(10));
        String reason = Fixtures.header(Fixtures.records(kafka, "court.case-events.dlq.v1",
                r -> r.value().contains((String) unknown.get("eventId")), 1).get(0), "dead-letter-reason");
        assertEquals("unknown-agency [bankCode]: no bank NOSUCH in the agency directory", reason);
    }

    @Test
    void aSuspendedAgencyIsRefusedAtOnceAndAnOlderDirectoryRecordDoesNotRevive() {
        String id = Fixtures.fileByEvent(SUZHOU, Fixtures.caseNumber(), "1000.00");
        Instant t0 = Instant.now();
        directory(changed("BANK-T15", "T15", AgencyStatus.ACTIVE, t0));
        order(id, "freeze-orders", at("T15", "6222", "10.00")).statusCode(200);

        directory(changed("BANK-T15", "T15", AgencyStatus.SUSPENDED, t0.plusSeconds(1)));
        order(id, "freeze-orders", at("T15", "6223", "10.00")).statusCode(409)
                .spec(Problems.of(ProblemType.AGENCY_SUSPENDED, 409)).body("errors[0].field", equalTo("bankCode"));
        order(id, "unfreeze-orders", Map.of("agencyId", "BANK-T15", "accountNumber", "6222")).statusCode(409)
                .spec(Problems.of(ProblemType.AGENCY_SUSPENDED, 409)).body("errors[0].field", equalTo("agencyId"));

        // a stale ACTIVE record (redelivered, replayed) is older than the stored entry: it changes nothing
        AgencyChanged stale = changed("BANK-T15", "T15", AgencyStatus.ACTIVE, t0);
        directory(stale, changed("BANK-T15-MARK", "T15M", AgencyStatus.ACTIVE, Instant.now()));
        assertEquals("SUSPENDED", status("BANK-T15"));
    }

    private static AgencyChanged changed(String id, String code, AgencyStatus status, Instant at) {
        return new AgencyChanged(java.util.UUID.randomUUID(), id, AgencyKind.BANK, "测试银行 " + id, code, status, at);
    }

    /** Publishes directory records to the real broker and waits until the consumer stored the last one. */
    private void directory(AgencyChanged... records) {
        AgencyDirectorySeed.publish(mapper, servers, List.of(records));
        AgencyChanged last = records[records.length - 1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> last.eventId().toString().equals(
                query("SELECT event_id::text FROM agency_directory WHERE agency_id = $1", last.agencyId())));
    }

    private String status(String agencyId) {
        return query("SELECT status FROM agency_directory WHERE agency_id = $1", agencyId);
    }

    private String query(String sql, String agencyId) {
        var rows = pool.preparedQuery(sql).execute(Tuple.of(agencyId)).await().atMost(Duration.ofSeconds(10));
        return rows.rowCount() == 0 ? null : rows.iterator().next().getString(0);
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
