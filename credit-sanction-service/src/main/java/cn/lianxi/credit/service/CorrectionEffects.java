package cn.lianxi.credit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.credit.CorrectionRequest;
import cn.lianxi.credit.CorrectionRequest.Effect;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.credit.SanctionStatus;
import cn.lianxi.credit.mapping.SanctionMapper;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import io.smallrye.mutiny.Uni;

/**
 * Carries out a granted correction request, whether the listing court upheld it or the court above revoked its
 * rejection (法释〔2017〕7号 art. 12): within three working days the entry is corrected (a CHANGED event with the
 * corrected fields) or the listing deleted (LIFTED), as {@link CorrectionRules} says. Inside the caller's transaction.
 */
@ApplicationScoped
public class CorrectionEffects {

    private final CaseRecords cases;
    private final SanctionLifting lifting;
    private final SanctionExchange exchange;
    private final Clock clock;

    public CorrectionEffects(CaseRecords cases, SanctionLifting lifting, SanctionExchange exchange, Clock clock) {
        this.cases = cases;
        this.lifting = lifting;
        this.exchange = exchange;
        this.clock = clock;
    }

    /** Applies the effect of granting {@code request} and records it on the request. */
    public Uni<Void> grant(CorrectionRequest request, DishonestListing l, CorrectedEntry corrected, LiftReason source,
            String actor) {
        if (l.status != SanctionStatus.ACTIVE) {
            throw ProblemException.conflict(ProblemType.NOT_ACTIVE, "the listing has ended: there is nothing to correct");
        }
        Effect effect = CorrectionRules.effectOf(request.kindValue());
        CorrectionRules.requireFits(effect, corrected);
        LocalDate dueBy = lifting.dueAfter(PlatformClock.today(clock));
        request.effect = effect.name();
        request.effectDueBy = dueBy;
        if (effect == Effect.DELETED) {
            return lifting.liftListing(l, source, dueBy, actor);
        }
        Uni<String> name = corrected.subjectIdNumber() == null ? Uni.createFrom().item(corrected.subjectName())
                : cases.respondent(l.caseId, corrected.subjectIdNumber().toUpperCase(), "corrected.subjectIdNumber")
                        .map(r -> corrected.subjectName() != null ? corrected.subjectName() : r.name);
        return name.chain(n -> {
            List<String> fields = CorrectionRules.correct(l, new CorrectedEntry(n, corrected.subjectIdNumber(),
                    corrected.ground(), corrected.documentNumber()));
            request.correctedFields = String.join(",", fields);
            return exchange.publish(SanctionMapper.listingEvent(l, SanctionChange.CHANGED,
                    source.name() + ": " + request.correctedFields, clock.instant()), actor);
        }).replaceWithVoid();
    }
}
