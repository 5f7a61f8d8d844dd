package cn.lianxi.cases.rest;

import static cn.lianxi.cases.Fixtures.amount;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.Fixtures;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * The figures of a period ({@code GET /cases/figures}) and the assessment indicators per month
 * ({@code GET /cases/assessment}, 考核指标) of a court of this test only, so they are exactly what it did: cases filed
 * by court events, one paid and concluded, one 终本 and resumed, the agencies' answers on time and late.
 */
@QuarkusTest
class CaseFiguresTest {

    /** Filed long before this month: open at its start. */
    static final LocalDate EARLY_FILING = LocalDate.of(2026, 1, 15);

    private final String court = "C39" + ThreadLocalRandom.current().nextInt(1000, 10000);
    private final String otherCourt = "C38" + ThreadLocalRandom.current().nextInt(1000, 10000);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final YearMonth month = YearMonth.from(today);

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @Inject
    ObjectMapper mapper;

    private String file(String number, LocalDate filedOn, String owed) {
        Map<String, Object> filing = Fixtures.filing(court, number, owed);
        filing.put("filedOn", filedOn.toString());
        return Fixtures.submit(court, List.of(filing)).statusCode(200).body("results[0].status", equalTo("ACCEPTED"))
                .extract().path("results[0].caseId");
    }

    private void courtEvent(String number, String kind, Object... fields) {
        Fixtures.submit(court, List.of(Fixtures.with(Fixtures.event(court, number, kind), fields))).statusCode(200)
                .body("results[0].status", equalTo("ACCEPTED"));
    }

    private void pay(String number, String amount) {
        courtEvent(number, "PAYMENT_RECEIVED", "amount", amount, "source", "VOLUNTARY", "transferReference",
                Fixtures.transfer());
    }

    private JsonPath timeline(String id) {
        return given().auth().oauth2(Tokens.judge(court)).get("/cases/" + id + "/timeline").then().statusCode(200)
                .extract().jsonPath();
    }

