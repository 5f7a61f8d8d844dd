package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.lianxi.gateway.policy.RouteTable;

import io.restassured.response.Response;

/**
 * Every route of the gateway's route table (the gateway's {@link RouteTable} class itself, so a new route cannot
 * escape this test) tried with no token, forged tokens (random key, expired, another issuer, alg none, tampered
 * claims), a real token of another Keycloak realm, and every role the route does not allow; then court and agency
 * scoping with another court's or agency's real token. Finally the platform's logs are searched for the raw tokens
 * and ID numbers this run used.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileCallersIT {

    /** Realm users and clients, and the role each carries. */
    static final Map<String, String> ROLE_OF = new LinkedHashMap<>();
    static {
        ROLE_OF.put("clerk-zy", "court-clerk");
        ROLE_OF.put("judge-zy", "judge");
        ROLE_OF.put("client:bank-icbc", "bank");
        ROLE_OF.put("client:court-c320500-system", "court-system");
        ROLE_OF.put("police-officer", "police");
        ROLE_OF.put("procurator", "procuratorate");
        ROLE_OF.put("credit-officer", "credit-officer");
        ROLE_OF.put("jm-office", "jm-office");
        ROLE_OF.put("auditor", "auditor");
        ROLE_OF.put("admin", "admin");
    }

    Platform platform;
    Keycloak keycloak;
    final List<String> tokensUsed = new ArrayList<>();
    int refusals;

    record Route(String pattern, String method, Set<String> roles, boolean anonymous) {
    }

    @BeforeAll
    void setUp(Platform platform) {
        this.platform = platform;
        keycloak = new Keycloak(platform);
    }

    String token(String who) {
        String t = who.startsWith("client:") ? keycloak.agency(who.substring(7)) : keycloak.user(who);
        tokensUsed.add(t);
        return t;
    }

    /**
     * The gateway's route table, from the gateway's own class: pattern, a reading (GET) or writing (POST) call, and
     * the roles the rule allows. Anonymous routes are read with GET.
     */
    static List<Route> routeTable() {
        return RouteTable.rules().stream().map(r -> new Route(r.pattern(),
                r.anonymous() || r.methods().contains("GET") ? "GET" : "POST", r.roles(), r.anonymous())).toList();
    }

    /** A concrete path for a pattern. */
    static String sample(String pattern) {
        return switch (pattern) {
            case "/api/audit/**" -> "/api/audit/case/verify";
            case "/api/admin/**" -> "/api/admin/anything";
            default -> pattern.replace("/**", "");
        };
    }

    Response call(Route r, String token) {
        var spec = given().contentType("application/json").body("{}");
        if (token != null) {
            spec = spec.header("Authorization", "Bearer " + token);
        }
        return r.method().equals("GET") ? spec.get(sample(r.pattern())) : spec.post(sample(r.pattern()));
    }

    void refused(Response r, int status, String what) {
        refusals++;
        assertEquals(status, r.statusCode(), what + ": " + r.asString());
        assertTrue(String.valueOf(r.contentType()).startsWith("application/problem+json"), what + ": " + r.contentType());
        assertFalse(r.asString().contains("caseNumber") || r.asString().contains("idNumber"), what + " leaked data");
        assertTrue(r.getHeader("X-Total-Count") == null, what + " leaked a count");
    }

    @Test
    @Order(1)
    void everyRouteRefusesMissingForgedExpiredAndForeignTokens() {
        List<Route> routes = routeTable();
        assertTrue(routes.size() >= 30, "route table parsed: " + routes.size());
        String real = token("admin");
        ObjectNode claims = Tokens.claims(real);
        ObjectNode expired = claims.deepCopy().put("exp", Instant.now().minusSeconds(3600).getEpochSecond())
                .put("iat", Instant.now().minusSeconds(7200).getEpochSecond());
        ObjectNode otherIssuer = claims.deepCopy().put("iss", "http://127.0.0.1:1/realms/enforcement");
        ObjectNode escalated = Tokens.claims(token("clerk-zy")).deepCopy();
        escalated.putArray("groups").add("admin");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("random-key signature", Tokens.signedWithRandomKey(real, claims));
        bad.put("expired (random key)", Tokens.signedWithRandomKey(real, expired));
        bad.put("expired (real Keycloak signature)", keycloak.expiredUser("admin"));
        bad.put("other issuer", Tokens.signedWithRandomKey(real, otherIssuer));
        bad.put("alg none", Tokens.unsigned(claims));
        bad.put("clerk claims turned admin, original signature", Tokens.tampered(token("clerk-zy"), escalated));
        bad.put("master realm token", masterRealmToken());
        bad.put("garbage", "not.a.jwt");
        int checked = 0;
        for (Route r : routes) {
            if (r.anonymous()) {
                continue;
            }
            refused(call(r, null), 401, r + " without token");
            for (var e : bad.entrySet()) {
                refused(call(r, e.getValue()), 401, r + " with " + e.getKey());
            }
            for (var user : ROLE_OF.entrySet()) {
                if (!r.roles().contains(user.getValue())) {
                    refused(call(r, token(user.getKey())), 403, r + " as " + user.getValue());
                }
            }
            checked++;
        }
        System.out.printf("[hostile-callers] %d protected routes x (no token, %d forged/foreign tokens, wrong roles): %d refusals%n",
                checked, bad.size(), refusals);
    }

    private String masterRealmToken() {
        String t = given().baseUri(platform.keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "admin-dev-only"))
                .post().then().statusCode(200).extract().path("access_token");
        tokensUsed.add(t);
        return t;
    }

    @Test
    @Order(2)
    void anotherCourtOrAgencySeesAndChangesNothing() {
        String caseNumber = "HC-" + System.nanoTime() % 1_000_000;
        String caseId = given().auth().oauth2(token("clerk-zy")).contentType("application/json")
                .body(TestData.caseFiling(caseNumber)).post("/api/cases").then().statusCode(201).extract().path("id");
        String referralId = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> given()
                .auth().oauth2(token("client:bank-icbc")).queryParam("caseId", caseId).get("/api/inbox")
                .then().statusCode(200).extract().path("[0].id"), id -> id != null);
        String otherCourt = token("clerk-gs");
        String otherJudge = token("judge-gs");
        String otherBank = token("client:bank-boc");

        assertTrue(List.of(403, 404).contains(given().auth().oauth2(otherCourt).get("/api/cases/" + caseId).statusCode()));
        assertTrue(List.of(403, 404).contains(given().auth().oauth2(otherCourt).get("/api/cases/" + caseId + "/timeline").statusCode()));
        refused(given().auth().oauth2(otherCourt).get("/api/cases?court=C320500"), 403, "other court's list");
        given().auth().oauth2(otherCourt).queryParam("caseNumber", caseNumber).get("/api/cases")
                .then().statusCode(200).header("X-Total-Count", "0");
        given().auth().oauth2(otherCourt).queryParam("respondentId", TestData.COMPANY_CODE).get("/api/cases")
                .then().statusCode(200).header("X-Total-Count", "0");
        int pay = given().auth().oauth2(otherJudge).contentType("application/json")
                .body(Map.of("amount", "1.00", "source", "VOLUNTARY", "transferReference", "H-" + caseId)).post("/api/cases/" + caseId + "/payments").statusCode();
        assertTrue(List.of(403, 404).contains(pay), "other court's payment: " + pay);
        int transition = given().auth().oauth2(otherJudge).contentType("application/json")
                .body(Map.of("targetStatus", "SUSPENDED")).post("/api/cases/" + caseId + "/transitions").statusCode();
        assertTrue(List.of(403, 404).contains(transition), "other court's transition: " + transition);
        given().auth().oauth2(otherJudge).queryParam("caseId", caseId).get("/api/referrals")
                .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(403)))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(referralId)));
        int inquiry = given().auth().oauth2(otherJudge).get("/api/bank-inquiries/" + caseId).statusCode();
        assertTrue(List.of(403, 404).contains(inquiry), "other court's bank inquiry view: " + inquiry);

        refused(given().auth().oauth2(otherBank).get("/api/inbox/" + referralId), 403, "other bank's referral");
        int answer = given().auth().oauth2(otherBank).contentType("application/json")
                .body(Map.of("type", "BANK_INQUIRY", "accounts", List.of())).post("/api/inbox/" + referralId + "/answer").statusCode();
        assertTrue(List.of(403, 404).contains(answer), "other bank's answer: " + answer);
        given().auth().oauth2(otherBank).queryParam("caseId", caseId).get("/api/inbox")
                .then().statusCode(200).body("agencyId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("BANK-BOC")))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(referralId)));
        int police = given().auth().oauth2(token("police-officer")).get("/api/inbox/" + referralId).statusCode();
        assertTrue(List.of(403, 404).contains(police), "police reading a bank's referral: " + police);
        // the referral is still unanswered and the case unchanged
        given().auth().oauth2(token("client:bank-icbc")).get("/api/inbox/" + referralId)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.not("ANSWERED"));
        Object recovered = given().config(Desk.EXACT).auth().oauth2(token("clerk-zy")).get("/api/cases/" + caseId)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.equalTo("FILED"))
                .extract().path("amountRecovered");
        Desk.assertExactly("0.00", recovered, "nothing recovered");
        System.out.println("[hostile-callers] another court / another agency: no read, no count, no change");
    }

    @Test
    @Order(3)
    void noTokenOrIdNumberReachesTheLogs() throws IOException {
        Set<String> secrets = new java.util.LinkedHashSet<>(tokensUsed);
        Set<String> ids = new java.util.LinkedHashSet<>(List.of(TestData.PERSON_ID, TestData.COMPANY_CODE, BadInputCorpusIT.PERSON));
        for (int i = 1; i <= 50; i++) {
            ids.add(Ids.resident(i));
        }
        List<String> leaks = new ArrayList<>();
        long bytes = 0;
        try (var files = Files.list(platform.home().resolve("logs"))) {
            for (Path log : files.filter(p -> p.toString().endsWith(".log")).toList()) {
                String text = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
                String utf8 = Files.readString(log, java.nio.charset.StandardCharsets.ISO_8859_1);
                bytes += text.length();
                for (String s : secrets) {
                    // a token's signature alone is enough to recognise it
                    if (text.contains(s.substring(s.lastIndexOf('.') + 1))) {
                        leaks.add(log.getFileName() + ": a bearer token");
                    }
                }
                for (String id : ids) {
                    if (utf8.contains(id)) {
                        leaks.add(log.getFileName() + ": ID number " + id.substring(0, 4) + "…");
                    }
                }
            }
        }
        System.out.printf("[hostile-callers] searched %d KB of platform logs for %d tokens and %d ID numbers: %d leaks%n",
                bytes / 1024, secrets.size(), ids.size(), leaks.size());
        assertTrue(leaks.isEmpty(), "secrets in the logs: " + leaks);
    }
}
