package cn.lianxi.credit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.CorrectionRequest;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.credit.SanctionStatus;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Correction requests of listed parties (纠正申请, 法释〔2017〕7号 art. 11): each must be decided within 15 days of
 * receipt (art. 12); open ones past that show as overdue. An upheld request corrects the entry, or deletes the
 * listing when it should not have been made or its circumstances ended, within three working days
 * ({@link CorrectionEffects}); a rejected one may go to the court above ({@link ReconsiderationService}).
 */
@ApplicationScoped
public class CorrectionService {

    public static final int DAYS_TO_DECIDE = 15;

    private final ListingService listings;
    private final CorrectionEffects effects;
    private final AuditLog audit;
    private final Clock clock;

    public CorrectionService(ListingService listings, CorrectionEffects effects, AuditLog audit, Clock clock) {
        this.listings = listings;
        this.effects = effects;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a request against an active listing; inside a transaction. */
    public Uni<CorrectionRequest> record(UUID listingId, CorrectionApplication body, String actor) {
        if (body.receivedOn().isAfter(PlatformClock.today(clock))) {
            throw ProblemException.badRequest(ProblemType.RECEIVED_IN_FUTURE, "receivedOn", "the request cannot be received later than today");
        }
        return listings.get(listingId).chain(l -> {
            if (l.status != SanctionStatus.ACTIVE) {
                throw ProblemException.conflict(ProblemType.NOT_ACTIVE, "only an active listing can be corrected");
            }
            CorrectionRequest c = new CorrectionRequest();
            c.id = UUID.randomUUID();
            c.listingId = listingId;
            c.kind = body.kind().name();
            c.statement = body.statement();
            c.receivedOn = body.receivedOn();
            c.dueBy = body.receivedOn().plusDays(DAYS_TO_DECIDE);
            c.status = CorrectionRequest.Status.OPEN.name();
            c.recordedBy = actor;
            return c.<CorrectionRequest>persist().call(() -> audit.append(actor, "correction-recorded",
                    l.caseId.toString(), "listing=" + listingId + " correction=" + c.id + " dueBy=" + c.dueBy));
        });
    }

    /**
     * Decides an open request, with reasons (art. 12). Upheld: the entry is corrected as {@code corrected} says
     * (inaccurate information) or the listing deleted (reason CORRECTION); rejected: the listing stands, and the
     * listed party may apply to the court above. Inside a transaction.
     */
    public Uni<CorrectionRequest> decide(UUID correctionId, Decision decision, CorrectedEntry corrected, String actor) {
        String reason = decision.requireReason();
        if (!decision.approve() && corrected != null) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "corrected",
                    "a rejected request corrects nothing");
        }
        return find(correctionId).chain(c -> {
            if (!CorrectionRequest.Status.OPEN.name().equals(c.status)) {
                throw ProblemException.conflict(ProblemType.ALREADY_DECIDED, "this correction request is decided");
            }
            c.status = (decision.approve() ? CorrectionRequest.Status.UPHELD : CorrectionRequest.Status.REJECTED).name();
            c.decisionReason = reason;
            c.decidedBy = actor;
            c.decidedAt = clock.instant();
            return listings.get(c.listingId)
                    .call(l -> decision.approve() ? effects.grant(c, l, corrected, LiftReason.CORRECTION, actor)
                            : Uni.createFrom().voidItem())
                    .call(l -> audit.append(actor, "correction-" + c.status.toLowerCase(), l.caseId.toString(),
                            "listing=" + l.id + " correction=" + c.id + (c.effect == null ? "" : " effect=" + c.effect)
                                    + (c.correctedFields == null ? "" : " fields=" + c.correctedFields)))
                    .replaceWith(c);
        });
    }

    public Uni<CorrectionRequest> find(UUID correctionId) {
        return CorrectionRequest.<CorrectionRequest>findById(correctionId).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("correction request"));
    }

    /** Requests by status (all when null), or only the overdue ones; oldest deadline first. */
    public Uni<List<CorrectionRequest>> list(String status, boolean overdueOnly) {
        if (overdueOnly) {
            return CorrectionRequest.list("status = ?1 and dueBy < ?2 order by dueBy",
                    CorrectionRequest.Status.OPEN.name(), PlatformClock.today(clock));
        }
        return status == null ? CorrectionRequest.list("order by dueBy")
                : CorrectionRequest.list("status = ?1 order by dueBy", status);
    }

    public CorrectionView toView(CorrectionRequest c) {
        LocalDate today = PlatformClock.today(clock);
        boolean overdue = CorrectionRequest.Status.OPEN.name().equals(c.status) && today.isAfter(c.dueBy);
        return new CorrectionView(c.id, c.listingId, c.kind, c.statement, c.receivedOn, c.dueBy, c.status, overdue,
                c.decisionReason, c.decidedBy, c.decidedAt, c.effect, c.effectDueBy, c.correctedFields);
    }
}
