package cn.lianxi.cases.service;

import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEventKind;
import cn.lianxi.kit.audit.AnchorGate;
import io.smallrye.mutiny.Uni;

/**
 * No new order to an agency while the audit log is unanchored (未锚定): a change that publishes a measure the
 * liaison service turns into a referral (查询, 冻结, 续冻, 解冻, 扣划, 拒执线索, 限制出境 and its lifting, 网络司法拍卖)
 * waits until anchoring works again, since nobody outside case-service could vouch for what it would record. The
 * writer asks before it stores anything, so a closed gate (503 {@code audit-unanchored}) changes nothing. Other
 * changes (payments, status, an agency's answer) go on: they order nobody.
 */
@ApplicationScoped
public class AgencyOrderGate {

    /** The case event kinds agency-liaison-service makes referrals of (its router's measures, not the case's life). */
    static final Set<CaseEventKind> AGENCY_ORDERS = EnumSet.of(CaseEventKind.ASSET_INQUIRY_REQUESTED,
            CaseEventKind.FREEZE_ORDERED, CaseEventKind.FREEZE_RENEWAL_ORDERED, CaseEventKind.UNFREEZE_ORDERED,
            CaseEventKind.DEDUCTION_ORDERED, CaseEventKind.REFUSAL_REPORTED, CaseEventKind.EXIT_BAN_ORDERED,
            CaseEventKind.EXIT_BAN_LIFTING_ORDERED, CaseEventKind.AUCTION_HANDOFF_ORDERED);

    private final AnchorGate gate;

    public AgencyOrderGate(AnchorGate gate) {
        this.gate = gate;
    }

    /** Succeeds at once for a change ordering no agency, else only while the audit log is anchored. */
    Uni<Void> admit(CaseChange change) {
        boolean ordersAnAgency = change.entries().stream().anyMatch(
                e -> e instanceof CaseChange.Step step && AGENCY_ORDERS.contains(step.detail().kind()));
        return ordersAnAgency ? gate.ensureAnchored() : Uni.createFrom().voidItem();
    }
}
