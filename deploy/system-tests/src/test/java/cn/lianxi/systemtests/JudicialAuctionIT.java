package cn.lianxi.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 网络司法拍卖 (法释〔2016〕18号) through the gateway with the real tokens: judge-zy hands a seized asset to the auction
 * platform with its reserve price; the platform's system (client auction-jd) pulls it from its queue, which no bank
 * sees; a sale below the reserve is refused naming {@code price}; the sale is a receipt in the case's ledger and the
 * amount recovered is exactly the price.
 */
@ExtendWith(PlatformExtension.class)
class JudicialAuctionIT {

    static Staff staff;

    @BeforeAll
    static void people(Platform running) {
        staff = new Staff(running);
    }

    @Test
    void thePlatformPullsAndAnswersSoldAndTheLedgerRecoversTheExactPrice_fashi2016_18() {
        String debtor = TestData.personId();
        String caseId = staff.clerk.fileCase(TestData.filing(TestData.caseNumber(), "200000.00",
                TestData.personRespondent("周十三", debtor))).get("id").toString();
        staff.judge.ok("/api/cases/" + caseId + "/auction-handoffs", Map.of("assetDescription",
                "苏州市姑苏区某路1号商铺（已查封）", "reservePrice", "100000.00", "respondentIdNumber", debtor,
                "legalBasis", TestData.LEGAL_BASIS));

        Map<String, Object> handOff = staff.auction.awaitInbox(caseId, "JUDICIAL_AUCTION", 1).get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> payload = (Map<String, Object>) handOff.get("payload");
        Desk.assertExactly("100000.00", payload.get("amount"), "the reserve price");
        assertTrue(staff.icbc.inbox(caseId, "JUDICIAL_AUCTION").isEmpty(), "a bank does not see the hand-off");

        Desk.assertProblemNaming(staff.auction.post("/api/inbox/" + handOff.get("id") + "/answer", sold("99999.99"))
                .extract().response(), "price", 400);
        staff.auction.answer(handOff.get("id"), sold("123456.78"));

        Map<String, Object> after = staff.judge.awaitCase(caseId,
                c -> new java.math.BigDecimal(c.get("amountRecovered").toString()).signum() > 0);
        Desk.assertExactly("123456.78", after.get("amountRecovered"), "amount recovered");
        assertEquals("123456.78", new java.math.BigDecimal(after.get("amountRecovered").toString()).toPlainString());
        assertTrue(staff.judge.outcomesOn(caseId).contains("AUCTION_SOLD"));
    }

    private static Map<String, Object> sold(String price) {
        return Map.of("type", "AUCTION", "result", "SOLD", "price", new java.math.BigDecimal(price), "buyer", "王**",
                "closedOn", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1).toString(),
                "platformReference", "JD-SF-0001");
    }
}
