package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 信用联合奖惩 (joint credit sanctions and their lifting):
 * <ol>
 * <li>the court lists a company that is able to pay but refuses as a dishonest debtor on ground (1) of 法释〔2017〕7号
 * art. 1 (no fixed term: art. 2) and restricts its consumption, binding its legal representative;</li>
 * <li>ICBC's system receives both sanctions from Kafka ({@code credit.sanctions.v1}) and asks the gateway whether the
 * company and the representative are restricted;</li>
 * <li>anyone may look the company up on the public list and sees the masked entry;</li>
 * <li>the debtor pays in full and the court concludes the case; the listing and the restriction are lifted with
 * the legal reason within three working days, and the bank sees the lifting;</li>
 * <li>the company applies for credit repair (信用修复), the credit officer approves, and the certificate verifies
 * publicly.</li>
 * </ol>
 */
@ExtendWith(PlatformExtension.class)
class CreditSanctionsIT {

    static final String OWED = "60000.00";

    static Desk clerk;
    static Desk judge;
    static Desk officer;
    static Desk icbc;

    final String company = TestData.companyCode();
    final String representative = TestData.personId();
    @RegisterExtension
    final SanctionFeed.PerTest icbcFeed = new SanctionFeed.PerTest("BANK-ICBC");

    @BeforeAll
    static void people(Platform p) {
        Keycloak keycloak = new Keycloak(p);
        clerk = Desk.as(keycloak, "clerk-zy");
        judge = Desk.as(keycloak, "judge-zy");
        officer = Desk.as(keycloak, "credit-officer");
        icbc = Desk.asAgency(keycloak, "bank-icbc");
    }


    @Test
    void aListedCompanyIsRestrictedThenLiftedWhenItPaysAndRepairsItsCredit() {
        String caseId = clerk.fileCase(TestData.filing(TestData.caseNumber(), OWED,
                TestData.companyRespondent("苏州隆盛建材有限公司", company, "周八"))).get("id").toString();

        theCourtListsTheCompanyAndRestrictsItsConsumption(caseId);
        theSanctionsAreActive(caseId);
        theBankReceivesTheSanctionsAndAsksAboutTheIds(caseId);
        thePublicSeesTheMaskedEntry();
        theDebtorPaysInFullAndTheCaseConcludes(caseId);
        theSanctionsAreLiftedWithTheLegalReasonInTime(caseId);
        theBankSeesTheLifting(caseId);
        theCompanyRepairsItsCreditAndTheCertificateVerifies(caseId);
    }

    private void theCourtListsTheCompanyAndRestrictsItsConsumption(String caseId) {
        judge.ok("/api/cases/" + caseId + "/dishonest-listings", Map.of("ground", 1, "respondentIdNumber", company,
                "documentNumber", "(2026)苏05执失字第1号"));
        judge.ok("/api/cases/" + caseId + "/consumption-restrictions", Map.of("respondentIdNumber", company,
                "behaviours", List.of("FLIGHTS", "HIGH_SPEED_RAIL_PREMIUM_SEATS", "STAR_HOTELS_AND_HIGH_END_VENUES",
                        "VEHICLES"),
                "boundPersons", List.of(Map.of("role", "LEGAL_REPRESENTATIVE", "name", "周八", "idNumber", representative)),
                "documentNumber", "(2026)苏05执限字第1号"));
    }

    @SuppressWarnings("unchecked")
    private void theSanctionsAreActive(String caseId) {
        Map<String, Object> listing = await().atMost(Desk.ASYNC).until(
                () -> officer.list("/api/listings?caseId=" + caseId), l -> l.size() == 1).get(0);
        assertEquals("ACTIVE", listing.get("status"));
        assertEquals(1, listing.get("ground"));
        assertEquals(company, listing.get("subjectIdNumber"));
        Map<String, Object> order = await().atMost(Desk.ASYNC).until(
                () -> officer.list("/api/restrictions?caseId=" + caseId), l -> l.size() == 1).get(0);
        assertEquals("ACTIVE", order.get("status"));
        assertEquals(List.of("FLIGHTS", "HIGH_SPEED_RAIL_PREMIUM_SEATS", "STAR_HOTELS_AND_HIGH_END_VENUES", "VEHICLES"),
                order.get("behaviours"), "the court's behaviours, in the statute's names, unchanged");
        assertTrue(order.get("boundPersons").toString().contains("LEGAL_REPRESENTATIVE"), order.toString());
    }

