package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hash-chained audit log is tamper-evident: an entry altered directly in the database (past the append-only
 * trigger, as a superuser would) is found by {@code GET /audit/verify} and by {@code deploy/local/lianxi audit-verify},
 * both naming the first broken entry; putting the entry back makes the chain verify again.
 */
@ExtendWith(PlatformExtension.class)
class AuditTamperIT {

    @Test
    void alteringOneRowIsDetectedAtThatEntry(Platform platform) throws Exception {
        Keycloak keycloak = new Keycloak(platform);
        String auditor = keycloak.user("auditor");
        // something to audit: a filed case (case-service) reaches the banks (liaison) and the credit service
        given().auth().oauth2(keycloak.user("clerk-zy")).contentType("application/json")
                .body(TestData.caseFiling("AUDIT-" + System.nanoTime() % 1_000_000)).post("/api/cases").then().statusCode(201);
        for (String s : List.of("case", "liaison", "credit")) {
            given().auth().oauth2(auditor).get("/api/audit/" + s + "/verify").then().statusCode(200).body("intact", equalTo(true));
        }
        Launcher.Result ok = Launcher.run(platform, "audit-verify");
        assertEquals(0, ok.exit(), ok.output());

        long total = Db.count("case", "SELECT count(*) FROM audit_log");
        long victim = Math.max(1, total / 2);
        String original = Db.query("case", "SELECT detail FROM audit_log WHERE seq = " + victim).stripTrailing();
        tamper("case", victim, "detail || ' (altered)'");
        try {
            given().auth().oauth2(auditor).get("/api/audit/case/verify").then().statusCode(200)
                    .body("intact", equalTo(false)).body("firstBroken", equalTo((int) victim));
            Launcher.Result broken = Launcher.run(platform, "audit-verify");
            System.out.printf("[audit] %d entries in case-service's log; entry %d altered in the database;"
                    + " GET /audit/verify and `lianxi audit-verify` report:%n%s", total, victim, broken.output());
            assertEquals(1, broken.exit());
            assertTrue(broken.output().contains("BROKEN at seq " + victim), broken.output());
        } finally {
            tamper("case", victim, "'" + original.replace("'", "''") + "'");
        }
        given().auth().oauth2(auditor).get("/api/audit/case/verify").then().statusCode(200).body("intact", equalTo(true));
    }

    /** UPDATE past the append-only trigger, in one superuser session. */
    private static void tamper(String service, long seq, String newDetail) {
        Db.superuser(service, "SET session_replication_role = replica",
                "UPDATE audit_log SET detail = " + newDetail + " WHERE seq = " + seq);
    }
}
