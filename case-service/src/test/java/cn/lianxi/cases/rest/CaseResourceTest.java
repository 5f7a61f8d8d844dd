package cn.lianxi.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.Topics;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class CaseResourceTest {

    static final String SUZHOU = "C320500";
    static final String GUSU = "C320508";
    static final String PERSON_ID = IdentityNumbers.withResidentCheck("32050819800101123");
    static final String COMPANY_CODE = IdentityNumbers.withCreditCheck("91320508MA1MXXQ51");

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    static Map<String, Object> caseRequest(String number, String respondentId) {
        return Map.of(
                "caseNumber", number,
                "filedOn", "2023-03-01",
                "basisType", "JUDGMENT",
                "basisDocument", "(2022)苏05民初88号",
                "amountOwed", "1200000.50",
                "judge", "judge-zy",
                "parties", java.util.List.of(
                        Map.of("role", "APPLICANT", "type", "COMPANY", "name", "苏州某银行", "idNumber", COMPANY_CODE),
                        Map.of("role", "RESPONDENT", "type", "PERSON", "name", "张三", "idNumber", respondentId)));
    }

    static String fileCase(String number) {
        return given().config(Fixtures.EXACT).auth().oauth2(Tokens.courtClerk(SUZHOU)).contentType(ContentType.JSON)
                .body(caseRequest(number, PERSON_ID))
                .when().post("/cases")
                .then().statusCode(201)
                .body("courtCode", equalTo(SUZHOU))
                .body("status", equalTo("FILED"))
                .body("amountOwed", Fixtures.amount("1200000.50"))
                .extract().path("id");
    }

    @Test
    void filingACaseStoresItAndPublishesACloudEvent() {
        String number = "(2023)苏05执" + System.nanoTime() + "号";
        String id = fileCase(number);

        given().auth().oauth2(Tokens.judge(SUZHOU)).when().get("/cases/" + id)
                .then().statusCode(200)
                .body("caseNumber", equalTo(number))
                .body("parties.role", hasItem("RESPONDENT"));

        ConsumerRecord<String, String> record = kafka.consumeStrings().fromTopics(Topics.ENFORCEMENT_CASES)
                .awaitRecords(1, Duration.ofSeconds(20)).getRecords().stream()
                .filter(r -> r.key().equals(id)).findFirst().orElseThrow();
        assertEquals("cn.lianxi.case.case-filed.v1", header(record, "ce_type"));
        assertEquals("/lianxi/case-service", header(record, "ce_source"));
        assertEquals(id, header(record, "ce_subject"));
        assertEquals("1.0", header(record, "ce_specversion"));
    }

    @Test
    void anotherCourtNeitherSeesNorListsTheCase() {
        String id = fileCase("(2023)苏05执" + System.nanoTime() + "号");
        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/cases/" + id).then().statusCode(404);
        given().auth().oauth2(Tokens.courtClerk(GUSU)).when().get("/cases?size=500")
                .then().statusCode(200).body("id", not(hasItem(id)));
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/cases/" + id).then().statusCode(200);
    }

    @Test
    void refusesAWrongCheckCharacterNamingTheField() {
        String wrong = PERSON_ID.substring(0, 17) + (PERSON_ID.endsWith("1") ? "2" : "1");
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).contentType(ContentType.JSON)
                .body(caseRequest("(2023)苏05执" + UUID.randomUUID() + "号", wrong))
                .when().post("/cases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("parties[1].idNumber"))
                .body(not(org.hamcrest.Matchers.containsString(wrong)));
    }

    @Test
    void refusesCallersWithoutTokenOrCourtRole() {
        given().contentType(ContentType.JSON).body(caseRequest("x", PERSON_ID)).when().post("/cases")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC")).contentType(ContentType.JSON)
                .body(caseRequest("x", PERSON_ID)).when().post("/cases").then().statusCode(403);
    }

    /** The same clerk, signed by the same realm, but the token was issued for another client (or for none). */
    @Test
    void refusesATokenOfTheRealmIssuedForAnotherAudience() {
        String id = fileCase("(2023)苏05执" + System.nanoTime() + "号");
        given().auth().oauth2(Tokens.courtClerk(SUZHOU)).when().get("/cases/" + id).then().statusCode(200);
        for (String audience : new String[] {"other-app", null}) {
            String foreign = Tokens.courtClerkFor(audience, SUZHOU);
            given().auth().oauth2(foreign).when().get("/cases/" + id).then().statusCode(401);
            given().auth().oauth2(foreign).contentType(ContentType.JSON)
                    .body(caseRequest("(2023)苏05执" + UUID.randomUUID() + "号", PERSON_ID))
                    .when().post("/cases").then().statusCode(401);
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
