package cn.lianxi.liaison.rest;

import static cn.lianxi.liaison.Referrals.answer;
import static cn.lianxi.liaison.Referrals.freezeResult;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.liaison.Sweeps;
import cn.lianxi.liaison.service.DeadlineService;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

@QuarkusTest
class InboxResourceTest {

    @Inject
    MutableClock clock;

    @Inject
    DeadlineService deadlines;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    private static List<String> claim(String token, int max) {
        return given().auth().oauth2(token).queryParam("max", max).when().post("/inbox/claims")
                .then().statusCode(200).extract().jsonPath().getList("id");
    }

    @Test
    void aClaimHoldsTheReferralUntilItsLeaseRunsOut() {
        String bank = Agencies.newBank("PULL");
        String id = Referrals.create(bank, "FREEZE", UUID.randomUUID(), Map.of("amount", "50000.00"));
        String workerA = Agencies.worker(bank, "worker-a");
        String workerB = Agencies.worker(bank, "worker-b");

        given().auth().oauth2(workerA).queryParam("max", 5).when().post("/inbox/claims")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].id", equalTo(id))
                .body("[0].status", equalTo("DELIVERED")).body("[0].leaseUntil", notNullValue());
        assertEquals(List.of(), claim(workerB, 5), "a leased referral is not handed out again");

        clock.advance(Duration.ofMinutes(6));
        assertEquals(List.of(id), claim(workerB, 5), "the lapsed lease returned it to the queue");

