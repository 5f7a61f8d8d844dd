package cn.lianxi.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Each kind of refusal is a catalogued problem (type and human title from {@link ProblemType}, the request path as
 * {@code instance}), whether the service's own rules, Bean Validation or Quarkus security produced it.
 */
@QuarkusTest
class ProblemCatalogueTest {

    @Test
    void anInvalidFieldIs400NamingIt() {
        Map<String, Object> request = new HashMap<>(CaseResourceTest.caseRequest("(2023)苏05执-cat-1",
                CaseResourceTest.PERSON_ID));
        request.put("caseNumber", "");
        given().auth().oauth2(Tokens.courtClerk(CaseResourceTest.SUZHOU)).contentType(ContentType.JSON).body(request)
                .when().post("/cases")
                .then().spec(Problems.of(ProblemType.INVALID_REQUEST, 400, "/cases"))
                .body("errors[0].field", equalTo("caseNumber"));
    }

    @Test
    void noTokenAndABadTokenAre401() {
        String path = "/cases/" + UUID.randomUUID();
        given().when().get(path).then().spec(Problems.of(ProblemType.UNAUTHORIZED, 401, path));
        // refused by proactive authentication before JAX-RS: the kit's AuthenticationFailures answers these
        given().auth().oauth2("not.a.jwt").when().get(path).then().spec(Problems.of(ProblemType.UNAUTHORIZED, 401, path));
        given().auth().oauth2(Tokens.expired("judge")).when().get(path).then()
                .spec(Problems.of(ProblemType.UNAUTHORIZED, 401, path));
    }

    @Test
    void aWrongRoleIs403() {
        given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC")).when().get("/cases")
                .then().spec(Problems.of(ProblemType.FORBIDDEN, 403, "/cases"));
    }

    @Test
    void anUnknownCaseIs404() {
        String path = "/cases/" + UUID.randomUUID();
        given().auth().oauth2(Tokens.judge(CaseResourceTest.SUZHOU)).when().get(path)
                .then().spec(Problems.of(ProblemType.NOT_FOUND, 404, path));
    }

    @Test
    void aCaseNumberUsedTwiceIs409() {
        String number = "(2023)苏05执-cat-" + UUID.randomUUID().toString().substring(0, 8);
        CaseResourceTest.fileCase(number);
        given().auth().oauth2(Tokens.courtClerk(CaseResourceTest.SUZHOU)).contentType(ContentType.JSON)
                .body(CaseResourceTest.caseRequest(number, CaseResourceTest.PERSON_ID))
                .when().post("/cases")
                .then().spec(Problems.of(ProblemType.DUPLICATE_CASE_NUMBER, 409, "/cases"));
    }

    @Test
    void aPathWithNoResourceIsACataloguedProblem() {
        given().auth().oauth2(Tokens.judge(CaseResourceTest.SUZHOU)).when().get("/no-such-resource")
                .then().spec(Problems.of(ProblemType.NOT_FOUND, 404, "/no-such-resource"));
    }
}
