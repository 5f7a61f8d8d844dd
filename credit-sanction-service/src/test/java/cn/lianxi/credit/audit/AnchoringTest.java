package cn.lianxi.credit.audit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.evidence.Anchor;
import cn.lianxi.evidence.AuditBundle;
import cn.lianxi.evidence.BundleVerifier;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.evidence.SealAlgorithm;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.testsupport.OpenMetricsCheck;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Audit anchoring (锚定) end to end with the real broker and database: credit's audited actions leave on
 * {@code audit.anchors.v1} sealed with its key, credit keeps sealed anchors of another service and refuses altered
 * ones, an exported bundle is found intact by the offline verifier once the anchors are merged in, and the anchor's
 * age is reported for operators.
 */
@QuarkusTest
class AnchoringTest {

    private static final String TOPIC = "audit.anchors.v1";
    private static final String SERVICE = "credit-sanction-service";
    /** The key directory of the test profile ({@code %test.lianxi.seal.keys}). */
    private static final Path KEYS = Path.of("target/test-seals");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @TestHTTPResource(value = "health/group/audit", management = true)
    URL auditHealth;

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void anAuditedActionIsAnchoredSealedByTheServiceWithTheHashesOfItsEntries() {
        List<Map<String, Object>> entries = entries(goodFaithQuery());
        long seq = firstSeq(entries);

        Anchor anchor = awaitOwnAnchors(seq).stream().filter(a -> a.hashAt(seq).isPresent() && !a.isHeartbeat())
                .findFirst().orElseThrow();
        assertEquals(entries.get(0).get("hash"), anchor.hashAt(seq).orElseThrow(), "the anchored hash is the entry's");
        assertTrue(anchor.check(publishedKeys()).valid(), "sealed by " + SERVICE + ", checked with its published key");

        Anchor altered = new Anchor(anchor.service(), anchor.fromSeq(), anchor.toSeq(), anchor.headHash(),
                anchor.hashes(), anchor.at().plusSeconds(1), anchor.seal());
        assertFalse(altered.check(publishedKeys()).valid(), "a changed anchor no longer matches its seal");
    }

    @Test
    void keepsAnotherServicesSealedAnchorsAndRefusesAnAlteredOne() {
        SealKey caseService = caseServiceKey();
        long from = 1_000_000 + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        Anchor genuine = Anchor.covering("case-service", from, List.of(hash('a'), hash('b')), Instant.now())
                .sealedWith(caseService);
        Anchor sealedThenAltered = Anchor.covering("case-service", from + 2, List.of(hash('c')), Instant.now())
                .sealedWith(caseService);
        Anchor tampered = new Anchor("case-service", from + 2, from + 2, hash('d'), List.of(hash('d')),
                sealedThenAltered.at(), sealedThenAltered.seal());
        // the altered one first: on one partition (same key), so once the genuine one is kept the other was judged
        produce(tampered);
        produce(genuine);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(List.of(genuine),
                copies("case-service", from, from + 2)));
        assertEquals(List.of(), copies("case-service", from + 2, from + 2), "the altered anchor was not kept");

