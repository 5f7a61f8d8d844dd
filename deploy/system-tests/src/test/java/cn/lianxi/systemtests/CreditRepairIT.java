package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 信用修复 before full performance and 制度铁笼 over early liftings, through the gateway with the real officers'
 * tokens (issue 19 items 8 and 1):
 * <ol>
 * <li>the court lists a debtor on ground (1) of 法释〔2017〕7号 art. 1 and restricts his consumption; he pays 30 000
 * of 80 000 under an instalment plan (分期履行);</li>
 * <li>credit-officer records his repair application on that basis before performance; he cannot approve it himself
 * (self-approval); credit-officer2 approves: the listing is deleted early (art. 2 para. 2, reason CREDIT_REPAIR),
 * the restriction stays (the basis covers the listing only); ICBC hears the lifting naming the repair on
 * {@code credit.sanctions.v1}; the case timeline shows it; the certificate verifies publicly, masked;</li>
 * <li>credit-officer lifts the restriction before performance at the applicant's request: 202, a request for
 * approval; not by himself, not by a judge; credit-officer2 approves, the restriction is lifted, ICBC hears it, the
 * audit log names both officers.</li>
 * </ol>
 */
@ExtendWith(PlatformExtension.class)
class CreditRepairIT {

    static final String OWED = "80000.00";

    static Staff staff;

    final String debtor = TestData.personId();
    @RegisterExtension
    final SanctionFeed.PerTest icbcFeed = new SanctionFeed.PerTest("BANK-ICBC");

    @BeforeAll
    static void people(Platform p) {
        staff = new Staff(p);
    }


