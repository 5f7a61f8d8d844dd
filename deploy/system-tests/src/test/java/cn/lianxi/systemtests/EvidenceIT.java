package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.bench.AgencySeals;
import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.evidence.AuditBundle;
import cn.lianxi.evidence.BundleVerifier;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.evidence.SealCheck;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.evidence.Seals;

/**
 * Evidence that holds in court (issue 20), through the gateway against the launched platform: the court's freeze
 * order reaches ICBC sealed by the court (电子签章) and ICBC verifies it with the court's public key from
 * {@code GET /api/seals/keys}; ICBC's answer is refused when its seal is missing, made by another bank's key or made
 * over other bytes, each with the reason, and taken when sealed right; every stage of the order's delivery (accepted,
 * delivered, retrieved, answered) is a receipt (回执) sealed by agency-liaison-service on the case timeline; the
 * auditor's exported bundle verifies offline with the standalone verifier, seals included.
 */
@ExtendWith(PlatformExtension.class)
class EvidenceIT {

    static final String ACCOUNT = "6222021102009990001";
    static final String AMOUNT = "80000.00";
    static final List<String> STAGES = List.of("ACCEPTED", "DELIVERED", "RETRIEVED", "ANSWERED");

    /** The contract's JSON as the services read and write it: exact decimals, ISO instants. */
    static final com.fasterxml.jackson.databind.ObjectMapper CONTRACT = Api.JSON.copy()
            .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    static Desk clerk;
    static Desk judge;
    static Desk icbc;
    static Platform platform;

    @BeforeAll
    static void people(Platform p) {
        platform = p;
        Keycloak keycloak = new Keycloak(p);
        clerk = Desk.as(keycloak, "clerk-zy");
        judge = Desk.as(keycloak, "judge-zy");
        icbc = Desk.asAgency(keycloak, "bank-icbc");
    }

    @Test
    void aSealedFreezeIsVerifiedAnsweredUnderSealAndEveryReceiptIsOnTheTimeline() throws Exception {
        String caseId = clerk.fileCase(TestData.filing(TestData.caseNumber(), AMOUNT,
                TestData.personRespondent("秦廿一", TestData.personId()))).get("id").toString();
        judge.ok("/api/cases/" + caseId + "/freeze-orders", Map.of("agencyId", "BANK-ICBC", "accountNumber", ACCOUNT,
                "amount", AMOUNT));
        Map<String, Object> freeze = icbc.awaitInbox(caseId, "FREEZE", 1).get(0);
        String referralId = freeze.get("id").toString();

        SealKeys published = publishedKeys();
        theBankVerifiesTheCourtsSeal(freeze, published);
        icbc.request().when().post("/api/inbox/claims?max=100").then().statusCode(200);

        Map<String, Object> answer = Map.of("type", "FREEZE", "accountNumber", ACCOUNT, "amountFrozen", AMOUNT,
                "frozenUntil", TestData.freezeLastDay());
        byte[] body = Api.JSON.writeValueAsBytes(answer);
        badSealsAreRefusedWithTheReason(referralId, body);

        String seal = platform.agencySeals().seal(icbc.token(), body).orElseThrow();
        icbc.request().header(AgencySeals.HEADER, seal).body(body).when().post("/api/inbox/" + referralId + "/answer")
                .then().statusCode(200);
        await().atMost(Desk.ASYNC).until(() -> judge.outcomesOn(caseId).contains("FROZEN"));

        everyReceiptIsOnTheTimelineSealedByThePlatform(caseId, referralId, body, seal, published);
        theAuditorsBundleVerifiesOffline(caseId);
    }

