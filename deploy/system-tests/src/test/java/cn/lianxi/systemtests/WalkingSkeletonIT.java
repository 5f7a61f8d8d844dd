package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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
        long filedAt = System.nanoTime();
        Response filed = given().auth().oauth2(keycloak.user("clerk-zy")).contentType(ContentType.JSON)
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
        assertFalse(icbcReferral.get("id").equals(bocReferral.get("id")));

        // each bank sees only its own referral
        given().auth().oauth2(keycloak.agency("bank-boc")).when().get("/api/inbox?size=500")
                .then().statusCode(200)
                .body("items.id", not(hasItem(icbcReferral.get("id"))))
                .body("items.agencyId", everyItem(equalTo("BANK-BOC")));

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

        given().auth().oauth2(keycloak.agency("bank-boc")).when().get("/api/referrals/" + icbcReferral.get("id"))
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(keycloak.agency("bank-boc")).when().get("/api/cases/" + caseId)
                .then().statusCode(403);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> awaitReferral(String bank, String caseId) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            List<Map<String, Object>> items = given().auth().oauth2(keycloak.agency(bank))
                    .when().get("/api/inbox?size=500")
                    .then().statusCode(200).extract().path("items");
            return items.stream().filter(i -> caseId.equals(i.get("caseId"))).findFirst().orElse(null);
        }, r -> r != null);
    }
}
