package cn.lianxi.liaison.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.contracts.ReferralResult.Auction;
import cn.lianxi.contracts.ReferralResult.ExitBan;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The police's answer on an exit ban (限制出境, 民事诉讼法 2023 art. 266) and the platform's outcome of a judicial
 * auction (网络司法拍卖, 法释〔2016〕18号), checked before anything changes.
 */
class PersonAndAssetRulesTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-12-01T04:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
    private static final AnswerRules.Limits RESERVE = new AnswerRules.Limits(null, Money.of("100000.00"), null, null);

    private static String refusedField(ReferralKind kind, ReferralResult result) {
        return assertThrows(ProblemException.class, () -> AnswerRules.check(kind, result, NOON)).field();
    }

    @Test
    void exitBanRefusalWithoutReasonIsRefusedNamingReason_minsusufa266() {
        assertEquals("reason", refusedField(ReferralKind.EXIT_BAN, new ExitBan(ExitBan.Decision.REFUSED, null, " ")));
        assertDoesNotThrow(() -> AnswerRules.check(ReferralKind.EXIT_BAN,
                new ExitBan(ExitBan.Decision.REFUSED, null, "被执行人已出境"), NOON));
    }

    @Test
    void exitBanRegistrationNamesItsBorderControlEntry_minsusufa266() {
        assertEquals("borderControlReference", refusedField(ReferralKind.EXIT_BAN,
                new ExitBan(ExitBan.Decision.REGISTERED, null, null)));
        assertDoesNotThrow(() -> AnswerRules.check(ReferralKind.EXIT_BAN,
                new ExitBan(ExitBan.Decision.REGISTERED, "BK-1", null), NOON));
    }

    @Test
    void liftedAnswersOnlyALiftingAndALiftingIsOnlyLifted_fashi2008_13_art38() {
        assertEquals("decision", refusedField(ReferralKind.EXIT_BAN, new ExitBan(ExitBan.Decision.LIFTED, null, null)));
        assertEquals("decision", refusedField(ReferralKind.EXIT_BAN_LIFTING,
                new ExitBan(ExitBan.Decision.REGISTERED, "BK-1", null)));
        assertDoesNotThrow(() -> AnswerRules.check(ReferralKind.EXIT_BAN_LIFTING,
                new ExitBan(ExitBan.Decision.LIFTED, null, null), NOON));
    }

    @Test
    void aSaleNamesPriceMaskedBuyerAndAPastDay_fashi2016_18() {
        assertEquals("buyer", refusedField(ReferralKind.JUDICIAL_AUCTION, sold("123456.78", "王小明", TODAY)));
        assertEquals("closedOn", refusedField(ReferralKind.JUDICIAL_AUCTION, sold("123456.78", "王**",
                TODAY.plusDays(1))));
        assertEquals("price", refusedField(ReferralKind.JUDICIAL_AUCTION,
                new Auction(Auction.Result.UNSOLD, Money.of("1.00"), null, null, null, null)));
        assertEquals("reason", refusedField(ReferralKind.JUDICIAL_AUCTION,
                new Auction(Auction.Result.WITHDRAWN, null, null, null, null, null)));
        assertDoesNotThrow(() -> AnswerRules.check(ReferralKind.JUDICIAL_AUCTION, sold("123456.78", "王**", TODAY),
                NOON));
    }

    @Test
    void noSaleClosesBelowTheReservePrice_fashi2016_18_art10() {
        ProblemException refused = assertThrows(ProblemException.class,
                () -> AnswerRules.checkAgainstOrder(sold("99999.99", "王**", TODAY), RESERVE));
        assertEquals("price", refused.field());
        assertDoesNotThrow(() -> AnswerRules.checkAgainstOrder(sold("100000.00", "王**", TODAY), RESERVE));
    }

    @Test
    void aSaleIsAnAmountTheOthersAreNot() {
        assertEquals(Money.of("123456.78"), sold("123456.78", "王**", TODAY).amount());
        assertEquals(null, new Auction(Auction.Result.UNSOLD, null, null, null, null, null).amount());
    }

    private static Auction sold(String price, String buyer, LocalDate on) {
        return new Auction(Auction.Result.SOLD, Money.of(price), buyer, on, "JD-1", null);
    }
}
