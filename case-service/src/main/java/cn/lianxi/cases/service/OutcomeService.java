package cn.lianxi.cases.service;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.kit.audit.AuditLog;
import io.smallrye.mutiny.Uni;

/**
 * Agency outcomes (协查 / 协助执行 results) on the case timeline. A DEDUCTED outcome (扣划到位) raises the amount
 * recovered; the caller runs this once per outcome event id, so a redelivered outcome never counts twice.
 */
@ApplicationScoped
public class OutcomeService {

    static final String DEDUCTED = "DEDUCTED";

    private final CaseRepository cases;
    private final CaseChangeWriter writer;
    private final AuditLog audit;

    public OutcomeService(CaseRepository cases, CaseChangeWriter writer, AuditLog audit) {
        this.cases = cases;
        this.writer = writer;
        this.audit = audit;
    }

    /** Must run inside the transaction that marks the outcome processed. */
    public Uni<EnforcementCase> record(ReferralOutcome o) {
        return cases.findByIdForUpdate(o.caseId()).chain(c -> {
            if (c == null) {
                throw new IllegalArgumentException("unknown-case: no case " + o.caseId());
            }
            if (o.courtCode() != null && !o.courtCode().equals(c.courtCode)) {
                throw new IllegalArgumentException("court-mismatch: the outcome names another court than the case's");
            }
            String actor = "agency:" + o.agencyId();
            return writer.write(decide(c, o), o.eventId().toString(), actor)
                    .call(() -> audit.append(actor, "agency-outcome." + o.outcome(), c.id.toString(),
                            "eventId=" + o.eventId() + "; referralId=" + o.referralId() + "; referralKind="
                                    + o.referralKind()));
        });
    }

    private static CaseChange decide(EnforcementCase c, ReferralOutcome o) {
        boolean raises = DEDUCTED.equals(o.outcome()) && o.amount() != null && o.amount().signum() > 0;
        BigDecimal after = raises ? c.amountRecovered.add(o.amount()) : c.amountRecovered;
        CaseChange change = CaseChange.of(c).step(CaseEventKind.OUTCOME_RECORDED,
                "协查结果 " + o.referralKind() + " → " + o.outcome() + (o.amount() == null ? "" : ": " + o.amount() + " CNY"),
                Details.of().put("referralId", o.referralId()).put("agencyId", o.agencyId())
                        .put("referralKind", o.referralKind()).put("outcome", o.outcome()).put("amount", o.amount())
                        .put("outcomeDetail", o.detail())
                        .put("readyToConclude", after.compareTo(c.amountOwed) >= 0).map());
        if (raises) {
            change.recover(o.amount(), "AGENCY_DEDUCTION");
        }
        return change;
    }
}
