package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.lianxi.cases.FreezeStatus;

/**
 * One freeze of a case as its register ({@link FreezeRegister}) tells it, for the rules that need the case's
 * freezes: the 超标的 check, the orders that name a freeze, the conclusion's unfreeze orders.
 *
 * @param requestId      the freeze order's court event id ({@code AccountOrder.requestId} of its FREEZE_ORDERED);
 *                       a renewal, unfreeze or deduction names it as {@code freezeRequestId}
 * @param orderedAmount  what the court ordered frozen
 * @param frozenAmount   what the bank answered it froze (null until answered)
 * @param frozenUntil    the freeze's end as last answered (null until answered)
 * @param held           what it holds, or may yet hold (ordered, queued): the frozen (else ordered) amount less what
 *                       answered unfreezes released and answered deductions took from it; never negative
 */
public record RegisteredFreeze(String requestId, String respondentIdNumber, String bankCode, String agencyId,
        String accountNumber, BigDecimal orderedAmount, BigDecimal frozenAmount, LocalDate frozenUntil,
        FreezeStatus status, BigDecimal held) {

    public boolean inForce() {
        return status.inForce();
    }

    /**
     * The same account at the bank or agency an order names: the account number matches, and neither the bank code
     * nor the agency id differs where both the freeze and the order give it.
     */
    public boolean sameAccount(String bank, String agency, String account) {
        return accountNumber.equals(account) && (bank == null || bankCode == null || bank.equals(bankCode))
                && (agency == null || agencyId == null || agency.equals(agencyId));
    }
}
