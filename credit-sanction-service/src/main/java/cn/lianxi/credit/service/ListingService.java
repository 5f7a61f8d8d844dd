package cn.lianxi.credit.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.lianxi.contracts.ListingGround;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.contracts.SelfPerformance;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.CaseRespondent;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.LiftReason;
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
    private final SanctionLifting lifting;
    private final Duration listingGrace;
    private final Clock clock;

    /**
     * @param listingGrace the grace period (宽限期) after the performance notice's deadline before a listing
     *                     ({@link SelfPerformance#listingBar}); case-service's intake applies the same span
     */
    public ListingService(CaseRecords cases, SanctionRepository sanctions, SanctionExchange exchange,
            SanctionLifting lifting, @ConfigProperty(name = "lianxi.credit.listing-grace") Duration listingGrace,
            Clock clock) {
        this.cases = cases;
        this.sanctions = sanctions;
        this.exchange = exchange;
        this.lifting = lifting;
        this.listingGrace = listingGrace;
        this.clock = clock;
    }

    /**
     * The contract's rule, the same as case-service's intake: no ground (1) listing of a respondent the judge found
     * unable to perform (失能; 法释〔2017〕7号 art. 1(1), art. 3), and none before the grace period (宽限期) after the
     * performance notice has passed.
     */
    private Uni<Void> refuseIfNotPerformingByChoice(CaseRecord c, String idNumber, ListingDecision decision) {
        Instant graceEnds = c.performanceDue == null ? null : c.performanceDue.plus(listingGrace);
        return cases.capacity(c.id, idNumber).invoke(capacity -> SelfPerformance
                .listingBar(decision.ground(), capacity, graceEnds, clock.instant()).ifPresent(bar -> {
                    throw new ProblemException(bar.type(), bar.reason(), bar.type() == ProblemType.RESPONDENT_UNABLE
                            ? "respondentIdNumber" : "decisionDate");
                })).replaceWithVoid();
    }

    /**
     * 法释〔2017〕7号 art. 1(4) (违反财产报告制度): a ground (4) listing rests on a breach of a 报告财产令 the case's judge
     * found (法释〔2017〕8号 art. 9), so it is refused unless the case shows one for this respondent.
     */
    private Uni<Void> refuseGroundFourWithoutBreach(CaseRecord c, String idNumber, ListingDecision decision) {
        if (decision.ground() != ListingGround.BREACH_OF_PROPERTY_REPORTING) {
            return Uni.createFrom().voidItem();
        }
        return cases.hasReportingBreach(c.id, idNumber)
                .invoke(breached -> ListingRules.requireReportingBreach(decision.ground(), breached)).replaceWithVoid();
    }

    /** Imposes a listing; must run inside a transaction. Refusals change nothing. */
    public Uni<DishonestListing> impose(ListingDecision decision, String actor) {
        String id = decision.respondentIdNumber().toUpperCase();
        PartyType type = ListingRules.subjectType(id, "respondentIdNumber");
        return cases.get(decision.caseId())
                .invoke(c -> ListingRules.requireUnderEnforcement(c.status, c.conclusionType))
                .chain(c -> cases.respondent(c.id, id, "respondentIdNumber")
                        .call(() -> refuseIfNotPerformingByChoice(c, id, decision))
                        .call(() -> refuseGroundFourWithoutBreach(c, id, decision))
                        .chain(r -> sanctions.listingsEver(id)
                                .map(n -> ListingRules.check(decision, type, PlatformClock.today(clock), n > 0))
                                .call(() -> refuseIfBarred(c, id, decision))
                                .chain(months -> create(c, r, type, decision, months, actor))));
    }

    /**
     * Lifts one listing for an officer's legal reason: an art. 10 para. 1 ground only without a fixed term (art. 10
     * para. 2), the 终本 ground only after 终本. Inside a transaction.
     */
    public Uni<DishonestListing> lift(UUID listingId, LiftReason reason, String actor) {
        return get(listingId).call(l -> cases.get(l.caseId).invoke(c -> {
            ListingRules.requireLiftable(l, reason);
            ListingRules.requireGroundHolds(reason, c.conclusionType);
        })).call(l -> lifting.liftListing(l, reason, lifting.dueAfter(PlatformClock.today(clock)), actor));
    }

    public Uni<DishonestListing> get(UUID id) {
        return DishonestListing.<DishonestListing>findById(id).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("listing"));
    }

    public Uni<List<DishonestListing>> list(UUID caseId, String idNumber, SanctionStatus status, int page, int size) {
        return sanctions.listings(caseId, idNumber == null ? null : idNumber.toUpperCase(), status, page, size);
    }

    /**
     * No second active listing of the respondent in the case, and none within six months of a deletion at the
     * applicant's request (art. 10 para. 4): a lifting for APPLICANT_REQUEST or a credit repair on the applicant's
     * written consent (APPLICANT_CONSENT). A listing lifted for any other reason does not bar a new one.
     */
    private Uni<Void> refuseIfBarred(CaseRecord c, String subjectId, ListingDecision decision) {
        return sanctions.activeListingsOfCase(c.id).invoke(active -> {
            if (active.stream().anyMatch(l -> l.subjectId.equals(subjectId))) {
                throw ProblemException.conflict(ProblemType.ALREADY_LISTED, "the respondent is already listed for this case");
            }
        }).chain(() -> sanctions.lastDeletionAtApplicantsRequest(c.id, subjectId))
                .invoke(at -> ListingRules.requireNoApplicantDeletionWithinSixMonths(
                        Optional.ofNullable(at).map(i -> LocalDate.ofInstant(i, PlatformClock.ZONE)),
                        decision.decisionDate()))
                .replaceWithVoid();
    }

    private Uni<DishonestListing> create(CaseRecord c, CaseRespondent r, PartyType type, ListingDecision decision,
            Integer months, String actor) {
        DishonestListing l = new DishonestListing();
        l.id = UUID.randomUUID();
        l.caseId = c.id;
        l.courtCode = c.courtCode;
        l.caseNumber = c.caseNumber;
        l.subjectType = type;
        l.subjectName = r.name;
        l.subjectId = r.idNumber;
        l.decisionDate = decision.decisionDate();
        l.setTerm(decision.ground(), months);
        l.documentNumber = decision.documentNumber();
        l.status = SanctionStatus.ACTIVE;
        l.createdAt = clock.instant();
        l.createdBy = actor;
        return l.<DishonestListing>persist()
                .call(() -> exchange.publish(
                        SanctionMapper.listingEvent(l, SanctionChange.IMPOSED, null, l.createdAt), actor));
    }
}
