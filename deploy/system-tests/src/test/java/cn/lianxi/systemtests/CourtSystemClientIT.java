package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * A court's case system (法院案件管理系统) logs in as a machine, with the client-credentials grant of its own realm
 * client ({@code court-c320500-system}: role {@code court-system}, claim {@code court_code} C320500), never with a
 * clerk's password. Through the gateway its token files its court's case, an event of another court is refused
 * ({@code court-mismatch}), and nothing but the court-event intake is open to it. HostileCallersIT tries it on every
 * other route.
 */
@ExtendWith(PlatformExtension.class)
class CourtSystemClientIT {

    static String system;
    static String base;

    @BeforeAll
    static void login(Platform platform) {
        system = new Keycloak(platform).agency("court-c320500-system");
        base = platform.gatewayUrl();
    }

    @Test
    void theCourtsSystemFilesItsCourtsCasesAndNothingElse() {
        String number = TestData.caseNumber();
        String caseId = post(Workload.filing(number, null, TestData.personId(), "judge-zy")).statusCode(200)
                .body("accepted", equalTo(1)).extract().path("results[0].caseId");
        post(Workload.filing(TestData.caseNumber(), "C320508", TestData.personId(), "judge-gs")).statusCode(200)
                .body("rejected", equalTo(1)).body("results[0].reason.rule", equalTo("court-mismatch"));
        given().baseUri(base).auth().oauth2(system).when().get("/api/court-events/" + number + "-f")
                .then().statusCode(200).body("caseId", equalTo(caseId));
        given().baseUri(base).auth().oauth2(system).when().get("/api/cases/" + caseId).then().statusCode(403);
        given().baseUri(base).auth().oauth2(system).when().get("/api/inbox").then().statusCode(403);
    }

    private static io.restassured.response.ValidatableResponse post(Map<String, Object> event) {
        return given().baseUri(base).auth().oauth2(system).contentType(ContentType.JSON)
                .body(Map.of("events", List.of(event))).when().post("/api/court-events").then();
    }
}
