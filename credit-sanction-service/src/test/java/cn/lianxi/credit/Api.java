package cn.lianxi.credit;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.lianxi.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** REST helpers shared by the tests: calls as a credit officer, waits for consumed events. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification officer() {
        return given().auth().oauth2(Tokens.withRole("credit-officer")).contentType(ContentType.JSON);
    }

    /** Another credit officer: the second officer who approves what {@link #officer()} asks for (制度铁笼). */
    public static RequestSpecification secondOfficer() {
        String token = Jwt.preferredUserName("credit-officer-2").subject("credit-officer-2")
                .groups(Set.of("credit-officer")).issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).sign();
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /**
     * An early lifting ({@code path} is a listing's or restriction's {@code /lifting}): asked for by the officer
     * (202, a pending request), approved by the second officer; the approval's answer.
     */
    public static ValidatableResponse liftApproved(String path, String reason) {
        String approval = officer().body(Map.of("reason", reason)).post(path).then().statusCode(202)
                .body("status", equalTo("PENDING")).extract().path("id");
        return secondOfficer().post("/lifting-approvals/" + approval + "/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED"));
    }

    /** Waits until the case's record shows the event was consumed. */
    public static void awaitConsumed(UUID caseId, UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> eventId.toString().equals(officer()
                .get("/sanctions/cases/" + caseId).then().extract().path("lastEventId")));
    }

    public static Map<String, Object> listing(UUID caseId, String idNumber, int ground, Integer months,
            String decisionDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId.toString());
        body.put("respondentIdNumber", idNumber);
        body.put("ground", ground);
        if (months != null) {
            body.put("periodMonths", months);
        }
        body.put("decisionDate", decisionDate);
        body.put("documentNumber", "(2026)苏05执恢" + Math.abs(caseId.hashCode() % 1000) + "号决定书");
        return body;
    }

    public static ValidatableResponse postListing(Map<String, Object> body) {
        return officer().body(body).when().post("/listings").then();
    }

    public static String impose(UUID caseId, String idNumber, int ground) {
        return postListing(listing(caseId, idNumber, ground, null, "2026-11-01")).statusCode(201).extract().path("id");
    }
}
