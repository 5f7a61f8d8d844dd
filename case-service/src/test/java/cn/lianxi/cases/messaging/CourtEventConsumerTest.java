package cn.lianxi.cases.messaging;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.event;
import static cn.lianxi.cases.Fixtures.filing;
import static cn.lianxi.cases.Fixtures.with;
import static cn.lianxi.cases.Fixtures.without;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.config.StrictJson;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Court events on Kafka: the same intake, the same results as HTTP; refused records go to the DLQ with the reason. */
@QuarkusTest
class CourtEventConsumerTest {

    static final ObjectMapper JSON = StrictJson.configure(new ObjectMapper());

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    /** A filing, a freeze, a payment, and a forbidden conclusion (nothing recovered yet for full performance). */
    static List<Map<String, Object>> story(String number, String pendingEventId) {
        return List.of(filing(SUZHOU, number, "100.00"),
                with(event(SUZHOU, number, "FREEZE_ORDERED"), "bankCode", "ABC", "accountNumber", "62", "amount", "80.00"),
                with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "40.25", "source", "VOLUNTARY",
                        "transferReference", "TR-" + number),
                with(event(SUZHOU, number, "CASE_CONCLUDED"), "conclusionType", "FULL_PERFORMANCE",
                        "eventId", pendingEventId));
    }

    /** As Suzhou's court system: on its own topic, which only its principal may write on the real broker. */
    void publish(String key, Object value) {
        publish(Topics.courtCaseEvents(SUZHOU), key, value);
    }

    void publish(String topic, String key, Object value) {
        try {
            String json = value instanceof String s ? s : JSON.writeValueAsString(value);
            kafka.produceStrings().fromRecords(new ProducerRecord<>(topic, key, json))
                    .awaitCompletion(Duration.ofSeconds(10));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonPath findByNumber(String number) {
        return given().auth().oauth2(Tokens.courtClerk(SUZHOU)).queryParam("caseNumber", number)
                .when().get("/cases").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void kafkaAndHttpGiveTheSameResult() {
        String viaHttp = Fixtures.caseNumber();
        String refusedHttp = Fixtures.eventId();
        var results = Fixtures.submit(SUZHOU, story(viaHttp, refusedHttp)).statusCode(200)
                .body("accepted", equalTo(3)).body("rejected", equalTo(1))
                .body("results[3].reason.rule", equalTo("forbidden-transition")).extract().jsonPath();
        String httpReason = results.getString("results[3].reason.rule") + " [" + results.getString("results[3].reason.field")
                + "]: " + results.getString("results[3].reason.detail");

        String viaKafka = Fixtures.caseNumber();
        String refusedKafka = Fixtures.eventId();
        story(viaKafka, refusedKafka).forEach(e -> publish(SUZHOU + viaKafka, e));

        var dead = Fixtures.records(kafka, Topics.COURT_CASE_EVENTS_DLQ,
                r -> r.value().contains(refusedKafka), 1).get(0);
        assertEquals(httpReason.replace(" [null]", ""), Fixtures.header(dead, "dead-letter-reason"));

        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> findByNumber(viaKafka).getList("id").size() == 1);
        JsonPath http = findByNumber(viaHttp);
        JsonPath kafkaCase = findByNumber(viaKafka);
        for (String field : List.of("status[0]", "amountRecovered[0]", "amountOwed[0]", "readyToConclude[0]")) {
            assertEquals(http.getString(field), kafkaCase.getString(field), field);
        }
        assertEquals(Fixtures.timelineKinds(http.getString("id[0]")),
                Fixtures.timelineKinds(kafkaCase.getString("id[0]")));
    }

    /**
     * The topic says which court sent a record (only the court's principal may write it): an event on Suzhou's topic
     * that names another court is dead-lettered with the reason and creates nothing, and a court's new topic is found
     * by the pattern subscription without a restart.
     */
    @Test
    void anEventNamingAnotherCourtThanItsTopicsIsDeadLetteredAndCreatesNothing() {
        String forged = Fixtures.caseNumber();
        Map<String, Object> otherCourt = filing("C320508", forged, "10.00");
        publish(SUZHOU + forged, otherCourt);
        var dead = Fixtures.records(kafka, Topics.COURT_CASE_EVENTS_DLQ,
                r -> r.value().contains((String) otherCourt.get("eventId")), 1).get(0);
        assertEquals("court-mismatch [courtCode]: the event names another court than its sender's (the caller's over"
                + " HTTP, its topic's on Kafka)", Fixtures.header(dead, "dead-letter-reason"));

        String number = Fixtures.caseNumber();
        publish(Topics.courtCaseEvents("C320508"), "C320508|" + number, filing("C320508", number, "10.00"));
        Awaitility.await().atMost(Duration.ofSeconds(40)).until(() -> given().auth().oauth2(Tokens.courtClerk("C320508"))
                .queryParam("caseNumber", number).when().get("/cases").then().statusCode(200).extract().jsonPath()
                .getList("id").size() == 1);
        assertEquals(0, given().auth().oauth2(Tokens.courtClerk("C320508")).queryParam("caseNumber", forged)
                .when().get("/cases").then().statusCode(200).extract().jsonPath().getList("id").size(),
                "the forged filing created no case");
    }

    @Test
    void amountsAreExactOnKafkaAndThreeDecimalsAreDeadLetteredNamingTheField() {
        String number = Fixtures.caseNumber();
        Map<String, Object> filing = filing(SUZHOU, number, "99999999999999.99");
        Map<String, Object> threeDecimals = with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", 12.345,
                "source", "VOLUNTARY", "transferReference", Fixtures.transfer());
        Map<String, Object> largest = with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "99999999999999.99",
                "source", "VOLUNTARY", "transferReference", Fixtures.transfer());
        List.of(filing, threeDecimals, largest).forEach(e -> publish(SUZHOU + number, e));

        var dead = Fixtures.records(kafka, Topics.COURT_CASE_EVENTS_DLQ,
                r -> r.value().contains((String) threeDecimals.get("eventId")), 1).get(0);
        assertTrue(Fixtures.header(dead, "dead-letter-reason").startsWith("invalid-field [amount]"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> findByNumber(number).getList("id").size() == 1);
        String id = findByNumber(number).getString("id[0]");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> Fixtures.timelineKinds(id).size() >= 3);
        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("99999999999999.99"))
                .body("amountOwed", Fixtures.amount("99999999999999.99"));
    }

    @Test
    void theSameEventIdWithOtherContentOnKafkaIsDeadLetteredAndChangesNothing() {
        String number = Fixtures.caseNumber();
        Map<String, Object> payment = with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "3.00",
                "source", "VOLUNTARY", "transferReference", Fixtures.transfer());
        String id = Fixtures.submit(SUZHOU, List.of(filing(SUZHOU, number, "10.00"), payment)).statusCode(200)
                .extract().path("results[0].caseId");
        Map<String, Object> changed = with(new java.util.HashMap<>(payment), "amount", "4.00");
        publish(SUZHOU + number, changed);

        var dead = Fixtures.records(kafka, Topics.COURT_CASE_EVENTS_DLQ,
                r -> r.value().contains((String) payment.get("eventId")), 1).get(0);
        assertEquals("conflicting-duplicate [eventId]: event " + payment.get("eventId")
                + " was accepted before with other content", Fixtures.header(dead, "dead-letter-reason"));
        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("3.00"));
    }

    @Test
    void aDuplicateOnKafkaChangesNothingAndAPoisonRecordGoesToTheDlq() {
        String number = Fixtures.caseNumber();
        Map<String, Object> filing = filing(SUZHOU, number, "10.00");
        Map<String, Object> payment = with(event(SUZHOU, number, "PAYMENT_RECEIVED"), "amount", "3.00",
                "source", "VOLUNTARY", "transferReference", Fixtures.transfer());
        String id = Fixtures.submit(SUZHOU, List.of(filing, payment)).statusCode(200)
                .extract().path("results[0].caseId");
        publish(SUZHOU + number, payment);
        String poison = "{not json " + Fixtures.eventId();
        publish(SUZHOU + number, poison);

        var dead = Fixtures.records(kafka, Topics.COURT_CASE_EVENTS_DLQ, r -> r.value().equals(poison), 1).get(0);
        assertTrue(Fixtures.header(dead, "dead-letter-reason").startsWith("malformed-event"));
        // the duplicate came before the poison record on the same partition, so it was handled by now
        Fixtures.caseView(id).body("amountRecovered", Fixtures.amount("3.00"));
        assertEquals(2, Fixtures.timelineKinds(id).size());
    }

    @Test
    void aMeasureWithoutItsLegalBasisOrOfficerOnKafkaIsDeadLetteredNamingTheField() {
        String number = Fixtures.caseNumber();
        Map<String, Object> noBasis = without(event(SUZHOU, number, "ASSET_INQUIRY_REQUESTED"), "legalBasis");
        Map<String, Object> noOfficer = without(with(event(SUZHOU, number, "FREEZE_ORDERED"), "bankCode", "ABC",
                "accountNumber", "62", "amount", "8.00"), "orderedBy");
        Map<String, Object> named = event(SUZHOU, number, "ASSET_INQUIRY_REQUESTED");
        List.of(filing(SUZHOU, number, "10.00"), noBasis, noOfficer, named).forEach(e -> publish(SUZHOU + number, e));

        var deadInquiry = Fixtures.records(kafka, Topics.COURT_CASE_EVENTS_DLQ,
                r -> r.value().contains((String) noBasis.get("eventId")), 1).get(0);
        assertEquals("invalid-field [legalBasis]: legalBasis must not be null",
                Fixtures.header(deadInquiry, "dead-letter-reason"));
        var deadFreeze = Fixtures.records(kafka, Topics.COURT_CASE_EVENTS_DLQ,
                r -> r.value().contains((String) noOfficer.get("eventId")), 1).get(0);
        assertEquals("invalid-field [orderedBy]: orderedBy must not be null",
                Fixtures.header(deadFreeze, "dead-letter-reason"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> findByNumber(number).getList("id").size() == 1);
        String id = findByNumber(number).getString("id[0]");
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> Fixtures.timelineKinds(id).contains("ASSET_INQUIRY_REQUESTED"));
        // only the inquiry that named both was applied, with the officer and the document the court system stated
        assertEquals(List.of("CASE_FILED", "STATUS_CHANGED", "ASSET_INQUIRY_REQUESTED"), Fixtures.timelineKinds(id));
        JsonPath timeline = Fixtures.timeline(id);
        assertEquals("officer-0421", timeline.getString("detail[2].orderedBy.id"));
        assertEquals("（2026）苏05执1234号之一", timeline.getString("detail[2].legalBasis.documentNumber"));
    }
}
