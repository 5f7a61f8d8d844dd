package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.evidence.AuditBundle;
import cn.lianxi.evidence.AuditHash;
import cn.lianxi.evidence.BundleVerifier;

/**
 * A database superuser rewrites credit-sanction-service's whole audit log consistently: one entry's detail changed
 * and every hash from there on recomputed, so the chain verifies in the database ({@code GET /audit/verify} says
 * intact). The anchors the service published to {@code audit.anchors.v1} before, which case-service keeps in its own
 * database, still hold the original hashes: the auditor's exported bundle, checked by the standalone verifier with no
 * platform, names the rewritten entry as the first break. The log is put back afterwards (the same way).
 */
@ExtendWith(PlatformExtension.class)
class AuditRewriteIT {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Test
    void aConsistentRewriteIsNamedAtItsFirstRewrittenEntry(Platform platform) throws Exception {
        Keycloak keycloak = new Keycloak(platform);
        String auditor = keycloak.user("auditor");
        Desk officer = Desk.as(keycloak, "credit-officer");
        for (int i = 0; i < 3; i++) { // audited good-faith queries (守信查询): entries of credit's own log
            officer.request().queryParam("idNumber", TestData.personId()).when().get("/api/good-faith").then().statusCode(200);
        }
        long last = await().atMost(Desk.ASYNC).until(() -> Db.count("credit", "SELECT count(*) FROM audit_pending") == 0
                ? Db.count("credit", "SELECT coalesce(max(seq), 0) FROM audit_log") : -1, n -> n >= 3);
        await().atMost(Duration.ofSeconds(90)).until(() -> anchoredUpTo(auditor, last) >= last);

        long victim = last - 1;
        String original = Db.query("credit", "SELECT detail FROM audit_log WHERE seq = " + victim).stripTrailing();
        rewriteFrom(victim, d -> d + " (rewritten)");
        try {
            given().auth().oauth2(auditor).get("/api/audit/credit/verify").then().statusCode(200)
                    .body("intact", equalTo(true)); // consistent: the database alone cannot tell
            Path bundle = Files.createTempFile("lianxi-credit-", ".json");
            LocalDate today = LocalDate.now(CHINA);
            Launcher.Result export = Launcher.run(platform, "audit-export", "--service", "credit", "--from",
                    today.minusDays(1).toString(), "--to", today.toString(), "--out", bundle.toString());
            assertEquals(0, export.exit(), export.output());

            BundleVerifier.Verdict verdict = BundleVerifier.verify(AuditBundle.read(bundle));
            assertTrue(!verdict.intact() && verdict.firstBroken().contains("entry " + victim), verdict.toString());
            Launcher.Result verified = Launcher.verify(bundle);
            System.out.printf("[audit] credit's log rewritten from entry %d of %d; the standalone verifier says:%n%s",
                    victim, last, verified.output());
            assertEquals(1, verified.exit(), verified.output());
            assertTrue(verified.output().startsWith("BROKEN") && verified.output().contains("entry " + victim),
                    verified.output());
        } finally {
            rewriteFrom(victim, d -> original);
        }
        given().auth().oauth2(auditor).get("/api/audit/credit/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    /** The highest seq of credit's log that case-service holds an anchor for (its copy of the topic). */
    private static long anchoredUpTo(String auditor, long last) {
        List<Integer> tos = given().auth().oauth2(auditor).queryParam("fromSeq", 1).queryParam("toSeq", last)
                .get("/api/audit/case/anchors/credit-sanction-service").then().statusCode(200).extract().path("toSeq");
        return tos.stream().mapToLong(Integer::longValue).max().orElse(0);
    }

    /**
     * As a superuser past the append-only trigger: entry {@code from}'s detail replaced and every hash from there on
     * recomputed with the platform's own hash, so each row links to the one before.
     */
    private static void rewriteFrom(long from, UnaryOperator<String> detail) throws Exception {
        JsonNode rows = Api.JSON.readTree(Db.query("credit", "SELECT json_agg(row_to_json(a) ORDER BY seq) FROM ("
                + "SELECT seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS at, actor, action,"
                + " subject, detail, prev_hash FROM audit_log WHERE seq >= " + from + ") a"));
        List<String> updates = new ArrayList<>(List.of("SET session_replication_role = replica"));
        String prev = rows.get(0).path("prev_hash").asText();
        for (JsonNode row : rows) {
            long seq = row.path("seq").asLong();
            String d = seq == from ? detail.apply(row.path("detail").asText()) : row.path("detail").asText();
            String hash = AuditHash.of(prev, seq, Instant.parse(row.path("at").asText()), row.path("actor").asText(),
                    row.path("action").asText(), row.path("subject").asText(), d);
            updates.add("UPDATE audit_log SET detail = " + literal(d) + ", prev_hash = '" + prev + "', hash = '" + hash
                    + "' WHERE seq = " + seq);
            prev = hash;
        }
        Db.superuser("credit", updates.toArray(String[]::new));
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