        given().auth().oauth2(Tokens.withRole("auditor")).get("/audit/anchors/" + SERVICE).then().statusCode(400)
                .spec(Problems.of(ProblemType.INVALID_FIELD, 400));
    }

    @Test
    void aSubjectsBundleIsIntactForTheVerifierOnceItsAnchorsAreMergedIn() {
        String subject = goodFaithQuery();
        goodFaithQuery(subject);
        List<Map<String, Object>> entries = entries(subject);
        long last = ((Number) entries.get(entries.size() - 1).get("seq")).longValue();
        List<Anchor> anchors = awaitOwnAnchors(last);

        String json = given().auth().oauth2(Tokens.withRole("auditor")).queryParam("subject", subject)
                .get("/audit/bundle").then().statusCode(200).extract().asString();
        AuditBundle bundle = read(json, new TypeReference<AuditBundle>() {
        });
        assertEquals(SERVICE, bundle.service());
        assertEquals(List.of(), bundle.anchors(), "the service under audit never supplies its own anchors");
        assertEquals(entries.size(), bundle.entries().size());
        assertTrue(bundle.publicKeys().containsKey(SERVICE));

        BundleVerifier.Verdict verdict = BundleVerifier.verify(bundle.withAnchors(anchors));
        assertTrue(verdict.intact(), () -> "findings: " + verdict.findings());
        assertEquals(entries.size(), verdict.entries());
        assertEquals(entries.size(), verdict.anchored());

        given().auth().oauth2(Tokens.withRole("auditor")).get("/audit/bundle").then().statusCode(400)
                .spec(Problems.of(ProblemType.INVALID_FIELD, 400));
        given().auth().oauth2(Tokens.withRole("auditor")).queryParam("from", "2026-12-01").queryParam("to", "12/03")
                .get("/audit/bundle").then().statusCode(400).spec(Problems.of(ProblemType.INVALID_FIELD, 400));
    }

    @Test
    void theAnchorsAgeIsReportedByTheAuditHealthGroupAndAGauge() {
        awaitOwnAnchors(firstSeq(entries(goodFaithQuery())));
        given().get(auditHealth).then().statusCode(200).body("status", equalTo("UP"))
                .body("checks[0].name", equalTo("audit-anchor"))
                .body("checks[0].data.ageSeconds", lessThan(60))
                .body("checks[0].data.limitSeconds", equalTo(4 * 3600));
        OpenMetricsCheck.assertServedValid(metrics, "lianxi_audit_anchor_age_seconds");
    }

    /** A good-faith query by a bank of its own: one audited entry about {@code agency:<bank>}; returns the subject. */
    private static String goodFaithQuery() {
        String subject = "agency:BANK-ANCHOR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        goodFaithQuery(subject);
        return subject;
    }

    private static void goodFaithQuery(String subject) {
        String idNumber = IdentityNumbers.withResidentCheck("32050819800101" + "123");
        given().auth().oauth2(Tokens.agency("bank", subject.substring("agency:".length())))
                .get("/good-faith?idNumber=" + idNumber).then().statusCode(200);
    }

    private static List<Map<String, Object>> entries(String subject) {
        return given().auth().oauth2(Tokens.withRole("auditor")).get("/audit/" + subject).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static long firstSeq(List<Map<String, Object>> entries) {
        return ((Number) entries.get(0).get("seq")).longValue();
    }

    /** Credit's own anchors on the topic, once one covers entry {@code seq}. */
    private List<Anchor> awaitOwnAnchors(long seq) {
        ConsumerTask<String, String> task = kafka.consumeStrings().fromTopics(TOPIC);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> ownAnchors(task).stream()
                    .anyMatch(a -> !a.isHeartbeat() && a.hashAt(seq).isPresent()));
            return ownAnchors(task);
        } finally {
            task.stop();
        }
    }

    private static List<Anchor> ownAnchors(ConsumerTask<String, String> task) {
        List<Anchor> anchors = new ArrayList<>();
        for (ConsumerRecord<String, String> record : task.getRecords()) {
            if (SERVICE.equals(record.key())) {
                anchors.add(read(record.value(), new TypeReference<Anchor>() {
                }));
            }
        }
        return anchors;
    }

    /** The keys credit publishes at {@code GET /seals/keys}, without a token. */
    private static SealKeys publishedKeys() {
        List<Map<String, String>> keys = given().get("/seals/keys").then().statusCode(200).extract().jsonPath()
                .getList("$");
        List<SealKey> parsed = new ArrayList<>();
        for (Map<String, String> key : keys) {
            parsed.add(SealKeys.fromPublicPem(key.get("keyId"), key.get("publicKeyPem")));
        }
        return SealKeys.of(parsed);
    }

    private static List<Anchor> copies(String service, long fromSeq, long toSeq) {
        String json = given().auth().oauth2(Tokens.withRole("auditor")).queryParam("fromSeq", fromSeq)
                .queryParam("toSeq", toSeq).get("/audit/anchors/" + service).then().statusCode(200).extract().asString();
        return read(json, new TypeReference<List<Anchor>>() {
        });
    }

    /** case-service's key, written into the shared key directory after credit started (credit re-reads it). */
    private static SealKey caseServiceKey() {
        return SealKeys.load(KEYS).find("case-service").filter(SealKey::canSign).orElseGet(() -> {
            SealKey key = SealKeys.generate("case-service", SealAlgorithm.ES256);
            SealKeys.write(KEYS, key);
            return key;
        });
    }

    private void produce(Anchor anchor) {
        kafka.produceStrings().fromRecords(new ProducerRecord<>(TOPIC, anchor.service(), Canonical.text(anchor)))
                .awaitCompletion();
    }

    private static String hash(char c) {
        return String.valueOf(c).repeat(64);
    }

    /** Read by the service's own mapper, as it reads anchors from the topic. */
    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return Arc.container().instance(ObjectMapper.class).get().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
