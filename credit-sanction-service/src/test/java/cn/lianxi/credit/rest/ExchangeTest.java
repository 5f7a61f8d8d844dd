package cn.lianxi.credit.rest;

import static cn.lianxi.credit.Api.officer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static cn.lianxi.credit.SanctionFeed.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.credit.SanctionFeed;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** The joint-sanctions exchange (联合惩戒): topic and cursor pull tell the same history; checks are scoped. */
@QuarkusTest
class ExchangeTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    static final String LEGAL_REP_ID = IdentityNumbers.withResidentCheck("32050819750606" + "271");

    @Test
    void theTopicAndTheCursorPullGiveTheSameHistoryOfACase() {
        long cursor = pull(0, 1000).getLong("nextCursor");
        while (true) {
            long next = pull(cursor, 1000).getLong("nextCursor");
            if (next == cursor) {
                break;
            }
            cursor = next;
        }
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.company("苏州某贸易有限公司", "刘某"));
        Api.awaitConsumed(feed.caseId, feed.filed());
        Api.impose(feed.caseId, feed.respondentId(0), 1);
        officer().body(Map.of("caseId", feed.caseId.toString(), "respondentIdNumber", feed.respondentId(0),
                "orderDate", "2026-11-05", "documentNumber", "(2026)苏05执7号限消令",
                "boundPersons", List.of(Map.of("role", "LEGAL_REPRESENTATIVE", "name", "刘某", "idNumber", LEGAL_REP_ID),
                        Map.of("role", "PERSON_IN_CHARGE", "name", "黄某"))))
                .post("/restrictions").then().statusCode(201)
                .body("boundPersons.role", hasItem("PERSON_IN_CHARGE"))
                .body("behaviours", hasItem("FLIGHTS"));
        Api.liftApproved("/sanctions/cases/" + feed.caseId + "/lifting", "FULL_PERFORMANCE");

        String caseId = feed.caseId.toString();
        List<String> pulled = pull(cursor, 1000).getList("changes.findAll { it.event.caseId == '" + caseId
                + "' }.event.eventId");
        assertEquals(6, pulled.size(), "listing imposed, restriction imposed for company and legal rep, three liftings");

        List<ConsumerRecord<String, String>> ofCase = SanctionFeed.awaitRecords(kafka, feed.caseId, 6);
        assertEquals(pulled, ofCase.stream().map(r -> header(r, "ce_id")).toList());
        assertEquals("cn.lianxi.credit.dishonest-listing.imposed.v1", header(ofCase.get(0), "ce_type"));
        assertEquals("cn.lianxi.credit.consumption-restriction.lifted.v1", header(ofCase.get(5), "ce_type"));
        assertEquals("/lianxi/credit-sanction-service", header(ofCase.get(0), "ce_source"));
        SanctionEvent listed = SanctionFeed.read(ofCase.get(0));
        assertEquals(SanctionKind.DISHONEST_LISTING, listed.sanction());
        assertEquals(SanctionChange.IMPOSED, listed.change());
        assertEquals(ListingGround.REFUSAL_WHILE_ABLE_TO_PERFORM, listed.ground());
        assertNull(listed.validUntil(), "art. 1(1) has no fixed term (法释〔2017〕7号 art. 2)");
        // the subject is the case (as on every topic), whatever the change; the sanction is named in the payload
        assertEquals(caseId, header(ofCase.get(0), "ce_subject"));
        assertEquals(caseId, header(ofCase.get(5), "ce_subject"));
        assertEquals(List.of(RestrictedBehaviour.values()), SanctionFeed.read(ofCase.get(1)).restrictedBehaviours());
    }

    @Test
    void anAgencyLearnsInOneCallThatALegalRepresentativeIsRestrictedAndSeesOnlyItsOwnChecks() {
        String repId = IdentityNumbers.withResidentCheck("32050819780808" + String.format("%03d", (int) (Math.random() * 1000)));
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.company("苏州某科技有限公司", "马某"));
        Api.awaitConsumed(feed.caseId, feed.filed());
        officer().body(Map.of("caseId", feed.caseId.toString(), "respondentIdNumber", feed.respondentId(0),
                "orderDate", "2026-11-05", "documentNumber", "(2026)苏05执8号限消令", "behaviours", List.of("FLIGHTS"),
                "boundPersons", List.of(Map.of("role", "LEGAL_REPRESENTATIVE", "name", "马某", "idNumber", repId))))
                .post("/restrictions").then().statusCode(201);

        given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC-SZ")).get("/sanctions/check?idNumber=" + repId)
                .then().statusCode(200).body("restricted", equalTo(true))
                .body("restrictions[0].boundAs", equalTo("LEGAL_REPRESENTATIVE"))
                .body("restrictions[0].behaviours", equalTo(List.of("FLIGHTS")));
        given().auth().oauth2(Tokens.agency("agency", "RAIL-12306")).get("/sanctions/check?idNumber=" + feed.respondentId(0))
                .then().statusCode(200).body("restricted", equalTo(true))
                .body("restrictions[0].boundAs", equalTo("SUBJECT"));
        given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC-SZ")).get("/sanctions/check?idNumber=12345")
                .then().statusCode(400).spec(Problems.of(ProblemType.INVALID_ID_NUMBER, 400));

        given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC-SZ")).get("/sanctions/checks?size=500").then()
                .statusCode(200).body("agencyId", everyItem(equalTo("BANK-ICBC-SZ")))
                .body("maskedIdNumber", hasItem(IdentityNumbers.mask(repId)))
                .body("maskedIdNumber", not(hasItem(repId)));
        given().auth().oauth2(Tokens.agency("agency", "RAIL-12306")).get("/sanctions/checks?size=500").then()
                .statusCode(200).body("agencyId", everyItem(equalTo("RAIL-12306")))
                .body("maskedIdNumber", not(hasItem(IdentityNumbers.mask(repId))));
        given().auth().oauth2(Tokens.withRole("credit-officer")).get("/sanctions/check?idNumber=" + repId)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("auditor")).get("/audit/agency:BANK-ICBC-SZ").then().statusCode(200)
                .body("action", hasItem("sanction-check"));
    }

    @Test
    void aCheckOfAnUnsanctionedIdSaysSo() {
        String clean = IdentityNumbers.withResidentCheck("11010519491231" + "002".replace("2", "7"));
        given().auth().oauth2(Tokens.agency("police", "PSB-SZ")).get("/sanctions/check?idNumber=" + clean)
                .then().statusCode(200).body("restricted", equalTo(false)).body("listings", empty());
    }

    private static JsonPath pull(long after, int limit) {
        return given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC-SZ"))
                .get("/sanctions/changes?after=" + after + "&limit=" + limit).then().statusCode(200).extract().jsonPath();
    }
}