    /**
     * The court's seal on the wire: the freeze order's own record on {@code enforcement.cases.v1}, put there again
     * (by the operator's principal, standing in for anyone between the services, without the services' CloudEvents
     * headers) altered after sealing, re-sealed with another court's key, and without its seal. Neither
     * agency-liaison-service nor credit-sanction-service acts on any of them: each is dead-lettered by both with
     * {@code invalid-seal} and its reason, and ICBC still has the one freeze.
     */
    @Test
    void aCourtOrderAlteredSealedByAnotherCourtOrUnsealedIsRefusedWithTheReason() throws Exception {
        String caseId = clerk.fileCase(TestData.filing(TestData.caseNumber(), AMOUNT,
                TestData.personRespondent("尤廿二", TestData.personId()))).get("id").toString();
        judge.ok("/api/cases/" + caseId + "/freeze-orders", Map.of("agencyId", "BANK-ICBC", "accountNumber", ACCOUNT,
                "amount", AMOUNT));
        icbc.awaitInbox(caseId, "FREEZE", 1);
        java.util.Properties kafka = platform.kafka();
        org.apache.kafka.clients.consumer.ConsumerRecord<String, String> order = KafkaTool.read(kafka,
                "enforcement.cases.v1", r -> caseId.equals(r.key()) && r.value().contains("\"FREEZE_ORDERED\""))
                .get(0);
        CaseEvent sealed = CONTRACT.readValue(order.value(), CaseEvent.class);
        SealKey otherCourt = SealKeys.load(platform.home().resolve("seals")).find("C320508").orElseThrow();

        CaseEvent altered = renumbered(sealed);
        String alteredJson = CONTRACT.writeValueAsString(altered).replace(AMOUNT, "90000.00");
        CaseEvent resealed = renumbered(sealed).withSeal(null);
        resealed = resealed.withSeal(Seals.seal(otherCourt, Canonical.bytes(resealed)));
        CaseEvent unsealed = renumbered(sealed).withSeal(null);
        Map<String, String> reasons = new java.util.LinkedHashMap<>();
        reasons.put(altered.eventId().toString(), "does not match");
        reasons.put(resealed.eventId().toString(), "C320508");
        reasons.put(unsealed.eventId().toString(), "no seal");
        try (org.apache.kafka.clients.producer.KafkaProducer<String, String> producer = Workload.producer(kafka)) {
            for (String value : List.of(alteredJson, CONTRACT.writeValueAsString(resealed),
                    CONTRACT.writeValueAsString(unsealed))) {
                // no CloudEvents headers: whoever forges them is no service (LiveRecordsMatchAsyncApiIT leaves such
                // records out), and the consumers parse a record without them
                producer.send(new org.apache.kafka.clients.producer.ProducerRecord<>("enforcement.cases.v1", caseId,
                        value)).get();
            }
        }
        // both consumers of the court's orders refuse them: liaison (no referral) and credit (no case record change)
        for (String dlq : List.of("enforcement.cases.dlq.agency-liaison-service.v1",
                "enforcement.cases.dlq.credit-sanction-service.v1")) {
            List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> dead = await().atMost(Desk.ASYNC)
                    .until(() -> KafkaTool.read(kafka, dlq, r -> caseId.equals(r.key())), l -> l.size() >= 3);
            assertEquals(3, dead.size(), dlq);
            for (org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r : dead) {
                String reason = KafkaTool.header(r, "dead-letter-reason");
                String expected = reasons.entrySet().stream().filter(e -> r.value().contains(e.getKey()))
                        .map(Map.Entry::getValue).findFirst().orElseThrow();
                System.out.printf("[evidence] forged order dead-lettered on %s: %s%n", dlq, reason);
                assertTrue(reason != null && reason.startsWith("invalid-seal") && reason.contains(expected), reason);
            }
        }
        assertEquals(1, icbc.inbox(caseId, "FREEZE").size(), "no forged order reached the bank");
    }

    /** The same event under a new id (a replay with the same id would be refused as a duplicate before its seal). */
    private static CaseEvent renumbered(CaseEvent e) {
        return new CaseEvent(java.util.UUID.randomUUID(), e.caseId(), e.courtCode(), e.caseNumber(), e.occurredAt(),
                e.status(), e.amountOwed(), e.amountRecovered(), e.respondents(), e.detail(), e.seal());
    }

    /** The order arrives with the court's seal over the exact document; any change to the document breaks it. */
    @SuppressWarnings("unchecked")
    private static void theBankVerifiesTheCourtsSeal(Map<String, Object> freeze, SealKeys published) throws Exception {
        Map<String, Object> sealed = (Map<String, Object>) freeze.get("sealedOrder");
        assertNotNull(sealed, "the bank sees the court's sealed order: " + freeze);
        assertEquals("C320500", sealed.get("keyId"));
        String document = (String) sealed.get("document");
        SealCheck check = Seals.verify((String) sealed.get("seal"), document.getBytes(StandardCharsets.UTF_8),
                "C320500", published);
        assertTrue(check.valid(), check.reason());
        JsonNode order = Api.JSON.readTree(document);
        assertEquals("FREEZE_ORDERED", order.path("kind").asText());
        JsonNode ordered = order.path("detail").path("order");
        assertEquals(ACCOUNT, ordered.path("accountNumber").asText(), document);
        Desk.assertExactly(AMOUNT, ordered.path("amount").decimalValue(), "the sealed order's amount");
        String altered = document.replace(AMOUNT, "80000.01");
        assertEquals(SealCheck.Outcome.MISMATCH, Seals.verify((String) sealed.get("seal"),
                altered.getBytes(StandardCharsets.UTF_8), "C320500", published).outcome());
    }

