package cn.lianxi.liaison.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.contracts.ReferralResult;

/**
 * The consolidated answer of a nationwide bank inquiry for one case: how many banks were asked, which answered,
 * what they found, which are late. Balances are CNY with two decimals, summed exactly.
 */
public record BankInquiryView(UUID caseId, int banksAsked, int answered, int rejected, int pending, int late,
        int accountsFound, BigDecimal totalBalance, List<BankRow> banks) {

    /** One bank's part; {@code accounts} and {@code balance} once it answered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record BankRow(String agencyId, String bankName, UUID referralId, String status, Instant requestedAt,
            Instant dueAt, Instant answeredAt, boolean late, List<ReferralResult.Account> accounts, BigDecimal balance,
            String rejectReason) {
    }
}