    /** An agency's outcome on referral {@code referral} of case {@code id}, once it is on the case's timeline. */
    private void outcome(String id, UUID referral, String agency, OutcomeType type, String requestId)
            throws Exception {
        ReferralOutcome o = new ReferralOutcome(UUID.randomUUID(), referral, UUID.fromString(id), court, agency,
                ReferralKind.BANK_INQUIRY, type, Instant.now(), null,
                type == OutcomeType.ANSWERED ? new ReferralResult.BankInquiry(List.of()) : null, null, null, requestId,
                null);
        int before = timeline(id).getList("findAll { it.kind == 'OUTCOME_RECORDED' }").size();
        kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.REFERRAL_OUTCOMES, id,
                mapper.writeValueAsString(o))).awaitCompletion(Duration.ofSeconds(10));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> timeline(id)
                .getList("findAll { it.kind == 'OUTCOME_RECORDED' }").size() > before);
    }

    private static ValidatableResponse get(String token, String path) {
        return given().config(Fixtures.EXACT).auth().oauth2(token).get(path).then();
    }

    @Test
    void theFiguresAndTheAssessmentCountExactlyTheCourtsCasesOfThePeriod() throws Exception {
        String paidNumber = Fixtures.caseNumber();
        String paid = file(paidNumber, today, "1000.00");
        pay(paidNumber, "1000.00");
        courtEvent(paidNumber, "CASE_CONCLUDED", "conclusionType", "FULL_PERFORMANCE");

        String roundEndNumber = Fixtures.caseNumber();
        String roundEnd = file(roundEndNumber, EARLY_FILING, "800.00");
        courtEvent(roundEndNumber, "ASSET_INQUIRY_REQUESTED");
        List<String> kinds = timeline(roundEnd).getList("kind");
        String inquiry = timeline(roundEnd).getString("eventId[" + kinds.lastIndexOf("ASSET_INQUIRY_REQUESTED") + "]");
        outcome(roundEnd, UUID.randomUUID(), "BANK-ICBC", OutcomeType.ANSWERED, inquiry);
        courtEvent(roundEndNumber, "CONSUMPTION_RESTRICTION_ORDERED", "respondentIdNumber", Fixtures.ADULT_ID,
                "behaviours", List.of("FLIGHTS"));
        pay(roundEndNumber, "300.00");
        courtEvent(roundEndNumber, "CASE_CONCLUDED", "conclusionType", "TERMINATION_OF_THIS_ROUND",
                "applicantInformedOn", LocalDate.now(PlatformClock.ZONE).toString(), "reason", "未发现可供执行的财产");
        courtEvent(roundEndNumber, "CASE_RESUMED", "reason", "发现被执行人新的财产线索");

        String openNumber = Fixtures.caseNumber();
        String open = file(openNumber, today, "500.00");
        UUID lateReferral = UUID.randomUUID();
        outcome(open, lateReferral, "BANK-BOC", OutcomeType.ESCALATED, null);
        outcome(open, lateReferral, "BANK-BOC", OutcomeType.ANSWERED, null);

        String clerk = Tokens.courtClerk(court);
        String from = month.atDay(1).toString();
        String to = month.atEndOfMonth().toString();
        get(clerk, "/cases/figures?from=" + from + "&to=" + to).statusCode(200)
                .body("from", equalTo(from)).body("to", equalTo(to)).body("courts.size()", equalTo(1))
                .body("courts[0].courtCode", equalTo(court)).body("courts[0].filed", equalTo(2))
                .body("courts[0].concluded.FULL_PERFORMANCE", equalTo(1))
                .body("courts[0].concluded.TERMINATION_OF_THIS_ROUND", equalTo(1))
                .body("courts[0].concluded.TERMINATION", equalTo(0))
                .body("courts[0].recovered", amount("1300.00"));
        get(Tokens.withRole("jm-office"), "/cases/figures?from=2026-01-01&to=2026-01-31&court=" + court)
                .statusCode(200).body("courts.size()", equalTo(1)).body("courts[0].filed", equalTo(1))
                .body("courts[0].concluded.TERMINATION_OF_THIS_ROUND", equalTo(0))
                .body("courts[0].recovered", amount("0.00"));
        get(Tokens.withRole("auditor"), "/cases/figures?from=" + from + "&to=" + to).statusCode(200)
                .body("courts.courtCode", hasItem(court));

        BigDecimal averageDays = BigDecimal.valueOf(ChronoUnit.DAYS.between(EARLY_FILING, today))
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
        YearMonth before = month.minusMonths(1);
        get(clerk, "/cases/assessment?from=" + before + "&to=" + month).statusCode(200)
                .body("months.size()", equalTo(2))
                .body("months[0].month", equalTo(before.toString())).body("months[0].filed", equalTo(0))
                .body("months[0].caseload", equalTo(1)).body("months[0].concluded", equalTo(0))
                .body("months[0].concludedRate", amount("0.0000")).body("months[0].averageDaysToConclude", nullValue())
                .body("months[0].recoveryRate", nullValue()).body("months[0].terminalShare", nullValue())
                .body("months[1].courtCode", equalTo(court)).body("months[1].month", equalTo(month.toString()))
                .body("months[1].filed", equalTo(2)).body("months[1].caseload", equalTo(4))
                .body("months[1].concluded", equalTo(2)).body("months[1].concludedRate", amount("0.5000"))
                .body("months[1].averageDaysToConclude", equalTo(averageDays))
                .body("months[1].owed", amount("1800.00")).body("months[1].recovered", amount("1300.00"))
                .body("months[1].recoveryRate", amount("0.7222"))
                .body("months[1].terminalConclusions", equalTo(1)).body("months[1].terminalShare", amount("0.5000"))
                .body("months[1].terminalResumed", equalTo(1)).body("months[1].resumedShare", amount("1.0000"))
                .body("measures.size()", equalTo(2))
                .body("measures[0].agencyId", equalTo("BANK-BOC")).body("measures[0].month", equalTo(month.toString()))
                .body("measures[0].answered", equalTo(1)).body("measures[0].answeredWithinDeadline", equalTo(0))
                .body("measures[0].withinDeadlineRate", amount("0.0000"))
                .body("measures[1].agencyId", equalTo("BANK-ICBC")).body("measures[1].answered", equalTo(1))
                .body("measures[1].answeredWithinDeadline", equalTo(1))
                .body("measures[1].withinDeadlineRate", amount("1.0000"));
    }

    @Test
    void aClerkOfAnotherCourtIsRefusedTheCourtsFiguresAndSeesOnlyItsOwn() {
        file(Fixtures.caseNumber(), today, "100.00");
        String other = Tokens.courtClerk(otherCourt);
        String from = month.atDay(1).toString();
        String to = month.atEndOfMonth().toString();
        get(other, "/cases/figures?from=" + from + "&to=" + to + "&court=" + court).statusCode(403)
                .contentType("application/problem+json").spec(Problems.of(ProblemType.FORBIDDEN, 403));
        get(other, "/cases/assessment?from=" + month + "&to=" + month + "&court=" + court).statusCode(403)
                .spec(Problems.of(ProblemType.FORBIDDEN, 403));
        get(other, "/cases/figures?from=" + from + "&to=" + to).statusCode(200)
                .body("courts.courtCode", equalTo(List.of(otherCourt))).body("courts[0].filed", equalTo(0));
        get(other, "/cases/assessment?from=" + month + "&to=" + month).statusCode(200)
                .body("months.courtCode", not(hasItem(court))).body("measures.courtCode", not(hasItem(court)));
        get(Tokens.withRole("jm-office"), "/cases/figures?from=" + from + "&to=" + to).statusCode(200)
                .body("courts.courtCode", hasItem(court));
    }

    @Test
    void anIntermediateCourtsDivisionHeadSeesTheCourtsItLeadsAndNoOther() {
        file(Fixtures.caseNumber(), today, "100.00");
        String head = Tokens.divisionHead(Fixtures.SUZHOU);
        String period = "?from=" + month + "&to=" + month;
        get(head, "/cases/assessment" + period + "&court=" + Fixtures.GUSU).statusCode(200)
                .body("months.courtCode", equalTo(List.of(Fixtures.GUSU)));
        get(head, "/cases/assessment" + period + "&court=" + court).statusCode(403);
        get(head, "/cases/assessment" + period).statusCode(200).body("months.courtCode", not(hasItem(court)));
    }

    @Test
    void aBadPeriodIsRefusedNamingItsField() {
        String office = Tokens.withRole("jm-office");
        get(office, "/cases/figures?from=2026-12-01").statusCode(400).contentType("application/problem+json")
                .spec(Problems.of(ProblemType.INVALID_FIELD, 400)).body("errors[0].field", equalTo("to"));
        get(office, "/cases/figures?from=2026-12-31&to=2026-12-01").statusCode(400)
                .body("errors[0].field", equalTo("to"));
        get(office, "/cases/assessment?from=2026-13&to=2027-01").statusCode(400)
                .body("errors[0].field", equalTo("from"));
        get(Tokens.agency("bank", "BANK-ICBC"), "/cases/assessment?from=2026-11&to=2026-12").statusCode(403);
    }
}