    /** Missing, by another bank, over other bytes: each a 400 invalid-seal naming the header and saying why. */
    private static void badSealsAreRefusedWithTheReason(String referralId, byte[] body) throws Exception {
        String path = "/api/inbox/" + referralId + "/answer";
        SealKey boc = platform.agencySeals().key("BANK-BOC").orElseThrow();
        byte[] other = new String(body, StandardCharsets.UTF_8).replace(AMOUNT, "70000.00")
                .getBytes(StandardCharsets.UTF_8);
        String icbcSeal = platform.agencySeals().seal(icbc.token(), body).orElseThrow();
        List<String> details = new ArrayList<>();
        for (Object[] bad : new Object[][] {{"", body, "no seal"}, {Seals.seal(boc, body), body, "BANK-BOC"},
                {icbcSeal, other, "does not match"}}) {
            Response r = icbc.request().header(AgencySeals.HEADER, (String) bad[0]).body((byte[]) bad[1])
                    .when().post(path);
            Desk.assertProblemNaming(r, AgencySeals.HEADER, 400);
            assertTrue(r.jsonPath().getString("type").endsWith("/invalid-seal"), r.asString());
            String detail = r.jsonPath().getString("detail");
            assertTrue(detail.contains((String) bad[2]), detail);
            details.add(detail);
        }
        assertTrue(details.get(1).contains("BANK-ICBC"), "the wrong key names both banks: " + details.get(1));
        assertEquals("QUEUED|DELIVERED|ACKNOWLEDGED".contains(icbc.read("/api/inbox/" + referralId).get("status")
                .toString()), true, "a refused answer leaves the referral open");
    }

    /**
     * ACCEPTED, DELIVERED, RETRIEVED, ANSWERED, in that order on the case timeline, each verified by case-service
     * under agency-liaison-service's key; the receipts as issued ({@code GET /api/referrals/{id}/evidence}) verify
     * under that key here too, and the ANSWERED one names the digest of the bytes ICBC sent and carries ICBC's seal.
     */
    @SuppressWarnings("unchecked")
    private static void everyReceiptIsOnTheTimelineSealedByThePlatform(String caseId, String referralId, byte[] body,
            String bankSeal, SealKeys published) throws Exception {
        List<Map<String, Object>> onTimeline = await().atMost(Desk.ASYNC).until(() -> receiptEntries(caseId, referralId),
                r -> r.size() >= 4);
        assertEquals(STAGES, onTimeline.stream().map(r -> r.get("stage")).toList());
        for (Map<String, Object> entry : onTimeline) {
            assertEquals(Boolean.TRUE, entry.get("sealVerified"), "case-service verified the receipt: " + entry);
            assertEquals("C320500", entry.get("orderSealedBy"));
        }
        Map<String, Object> evidence = judge.read("/api/referrals/" + referralId + "/evidence");
        List<Map<String, Object>> issued = (List<Map<String, Object>>) evidence.get("receipts");
        assertEquals(STAGES, issued.stream().map(r -> r.get("stage")).toList(), evidence.toString());
        for (Map<String, Object> receipt : issued) {
            Map<String, Object> content = new java.util.TreeMap<>(receipt);
            String seal = (String) content.remove("seal");
            SealCheck check = Seals.verify(seal, Canonical.bytes(content), "agency-liaison-service", published);
            assertTrue(check.valid(), receipt.get("stage") + ": " + check.reason());
        }
        Map<String, Object> answered = issued.get(3);
        assertEquals(Canonical.sha256(body), answered.get("answerDigest"));
        assertEquals(bankSeal, answered.get("answerSeal"));
        assertTrue(Seals.verify(bankSeal, body, "BANK-ICBC", published).valid());
    }

    /** The receipt entries of one referral on the case timeline, oldest first. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> receiptEntries(String caseId, String referralId) {
        return judge.timeline(caseId).stream().filter(e -> "RECEIPT".equals(e.get("kind")))
                .map(e -> (Map<String, Object>) e.get("detail"))
                .filter(d -> d != null && referralId.equals(d.get("referralId"))).toList();
    }

    /** `lianxi audit-export` for the case, then the standalone verifier with no platform in the loop. */
    private static void theAuditorsBundleVerifiesOffline(String caseId) throws Exception {
        Path bundle = Files.createTempFile("lianxi-bundle-", ".json");
        Launcher.Result export = Launcher.run(platform, "audit-export", "--service", "liaison", "--subject", caseId,
                "--out", bundle.toString());
        assertEquals(0, export.exit(), export.output());
        AuditBundle read = AuditBundle.read(bundle);
        assertTrue(read.sealed().stream().anyMatch(s -> s.kind().equals("court-order")), "the court's order is in it");
        assertTrue(read.sealed().stream().anyMatch(s -> s.kind().equals("agency-answer")), "ICBC's answer is in it");
        BundleVerifier.Verdict verdict = BundleVerifier.verify(read);
        assertTrue(verdict.intact(), verdict.toString());
        Launcher.Result verified = Launcher.verify(bundle);
        assertEquals(0, verified.exit(), verified.output());
        assertTrue(verified.output().startsWith("INTACT"), verified.output());
    }

    /** The public keys anyone may fetch (no token), as a key ring. */
    private static SealKeys publishedKeys() {
        List<Map<String, Object>> keys = given().when().get("/api/seals/keys").then().statusCode(200)
                .extract().path("$");
        List<SealKey> ring = new ArrayList<>();
        for (Map<String, Object> k : keys) {
            ring.add(SealKeys.fromPublicPem((String) k.get("keyId"), (String) k.get("publicKeyPem")));
        }
        return SealKeys.of(ring);
    }
}