    @SuppressWarnings("unchecked")
    private void theBankReceivesTheSanctionsAndAsksAboutTheIds(String caseId) {
        List<SanctionFeed.Received> events = await().atMost(Desk.ASYNC).until(() -> icbcFeed.about(caseId),
                l -> types(l).containsAll(List.of("cn.lianxi.credit.dishonest-listing.imposed.v1",
                        "cn.lianxi.credit.consumption-restriction.imposed.v1")));
        assertTrue(events.stream().anyMatch(e -> representative.equals(e.payload().get("subjectIdNumber"))),
                "the restriction is announced for the bound legal representative too");

        Map<String, Object> answer = icbc.read("/api/sanctions/check?idNumber=" + company);
        assertEquals(true, answer.get("restricted"));
        assertEquals(1, ((List<Map<String, Object>>) answer.get("listings")).get(0).get("ground"));
        Map<String, Object> forRepresentative = icbc.read("/api/sanctions/check?idNumber=" + representative);
        assertEquals(true, forRepresentative.get("restricted"));
        assertTrue(forRepresentative.get("restrictions").toString().contains("LEGAL_REPRESENTATIVE"));
    }

    private void thePublicSeesTheMaskedEntry() {
        given().queryParam("idNumber", company).when().get("/api/public/dishonest")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].name", equalTo("苏州隆盛建材有限公司"))
                .body("[0].maskedIdNumber", containsString("*"))
                .body(not(containsString(company)))
                .body(not(containsString(representative)));
    }

    private void theDebtorPaysInFullAndTheCaseConcludes(String caseId) {
        Map<String, Object> paid = clerk.ok("/api/cases/" + caseId + "/payments",
                Map.of("amount", OWED, "source", "VOLUNTARY", "transferReference", "PAID-" + caseId));
        assertEquals(true, paid.get("readyToConclude"));
        Map<String, Object> c = judge.ok("/api/cases/" + caseId + "/transitions",
                Map.of("targetStatus", "CONCLUDED", "conclusionType", "FULL_PERFORMANCE"));
        assertEquals("CONCLUDED", c.get("status"));
    }

    /** SPC 2017 art. 10: lifted within three working days of full performance, with that reason. */
    private void theSanctionsAreLiftedWithTheLegalReasonInTime(String caseId) {
        for (String kind : List.of("listings", "restrictions")) {
            Map<String, Object> lifted = await().atMost(Desk.ASYNC).until(
                    () -> officer.list("/api/" + kind + "?caseId=" + caseId).get(0),
                    s -> "LIFTED".equals(s.get("status")));
            assertEquals("FULL_PERFORMANCE", lifted.get("liftReason"), kind);
            assertEquals(true, lifted.get("liftedOnTime"), kind);
            LocalDate dueBy = LocalDate.parse(lifted.get("liftDueBy").toString());
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            assertFalse(dueBy.isBefore(today), kind + " lift due by " + dueBy);
            assertTrue(dueBy.isBefore(today.plusDays(12)), "three working days, even over a holiday: " + dueBy);
        }
    }

    private void theBankSeesTheLifting(String caseId) {
        await().atMost(Desk.ASYNC).until(() -> icbcFeed.about(caseId),
                l -> types(l).containsAll(List.of("cn.lianxi.credit.dishonest-listing.lifted.v1",
                        "cn.lianxi.credit.consumption-restriction.lifted.v1")));
        assertTrue(icbcFeed.about(caseId).stream()
                .filter(e -> e.ceType().endsWith(".lifted.v1"))
                .allMatch(e -> String.valueOf(e.payload().get("reason")).contains("FULL_PERFORMANCE")));
        assertEquals(false, icbc.read("/api/sanctions/check?idNumber=" + company).get("restricted"));
        assertEquals(false, icbc.read("/api/sanctions/check?idNumber=" + representative).get("restricted"));
    }

    private void theCompanyRepairsItsCreditAndTheCertificateVerifies(String caseId) {
        Map<String, Object> application = officer.ok("/api/credit-repairs", Map.of("caseId", caseId,
                "idNumber", company, "statement", "本公司已全额履行(2026)苏05执生效判决确定的义务，申请信用修复"));
        Map<String, Object> approved = officer.ok("/api/credit-repairs/" + application.get("id") + "/decision",
                Map.of("approve", true, "reason", "已全部履行，符合信用修复条件"));
        assertEquals("APPROVED", approved.get("status"));
        String code = approved.get("certificateCode").toString();

        given().when().get("/api/public/certificates/" + code).then().statusCode(200)
                .body("valid", equalTo(true))
                .body("subjectName", equalTo("苏州隆盛建材有限公司"))
                .body("maskedIdNumber", containsString("*"))
                .body(not(containsString(company)));
    }

    private static List<String> types(List<SanctionFeed.Received> events) {
        return events.stream().map(SanctionFeed.Received::ceType).toList();
    }
}
