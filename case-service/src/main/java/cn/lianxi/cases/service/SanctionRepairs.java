package cn.lianxi.cases.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.TimelineNote;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.contracts.SanctionKind;
import io.smallrye.mutiny.Uni;

/**
 * A listing or restriction of the case lifted by an approved credit repair (信用修复; {@code credit.sanctions.v1},
 * change LIFTED with a {@code repairId}): the lifting and the repair that made it go on the case timeline, so the
 * court sees who is no longer sanctioned and why. The caller runs this once per event id.
 */
@ApplicationScoped
public class SanctionRepairs {

    private static final String ACTOR = "credit-sanction-service";

    /** The timeline detail: the repair, what was lifted and for whom, without the subject's ID number. */
    public record Lifted(UUID sanctionEventId, UUID repairId, SanctionKind sanction, UUID sanctionId,
            String subjectName, List<RestrictedBehaviour> restrictedBehaviours, String reason, Instant occurredAt) {
    }

    private final ForeignChanges changes;

    public SanctionRepairs(ForeignChanges changes) {
        this.changes = changes;
    }

    /** Must run inside the transaction that marks the event processed. */
    public Uni<EnforcementCase> record(SanctionEvent e) {
        Lifted detail = new Lifted(e.eventId(), e.repairId(), e.sanction(), e.sanctionId(), e.subjectName(),
                e.restrictedBehaviours(), e.reason(), e.occurredAt());
        String what = e.sanction() == SanctionKind.DISHONEST_LISTING ? "失信名单 删除" : "限制消费 解除";
        return changes.apply(e.caseId(), e.courtCode(), new ForeignChanges.Origin(e.eventId().toString(), ACTOR,
                "sanction.repaired", "eventId=" + e.eventId() + "; sanction=" + e.sanction() + "; repairId="
                        + e.repairId()),
                c -> CaseChange.of(c).note(TimelineNote.CREDIT_REPAIR_LIFTED, "信用修复 " + what + " lifted by credit "
                        + "repair " + e.repairId() + " (" + e.subjectName() + ")", detail));
    }
}
