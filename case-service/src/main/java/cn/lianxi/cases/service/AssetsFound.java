package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.util.UUID;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.TimelineNote;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.contracts.ReferralResult;

/**
 * A bank's inquiry answer reporting money of a 终本 case's respondent: the case may be resumed (终本后发现财产,
 * 法〔2016〕373号 art. 9: the court resumes enforcement when the search finds assets). The case shows
 * {@code resumable} and an ASSETS_FOUND timeline entry says what was found; one resumption
 * ({@code POST /cases/{id}/resumptions}) resumes it.
 */
final class AssetsFound {


    /** The ASSETS_FOUND note's detail (no account numbers: they are in the outcome's own entry). */
    record Found(UUID referralId, String agencyId, int accounts, BigDecimal totalBalance) {
    }

    private AssetsFound() {
    }

    /** Adds the note when {@code o} reports assets of {@code c}, a 终本 case; otherwise changes nothing. */
    static CaseChange note(CaseChange change, EnforcementCase c, ReferralOutcome o) {
        if (!RoundEndSearches.isRoundEnd(c) || o.outcome() != OutcomeType.ANSWERED
                || !(o.result() instanceof ReferralResult.BankInquiry inquiry)
                || inquiry.totalBalance().signum() <= 0) {
            return change;
        }
        if (c.assetsFoundAt == null) {
            c.assetsFoundAt = o.occurredAt();
        }
        return change.note(TimelineNote.ASSETS_FOUND, "发现财产 assets found — resumable: " + inquiry.accounts().size()
                + " account(s) holding " + CaseChange.cny(inquiry.totalBalance()) + " at " + o.agencyId(),
                new Found(o.referralId(), o.agencyId(), inquiry.accounts().size(), inquiry.totalBalance()));
    }
}
