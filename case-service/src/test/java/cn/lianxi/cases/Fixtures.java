package cn.lianxi.cases;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.Topics;
import com.fasterxml.jackson.databind.ObjectMapper;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.kit.config.StrictJson;
import cn.lianxi.testsupport.Tokens;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Test data and helpers shared by the test classes: unique case numbers and event ids, court events, batches. */
public final class Fixtures {

    public static final String SUZHOU = "C320500";
    public static final String GUSU = "C320508";
    /** An adult (born 1980). */
    public static final String ADULT_ID = IdentityNumbers.withResidentCheck("32050819800101123");
    /** A minor (born 2015). */
    public static final String MINOR_ID = IdentityNumbers.withResidentCheck("32050820150601002");
    public static final String COMPANY_CODE = IdentityNumbers.withCreditCheck("91320508MA1MXXQ51");
    public static final String DEBTOR_COMPANY = IdentityNumbers.withCreditCheck("91320500MA1N2B3C4");

    /**
     * The officer a court system names on its measures (HTTP batch, Kafka); over the REST actions the token is the
     * officer ({@code sub} and name of {@link Tokens#judge}).
     */
    public static final Map<String, Object> OFFICER = Map.of("id", "officer-0421", "name", "周法官");
    /** The notice of assistance (协助执行通知书) every test measure rests on unless a test says otherwise. */
    public static final Map<String, Object> NOTICE = Map.of("documentKind", "ASSISTANCE_NOTICE",
            "documentNumber", "（2026）苏05执1234号之一", "purpose", "查询、冻结、扣划被执行人存款");
    /** Court event kinds that are measures: each names its officer and legal basis. */
    private static final Set<String> MEASURE_KINDS = Set.of("ASSET_INQUIRY_REQUESTED", "FREEZE_ORDERED",
            "FREEZE_RENEWAL_ORDERED", "UNFREEZE_ORDERED", "DEDUCTION_ORDERED", "REFUSAL_REPORTED");
    /** The case actions that order those measures. */
    private static final Set<String> MEASURE_ACTIONS = Set.of("asset-inquiries", "freeze-orders", "freeze-renewals",
            "unfreeze-orders", "deduction-orders", "refusal-reports");

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private Fixtures() {
    }

    public static String caseNumber() {
        return "(2023)苏05执" + SEQ.incrementAndGet() + "号";
    }

    public static String eventId() {
        return "EV-" + UUID.randomUUID();
    }

    /** A fresh transfer reference: every payment report names its transfer, and one transfer counts once. */
    public static String transfer() {
        return "TR-" + UUID.randomUUID();
    }

    public static Map<String, Object> party(String role, String type, String name, String idNumber) {
        Map<String, Object> party = new HashMap<>();
        party.putAll(Map.of("role", role, "type", type, "name", name, "idNumber", idNumber));
        return party;
    }

    /** A CASE_FILED court event owing {@code owed}, against {@code respondent} (a person or a company). */
    public static Map<String, Object> filing(String court, String number, String owed, Map<String, Object> respondent) {
        Map<String, Object> e = event(court, number, "CASE_FILED");
        e.put("filedOn", "2023-03-01");
        e.put("basisType", "JUDGMENT");
        e.put("basisDocument", "(2022)苏05民初88号");
        e.put("amountOwed", owed);
        e.put("judge", "judge-zy");
        e.put("parties", List.of(party("APPLICANT", "COMPANY", "苏州某银行", COMPANY_CODE), respondent));
        return e;
    }

    public static Map<String, Object> filing(String court, String number, String owed) {
        return filing(court, number, owed, party("RESPONDENT", "PERSON", "张三", ADULT_ID));
    }

    /**
     * A court event of {@code kind} with a fresh id, a measure with {@link #OFFICER} and {@link #NOTICE}; add the
     * kind's fields to the returned map (or remove those two to see a measure refused).
     */
    public static Map<String, Object> event(String court, String number, String kind) {
        Map<String, Object> e = new HashMap<>();
        e.put("eventId", eventId());
        e.put("courtCode", court);
        e.put("caseNumber", number);
        e.put("kind", kind);
        if (MEASURE_KINDS.contains(kind)) {
            e.put("orderedBy", OFFICER);
            e.put("legalBasis", NOTICE);
        }
        return e;
    }

