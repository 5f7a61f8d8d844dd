package cn.lianxi.credit.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.CaseRespondent;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.SanctionStatus;
import cn.lianxi.credit.mapping.SanctionMapper;
import cn.lianxi.credit.repository.SanctionRepository;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import io.smallrye.mutiny.Uni;

/** Lists respondents as dishonest debtors (失信被执行人) under {@link ListingRules}; every listing is published. */
@ApplicationScoped
public class ListingService {

    private final CaseRecords cases;
    private final SanctionRepository sanctions;
    private final SanctionExchange exchange;
    private final Clock clock;

    public ListingService(CaseRecords cases, SanctionRepository sanctions, SanctionExchange exchange, Clock clock) {
        this.cases = cases;
        this.sanctions = sanctions;
        this.exchange = exchange;
        this.clock = clock;
    }

    /** Imposes a listing; must run inside a transaction. Refusals change nothing. */
    public Uni<DishonestListing> impose(ListingDecision decision, String actor) {
        String id = decision.respondentIdNumber().toUpperCase();
        PartyType type = ListingRules.subjectType(id, "respondentIdNumber");
        return cases.get(decision.caseId())
                .chain(c -> cases.respondent(c.id, id, "respondentIdNumber")
                        .chain(r -> sanctions.listingsEver(id)
                                .map(n -> ListingRules.check(decision, type, PlatformClock.today(clock), n > 0))
                                .call(() -> refuseIfSettled(c, id))
                                .chain(months -> create(c, r, type, decision, months, actor))));
    }

    public Uni<DishonestListing> get(UUID id) {
        return DishonestListing.<DishonestListing>findById(id).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("listing"));
    }

    public Uni<List<DishonestListing>> list(UUID caseId, String idNumber, SanctionStatus status, int page, int size) {
        return sanctions.listings(caseId, idNumber == null ? null : idNumber.toUpperCase(), status, page, size);
    }

    /** No new sanction on a case whose sanctions the law already ordered lifted, nor a second active listing. */
    private Uni<Void> refuseIfSettled(CaseRecord c, String subjectId) {
        return sanctions.hasLiftObligation(c.id).chain(lifted -> {
            if (lifted) {
                throw ProblemException.conflict(ProblemType.CASE_SANCTIONS_LIFTED,
                        "this case's sanctions were lifted by law (concluded or at the applicant's request)");
            }
            return sanctions.activeListingsOfCase(c.id);
        }).invoke(active -> {
            if (active.stream().anyMatch(l -> l.subjectId.equals(subjectId))) {
                throw ProblemException.conflict(ProblemType.ALREADY_LISTED, "the respondent is already listed for this case");
            }
        }).replaceWithVoid();
    }

    private Uni<DishonestListing> create(CaseRecord c, CaseRespondent r, PartyType type, ListingDecision decision,
            int months, String actor) {
        DishonestListing l = new DishonestListing();
        l.id = UUID.randomUUID();
        l.caseId = c.id;
        l.courtCode = c.courtCode;
        l.caseNumber = c.caseNumber;
        l.subjectType = type;
        l.subjectName = r.name;
        l.subjectId = r.idNumber;
        l.ground = decision.ground().number();
        l.decisionDate = decision.decisionDate();
        l.documentNumber = decision.documentNumber();
        l.periodMonths = months;
        l.validUntil = decision.decisionDate().plusMonths(months);
        l.status = SanctionStatus.ACTIVE;
        l.createdAt = clock.instant();
        l.createdBy = actor;
        return l.<DishonestListing>persist()
                .call(() -> exchange.publish(
                        SanctionMapper.listingEvent(l, SanctionChange.IMPOSED, null, l.createdAt), actor));
    }
}
