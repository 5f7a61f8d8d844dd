package cn.lianxi.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 数据铁笼 through the gateway with the real officers' tokens: clerk-zy files a case and nobody orders a measure within
 * the term (five seconds on the test platform, a month in production): the clock is breached, and the court's
 * division head (head-zy) sees it naming the clerk; judge-zy orders a nationwide inquiry that no bank answers: the
 * banks' deadline in liaison (20 s here) passes, its escalation breaches the order's clock naming the late bank. A
 * judge who is not the head does not see the court's breaches, the other court does not see the case's clocks, and
 * the office's figures count the breaches.
 */
@ExtendWith(PlatformExtension.class)
class DataCageIT {

    static Staff staff;

    @BeforeAll
    static void people(Platform platform) {
        staff = new Staff(platform);
    }

    static Optional<Map<String, Object>> breach(String caseId, String kind) {
        return staff.head.list("/api/cases/clock-breaches?size=500&kind=" + kind).stream()
                .filter(b -> caseId.equals(b.get("caseId"))).findFirst();
    }

    @Test
    void lateStepsAreBreachesTheDivisionHeadSeesWithWhoseTheyWere() {
        String debtor = TestData.personId();
        String caseId = staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), "30000.00",
                TestData.personRespondent("孙十二", debtor))).get("id").toString();

        Map<String, Object> first = await().atMost(Desk.ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> breach(caseId, "FILING_TO_FIRST_MEASURE"), Optional::isPresent).orElseThrow();
        assertEquals("clerk-zy", first.get("officer"), "whose clock it was: " + first);
        assertEquals(first.get("dueAt"), first.get("breachedAt"), "breached when it fell due");

        staff.judge.ok("/api/cases/" + caseId + "/asset-inquiries", Map.of("respondentIdNumber", debtor));
        Map<String, Object> answer = await().atMost(Platform.BANK_INQUIRY_DUE.plus(Desk.ASYNC))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> breach(caseId, "MEASURE_TO_ANSWER"), Optional::isPresent).orElseThrow();
        assertTrue(List.of("BANK-ICBC", "BANK-BOC").contains(answer.get("breachedBy")), "the late bank: " + answer);

        List<Map<String, Object>> clocks = staff.judge.list("/api/cases/" + caseId + "/clocks");
        assertTrue(clocks.stream().anyMatch(k -> "FILING_TO_FIRST_MEASURE".equals(k.get("kind"))
                && k.get("stoppedAt") != null && k.get("breachedAt") != null),
                "the inquiry stopped the first clock late: " + clocks);
        staff.judge.get("/api/cases/clock-breaches").statusCode(403);
        staff.otherCourt.get("/api/cases/" + caseId + "/clocks").statusCode(404);
        // 三统一: the intermediate court's head watches its basic courts' clocks too, and no court outside the city
        staff.head.get("/api/cases/clock-breaches?court=C320508").statusCode(200);
        staff.head.get("/api/cases/clock-breaches?court=C110000").statusCode(403);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> counted = (List<Map<String, Object>>) staff.office
                .read("/api/cases/stats?court=C320500").get("clockBreachesByCourt");
        assertTrue(counted.stream().anyMatch(b -> "FILING_TO_FIRST_MEASURE".equals(b.get("clock"))
                && ((Number) b.get("breaches")).longValue() >= 1), "counted in the figures: " + counted);
    }
}
