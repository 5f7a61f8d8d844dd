package cn.lianxi.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Requests the framework refuses before any resource code runs still get RFC 9457 problem+json. */
@QuarkusTest
class MalformedRequestTest {

    private static ValidatableResponse post(String contentType, byte[] body) {
        return given().auth().oauth2(Tokens.courtClerk("C320500")).contentType(contentType).body(body)
                .when().post("/cases").then();
    }

    private static void assertProblem(ValidatableResponse response, int status) {
        response.statusCode(status).contentType("application/problem+json").body("status", equalTo(status))
                .body(not(containsString("Exception"))).body(not(containsString("\tat ")));
    }

    @Test
    void unsupportedMediaTypeIsAProblem() {
        assertProblem(post("text/plain", "hello".getBytes(StandardCharsets.UTF_8)), 415);
        assertProblem(post("application/xml", "<case/>".getBytes(StandardCharsets.UTF_8)), 415);
    }

    @Test
    void emptyAndNullBodiesAreProblems() {
        assertProblem(post("application/json", new byte[0]), 400);
        assertProblem(post("application/json", "null".getBytes(StandardCharsets.UTF_8)), 400);
    }

    @Test
    void invalidUtf8AndDeepNestingAreProblems() {
        assertProblem(post("application/json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), 400);
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertProblem(post("application/json", ("{\"parties\":" + deep + "}").getBytes(StandardCharsets.UTF_8)), 400);
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefusedNamingTheField() {
        given().auth().oauth2(Tokens.courtClerk("C320500")).contentType(ContentType.JSON)
                .body(Map.of("caseNumber", 12345, "filedOn", "2023-03-01", "basisType", "JUDGMENT",
                        "basisDocument", "x", "amountOwed", "1.00", "parties", java.util.List.of()))
                .when().post("/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("caseNumber"));
    }
}
