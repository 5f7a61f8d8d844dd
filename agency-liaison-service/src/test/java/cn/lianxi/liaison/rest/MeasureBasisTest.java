package cn.lianxi.liaison.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.EnforcementDocumentKind;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.LegalBasis;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.Officer;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.Measures;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Every measure an agency receives names the officer who ordered it and the document it rests on (issue 16 item 5):
 * the agency reads both in its inbox, a judge's own request is refused without its document, and an auditor lists
 * every measure of one officer or one document, court staff only their own court's.
 */
@QuarkusTest
class MeasureBasisTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    private static JsonPath listed(String token, String filter, String value) {
        return given().auth().oauth2(token).queryParam(filter, value).when().get("/referrals").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    @DisplayName("a bank's inbox shows the freeze's officer, document and purpose; the auditor lists them by officer")
    void theBankSeesTheOfficerAndTheDocumentAndTheAuditorListsByOfficer() {
        UUID caseId = UUID.randomUUID();
        Officer officer = new Officer("officer-" + UUID.randomUUID(), "吴法官");
        LegalBasis ruling = new LegalBasis(EnforcementDocumentKind.RULING,
                "（2026）苏05执" + caseId.toString().substring(0, 6) + "号之一", "冻结被执行人存款以备扣划");
        Measures.send(kafka, mapper, caseId, CaseEvents.SUZHOU, new CaseEventDetail.FreezeOrdered(
                new CaseEventDetail.AccountOrder(CaseEvents.RESPONDENT, null, Agencies.BOC, Measures.account(),
                        Money.of("500.00"), "REQ-" + UUID.randomUUID(), null, officer, ruling)));

        JsonPath inbox = Measures.referral(Agencies.BOC, caseId, "FREEZE");
        assertEquals(officer.id(), inbox.getString("payload.orderedBy.id"));
        assertEquals("吴法官", inbox.getString("payload.orderedBy.name"));
        assertEquals("RULING", inbox.getString("payload.legalBasis.documentKind"));
        assertEquals(ruling.documentNumber(), inbox.getString("payload.legalBasis.documentNumber"));
        assertEquals("冻结被执行人存款以备扣划", inbox.getString("payload.legalBasis.purpose"));

        JsonPath audited = listed(Tokens.withRole("auditor"), "officer", officer.id());
        assertEquals(List.of(caseId.toString()), audited.getList("caseId"));
        assertEquals(IdentityNumbers.mask(CaseEvents.RESPONDENT_ID), audited.getString("payload[0].respondent.idNumber"),
                "an auditor reads the measure, not the full ID number");
        assertEquals(List.of(caseId.toString()),
                listed(Tokens.withRole("auditor"), "document", ruling.documentNumber()).getList("caseId"));
        assertEquals(List.of(caseId.toString()),
                listed(Tokens.courtClerk(CaseEvents.SUZHOU), "officer", officer.id()).getList("caseId"));
        given().auth().oauth2(Tokens.courtClerk(CaseEvents.GUSU)).queryParam("officer", officer.id())
                .when().get("/referrals").then().statusCode(200).body("size()", equalTo(0))
                .header("X-Total-Count", "0");
    }

    @Test
    @DisplayName("a judge's locate request names the judge from the token and its document; the police see both")
    void aJudgesLocateRequestNamesTheJudgeAndItsDocument() {
        UUID caseId = UUID.randomUUID();
        String number = "（2026）苏05执" + caseId.toString().substring(0, 6) + "号之二";
        String id = Referrals.create(Agencies.POLICE, "LOCATE_PERSON", caseId, Map.of("legalBasis",
                Map.of("documentKind", "ASSISTANCE_NOTICE", "documentNumber", number, "purpose", "查找被执行人下落")));

        JsonPath police = Referrals.exact(given().auth().oauth2(Agencies.token(Agencies.POLICE))
                .when().get("/inbox/" + id).then().statusCode(200).extract().asString());
        assertEquals("judge-" + CaseEvents.SUZHOU, police.getString("payload.orderedBy.id"));
        assertEquals("ASSISTANCE_NOTICE", police.getString("payload.legalBasis.documentKind"));
        assertEquals("查找被执行人下落", police.getString("payload.legalBasis.purpose"));
        await().atMost(Duration.ofSeconds(5)).until(() -> listed(Tokens.withRole("auditor"), "document", number)
                .getList("id").equals(List.of(id)));
        assertEquals(List.of(), listed(Tokens.judge(CaseEvents.GUSU), "document", number).getList("id"),
                "another court's judge does not see this court's measures");
    }

    @Test
    @DisplayName("a judge's referral, bank inquiry or criminal referral without its document is a 400 naming the field")
    void aJudgesRequestWithoutItsDocumentIsRefusedNamingTheField() {
        UUID caseId = UUID.randomUUID();
        Map<String, Object> locate = new HashMap<>(Map.of("caseId", caseId, "caseNumber", "(2023)苏05执8号",
                "kind", "LOCATE_PERSON", "agencyId", Agencies.POLICE, "respondentName", "张三",
                "respondentIdNumber", CaseEvents.RESPONDENT_ID, "respondentType", "PERSON"));
        given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).contentType(ContentType.JSON).body(locate)
                .when().post("/referrals").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("legalBasis"));
        given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "caseNumber", "(2023)苏05执8号", "respondents", List.of(Map.of(
                        "name", "张三", "idNumber", CaseEvents.RESPONDENT_ID, "type", "PERSON"))))
                .when().post("/bank-inquiries").then().statusCode(400).body("errors[0].field", equalTo("legalBasis"));
        given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "caseNumber", "(2023)苏05执8号", "respondentName", "张三",
                        "respondentIdNumber", CaseEvents.RESPONDENT_ID, "respondentType", "PERSON",
                        "evidenceSummary", "拒不履行", "legalBasis", Map.of("documentKind", "ASSISTANCE_NOTICE",
                                "purpose", "移送拒执罪线索")))
                .when().post("/criminal-referrals").then().statusCode(400)
                .body("errors[0].field", equalTo("legalBasis.documentNumber"));
        assertEquals(0, Agencies.inbox(Agencies.POLICE, caseId).size());
        assertEquals(0, Agencies.inbox(Agencies.ICBC, caseId).size());
    }
}
