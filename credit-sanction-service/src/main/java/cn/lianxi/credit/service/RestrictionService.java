package cn.lianxi.credit.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.credit.BoundPerson;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.CaseRespondent;
import cn.lianxi.credit.RestrictedBehaviour;
import cn.lianxi.credit.RestrictionOrder;
import cn.lianxi.credit.SanctionStatus;
import cn.lianxi.credit.config.ChinaTime;
import cn.lianxi.credit.mapping.SanctionMapper;
import cn.lianxi.credit.repository.SanctionRepository;
import cn.lianxi.credit.rest.RestrictionRequest;
import cn.lianxi.credit.rest.RestrictionRequest.BoundPersonRequest;
import cn.lianxi.kit.identity.IdentityNumbers;
import cn.lianxi.kit.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Consumption restriction orders (限制消费令, 法释〔2015〕17号). A company's order binds its legal representative and
 * the persons in charge it names (art. 3, second paragraph); every order is published.
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
    public Uni<RestrictionOrder> impose(RestrictionRequest request, String actor) {
        String id = request.respondentIdNumber().toUpperCase();
        String type = ListingRules.subjectType(id, "respondentIdNumber");
        if (request.orderDate().isAfter(ChinaTime.today(clock))) {
            throw ProblemException.badRequest("order-date-in-future", "orderDate", "the order date cannot be after today");
        }
        List<BoundPersonRequest> bound = request.boundPersons() == null ? List.of() : request.boundPersons();
        checkBoundPersons(type, bound);
        return cases.get(request.caseId())
                .chain(c -> cases.respondent(c.id, id, "respondentIdNumber")
                        .call(() -> refuseIfSettled(c, id))
                        .chain(r -> create(c, r, type, request, withLegalRepresentative(type, r, bound), actor)));
    }

    public Uni<RestrictionOrder> get(UUID id) {
        return RestrictionOrder.<RestrictionOrder>findById(id).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("restriction order"));
    }

    public Uni<List<RestrictionOrder>> list(UUID caseId, String idNumber, SanctionStatus status, int page, int size) {
        return sanctions.restrictions(caseId, idNumber == null ? null : idNumber.toUpperCase(), status, page, size);
    }

    private static void checkBoundPersons(String type, List<BoundPersonRequest> bound) {
        if ("PERSON".equals(type) && !bound.isEmpty()) {
            throw ProblemException.badRequest("bound-persons-only-for-companies", "boundPersons",
                    "only a company's order binds other persons (法释〔2015〕17号 art. 3)");
        }
        for (int i = 0; i < bound.size(); i++) {
            String personId = bound.get(i).idNumber();
            if (personId != null && !personId.isBlank()) {
                IdentityNumbers.residentIdError(personId).ifPresent(why -> {
                    throw ProblemException.badRequest("invalid-id-number", "boundPersons[].idNumber", why);
                });
            }
        }
    }

    /** A company's order always binds its legal representative: from the order, or else from the case's party data. */
    private static List<BoundPersonRequest> withLegalRepresentative(String type, CaseRespondent r,
            List<BoundPersonRequest> bound) {
        if (!"COMPANY".equals(type) || bound.stream().anyMatch(b -> b.role() == BoundPerson.Role.LEGAL_REPRESENTATIVE)) {
            return bound;
        }
        if (r.legalRepresentative == null || r.legalRepresentative.isBlank()) {
            throw ProblemException.badRequest("legal-representative-required", "boundPersons",
                    "a company's restriction order binds its legal representative: name them (法释〔2015〕17号 art. 3)");
        }
        List<BoundPersonRequest> all = new ArrayList<>(bound);
        all.add(new BoundPersonRequest(BoundPerson.Role.LEGAL_REPRESENTATIVE, r.legalRepresentative, null));
        return all;
    }

    private Uni<Void> refuseIfSettled(CaseRecord c, String subjectId) {
        return sanctions.hasLiftObligation(c.id).chain(lifted -> {
            if (lifted) {
                throw ProblemException.conflict("case-sanctions-lifted",
                        "this case's sanctions were lifted by law (concluded or at the applicant's request)");
            }
            return sanctions.activeRestrictionsOfCase(c.id);
        }).invoke(active -> {
            if (active.stream().anyMatch(r -> r.subjectId.equals(subjectId))) {
                throw ProblemException.conflict("already-restricted", "the respondent is already restricted for this case");
            }
        }).replaceWithVoid();
    }

    private Uni<RestrictionOrder> create(CaseRecord c, CaseRespondent r, String type, RestrictionRequest request,
            List<BoundPersonRequest> boundRequests, String actor) {
        RestrictionOrder o = new RestrictionOrder();
        o.id = UUID.randomUUID();
        o.caseId = c.id;
        o.courtCode = c.courtCode;
        o.caseNumber = c.caseNumber;
        o.subjectType = type;
        o.subjectName = r.name;
        o.subjectId = r.idNumber;
        o.orderDate = request.orderDate();
        o.documentNumber = request.documentNumber();
        List<RestrictedBehaviour> barred = request.behaviours() == null || request.behaviours().isEmpty()
                ? Arrays.asList(RestrictedBehaviour.values()) : request.behaviours();
        o.behaviours = barred.stream().distinct().map(Enum::name).collect(Collectors.joining(","));
        o.status = SanctionStatus.ACTIVE;
        o.createdAt = clock.instant();
        o.createdBy = actor;
        List<BoundPerson> bound = boundRequests.stream().map(b -> toBound(o.id, b)).toList();
        return o.<RestrictionOrder>persist()
                .call(() -> bound.isEmpty() ? Uni.createFrom().voidItem() : BoundPerson.persist(bound))
                .call(() -> exchange.publishAll(SanctionMapper.restrictionEvents(o, bound, "IMPOSED", null, o.createdAt), actor));
    }

    private static BoundPerson toBound(UUID restrictionId, BoundPersonRequest b) {
        BoundPerson p = new BoundPerson();
        p.id = UUID.randomUUID();
        p.restrictionId = restrictionId;
        p.role = b.role().name();
        p.name = b.name();
        p.idNumber = b.idNumber() == null || b.idNumber().isBlank() ? null : b.idNumber().toUpperCase();
        return p;
    }
}
