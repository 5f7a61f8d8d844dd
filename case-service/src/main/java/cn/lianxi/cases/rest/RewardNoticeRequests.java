package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.lianxi.cases.service.RewardNotices;
import cn.lianxi.contracts.constraints.Amount;
import cn.lianxi.contracts.constraints.CleanText;

/** Bodies of the reward notice's steps (悬赏执行, 法释〔2017〕8号 arts. 21-24). */
public final class RewardNoticeRequests {

    private RewardNoticeRequests() {
    }

    /** The notice, on the applicant's application: reward (CNY), leads wanted, validity; respondent as for measures. */
    public record Publication(@NotNull @Amount BigDecimal reward,
            @NotBlank @Size(max = 2000) @CleanText(multiLine = true) String leadsWanted,
            @NotNull Instant validUntil, @Size(max = 18) @CleanText String respondentIdNumber) {

        RewardNotices.NewNotice toNewNotice() {
            return new RewardNotices.NewNotice(respondentIdNumber, reward, leadsWanted, validUntil);
        }
    }

    /** The judge's reason for withdrawing the notice. */
    public record Withdrawal(@NotBlank @Size(max = 500) @CleanText(multiLine = true) String reason) {
    }

    /** A lead from anyone: what is known, and how the court reaches the submitter (never shown publicly). */
    public record Lead(@NotBlank @Size(max = 4000) @CleanText(multiLine = true) String lead,
            @NotBlank @Size(max = 200) @CleanText String contactName,
            @NotBlank @Pattern(regexp = "[0-9+\\- ]{5,40}", message = "a telephone number") String contactPhone) {

        RewardNotices.NewLead toNewLead() {
            return new RewardNotices.NewLead(lead, contactName, contactPhone);
        }
    }

    /** The judge's view of a lead: useful or not, and the reward paid for it (CNY; absent: none). */
    public record Assessment(@NotNull Boolean useful, @Amount BigDecimal rewardPaid) {
    }
}
