package cn.lianxi.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 执源治理, 前端自动履行 through the gateway with the real actors' tokens:
 * <ol>
 * <li>a case filed with a performance notice (执行通知书, 民事诉讼法 art. 251) running ten days: the judge's freeze waits
 * (409) unless its ruling states urgency; the debtor pays the whole debt within the notice, the case shows it as
 * performed in good faith and the office's figures count it for the court;</li>
 * <li>a respondent the judge finds unable to perform (失能): the judge's ground (1) listing is refused at case-service's
 * intake (法释〔2017〕7号 art. 1(1), art. 3) and leaves no trace, credit heard the finding and refuses the same listing
 * from its own officer, and nothing reaches the sanctions exchange.</li>
 * </ol>
 * The system tests' platform runs without a notice term or grace period ({@link Platform#SHORT_DEADLINES}), so the
 * other scenarios order measures right after filing; this one files with the notice's own deadline.
 */
@ExtendWith(PlatformExtension.class)
class SelfPerformanceIT {

    private static final String SUZHOU = "C320500";

    static Staff staff;

    @BeforeAll
    static void people(Platform platform) {
        staff = new Staff(platform);
    }

    @Test
    void aDebtorWhoPaysWithinTheNoticeIsCountedAsPerformingInGoodFaith() {
        long before = performedWithinNotice();
        Instant due = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> filing = new HashMap<>(TestData.filing(TestData.caseNumber(), "8000.00",
                TestData.personRespondent("卫十三", TestData.personId())));
        filing.put("performanceDue", due.toString());
        String caseId = staff.clerk.fileCase(filing).get("id").toString();
        assertEquals(due.toString(), staff.judge.caseOf(caseId).get("performanceDue"));

        var early = staff.judge.request().body(TestData.withBasis("/freeze-orders", Map.of("bankCode", "ICBC",
                "accountNumber", "6222021102001111111", "amount", "8000.00")))
                .when().post("/api/cases/" + caseId + "/freeze-orders");
        assertEquals(409, early.statusCode(), early.asString());
        assertTrue(early.asString().contains("performance-notice-running"), early.asString());

        staff.clerk.ok("/api/cases/" + caseId + "/payments", Map.of("amount", "5000.00", "source", "VOLUNTARY",
                "transferReference", "SELF-1-" + caseId));
        Map<String, Object> paid = staff.clerk.ok("/api/cases/" + caseId + "/payments", Map.of("amount", "3000.00",
                "source", "VOLUNTARY", "transferReference", "SELF-2-" + caseId));
        assertEquals(true, paid.get("performedWithinNotice"));
        List<String> kinds = staff.judge.steps(caseId);
        assertEquals(List.of("CASE_FILED", "PAYMENT_RECEIVED", "PAYMENT_RECEIVED", "READY_TO_CONCLUDE",
                "PERFORMED_WITHIN_NOTICE"), kinds, "the refused freeze left no trace");
        assertEquals(before + 1, performedWithinNotice());
    }

    @Test
    void aRespondentFoundUnableIsNotListedAndCreditRefusesTheSameListing() {
        String debtor = TestData.personId();
        String caseId = staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), "120000.00",
                TestData.personRespondent("蒋十四", debtor))).get("id").toString();
        Map<String, Object> found = staff.judge.ok("/api/cases/" + caseId + "/capacity-findings",
                Map.of("finding", "UNABLE", "reason", "重病住院，网络查控未发现可供执行财产"));
        @SuppressWarnings("unchecked")
        Map<String, Object> respondent = ((List<Map<String, Object>>) found.get("parties")).stream()
                .filter(p -> "RESPONDENT".equals(p.get("role"))).findFirst().orElseThrow();
        assertEquals("UNABLE", respondent.get("capacity"));

        var listing = staff.judge.request().body(Map.of("ground", 1)).when()
                .post("/api/cases/" + caseId + "/dishonest-listings");
        assertEquals(409, listing.statusCode(), listing.asString());
        assertTrue(listing.asString().contains("respondent-unable"), listing.asString());
        assertEquals(List.of("CASE_FILED", "CAPACITY_FOUND"), staff.judge.steps(caseId));
        Map<String, Object> finding = staff.judge.timeline(caseId).stream()
                .filter(e -> "CAPACITY_FOUND".equals(e.get("kind"))).findFirst().orElseThrow();

        // credit hears the finding on enforcement.cases.v1 (its record of the case reaches the finding's event) and
        // refuses its own officer's listing by the same rule
        Instant foundAt = Instant.parse((String) finding.get("at"));
        await().atMost(Desk.ASYNC).pollInterval(Duration.ofMillis(300)).until(() -> {
            var r = staff.officer.get("/api/sanctions/cases/" + caseId).extract().response();
            return r.statusCode() == 200 && !Instant.parse(r.jsonPath().getString("lastEventAt")).isBefore(foundAt);
        });
        var refused = staff.officer.request().body(Map.of("caseId", caseId, "respondentIdNumber", debtor, "ground", 1,
                "decisionDate", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString(),
                "documentNumber", "(2026)苏05执失字第1号")).when().post("/api/listings");
        assertEquals(409, refused.statusCode(), refused.asString());
        assertTrue(refused.asString().contains("respondent-unable"), refused.asString());
        assertEquals(List.of(), staff.officer.list("/api/listings?caseId=" + caseId));
    }

    /** The office's count of Suzhou's cases performed within their notice. */
    private static long performedWithinNotice() {
        List<Map<String, Object>> courts = staff.office.get("/api/cases/stats?court=" + SUZHOU).statusCode(200).extract()
                .path("performanceNoticesByCourt");
        return courts.isEmpty() ? 0 : ((Number) courts.get(0).get("performedWithinNotice")).longValue();
    }
}
