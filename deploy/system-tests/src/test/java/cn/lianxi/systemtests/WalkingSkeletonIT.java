package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The walking skeleton through every layer, as the people involved would do it: a Suzhou court clerk files a case
 * through the gateway with a real Keycloak token; case-service stores it with an outbox row; the relay publishes
 * it on Kafka; agency-liaison-service creates a bank inquiry for each bank; each bank's system sees its own
 * referral in its inbox and only its own; credit-sanction-service has heard of the case too.
 */
@ExtendWith(PlatformExtension.class)
class WalkingSkeletonIT {

    static Keycloak keycloak;

    @BeforeAll
    static void tokens(Platform platform) {
        keycloak = new Keycloak(platform);
    }

    @Test
    void aFiledCaseReachesEveryBanksInboxAndTheCreditService() {
        String caseNumber = "(2026)苏05执" + System.currentTimeMillis() % 1_000_000 + "号";
        String traceId = java.util.HexFormat.of().formatHex(java.nio.ByteBuffer.allocate(16)
                .putLong(System.nanoTime()).putLong(System.currentTimeMillis()).array());
        long filedAt = System.nanoTime();
        Response filed = given().auth().oauth2(keycloak.user("clerk-zy")).contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(TestData.caseFiling(caseNumber))
                .when().post("/api/cases")
                .then().statusCode(201)
                .body("courtCode", equalTo("C320500"))
                .header("X-Request-Id", notNullValue())
                .extract().response();
        String caseId = filed.path("id");

        Map<String, Object> icbcReferral = awaitReferral("bank-icbc", caseId);
        System.out.printf("[walking-skeleton] case %s filed → ICBC inbox in %d ms%n", caseId,
                (System.nanoTime() - filedAt) / 1_000_000);
        Map<String, Object> bocReferral = awaitReferral("bank-boc", caseId);
        assertEquals("BANK_INQUIRY", icbcReferral.get("kind"));
        assertEquals(caseNumber, icbcReferral.get("caseNumber"));
        // one trace from the clerk's request through the gateway, case-service, the outbox relay and Kafka to the
        // referral; the referral names the case event that created it
        assertEquals(traceId, icbcReferral.get("traceId"));
        assertEquals(traceId, bocReferral.get("traceId"));
        assertEquals(icbcReferral.get("sourceEventId"), bocReferral.get("sourceEventId"));
        System.out.printf("[walking-skeleton] trace %s, case event %s%n", traceId, icbcReferral.get("sourceEventId"));
        assertFalse(icbcReferral.get("id").equals(bocReferral.get("id")));

        // each bank sees only its own referral
        given().auth().oauth2(keycloak.agency("bank-boc")).when().get("/api/inbox?size=500")
                .then().statusCode(200)
                .body("id", not(hasItem(icbcReferral.get("id"))))
                .body("agencyId", everyItem(equalTo("BANK-BOC")));

        // credit-sanction-service consumed the same event
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(keycloak.user("credit-officer")).when().get("/api/sanctions/cases/" + caseId)
                        .then().statusCode(200).body("caseNumber", equalTo(caseNumber)));
    }

    @Test
    void noTokenIs401AndAnotherAgencysReferralIs403() {
        given().when().get("/api/cases").then().statusCode(401).contentType("application/problem+json");
        given().when().get("/api/inbox").then().statusCode(401);

        String caseId = given().auth().oauth2(keycloak.user("clerk-zy")).contentType(ContentType.JSON)
                .body(TestData.caseFiling("(2026)苏05执" + System.nanoTime() % 1_000_000 + "号"))
                .when().post("/api/cases").then().statusCode(201).extract().path("id");
        Map<String, Object> icbcReferral = awaitReferral("bank-icbc", caseId);

        given().auth().oauth2(keycloak.agency("bank-boc")).when().get("/api/inbox/" + icbcReferral.get("id"))
                .then().statusCode(403).contentType("application/problem+json")
                .body(not(containsString(TestData.COMPANY_CODE)));
        given().auth().oauth2(keycloak.agency("bank-boc")).queryParam("caseId", caseId).when().get("/api/inbox")
                .then().statusCode(200).header("X-Total-Count", "1")
                .body("agencyId", everyItem(equalTo("BANK-BOC")));
        given().auth().oauth2(keycloak.agency("bank-boc")).when().get("/api/cases/" + caseId)
                .then().statusCode(403);
    }

    /**
     * Health and metrics of the gateway and every service are on their management ports (which the launcher binds to
     * 127.0.0.1, and which Kubernetes routes to nobody outside); the public ports do not know them.
     */
    @Test
    void healthAndMetricsAreServedOnTheManagementPortsOnly(Platform platform) {
        for (String service : Readiness.SERVICES) {
            String publicUrl = service.equals("gateway") ? platform.gatewayUrl() : platform.serviceUrl(service);
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready")) {
                given().baseUri(publicUrl).when().get(path).then().statusCode(404);
                given().baseUri(platform.managementUrl(service)).when().get(path).then().statusCode(200);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> awaitReferral(String bank, String caseId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<Map<String, Object>> items = given().auth().oauth2(keycloak.agency(bank)).queryParam("caseId", caseId)
                    .when().get("/api/inbox")
                    .then().statusCode(200).extract().path("$");
            return items.stream().filter(i -> caseId.equals(i.get("caseId"))).findFirst().orElse(null);
        }, r -> r != null);
    }
}