    /** The body of case action {@code action}: a measure gets {@link #NOTICE} as its legal basis when it names none. */
    public static Map<String, Object> basis(String action, Map<String, ?> body) {
        Map<String, Object> withBasis = new HashMap<>(body);
        if (MEASURE_ACTIONS.contains(action)) {
            withBasis.putIfAbsent("legalBasis", NOTICE);
        }
        return withBasis;
    }

    /** The event without {@code field}: a measure that leaves out its officer or its legal basis. */
    public static Map<String, Object> without(Map<String, Object> event, String field) {
        event.remove(field);
        return event;
    }

    public static Map<String, Object> with(Map<String, Object> event, Object... keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            event.put((String) keyValues[i], keyValues[i + 1]);
        }
        return event;
    }

    /** POSTs a batch with a clerk token of {@code court}. */
    public static ValidatableResponse submit(String court, List<Map<String, Object>> events) {
        return given().config(EXACT).auth().oauth2(Tokens.courtClerk(court)).contentType(ContentType.JSON)
                .body(Map.of("events", events)).when().post("/court-events").then();
    }

    /** Files a case by court event and returns its id. */
    public static String fileByEvent(String court, String number, String owed) {
        return submit(court, List.of(filing(court, number, owed))).statusCode(200)
                .extract().path("results[0].caseId");
    }

    /**
     * Reads JSON numbers as BigDecimal, so an amount is compared exactly, scale included ({@code 300.00}, never the
     * float {@code 300.0}).
     */
    public static final RestAssuredConfig EXACT = RestAssuredConfig.config()
            .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));

    /** An amount as the API must answer it: exactly {@code value}, two decimals. */
    public static Matcher<Object> amount(String value) {
        return Matchers.equalTo(new BigDecimal(value));
    }

    /** A second judge of {@link #SUZHOU}: the other officer who approves what the first requested (制度铁笼). */
    public static final String SECOND_JUDGE = "judge2-" + SUZHOU;

    /**
     * A supervised action's answer (202, a pending request for approval) approved by {@link #SECOND_JUDGE}; the case
     * after the action.
     */
    public static ValidatableResponse approved(String caseId, ValidatableResponse requested) {
        String approval = requested.statusCode(202).extract().path("id");
        given().auth().oauth2(Tokens.judge(SUZHOU, SECOND_JUDGE)).when().post("/approvals/" + approval + "/approval")
                .then().statusCode(200);
        return caseView(caseId);
    }

    public static ValidatableResponse caseView(String id) {
        return given().config(EXACT).auth().oauth2(Tokens.judge(SUZHOU)).when().get("/cases/" + id).then()
                .statusCode(200);
    }

    public static JsonPath timeline(String id) {
        return given().config(EXACT).auth().oauth2(Tokens.judge(SUZHOU)).when().get("/cases/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath();
    }

    public static List<String> timelineKinds(String id) {
        return given().auth().oauth2(Tokens.judge(SUZHOU)).when().get("/cases/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("kind");
    }

    /** Sends an agency's outcome on {@code liaison.outcomes.v1} and waits until it is on the case's timeline. */
    public static void outcome(KafkaCompanion kafka, ObjectMapper mapper, ReferralOutcome o) throws Exception {
        String caseId = o.caseId().toString();
        int before = timelineKinds(caseId).size();
        kafka.produceStrings().fromRecords(new ProducerRecord<>(
                Topics.REFERRAL_OUTCOMES, caseId, mapper.writeValueAsString(o)))
                .awaitCompletion(Duration.ofSeconds(10));
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> timelineKinds(caseId).size() > before);
    }

    /** The case events published for case {@code caseId}, waiting until there are at least {@code n}. */
    public static List<ConsumerRecord<String, String>> caseEvents(KafkaCompanion kafka, String caseId, int n) {
        return records(kafka, Topics.ENFORCEMENT_CASES, r -> caseId.equals(r.key()), n);
    }

    /** The records of {@code topic} matching {@code filter}, waiting until there are at least {@code n}. */
    public static List<ConsumerRecord<String, String>> records(KafkaCompanion kafka, String topic,
            java.util.function.Predicate<ConsumerRecord<String, String>> filter, int n) {
        var consumer = kafka.consumeStrings().fromTopics(topic);
        try {
            List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                found.clear();
                consumer.getRecords().stream().filter(filter).forEach(found::add);
                return found.size() >= n;
            });
            return found;
        } finally {
            consumer.stop();
        }
    }

    /** A record value as a JSON tree. */
    public static com.fasterxml.jackson.databind.JsonNode json(String value) {
        try {
            return StrictJson.configure(new com.fasterxml.jackson.databind.ObjectMapper()).readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
