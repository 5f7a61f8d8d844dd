package cn.lianxi.credit.rest;

import static cn.lianxi.credit.Api.listing;
import static cn.lianxi.credit.Api.officer;
import static cn.lianxi.credit.Api.postListing;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.PartyRef;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.PropertyReportBreach;
import cn.lianxi.credit.Api;
import cn.lianxi.credit.CaseFeed;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The listing rules of 法释〔2017〕7号 for a credit officer's decision: grounds, period and extension, minors, security.
 * A court's decision refused by the same rules: {@code CourtDecisionTest}.
 */
@QuarkusTest
class ListingRulesTest {

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Test
    @DisplayName("法释〔2017〕7号 art. 1, art. 2: grounds numbered as art. 1 items; items (2)-(6) last two years, item (1) has no term")
    void spc2017Art1Art2_eachGroundIsItsStatuteItemAndItems2To6ListForTwoYears() {
        PartyRef[] six = new PartyRef[6];
        for (int i = 0; i < 6; i++) {
            six[i] = CaseFeed.person("被执行人" + i, "1980010" + (i + 1));
        }
        CaseFeed feed = CaseFeed.filedCase(kafka, six);
        // item (4) rests on a breach of the property-reporting duty found on the case (法释〔2017〕8号 art. 9)
        Api.awaitConsumed(feed.caseId, feed.send(new CaseEventDetail.PropertyReportBreached(UUID.randomUUID(),
                feed.respondents.get(3), PropertyReportBreach.NOT_REPORTED_BY_DEADLINE, "逾期未报告财产")));
        postListing(listing(feed.caseId, feed.respondentId(0), 1, null, "2026-11-02")).statusCode(201)
                .body("ground", equalTo(1)).body("groundText", equalTo("有履行能力而拒不履行生效法律文书确定义务"))
                .body("periodMonths", nullValue()).body("validUntil", nullValue());
        for (int ground = 2; ground <= 6; ground++) {
            postListing(listing(feed.caseId, feed.respondentId(ground - 1), ground, null, "2026-11-02"))
                    .statusCode(201)
                    .body("ground", equalTo(ground))
                    .body("status", equalTo("ACTIVE"))
                    .body("periodMonths", equalTo(24))
                    .body("validUntil", equalTo("2028-11-02"));
        }
        officer().get("/listings?caseId=" + feed.caseId).then().statusCode(200).body("$", hasSize(6))
                .body("find { it.ground == 5 }.groundText", equalTo("违反限制消费令"))
                .body("find { it.ground == 2 }.groundText", equalTo("以伪造证据、暴力、威胁等方法妨碍、抗拒执行"));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 2: a listing on art. 1(1) takes no period, naming periodMonths")
    void spc2017Art2_aPeriodForItem1IsRefused() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("冯一", "19700101"));
        postListing(listing(feed.caseId, feed.respondentId(0), 1, 24, "2026-11-02")).statusCode(400)
                .spec(Problems.of(ProblemType.LISTING_PERIOD, 400)).body("errors[0].field", equalTo("periodMonths"));
        officer().get("/listings?caseId=" + feed.caseId).then().body("$", empty());
    }

    @Test
    void refusesAnUnknownGroundAndAnInvalidIdNamingTheRuleAndChangesNothing() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("王五", "19700101"));
        postListing(listing(feed.caseId, feed.respondentId(0), 7, null, "2026-11-02")).statusCode(400)
                .contentType("application/problem+json").spec(Problems.of(ProblemType.UNKNOWN_GROUND, 400))
                .body("errors[0].field", equalTo("ground"));
        String wrong = wrongCheckCharacter(feed.respondentId(0));
        postListing(listing(feed.caseId, wrong, 2, null, "2026-11-02")).statusCode(400)
                .spec(Problems.of(ProblemType.INVALID_ID_NUMBER, 400));
        officer().get("/listings?caseId=" + feed.caseId).then().body("$", empty());
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 2: extended by one to three years only for violence or threats (item 2) or several breaches")
    void spc2017Art2_extendsThePeriodOnlyForViolenceOrRepeatedBreaches() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("赵六", "19700101"),
                CaseFeed.person("钱七", "19700101"), CaseFeed.person("孙八", "19700101"));
        postListing(listing(feed.caseId, feed.respondentId(0), 3, 30, "2026-11-02")).statusCode(400)
                .spec(Problems.of(ProblemType.LISTING_PERIOD, 400));
        postListing(listing(feed.caseId, feed.respondentId(0), 3, 72, "2026-11-02")).statusCode(400)
                .spec(Problems.of(ProblemType.LISTING_PERIOD, 400));
        postListing(listing(feed.caseId, feed.respondentId(0), 3, 36, "2026-11-02")).statusCode(400)
                .spec(Problems.of(ProblemType.PERIOD_EXTENSION_NOT_ALLOWED, 400));
        postListing(listing(feed.caseId, feed.respondentId(0), 2, 60, "2026-11-02")).statusCode(201)
                .body("periodMonths", equalTo(60)).body("validUntil", equalTo("2031-11-02"));
        Map<String, Object> repeated = listing(feed.caseId, feed.respondentId(1), 3, 36, "2026-11-02");
        repeated.put("repeatedBreaches", true);
        postListing(repeated).statusCode(201).body("validUntil", equalTo("2029-11-02"));
        officer().get("/listings?caseId=" + feed.caseId).then().body("$", hasSize(2));
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 4: a minor on the decision date is not listed; the same person once adult is")
    void spc2017Art4_refusesAMinorAtTheDecisionDateButListsTheSamePersonOnceAdult() {
        LocalDate birth = LocalDate.of(2008, 11, 15);
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("未成年", birth.toString().replace("-", "")));
        postListing(listing(feed.caseId, feed.respondentId(0), 6, null, "2026-11-14")).statusCode(400)
                .spec(Problems.of(ProblemType.MINOR_NOT_LISTABLE, 400));
        postListing(listing(feed.caseId, feed.respondentId(0), 6, null, "2026-11-15")).statusCode(201);
    }

    @Test
    @DisplayName("法释〔2017〕7号 art. 3(1): no listing of a respondent who gave sufficient, effective security")
    void spc2017Art3_refusesARespondentWhoGaveSufficientSecurity() {
        CaseFeed feed = CaseFeed.filedCase(kafka, CaseFeed.person("周九", "19650101"));
        Map<String, Object> body = listing(feed.caseId, feed.respondentId(0), 1, null, "2026-11-02");
        body.put("sufficientSecurity", true);
        postListing(body).statusCode(400).spec(Problems.of(ProblemType.SUFFICIENT_SECURITY, 400));
        officer().get("/listings?caseId=" + feed.caseId).then().body("$", empty());
    }

    @Test
    void onlyCreditOfficersList() {
        given().auth().oauth2(Tokens.withRole("auditor")).contentType("application/json")
                .body(listing(java.util.UUID.randomUUID(), "x", 1, null, "2026-11-02")).post("/listings")
                .then().statusCode(403);
    }

    /**
     * The ID with a check character that is wrong both as a resident ID and as a unified social credit code: an
     * 18-digit string is a valid credit code about once in 31, which made a plain "other digit" flaky.
     */
    private static String wrongCheckCharacter(String id) {
        return "0123456789X".chars().mapToObj(c -> id.substring(0, 17) + (char) c)
                .filter(w -> IdentityNumbers.residentIdError(w).isPresent() && IdentityNumbers.creditCodeError(w).isPresent())
                .findFirst().orElseThrow();
    }
}
