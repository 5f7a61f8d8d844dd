package cn.lianxi.liaison.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.ReferralResult;

/**
 * The consolidated answer of the nationwide bank inquiries (总对总) of one case: how many distinct banks were asked,
 * which answered, what they found, which are late. However many inquiries asked a bank, it is one row and counted
 * once (by its latest referral's state), and each account is counted once with its latest answer's balance:
 * {@code accountsFound} and {@code totalBalance} are over distinct accounts. Balances are CNY with two decimals,
 * summed exactly.
 */
public record BankInquiryView(UUID caseId, int banksAsked, int answered, int rejected, int pending, int late,
        int accountsFound, BigDecimal totalBalance, List<BankRow> banks) {

    /**
     * One bank's part: its latest referral for the case, and {@code accounts} (each once, from its latest answer
     * about each respondent) with their {@code balance} once it answered.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BankRow(String agencyId, String bankName, UUID referralId, String status, Instant requestedAt,
            Instant dueAt, Instant answeredAt, boolean late, List<ReferralResult.Account> accounts, BigDecimal balance,
            String rejectReason) {
    }
}
