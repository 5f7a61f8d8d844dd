package cn.lianxi.liaison.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.lianxi.liaison.Agencies;
import cn.lianxi.liaison.CaseEvents;
import cn.lianxi.liaison.MutableClock;
import cn.lianxi.liaison.Referrals;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BankInquiryResourceTest {

    @Inject
    MutableClock clock;

    @Test
    void oneInquiryFansOutToFiftyNewBanksInOneStepAndTheCaseSeesTheConsolidatedAnswer() {
        List<String> banks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            banks.add(Agencies.newBank(i % 5 == 0 ? "KAFKA" : "PULL"));
        }
        String suspended = banks.get(49);
        given().auth().oauth2(Tokens.withRole("admin")).when().post("/agencies/" + suspended + "/suspension")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"));
        int active = given().auth().oauth2(Tokens.withRole("admin")).queryParam("kind", "BANK")
                .queryParam("status", "ACTIVE").when().get("/agencies").then().statusCode(200)
                .extract().jsonPath().getList("id").size();
        UUID caseId = UUID.randomUUID();

        long started = System.nanoTime();
        given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "caseNumber", "(2023)苏05执50号", "respondents", List.of(Map.of(
                        "name", "张三", "idNumber", CaseEvents.RESPONDENT_ID, "type", "PERSON")),
                        "legalBasis", CaseEvents.NOTICE_JSON))
                .when().post("/bank-inquiries")
                .then().statusCode(202).body("referrals", equalTo(active));
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 5000, "the fan-out is one quick step");
        assertEquals(1, Agencies.inbox(banks.get(0), caseId).size());
        assertEquals(0, Agencies.inbox(suspended, caseId).size(), "a suspended bank is not asked");

        String first = (String) Agencies.inbox(banks.get(1), caseId).get(0).get("id");
        Referrals.answer(banks.get(1), first, Map.of("type", "BANK_INQUIRY", "accounts", List.of(
                Map.of("accountNumber", "6222000011112222", "accountType", "DEBIT",
                        "balance", new java.math.BigDecimal("1500.50"),
                        "currency", "CNY")))).statusCode(200).body("outcome", equalTo("ANSWERED"));
        String second = (String) Agencies.inbox(banks.get(2), caseId).get(0).get("id");
        Referrals.answer(banks.get(2), second, Map.of("type", "BANK_INQUIRY", "accounts", List.of()))
                .statusCode(200);

        JsonPath view = Referrals.exact(given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU))
                .when().get("/bank-inquiries/" + caseId).then().statusCode(200).extract().asString());
        assertEquals(active, view.getInt("banksAsked"));
        assertEquals(2, view.getInt("answered"));
        assertEquals(active - 2, view.getInt("pending"));
        assertEquals(1, view.getInt("accountsFound"));
        assertEquals(new java.math.BigDecimal("1500.50"), view.get("totalBalance"));
        assertEquals(new java.math.BigDecimal("1500.50"), view.get("banks.find { it.referralId == '" + first
                + "' }.accounts[0].balance"));
        assertEquals(0, view.getInt("late"));

        clock.advance(Duration.ofHours(25));
        given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).when().get("/bank-inquiries/" + caseId)
                .then().statusCode(200).body("late", equalTo(active - 2));
        given().auth().oauth2(Tokens.judge(CaseEvents.GUSU)).when().get("/bank-inquiries/" + caseId)
                .then().statusCode(404);
    }

    @Test
    @DisplayName("总对总 consolidated view: two inquiries answered by the same banks count each bank and account once")
    void twoInquiriesOfOneCaseCountEachBankOnceAndEachAccountOnceWithItsLatestBalance() {
        String bankA = Agencies.newBank("PULL");
        String bankB = Agencies.newBank("PULL");
        String bankC = Agencies.newBank("PULL");
        UUID caseId = UUID.randomUUID();
        inquire(caseId);
        int asked = banksAsked(caseId);
        inquire(caseId);

        List<String> ofA = ids(bankA, caseId);
        List<String> ofB = ids(bankB, caseId);
        List<String> ofC = ids(bankC, caseId);
        assertEquals(2, ofA.size(), "each inquiry asked the bank again");
        answerAccounts(bankA, ofA.get(0), account("6222000000000001", "1000.00"));
        answerAccounts(bankA, ofA.get(1), account("6222000000000001", "1200.00"),
                account("6222000000000002", "300.00"));
        answerAccounts(bankB, ofB.get(0), account("6222000000000003", "500.00"));
        answerAccounts(bankB, ofB.get(1), account("6222000000000003", "500.00"));
        answerAccounts(bankC, ofC.get(0), account("6222000000000004", "42.00"));

        JsonPath view = Referrals.exact(given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU))
                .when().get("/bank-inquiries/" + caseId).then().statusCode(200).extract().asString());
        assertEquals(asked, view.getInt("banksAsked"), "each bank once, not once per inquiry");
        assertEquals(asked, view.getList("banks").size());
        assertEquals(2, view.getInt("answered"), "C's latest referral (the second inquiry) is still open");
        assertEquals(asked - 2, view.getInt("pending"));
        assertEquals(4, view.getInt("accountsFound"), "each account once");
        assertEquals(new java.math.BigDecimal("2042.00"), view.get("totalBalance"),
                "1,200.00 (A's latest) + 300.00 + 500.00 (B, once) + 42.00 (C's earlier answer)");
        assertEquals(new java.math.BigDecimal("1500.00"), view.get("banks.find { it.agencyId == '" + bankA
                + "' }.balance"));
        assertEquals(ofA.get(1), view.getString("banks.find { it.agencyId == '" + bankA + "' }.referralId"),
                "a bank's row shows its latest referral");
    }

    private static void inquire(UUID caseId) {
        given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).contentType(ContentType.JSON)
                .body(Map.of("caseId", caseId, "caseNumber", "(2023)苏05执77号", "respondents", List.of(Map.of(
                        "name", "张三", "idNumber", CaseEvents.RESPONDENT_ID, "type", "PERSON")),
                        "legalBasis", CaseEvents.NOTICE_JSON))
                .when().post("/bank-inquiries").then().statusCode(202);
    }

    private static int banksAsked(UUID caseId) {
        return given().auth().oauth2(Tokens.judge(CaseEvents.SUZHOU)).when().get("/bank-inquiries/" + caseId)
                .then().statusCode(200).extract().path("banksAsked");
    }

    /** The bank's referrals of the case, oldest first (the first inquiry's, then the second's). */
    private static List<String> ids(String bank, UUID caseId) {
        return Agencies.inbox(bank, caseId).stream()
                .sorted(java.util.Comparator.comparing(
                        (Map<String, Object> r) -> java.time.Instant.parse((String) r.get("createdAt"))))
                .map(r -> (String) r.get("id")).toList();
    }

    private static Map<String, Object> account(String number, String balance) {
        return Map.of("accountNumber", number, "accountType", "DEBIT", "balance", new java.math.BigDecimal(balance),
                "currency", "CNY");
    }

    @SafeVarargs
    private static void answerAccounts(String bank, String id, Map<String, Object>... accounts) {
        Referrals.answer(bank, id, Map.of("type", "BANK_INQUIRY", "accounts", List.of(accounts))).statusCode(200);
    }
}