    @Test
    void anInstalmentPlanRepairsTheListingOnASecondOfficersApprovalAndAnEarlyLiftingWaitsForOneToo() {
        String caseId = staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), OWED,
                TestData.personRespondent("蒋十二", debtor))).get("id").toString();
        Map<String, String> sanctions = theCourtListsAndRestrictsTheDebtor(caseId);
        theDebtorPaysAnInstalment(caseId);

        String repair = theSecondOfficerApprovesTheRepairBeforePerformance(caseId);
        theListingIsLiftedByTheRepairAndTheRestrictionStays(caseId, sanctions, repair);
        theCertificateVerifiesPublicly(repair);

        theEarlyRestrictionLiftingWaitsForTheSecondOfficer(caseId, sanctions.get("restriction"));
    }

    private Map<String, String> theCourtListsAndRestrictsTheDebtor(String caseId) {
        staff.judge.ok("/api/cases/" + caseId + "/dishonest-listings", Map.of("ground", 1, "respondentIdNumber", debtor,
                "documentNumber", "(2026)苏05执失字第19号"));
        staff.judge.ok("/api/cases/" + caseId + "/consumption-restrictions", Map.of("respondentIdNumber", debtor,
                "behaviours", List.of("FLIGHTS", "STAR_HOTELS_AND_HIGH_END_VENUES"),
                "documentNumber", "(2026)苏05执限字第19号"));
        String listing = await().atMost(Desk.ASYNC).until(() -> staff.officer.list("/api/listings?caseId=" + caseId),
                l -> l.size() == 1).get(0).get("id").toString();
        String restriction = await().atMost(Desk.ASYNC).until(
                () -> staff.officer.list("/api/restrictions?caseId=" + caseId), l -> l.size() == 1).get(0).get("id")
                .toString();
        return Map.of("listing", listing, "restriction", restriction);
    }

    private void theDebtorPaysAnInstalment(String caseId) {
        staff.clerk.ok("/api/cases/" + caseId + "/payments", Map.of("amount", "30000.00", "source", "VOLUNTARY",
                "transferReference", "INSTALMENT-1-" + caseId));
        // credit hears of the payment from the case's event before the repair is applied for
        await().atMost(Desk.ASYNC).until(() -> staff.officer.read("/api/sanctions/cases/" + caseId),
                c -> "30000.00".equals(new java.math.BigDecimal(c.get("amountRecovered").toString()).setScale(2)
                        .toPlainString()));
    }

    private String theSecondOfficerApprovesTheRepairBeforePerformance(String caseId) {
        Map<String, Object> application = staff.officer.ok("/api/credit-repairs", Map.of("caseId", caseId,
                "idNumber", debtor, "statement", "已按分期履行计划履行30000元（共80000元），申请提前删除失信信息",
                "basis", "INSTALMENT_PLAN_KEPT"));
        assertEquals("PENDING", application.get("status"));
        assertEquals(List.of("DISHONEST_LISTING"), application.get("covers"));
        String decision = "/api/credit-repairs/" + application.get("id") + "/decision";
        Map<String, Object> approve = Map.of("approve", true, "reason", "分期履行按期，已履行37.5%");
        staff.officer.post(decision, approve).statusCode(403).body("type", endsWith("/self-approval"));
        assertEquals("ACTIVE", staff.officer.list("/api/listings?caseId=" + caseId).get(0).get("status"));

        Map<String, Object> approved = staff.secondOfficer.ok(decision, approve);
        assertEquals("APPROVED", approved.get("status"));
        assertEquals("credit-officer2", approved.get("decidedBy"));
        return application.get("id").toString();
    }

    @SuppressWarnings("unchecked")
    private void theListingIsLiftedByTheRepairAndTheRestrictionStays(String caseId, Map<String, String> sanctions,
            String repair) {
        Map<String, Object> listing = staff.officer.read("/api/listings/" + sanctions.get("listing"));
        assertEquals("LIFTED", listing.get("status"));
        assertEquals("CREDIT_REPAIR", listing.get("liftReason"));
        assertEquals("ACTIVE", staff.officer.read("/api/restrictions/" + sanctions.get("restriction")).get("status"));

        SanctionFeed.Received lifted = await().atMost(Desk.ASYNC).until(() -> icbcFeed.about(caseId), l -> l.stream()
                .anyMatch(e -> "cn.lianxi.credit.dishonest-listing.lifted.v1".equals(e.ceType()))).stream()
                .filter(e -> e.ceType().endsWith(".lifted.v1")).findFirst().orElseThrow();
        assertEquals(repair, lifted.payload().get("repairId"));
        assertEquals("CREDIT_REPAIR", lifted.payload().get("reason"));
        assertEquals(sanctions.get("listing"), lifted.payload().get("sanctionId"));
        assertTrue(icbcFeed.about(caseId).stream().noneMatch(
                e -> "cn.lianxi.credit.consumption-restriction.lifted.v1".equals(e.ceType())), "the restriction stays");

        Map<String, Object> entry = await().atMost(Desk.ASYNC).until(() -> staff.judge.timeline(caseId).stream()
                .filter(e -> "CREDIT_REPAIR_LIFTED".equals(e.get("kind"))).findFirst().orElse(null),
                java.util.Objects::nonNull);
        Map<String, Object> detail = (Map<String, Object>) entry.get("detail");
        assertEquals(repair, detail.get("repairId"));
        assertEquals("DISHONEST_LISTING", detail.get("sanction"));
        assertTrue(!entry.toString().contains(debtor), "the timeline entry carries no ID number: " + entry);
    }

    private void theCertificateVerifiesPublicly(String repair) {
        String code = staff.officer.read("/api/credit-repairs/" + repair).get("certificateCode").toString();
        given().when().get("/api/public/certificates/" + code).then().statusCode(200)
                .body("valid", equalTo(true))
                .body("subjectName", equalTo("蒋十二"))
                .body("maskedIdNumber", containsString("*"))
                .body(not(containsString(debtor)));
        given().when().get("/api/public/certificates/AAAA-BBBB-CCCC-DDDD").then().statusCode(404);
    }

    private void theEarlyRestrictionLiftingWaitsForTheSecondOfficer(String caseId, String restriction) {
        Map<String, Object> asked = staff.officer.post("/api/restrictions/" + restriction + "/lifting",
                Map.of("reason", "APPLICANT_REQUEST", "note", "申请执行人书面同意解除限制消费")).statusCode(202)
                .extract().path("$");
        assertEquals("PENDING", asked.get("status"));
        String approval = "/api/lifting-approvals/" + asked.get("id");
        staff.officer.post(approval + "/approval", Map.of()).statusCode(403).body("type", endsWith("/self-approval"));
        staff.judge.post(approval + "/approval", Map.of()).statusCode(403);
        assertEquals("ACTIVE", staff.officer.read("/api/restrictions/" + restriction).get("status"));
        assertTrue(staff.office.list("/api/lifting-approvals?status=PENDING").stream()
                .anyMatch(a -> asked.get("id").equals(a.get("id"))), "the office reads the queue");

        Map<String, Object> approved = staff.secondOfficer.ok(approval + "/approval", Map.of());
        assertEquals("APPROVED", approved.get("status"));
        assertEquals("LIFTED", staff.officer.read("/api/restrictions/" + restriction).get("status"));
        await().atMost(Desk.ASYNC).until(() -> icbcFeed.about(caseId), l -> l.stream().anyMatch(
                e -> "cn.lianxi.credit.consumption-restriction.lifted.v1".equals(e.ceType())
                        && "APPLICANT_REQUEST".equals(e.payload().get("reason"))));

        List<Map<String, Object>> audit = await().atMost(Desk.ASYNC).until(
                () -> staff.auditor.list("/api/audit/credit/" + caseId),
                l -> l.stream().anyMatch(e -> "lifting-approval-approved".equals(e.get("action"))));
        String detail = audit.stream().filter(e -> "lifting-approval-approved".equals(e.get("action"))).findFirst()
                .orElseThrow().get("detail").toString();
        assertTrue(detail.contains("requestedBy=credit-officer ") && detail.contains("decidedBy=credit-officer2"),
                detail);
        assertTrue(audit.stream().anyMatch(e -> "credit-repair-approved".equals(e.get("action"))));
    }
}
