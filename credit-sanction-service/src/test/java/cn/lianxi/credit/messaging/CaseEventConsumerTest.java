package cn.lianxi.credit.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.Topics;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class CaseEventConsumerTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void recordsEveryCaseItHearsOfWithItsRespondents() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("张三", "19800101"));
        UUID eventId = feed.filed();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.withRole("credit-officer"))
                .when().get("/sanctions/cases/" + feed.caseId)
                .then().statusCode(200)
                .body("caseNumber", equalTo(feed.caseNumber))
                .body("courtCode", equalTo(CaseFeed.COURT))
                .body("status", equalTo("FILED"))
                .body("lastEventId", equalTo(eventId.toString()))
                .body("respondents.idNumber", hasItem(feed.respondentId(0))));
    }

    @Test
    void appliesARedeliveredEventOnceAndSurvivesAPoisonRecord() {
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person("李四", "19750505"));
        feed.produce(feed.caseId.toString(), "{not json");
        UUID first = feed.send(CaseEventKind.FREEZE_ORDERED, Map.of("bankCode", "ICBC"));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(Tokens.withRole("auditor")).when().get("/sanctions/cases/" + feed.caseId)
                .then().statusCode(200).body("lastEventId", equalTo(first.toString()))
                .body("enforcementMeasures", equalTo(true)));

        kafka.consumeStrings().fromTopics(Topics.ENFORCEMENT_CASES.replace(".v1", ".dlq.credit-sanction-service.v1"))
                .awaitRecords(1, Duration.ofSeconds(30));
    }

    @Test
    void onlyOverseersAndOfficersReadCaseRecords() {
        given().when().get("/sanctions/cases/" + UUID.randomUUID()).then().statusCode(401);
        given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC")).when().get("/sanctions/cases/" + UUID.randomUUID())
                .then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/sanctions/cases/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
