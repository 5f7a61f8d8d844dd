package cn.lianxi.liaison.service;

import java.math.BigDecimal;
import java.time.Clock;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;

/**
 * What an answer must meet for its referral beyond the contract's field rules: the right type, sense today, and no
 * more than its order and the case allow.
 *
 * <p>The court's measures may not reach past what the debtor owes: 民事诉讼法 art. 253 (2023 text; art. 249 before)
 * — "查询、扣押、冻结、划拨、变价的财产不得超出被执行人应当履行义务的范围" — and the bank acts on the court's 协助执行通知书,
 * so its answer may not do more than, or other than, the order: not freeze more or another account, not take more than
 * ordered, frozen or still owed.
 */
final class AnswerRules {

    /**
     * What the order and the case allow an answer to claim; a null field sets no bound.
     *
     * @param account the account the order names (FREEZE, UNFREEZE, DEDUCTION)
     * @param ordered the order's amount: at most this is frozen, released or deducted
     * @param frozen  what the standing freeze of the account still holds (it draws on), when there is one
     * @param owed    what the case still owes, from case-service's latest snapshot and the deductions since
     */
    record Limits(String account, BigDecimal ordered, BigDecimal frozen, BigDecimal owed) {

        static final Limits NONE = new Limits(null, null, null, null);
    }

    private AnswerRules() {
    }

    /**
     * Refuses a result type that does not answer {@code kind}, and content wrong for it on today's date. "Today" is
     * the courts' calendar day in China, whatever the clock's zone: at 01:30 in Beijing a freeze ending "today" by
     * UTC has already lapsed.
     */
    static void check(ReferralKind kind, ReferralResult result, Clock clock) {
        if (!result.answers().contains(kind)) {
            throw ProblemException.badRequest(ProblemType.WRONG_RESULT_KIND, "type",
                    "this result type does not answer a " + kind + " referral");
        }
        result.check(kind, PlatformClock.today(clock)).ifPresent(error -> {
            throw ProblemException.badRequest(ProblemType.INVALID_RESULT, error.field(), error.detail());
        });
    }

    /**
     * Refuses an answer that does more than, or other than, its order (400 {@code invalid-result}: the answer
     * contradicts the order it answers), or more than the case's state allows (409: more than the freeze holds,
     * {@code invalid-result}; more than is still owed, {@code deduction-exceeds-debt}).
     * Only bank measures carry amounts and accounts; every other answer passes.
     */
    static void checkAgainstOrder(ReferralResult result, Limits limits) {
        if (result instanceof ReferralResult.Freeze freeze) {
            sameAccount(freeze.accountNumber(), limits);
            notMoreThanOrdered("amountFrozen", freeze.amountFrozen(), limits, "freezes more than the order's amount");
        } else if (result instanceof ReferralResult.Unfreeze unfreeze) {
            sameAccount(unfreeze.accountNumber(), limits);
            notMoreThanOrdered("amountUnfrozen", unfreeze.amountUnfrozen(), limits,
                    "releases more than the order's amount");
            notMoreThanState("amountUnfrozen", unfreeze.amountUnfrozen(), limits.frozen(),
                    "releases more than the account's freeze holds");
        } else if (result instanceof ReferralResult.Deduction deduction) {
            sameAccount(deduction.accountNumber(), limits);
            notMoreThanOrdered("amountDeducted", deduction.amountDeducted(), limits,
                    "deducts more than the order's amount");
            notMoreThanState("amountDeducted", deduction.amountDeducted(), limits.frozen(),
                    "deducts more than the freeze it draws on holds");
            if (limits.owed() != null && deduction.amountDeducted().compareTo(limits.owed()) > 0) {
                throw new ProblemException(ProblemType.DEDUCTION_EXCEEDS_DEBT, 409,
                        "deducts more than the case still owes", "amountDeducted");
            }
        } else if (result instanceof ReferralResult.Auction auction) {
            atLeastReserve(auction, limits);
        }
    }

    /**
     * Bidding on a judicial auction opens at its reserve price (起拍价, 法释〔2016〕18号 art. 10, which the court sets
     * and the hand-off's {@code amount} carries), so no sale closes below it.
     */
    private static void atLeastReserve(ReferralResult.Auction auction, Limits limits) {
        if (auction.price() != null && limits.ordered() != null && auction.price().compareTo(limits.ordered()) < 0) {
            throw ProblemException.badRequest(ProblemType.INVALID_RESULT, "price",
                    "a judicial auction sells at no less than its reserve price (起拍价)");
        }
    }

    private static void sameAccount(String answered, Limits limits) {
        if (limits.account() != null && !limits.account().equals(answered)) {
            throw ProblemException.badRequest(ProblemType.INVALID_RESULT, "accountNumber",
                    "the order names another account");
        }
    }

    private static void notMoreThanOrdered(String field, BigDecimal amount, Limits limits, String detail) {
        if (limits.ordered() != null && amount.compareTo(limits.ordered()) > 0) {
            throw ProblemException.badRequest(ProblemType.INVALID_RESULT, field, detail);
        }
    }

    private static void notMoreThanState(String field, BigDecimal amount, BigDecimal bound, String detail) {
        if (bound != null && amount.compareTo(bound) > 0) {
            throw new ProblemException(ProblemType.INVALID_RESULT, 409, detail, field);
        }
    }
}
