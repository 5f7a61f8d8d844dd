package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.SUZHOU;
import static cn.lianxi.cases.Fixtures.event;
import static cn.lianxi.cases.Fixtures.filing;
import static cn.lianxi.cases.Fixtures.submit;
import static cn.lianxi.cases.Fixtures.with;
import static cn.lianxi.cases.Fixtures.without;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Every measure names its officer (承办人) and the enforcement document it rests on (issue 16 item 5): over the REST
 * actions the officer is the token's subject and name and the body must name the document; over the HTTP batch the
 * court system states both. Without them nothing is ordered and the answer names the field.
 */
@QuarkusTest
class MeasureBasisTest {

    /** The case action with exactly this body: no legal basis is added. */
    static ValidatableResponse raw(String id, String action, Map<String, ?> body) {
        return given().config(Fixtures.EXACT).auth().oauth2(Tokens.judge(SUZHOU)).contentType(ContentType.JSON)
                .body(body).when().post("/cases/" + id + "/" + action).then();
    }

    static String file() {
        String number = Fixtures.caseNumber();
        return submit(SUZHOU, List.of(filing(SUZHOU, number, "1000.00"))).statusCode(200)
                .extract().path("results[0].caseId");
    }

    @Test
    @DisplayName("a REST measure without its legal basis, or with part of it, is a 400 naming the field and orders nothing")
    void aRestMeasureWithoutItsLegalBasisIsRefusedNamingTheField() {
        String id = file();
        Map<String, Object> freeze = Map.of("bankCode", "ICBC", "accountNumber", "6222-L", "amount", "100.00");
        raw(id, "freeze-orders", freeze).spec(Problems.of(ProblemType.INVALID_REQUEST, 400))
                .body("errors[0].field", equalTo("legalBasis"));
        raw(id, "asset-inquiries", Map.of()).statusCode(400).body("errors[0].field", equalTo("legalBasis"));
        raw(id, "asset-inquiries", Map.of("legalBasis", Map.of("documentKind", "ASSISTANCE_NOTICE", "purpose", "查询")))
                .statusCode(400).body("errors[0].field", equalTo("legalBasis.documentNumber"));
        raw(id, "refusal-reports", Map.of("evidenceSummary", "转移财产", "legalBasis",
                Map.of("documentKind", "RULING", "documentNumber", "（2026）苏05执1号", "purpose", "")))
                .statusCode(400).body("errors[0].field", equalTo("legalBasis.purpose"));
        assertEquals(List.of("CASE_FILED"), Fixtures.timelineKinds(id));
    }

    @Test
    @DisplayName("the REST officer is the token's, whatever the body says; the document is the body's")
    void theRestOfficerIsTheTokensAndTheDocumentTheBodys() {
        String id = file();
        Map<String, Object> basis = Map.of("documentKind", "RULING", "documentNumber", "（2026）苏05执77号之一",
                "purpose", "冻结被执行人存款");
        raw(id, "freeze-orders", Map.of("bankCode", "ICBC", "accountNumber", "6222-T", "amount", "100.00",
                "legalBasis", basis, "orderedBy", Map.of("id", "someone-else", "name", "别人"))).statusCode(200);
        JsonPath timeline = Fixtures.timeline(id);
        String order = "find { it.kind == 'FREEZE_ORDERED' }.detail.order";
        assertEquals("judge-" + SUZHOU, timeline.getString(order + ".orderedBy.id"));
        assertEquals("judge-" + SUZHOU, timeline.getString(order + ".orderedBy.name"));
        assertEquals("RULING", timeline.getString(order + ".legalBasis.documentKind"));
        assertEquals("（2026）苏05执77号之一", timeline.getString(order + ".legalBasis.documentNumber"));
        assertEquals("冻结被执行人存款", timeline.getString(order + ".legalBasis.purpose"));
    }

    @Test
    @DisplayName("a batch measure without officer or legal basis is REJECTED 400 naming the field; the others apply")
    void aBatchMeasureWithoutOfficerOrLegalBasisIsRejectedNamingTheField() {
        String number = Fixtures.caseNumber();
        Map<String, Object> noOfficer = without(event(SUZHOU, number, "ASSET_INQUIRY_REQUESTED"), "orderedBy");
        Map<String, Object> noBasis = without(with(event(SUZHOU, number, "DEDUCTION_ORDERED"), "bankCode", "ICBC",
                "accountNumber", "6222-B", "amount", "10.00"), "legalBasis");
        Map<String, Object> noNumber = with(event(SUZHOU, number, "FREEZE_RENEWAL_ORDERED"), "freezeRequestId", "EV-x");
        Map<String, Object> partial = new HashMap<>(Fixtures.NOTICE);
        partial.remove("documentNumber");
        noNumber.put("legalBasis", partial);
        Map<String, Object> anonymous = with(event(SUZHOU, number, "REFUSAL_REPORTED"), "evidenceSummary", "转移财产",
                "orderedBy", Map.of("id", "", "name", "周法官"));
        submit(SUZHOU, List.of(filing(SUZHOU, number, "100.00"), noOfficer, noBasis, noNumber, anonymous))
                .statusCode(200).body("accepted", equalTo(1)).body("rejected", equalTo(4))
                .body("results[1].reason.status", equalTo(400)).body("results[1].reason.field", equalTo("orderedBy"))
                .body("results[2].reason.field", equalTo("legalBasis"))
                .body("results[3].reason.field", equalTo("legalBasis.documentNumber"))
                .body("results[4].reason.field", equalTo("orderedBy.id"));
    }
}