        clock.advance(Duration.ofMinutes(6));
        Sweeps.run(deadlines);
        given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + id)
                .then().statusCode(200).body("status", equalTo("QUEUED"));
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/" + id)
                .then().statusCode(200).body("action", org.hamcrest.Matchers.hasItems("referral-created",
                        "referral-claimed", "lease-lapsed"));
    }

    @Test
    void concurrentWorkersOfOneBankNeverClaimTheSameReferral() throws Exception {
        String bank = Agencies.newBank("PULL");
        java.util.Set<String> created = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            created.add(Referrals.create(bank, "FREEZE", UUID.randomUUID(), Map.of("amount", "100.00")));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> claimed = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> workers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            String token = Agencies.worker(bank, "worker-" + w);
            workers.add(() -> {
                List<String> batch;
                do {
                    batch = claim(token, 3);
                    claimed.addAll(batch);
                } while (!batch.isEmpty());
                return null;
            });
        }
        for (Future<Void> f : pool.invokeAll(workers)) {
            f.get();
        }
        pool.shutdown();
        assertEquals(30, claimed.size(), "every referral claimed exactly once");
        assertEquals(created, new HashSet<>(claimed));
        // each claim appended its entries as one batch, concurrently with the others: the chain has no fork
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/verify")
                .then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void aFreezeAnswerIsPublishedOnceAndConflictingAnswersChangeNothing() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        String id = Referrals.create(bank, "FREEZE", caseId, Map.of("amount", new BigDecimal("50000.00")));
        String until = PlatformClock.today(clock).plusMonths(6).toString();

        answer(bank, id, freezeResult("50000.00", until)).statusCode(200)
                .body("status", equalTo("ANSWERED")).body("outcome", equalTo("FROZEN"))
                .body("freezeUntil", equalTo(until));
        answer(bank, id, freezeResult("50000.00", until)).statusCode(200).body("status", equalTo("ANSWERED"));
        answer(bank, id, freezeResult("1.00", until)).statusCode(409)
                .contentType("application/problem+json");
        answer(bank, id, Referrals.deductionResult("1.00")).statusCode(409);
        String answered = given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + id)
                .then().extract().asString();
        assertEquals(new BigDecimal("50000.00"), Referrals.amount(answered, "result.amountFrozen"));

        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/audit/" + id).then()
                .body("findAll { it.action == 'referral-answered' }.size()", equalTo(1));
        List<ConsumerRecord<String, String>> outcomes = Referrals.outcomesOfCase(kafka, caseId, 1);
        assertEquals(1, outcomes.size(), "the repeated answer published nothing");
        ConsumerRecord<String, String> frozen = outcomes.get(0);
        assertEquals("cn.lianxi.liaison.outcome.frozen.v1",
                new String(frozen.headers().lastHeader("ce_type").value()));
        assertEquals(new BigDecimal("50000.00"), Referrals.amount(frozen.value(), "amount"));
        assertEquals(id, io.restassured.path.json.JsonPath.from(frozen.value()).getString("referralId"));
    }

    @Test
    void wrongKindInvalidFreezeAndForeignAnswersAreRefused() {
        String bank = Agencies.newBank("PULL");
        String id = Referrals.create(bank, "FREEZE", UUID.randomUUID(), Map.of());
        String tooLong = PlatformClock.today(clock).plusYears(1).plusDays(2).toString();

        answer(bank, id, Map.of("type", "BANK_INQUIRY", "accounts", List.of())).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("type"));
        answer(bank, id, freezeResult("10.00", tooLong)).statusCode(400).body("errors[0].field", equalTo("frozenUntil"));
        answer(bank, id, Map.of("accountNumber", "1")).statusCode(400);
        answer(Agencies.BOC, id, freezeResult("10.00", PlatformClock.today(clock).plusMonths(1).toString()))
                .statusCode(403);
        given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + id)
                .then().statusCode(200).body("status", equalTo("QUEUED"));
    }

    @Test
    void aDeductionWithThreeDecimalsIsRefusedNamingTheFieldAndTheCorrectedAnswerIsTaken() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        String id = Referrals.create(bank, "DEDUCTION", caseId, Map.of("accountNumber", "6222020000001234",
                "amount", new BigDecimal("1000.00")));

        answer(bank, id, Referrals.deductionResult("1000.001")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("amountDeducted"));
        given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + id)
                .then().body("status", equalTo("QUEUED"));

        String answered = answer(bank, id, Referrals.deductionResult("1000.00")).statusCode(200)
                .body("outcome", equalTo("DEDUCTED")).extract().asString();
        assertEquals(new BigDecimal("1000.00"), Referrals.amount(answered, "result.amountDeducted"));
        ConsumerRecord<String, String> deducted = Referrals.outcomesOfCase(kafka, caseId, 1).get(0);
        assertEquals(new BigDecimal("1000.00"), Referrals.amount(deducted.value(), "amount"));
    }

    @Test
    void theLargestAmountIsAnsweredAndPublishedExactly() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        String id = Referrals.create(bank, "DEDUCTION", caseId, Map.of("amount", new BigDecimal("99999999999999.99")));
        String referral = given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + id).then().extract()
                .asString();
        assertEquals(new BigDecimal("99999999999999.99"), Referrals.amount(referral, "payload.amount"));

        answer(bank, id, Referrals.deductionResult("99999999999999.99")).statusCode(200);
        String deducted = Referrals.outcomesOfCase(kafka, caseId, 1).get(0).value();
        assertEquals(new BigDecimal("99999999999999.99"), Referrals.amount(deducted, "amount"));
    }

    @Test
    void aRequestedAmountWithThreeDecimalsIsRefusedNamingTheField() {
        given().auth().oauth2(Tokens.judge(cn.lianxi.liaison.CaseEvents.SUZHOU))
                .contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("caseId", UUID.randomUUID(), "caseNumber", "(2023)苏05执9号", "kind", "DEDUCTION",
                        "agencyId", Agencies.ICBC, "respondentName", "张三",
                        "respondentIdNumber", cn.lianxi.liaison.CaseEvents.RESPONDENT_ID, "respondentType", "PERSON",
                        "amount", new BigDecimal("1000.001"), "legalBasis", cn.lianxi.liaison.CaseEvents.NOTICE_JSON))
                .when().post("/referrals").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.endsWith("amount"));
    }

    @Test
    void aRejectionTravelsBackToTheCourtWithTheAgencysReason() {
        String bank = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        String id = Referrals.create(bank, "FREEZE", caseId, Map.of("amount", new BigDecimal("10.00")));
        given().auth().oauth2(Agencies.token(bank)).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("reason", "账户已销户")).when().post("/inbox/" + id + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED")).body("outcome", equalTo("REJECTED"));
        var rejected = io.restassured.path.json.JsonPath.from(Referrals.outcomesOfCase(kafka, caseId, 1).get(0).value());
        assertEquals("REJECTED", rejected.getString("outcome"));
        assertEquals("账户已销户", rejected.getString("reason"));
        assertEquals(id, rejected.getString("referralId"));
    }

    @Test
    void anAnswerAfterExpiryIsRefused() {
        String bank = Agencies.newBank("PULL");
        String id = Referrals.create(bank, "UNFREEZE", UUID.randomUUID(), Map.of());
        clock.advance(Duration.ofDays(10));
        answer(bank, id, Map.of("type", "UNFREEZE", "accountNumber", "6222", "amountUnfrozen", "5.00"))
                .statusCode(409).spec(Problems.of(ProblemType.REFERRAL_EXPIRED, 409));
        Sweeps.run(deadlines);
        given().auth().oauth2(Agencies.token(bank)).when().get("/inbox/" + id)
                .then().body("status", equalTo("EXPIRED")).body("expiredAt", notNullValue());
    }
}
