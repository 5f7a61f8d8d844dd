package cn.lianxi.credit.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** The public query (执行信息公开): masked, allowed fields only, active entries only, no bulk listing. */
@QuarkusTest
class PublicQueryTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    void anonymousSearchShowsActiveEntriesMaskedWithAllowedFieldsOnly() {
        String name = "沈" + Long.toHexString(System.nanoTime());
        CaseFeed feed = new CaseFeed(kafka, CaseFeed.person(name, "19790909"));
        Api.awaitConsumed(feed.caseId, feed.filed());
        String listing = Api.impose(feed.caseId, feed.respondentId(0), 5);
        String masked = IdentityNumbers.mask(feed.respondentId(0));

        given().get("/public/dishonest?name=" + name).then().statusCode(200).body("$", hasSize(1))
                .body("[0].maskedIdNumber", equalTo(masked))
                .body("[0].dishonestConduct", equalTo("违反限制消费令"))
                .body("[0].courtName", equalTo("苏州市中级人民法院"))
                .body("[0].keySet()", equalTo(java.util.Set.of("name", "maskedIdNumber", "courtName", "courtCode", "caseNumber",
                        "dishonestConduct", "documentNumber", "decisionDate", "listedUntil")))
                .body(not(containsString(feed.respondentId(0))));
        given().get("/public/dishonest?idNumber=" + feed.respondentId(0)).then().statusCode(200).body("$", hasSize(1))
                .body(not(containsString(feed.respondentId(0))));

        Api.liftApproved("/listings/" + listing + "/lifting", "ACTIVE_PERFORMANCE");
        Api.officer().get("/listings/" + listing).then().body("status", equalTo("LIFTED"));
        given().get("/public/dishonest?name=" + name).then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void thePublicCannotListTheRegistry() {
        given().get("/public/dishonest").then().statusCode(400).spec(Problems.of(ProblemType.QUERY_TOO_BROAD, 400));
        given().get("/public/dishonest?name=张").then().statusCode(400).spec(Problems.of(ProblemType.QUERY_TOO_BROAD, 400));
        given().get("/public/dishonest?idNumber=3205").then().statusCode(400).spec(Problems.of(ProblemType.FULL_ID_REQUIRED, 400));
        given().get("/listings").then().statusCode(401);
        given().get("/sanctions/changes").then().statusCode(401);
        given().auth().oauth2(Tokens.agency("bank", "BANK-X")).get("/listings").then().statusCode(403);
    }

    @Test
    void overseersSeeTheStatsAndAnIntactAuditChain() {
        // a count of the whole module's test database (CreditFiguresTest lifts one late on purpose): present, not negative
        given().auth().oauth2(Tokens.withRole("jm-office")).get("/credit-stats").then().statusCode(200)
                .body("liftedLate", greaterThanOrEqualTo(0));
        given().auth().oauth2(Tokens.agency("bank", "BANK-X")).get("/credit-stats").then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("auditor")).get("/audit/verify").then().statusCode(200)
                .body("intact", equalTo(true));
        given().auth().oauth2(Tokens.withRole("credit-officer")).get("/audit/verify").then().statusCode(403);
    }
}
