package cn.lianxi.liaison.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail.CaseConcluded;
import cn.lianxi.contracts.CaseEventDetail.MeasureCancelled;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.liaison.Agency;
import cn.lianxi.liaison.AgencyChannel;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.ReferralStatus;
import cn.lianxi.liaison.repository.AgencyRepository;
import cn.lianxi.liaison.repository.FreezeRepository;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * What a case's conclusion (结案) does here: every referral of the case still open (queued, delivered or acknowledged)
 * is withdrawn. It becomes CANCELLED (its answers are refused, the pull inbox shows it cancelled and no claim hands it
 * out, the deadline sweep no longer escalates or expires it), a CANCELLED outcome puts it on the case timeline, and a
 * Kafka-connected agency gets the cancellation on its dispatch topic. A measure the court cancelled (撤销) withdraws its
 * own referrals the same way. Runs in the case event's transaction, so a redelivered conclusion or cancellation
 * cancels nothing twice.
 */
@ApplicationScoped
public class CaseConclusions {

    private final FreezeRepository referrals;
    private final AgencyRepository agencies;
    private final ReferralEvents events;
    private final AuditLog audit;
    private final Clock clock;

    public CaseConclusions(FreezeRepository referrals, AgencyRepository agencies, ReferralEvents events,
            AuditLog audit, Clock clock) {
        this.referrals = referrals;
        this.agencies = agencies;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Withdraws the case's open referrals; returns how many. */
    public Uni<Integer> concluded(CaseEvent e, CaseConcluded conclusion) {
        String reason = "the case was concluded (" + conclusion.conclusionType() + ")"
                + (conclusion.reason() == null || conclusion.reason().isBlank() ? "" : ": " + conclusion.reason());
        return referrals.lockOpenOfCase(e.caseId()).chain(open -> cancelAll(e, open, shortened(reason)));
    }

    /**
     * 撤销: the court cancelled the measure {@code requestId} with a second officer's approval (制度铁笼); its referrals
     * still open are withdrawn as on a conclusion. When none is open any more (the agency answered first), the
     * cancellation is refused back to the court's timeline (UNROUTABLE, with the reason), and the answer stands.
     */
    public Uni<Integer> measureCancelled(CaseEvent e, MeasureCancelled m) {
        String reason = "撤销 by the court: " + m.reason() + " (requested by " + m.requestedBy()
                + (m.approvedBy() == null ? "" : ", approved by " + m.approvedBy()) + ")";
        String why = shortened(reason);
        return referrals.lockOpenOfRequest(e.caseId(), m.requestId()).chain(open -> open.isEmpty()
                ? events.unroutable(e.caseId(), e.courtCode(), m.referralKind(), "cancellation of order "
                        + m.requestId() + " refused: no referral of it is open any more (answered or closed)", null)
                        .replaceWith(0)
                : cancelAll(e, open, why));
    }

    /** {@code cancel_reason} is {@code varchar(500)}. */
    private static String shortened(String reason) {
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    private Uni<Integer> cancelAll(CaseEvent e, List<Referral> open, String why) {
        return open.isEmpty() ? Uni.createFrom().item(0)
                : pushAgencies().chain(push -> Multi.createFrom().iterable(open)
                        .onItem().transformToUniAndConcatenate(r -> cancel(r, why, push.contains(r.agencyId)))
                        .collect().asList()
                        .call(() -> audit.append(CaseEventRouter.ACTOR, "case-referrals-cancelled",
                                e.caseId().toString(), "event=" + e.eventId() + " referrals=" + open.size()))
                        .map(List::size));
    }

    private Uni<Void> cancel(Referral r, String reason, boolean push) {
        Instant now = clock.instant();
        r.status = ReferralStatus.CANCELLED;
        r.cancelledAt = now;
        r.cancelReason = reason;
        r.outcome = OutcomeType.CANCELLED;
        r.leaseUntil = null;
        r.leaseHolder = null;
        return events.outcome(r, OutcomeType.CANCELLED, reason)
                .call(() -> push ? events.cancelled(r) : Uni.createFrom().voidItem())
                .call(() -> audit.append(CaseEventRouter.ACTOR, "referral-cancelled", r.id.toString(),
                        "agency=" + r.agencyId + (push ? " told=dispatch" : " told=inbox")))
                .replaceWithVoid();
    }

    /** The agencies that take their work by Kafka: they are told on their dispatch topic. */
    private Uni<Set<String>> pushAgencies() {
        return agencies.list("channel", AgencyChannel.KAFKA)
                .map(list -> list.stream().map((Agency a) -> a.id).collect(Collectors.toSet()));
    }
}
