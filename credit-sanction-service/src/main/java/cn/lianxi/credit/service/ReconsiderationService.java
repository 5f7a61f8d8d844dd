package cn.lianxi.credit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.credit.CorrectionRequest;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.credit.Reconsideration;
import cn.lianxi.credit.config.CourtHierarchy;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import io.smallrye.mutiny.Uni;

/**
 * Reconsideration (复议) by the court above, 法释〔2017〕7号 art. 12: a listed party whose correction request was
 * rejected may apply to the court one level above within ten days of the rejection's service; that court decides
 * within fifteen days of receipt, upholding the rejection or revoking it (the request is then granted, with the
 * effect an upheld request has). The listing stays in force meanwhile (复议期间，不停止原决定的执行). Only an officer of
 * the court above, as {@link CourtHierarchy} names it, decides; everything is audited like a correction.
 */
@ApplicationScoped
public class ReconsiderationService {

    /** 自决定书送达之日起十日内 */
    public static final int DAYS_TO_APPLY = 10;
    /** 上一级人民法院应自收到复议申请之日起十五日内作出决定 */
    public static final int DAYS_TO_DECIDE = 15;

    private final CorrectionService corrections;
    private final ListingService listings;
    private final CorrectionEffects effects;
    private final CourtHierarchy courts;
    private final AuditLog audit;
    private final Clock clock;

    public ReconsiderationService(CorrectionService corrections, ListingService listings, CorrectionEffects effects,
            CourtHierarchy courts, AuditLog audit, Clock clock) {
        this.corrections = corrections;
        this.listings = listings;
        this.effects = effects;
        this.courts = courts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records an application against a rejected correction request; inside a transaction. */
    public Uni<Reconsideration> apply(UUID correctionId, ReconsiderationApplication body, String actor) {
        LocalDate today = PlatformClock.today(clock);
        if (body.receivedOn().isAfter(today)) {
            throw ProblemException.badRequest(ProblemType.RECEIVED_IN_FUTURE, "receivedOn",
                    "the application cannot be received later than today");
        }
        return corrections.find(correctionId).chain(c -> {
            if (!CorrectionRequest.Status.REJECTED.name().equals(c.status)) {
                throw ProblemException.conflict(ProblemType.CONFLICT, "only a rejected correction request can be "
                        + "reconsidered (法释〔2017〕7号 art. 12); this one is " + c.status);
            }
            LocalDate decided = LocalDate.ofInstant(c.decidedAt, PlatformClock.ZONE);
            LocalDate served = body.rejectionServedOn() == null ? decided : body.rejectionServedOn();
            if (served.isBefore(decided) || served.isAfter(body.receivedOn())) {
                throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "rejectionServedOn", "the rejection is "
                        + "served on or after its decision (" + decided + ") and before the application is received");
            }
            if (body.receivedOn().isAfter(served.plusDays(DAYS_TO_APPLY))) {
                throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "receivedOn", "reconsideration is applied "
                        + "for within ten days of the rejection's service, by " + served.plusDays(DAYS_TO_APPLY)
                        + " (法释〔2017〕7号 art. 12)");
            }
            return Reconsideration.count("correctionId", correctionId).chain(n -> {
                if (n > 0) {
                    throw ProblemException.conflict(ProblemType.CONFLICT,
                            "this rejection is already before the court above");
                }
                return listings.get(c.listingId);
            }).chain(l -> {
                Reconsideration r = new Reconsideration();
                r.id = UUID.randomUUID();
                r.correctionId = c.id;
                r.listingId = l.id;
                r.courtCode = l.courtCode;
                r.superiorCourtCode = courts.superiorOf(l.courtCode).orElseThrow(() -> ProblemException.conflict(
                        ProblemType.CONFLICT, "no court above " + l.courtCode + " is configured "
                                + "(lianxi.credit.court-hierarchy.superior." + l.courtCode + ")"));
                r.statement = body.statement();
                r.receivedOn = body.receivedOn();
                r.dueBy = body.receivedOn().plusDays(DAYS_TO_DECIDE);
                r.status = Reconsideration.Status.OPEN.name();
                r.recordedBy = actor;
                return r.<Reconsideration>persist().call(() -> audit.append(actor, "reconsideration-recorded",
                        l.caseId.toString(), "listing=" + l.id + " correction=" + c.id + " reconsideration=" + r.id
                                + " court=" + r.superiorCourtCode + " dueBy=" + r.dueBy));
            });
        });
    }

    /**
     * The court above decides, with reasons: {@code revoke} grants the correction request (corrected entry or
     * deletion, reason RECONSIDERATION), otherwise the rejection is upheld. {@code callerCourt} must be the court
     * above the listing court. Inside a transaction.
     */
    public Uni<Reconsideration> decide(UUID id, boolean revoke, Decision decision, CorrectedEntry corrected,
            String callerCourt, String actor) {
        String reason = decision.requireReason();
        return Reconsideration.<Reconsideration>findById(id).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("reconsideration")).chain(r -> {
                    if (!r.superiorCourtCode.equals(callerCourt)) {
                        throw ProblemException.forbidden("only the court above the listing court ("
                                + r.superiorCourtCode + ") decides this reconsideration (法释〔2017〕7号 art. 12); the "
                                + "caller is of " + callerCourt);
                    }
                    if (!Reconsideration.Status.OPEN.name().equals(r.status)) {
                        throw ProblemException.conflict(ProblemType.ALREADY_DECIDED, "this reconsideration is decided");
                    }
                    if (!revoke && corrected != null) {
                        throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "corrected",
                                "upholding the rejection corrects nothing");
                    }
                    r.status = (revoke ? Reconsideration.Status.REVOKED : Reconsideration.Status.UPHELD).name();
                    r.decisionReason = reason;
                    r.decidedBy = actor;
                    r.decidedAt = clock.instant();
                    return corrections.find(r.correctionId).chain(c -> listings.get(r.listingId)
                            .call(l -> revoke ? effects.grant(c, l, corrected, LiftReason.RECONSIDERATION, actor)
                                    : Uni.createFrom().voidItem())
                            .call(l -> audit.append(actor, "reconsideration-" + r.status.toLowerCase(),
                                    l.caseId.toString(), "listing=" + l.id + " correction=" + c.id
                                            + " reconsideration=" + r.id + " court=" + callerCourt
                                            + (c.effect == null ? "" : " effect=" + c.effect)
                                            + (c.correctedFields == null ? "" : " fields=" + c.correctedFields))))
                            .replaceWith(r);
                });
    }

    /** By status (all when null), or only the overdue ones; oldest deadline first. */
    public Uni<List<Reconsideration>> list(String status, boolean overdueOnly) {
        if (overdueOnly) {
            return Reconsideration.list("status = ?1 and dueBy < ?2 order by dueBy",
                    Reconsideration.Status.OPEN.name(), PlatformClock.today(clock));
        }
        return status == null ? Reconsideration.list("order by dueBy")
                : Reconsideration.list("status = ?1 order by dueBy", status);
    }

    public ReconsiderationView toView(Reconsideration r) {
        boolean overdue = Reconsideration.Status.OPEN.name().equals(r.status)
                && PlatformClock.today(clock).isAfter(r.dueBy);
        return new ReconsiderationView(r.id, r.correctionId, r.listingId, r.courtCode, r.superiorCourtCode,
                r.statement, r.receivedOn, r.dueBy, r.status, overdue, r.decisionReason, r.decidedBy, r.decidedAt);
    }
}
