package cn.lianxi.cases.service;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CaseMeasure;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralOutcome;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The case's measures that became referrals ({@link CaseMeasure}): registered when the writer publishes the order,
 * answered when the agency's outcome comes back, cancelled (撤销) by the court. It tells whether a measure can still
 * be cancelled: only one the agency has not answered.
 */
@ApplicationScoped
public class MeasureRegister {

    /** A referral order as the register keeps it. */
    record Order(String requestId, ReferralKind kind, String respondentIdNumber) {
    }

    private final Clock clock;

    public MeasureRegister(Clock clock) {
        this.clock = clock;
    }

    /** The referral order {@code detail} publishes, if it is one (bank measures, exit bans, auction hand-offs). */
    static Optional<Order> orderOf(CaseEventDetail detail) {
        if (detail instanceof CaseEventDetail.MeasureOrdered m) {
            return Optional.of(new Order(m.order().requestId(), m.referralKind(), m.order().respondent().idNumber()));
        }
        if (detail instanceof CaseEventDetail.ExitBanOrdered e) {
            return Optional.of(new Order(e.requestId(), ReferralKind.EXIT_BAN, e.respondent().idNumber()));
        }
        if (detail instanceof CaseEventDetail.ExitBanLiftingOrdered l) {
            return Optional.of(new Order(l.requestId(), ReferralKind.EXIT_BAN_LIFTING, l.respondent().idNumber()));
        }
        if (detail instanceof CaseEventDetail.AuctionHandoffOrdered a) {
            return Optional.of(new Order(a.requestId(), ReferralKind.JUDICIAL_AUCTION, a.respondent().idNumber()));
        }
        return Optional.empty();
    }

    /** Registers the order the writer stores, if {@code detail} is one. */
    Uni<Void> ordered(EnforcementCase c, CaseEventDetail detail) {
        return orderOf(detail).map(o -> {
            CaseMeasure m = new CaseMeasure();
            m.id = UUID.randomUUID();
            m.caseId = c.id;
            m.requestId = o.requestId();
            m.referralKind = o.kind();
            m.respondentIdNumber = o.respondentIdNumber();
            m.state = CaseMeasure.State.PENDING;
            m.orderedAt = clock.instant();
            m.updatedAt = m.orderedAt;
            return m.persist().replaceWithVoid();
        }).orElseGet(() -> Uni.createFrom().voidItem());
    }

    /** An agency's outcome on a registered order: answered, or cancelled when the referral was withdrawn. */
    Uni<Void> answered(UUID caseId, ReferralOutcome o) {
        if (o.requestId() == null || !o.outcome().answersTheOrder()) {
            return Uni.createFrom().voidItem();
        }
        return find(caseId, o.requestId()).map(m -> {
            if (m != null) {
                m.state = o.outcome() == OutcomeType.CANCELLED ? CaseMeasure.State.CANCELLED
                        : CaseMeasure.State.ANSWERED;
                m.lastOutcome = o.outcome();
                m.updatedAt = clock.instant();
            }
            return null;
        });
    }

    /**
     * The measure {@code requestId} of case {@code caseId}, still pending: else a 400 naming {@code requestId} (no
     * such measure) or a 409 {@code already-answered} naming it (answered or cancelled: an answered measure stands).
     */
    public Uni<CaseMeasure> pending(UUID caseId, String requestId) {
        return find(caseId, requestId).map(m -> {
            if (m == null) {
                throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "requestId",
                        "no measure of this case was ordered as " + requestId);
            }
            if (m.state != CaseMeasure.State.PENDING) {
                throw new ProblemException(ProblemType.ALREADY_ANSWERED, 409, "the measure " + requestId + " is "
                        + m.state + (m.lastOutcome == null ? "" : " (" + m.lastOutcome + ")")
                        + ": only a measure not yet answered can be cancelled", "requestId");
            }
            return m;
        });
    }

    /**
     * The respondent (ID number) of the exit ban {@code requestId} the police registered (法释〔2008〕13号 art. 38 lifts a
     * registered ban); a ban not yet answered is cancelled instead, a refused one needs no lifting: 409 naming
     * {@code exitBanRequestId}.
     */
    Uni<String> registeredExitBan(UUID caseId, String requestId) {
        return find(caseId, requestId).map(m -> {
            if (m == null || m.referralKind != ReferralKind.EXIT_BAN) {
                throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "exitBanRequestId",
                        "no exit ban of this case was ordered as " + requestId);
            }
            if (m.lastOutcome != OutcomeType.EXIT_BAN_REGISTERED) {
                throw new ProblemException(ProblemType.CONFLICT, 409, "the exit ban " + requestId + " is not registered ("
                        + (m.lastOutcome == null ? m.state : m.lastOutcome) + "): there is nothing to lift"
                        + (m.state == CaseMeasure.State.PENDING ? "; cancel it instead" : ""), "exitBanRequestId");
            }
            return m.respondentIdNumber;
        });
    }

    private static Uni<CaseMeasure> find(UUID caseId, String requestId) {
        return CaseMeasure.<CaseMeasure>find("caseId = ?1 and requestId = ?2", caseId, requestId).firstResult();
    }
}
