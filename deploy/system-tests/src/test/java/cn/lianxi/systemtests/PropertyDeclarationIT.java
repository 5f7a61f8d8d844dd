package cn.lianxi.systemtests;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The property declaration (财产报告制度) through the gateway with the real actors' tokens: the judge's 报告财产令 (民事诉讼法
 * art. 252, 法释〔2017〕8号 arts. 3-4) goes unanswered past its deadline, the judge finds the breach (art. 9), and the
 * listing on 法释〔2017〕7号 art. 1(4) is accepted by credit and announced on credit.sanctions.v1 to a bank; the same
 * listing on a case without a breach is refused by credit and the refusal is on the court's timeline. Another court's
 * judge can do nothing on the case.
 */
@ExtendWith(PlatformExtension.class)
class PropertyDeclarationIT {

    static Staff staff;
    @RegisterExtension
    final SanctionFeed.PerTest icbcFeed = new SanctionFeed.PerTest("BANK-ICBC");

    @BeforeAll
    static void people(Platform p) {
        staff = new Staff(p);
    }


    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void anOverdueOrderIsABreachAndTheGroundFourListingIsAcceptedAndAnnounced() {
        String debtor = TestData.personId();
        String caseId = staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), "90000.00",
                TestData.personRespondent("韩十五", debtor))).get("id").toString();
        String orders = "/api/cases/" + caseId + "/property-report-orders";
        staff.otherCourt.post(orders, Map.of()).statusCode(404);
        // a deadline a few seconds ahead, so the order is overdue during the test
        Map<String, Object> order = staff.judge.ok(orders, Map.of("due", Instant.now().plusSeconds(3).toString()));
        String breach = orders + "/" + order.get("id") + "/breach";
        Map<String, Object> notReported = Map.of("breach", "NOT_REPORTED_BY_DEADLINE", "finding", "逾期未报告财产");
        await().atMost(Desk.ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> staff.judge.request().body(notReported).when().post(breach).statusCode() == 200);

        staff.judge.ok("/api/cases/" + caseId + "/dishonest-listings", Map.of("ground", 4));
        Map<String, Object> listing = await().atMost(Desk.ASYNC).until(
                () -> staff.officer.list("/api/listings?caseId=" + caseId), l -> l.size() == 1).get(0);
        assertEquals(4, listing.get("ground"));
        assertEquals(debtor, listing.get("subjectIdNumber"));
        List<SanctionFeed.Received> announced = await().atMost(Desk.ASYNC).until(() -> icbcFeed.about(caseId),
                l -> l.stream().anyMatch(e -> "cn.lianxi.credit.dishonest-listing.imposed.v1".equals(e.ceType())));
        assertTrue(announced.stream().anyMatch(e -> Integer.valueOf(4).equals(e.payload().get("ground"))),
                announced.toString());
        List<String> kinds = staff.judge.timeline(caseId).stream().map(e -> (String) e.get("kind")).toList();
        assertTrue(kinds.containsAll(List.of("PROPERTY_REPORT_ORDERED", "PROPERTY_REPORT_BREACHED",
                "DISHONEST_LISTING_DECIDED")), kinds.toString());
        assertTrue(!kinds.contains("SANCTION_REFUSED"), kinds.toString());
    }

    @Test
    void aGroundFourListingWithoutABreachIsRefusedByCreditAndTheRefusalIsOnTheTimeline() {
        String debtor = TestData.personId();
        String caseId = staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), "90000.00",
                TestData.personRespondent("杨十六", debtor))).get("id").toString();
        staff.judge.ok("/api/cases/" + caseId + "/property-report-orders",
                Map.of("due", Instant.now().plus(Duration.ofDays(10)).toString()));
        staff.judge.ok("/api/cases/" + caseId + "/dishonest-listings", Map.of("ground", 4, "decisionDate", today()));

        Map<String, Object> refused = await().atMost(Desk.ASYNC).pollInterval(Duration.ofMillis(300))
                .until(() -> staff.judge.timeline(caseId).stream()
                        .filter(e -> "SANCTION_REFUSED".equals(e.get("kind"))).findFirst(), Optional::isPresent)
                .orElseThrow();
        assertTrue(refused.toString().contains("no-reporting-breach"), refused.toString());
        assertEquals(List.of(), staff.officer.list("/api/listings?caseId=" + caseId));
        // credit's own officer is refused by the same rule
        var direct = staff.officer.request().body(Map.of("caseId", caseId, "respondentIdNumber", debtor, "ground", 4,
                "decisionDate", today(), "documentNumber", "(2026)苏05执失字第4号")).when().post("/api/listings");
        assertEquals(409, direct.statusCode(), direct.asString());
        assertTrue(direct.asString().contains("no-reporting-breach"), direct.asString());
    }
}
