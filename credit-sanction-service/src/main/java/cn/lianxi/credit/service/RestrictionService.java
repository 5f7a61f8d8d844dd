package cn.lianxi.credit.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.BoundPerson;
import cn.lianxi.contracts.BoundPersonRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.RestrictedBehaviour;
import cn.lianxi.contracts.SanctionChange;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.CaseRespondent;
import cn.lianxi.credit.RestrictionBoundPerson;
import cn.lianxi.credit.RestrictionOrder;
import cn.lianxi.credit.SanctionStatus;
import cn.lianxi.credit.mapping.SanctionMapper;
import cn.lianxi.credit.repository.SanctionRepository;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import io.smallrye.mutiny.Uni;

/**
 * Consumption restriction orders (限制消费令, 法释〔2015〕17号). A company's order binds its legal representative and
 * the persons in charge it names (art. 3, second paragraph); every order is published. Bound persons' ID numbers
 * are checked by the contract's rules ({@link BoundPerson}) before a decision gets here.
 */
@ApplicationScoped
public class RestrictionService {

    private final CaseRecords cases;
    private final SanctionRepository sanctions;
    private final SanctionExchange exchange;
    private final Clock clock;

    public RestrictionService(CaseRecords cases, SanctionRepository sanctions, SanctionExchange exchange, Clock clock) {
        this.cases = cases;
        this.sanctions = sanctions;
        this.exchange = exchange;
        this.clock = clock;
    }

    /** Orders a restriction; must run inside a transaction. Refusals change nothing. */
    public Uni<RestrictionOrder> impose(RestrictionDecision decision, String actor) {
        String id = decision.respondentIdNumber().toUpperCase();
        PartyType type = ListingRules.subjectType(id, "respondentIdNumber");
        if (decision.orderDate().isAfter(PlatformClock.today(clock))) {
            throw ProblemException.badRequest(ProblemType.ORDER_DATE_IN_FUTURE, "orderDate", "the order date cannot be after today");
        }
        if (type == PartyType.PERSON && !decision.boundPersons().isEmpty()) {
            throw ProblemException.badRequest(ProblemType.BOUND_PERSONS_ONLY_FOR_COMPANIES, "boundPersons",
                    "only a company's order binds other persons (法释〔2015〕17号 art. 3)");
        }
        return cases.get(decision.caseId())
                .chain(c -> cases.respondent(c.id, id, "respondentIdNumber")
                        .call(() -> refuseIfSettled(c, id))
                        .chain(r -> create(c, r, type, decision,
                                withLegalRepresentative(type, r, decision.boundPersons()), actor)));
    }

    public Uni<RestrictionOrder> get(UUID id) {
        return RestrictionOrder.<RestrictionOrder>findById(id).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("restriction order"));
    }

    public Uni<List<RestrictionOrder>> list(UUID caseId, String idNumber, SanctionStatus status, int page, int size) {
        return sanctions.restrictions(caseId, idNumber == null ? null : idNumber.toUpperCase(), status, page, size);
    }

    /** A company's order always binds its legal representative: from the order, or else from the case's party data. */
    private static List<BoundPerson> withLegalRepresentative(PartyType type, CaseRespondent r,
            List<BoundPerson> bound) {
        if (type != PartyType.COMPANY
                || bound.stream().anyMatch(b -> b.role() == BoundPersonRole.LEGAL_REPRESENTATIVE)) {
            return bound;
        }
        if (r.legalRepresentative == null || r.legalRepresentative.isBlank()) {
            throw ProblemException.badRequest(ProblemType.LEGAL_REPRESENTATIVE_REQUIRED, "boundPersons",
                    "a company's restriction order binds its legal representative: name them (法释〔2015〕17号 art. 3)");
        }
        List<BoundPerson> all = new ArrayList<>(bound);
        all.add(new BoundPerson(BoundPersonRole.LEGAL_REPRESENTATIVE, r.legalRepresentative, null));
        return all;
    }

    private Uni<Void> refuseIfSettled(CaseRecord c, String subjectId) {
        return sanctions.hasLiftObligation(c.id).chain(lifted -> {
            if (lifted) {
                throw ProblemException.conflict(ProblemType.CASE_SANCTIONS_LIFTED,
                        "this case's sanctions were lifted by law (concluded or at the applicant's request)");
            }
            return sanctions.activeRestrictionsOfCase(c.id);
        }).invoke(active -> {
            if (active.stream().anyMatch(r -> r.subjectId.equals(subjectId))) {
                throw ProblemException.conflict(ProblemType.ALREADY_RESTRICTED, "the respondent is already restricted for this case");
            }
        }).replaceWithVoid();
    }

    private Uni<RestrictionOrder> create(CaseRecord c, CaseRespondent r, PartyType type, RestrictionDecision decision,
            List<BoundPerson> boundPersons, String actor) {
        RestrictionOrder o = new RestrictionOrder();
        o.id = UUID.randomUUID();
        o.caseId = c.id;
        o.courtCode = c.courtCode;
        o.caseNumber = c.caseNumber;
        o.subjectType = type;
        o.subjectName = r.name;
        o.subjectId = r.idNumber;
        o.orderDate = decision.orderDate();
        o.documentNumber = decision.documentNumber();
        List<RestrictedBehaviour> barred = decision.behaviours().isEmpty()
                ? Arrays.asList(RestrictedBehaviour.values()) : decision.behaviours();
        o.behaviours = barred.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        o.status = SanctionStatus.ACTIVE;
        o.createdAt = clock.instant();
        o.createdBy = actor;
        List<RestrictionBoundPerson> bound = boundPersons.stream().map(b -> toBound(o.id, b)).toList();
        return o.<RestrictionOrder>persist()
                .call(() -> bound.isEmpty() ? Uni.createFrom().voidItem() : RestrictionBoundPerson.persist(bound))
                .call(() -> exchange.publishAll(
                        SanctionMapper.restrictionEvents(o, bound, SanctionChange.IMPOSED, null, o.createdAt), actor));
    }

    private static RestrictionBoundPerson toBound(UUID restrictionId, BoundPerson b) {
        RestrictionBoundPerson p = new RestrictionBoundPerson();
        p.id = UUID.randomUUID();
        p.restrictionId = restrictionId;
        p.role = b.role();
        p.name = b.name();
        p.idNumber = b.idNumber() == null || b.idNumber().isBlank() ? null : b.idNumber().trim().toUpperCase();
        return p;
    }
}
