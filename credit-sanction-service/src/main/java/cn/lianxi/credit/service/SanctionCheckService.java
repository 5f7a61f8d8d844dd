package cn.lianxi.credit.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.RestrictionOrder;
import cn.lianxi.credit.SanctionCheck;
import cn.lianxi.credit.repository.SanctionRepository;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.contracts.IdentityNumbers;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Answers a partner agency's "is this ID restricted, and from what?" in one call (联合惩戒), and records every
 * check (masked ID only) so an agency can list its own checks and auditors can see them all.
 */
@ApplicationScoped
public class SanctionCheckService {

    private final SanctionRepository sanctions;
    private final AuditLog audit;
    private final Clock clock;

    public SanctionCheckService(SanctionRepository sanctions, AuditLog audit, Clock clock) {
        this.sanctions = sanctions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Inside a transaction: the check is recorded with its answer. */
    public Uni<CheckAnswer> check(String rawId, String agencyId, String actor) {
        String id = rawId == null ? null : rawId.trim().toUpperCase();
        ListingRules.subjectType(id, "idNumber");
        return sanctions.activeListingsOf(id).chain(listings -> sanctions.activeRestrictionsOf(id)
                .chain(own -> sanctions.activeRestrictionsBinding(id).chain(binding -> bindingRoles(binding, id)
                        .chain(roles -> record(id, agencyId, actor, listings, own, binding, roles)))));
    }

    public Uni<List<SanctionCheck>> checksOf(String agencyId, int page, int size) {
        return SanctionCheck.<SanctionCheck>find("agencyId = ?1 order by checkedAt desc", agencyId)
                .page(Page.of(page, size)).list();
    }

    private Uni<List<String>> bindingRoles(List<RestrictionOrder> binding, String personId) {
        // one after the other: a reactive session runs one query at a time
        return Multi.createFrom().iterable(binding)
                .onItem().transformToUniAndConcatenate(o -> sanctions.boundPersons(o.id).map(bound -> bound.stream()
                        .filter(b -> personId.equals(b.idNumber)).map(b -> b.role.name()).findFirst().orElse("BOUND")))
                .collect().asList();
    }

    private Uni<CheckAnswer> record(String id, String agencyId, String actor, List<DishonestListing> listings,
            List<RestrictionOrder> own, List<RestrictionOrder> binding, List<String> roles) {
        List<CheckAnswer.ActiveRestriction> restrictions = new ArrayList<>();
        own.forEach(o -> restrictions.add(restriction(o, "SUBJECT")));
        for (int i = 0; i < binding.size(); i++) {
            restrictions.add(restriction(binding.get(i), roles.get(i)));
        }
        SanctionCheck check = new SanctionCheck();
        check.id = UUID.randomUUID();
        check.agencyId = agencyId;
        check.actor = actor;
        check.maskedId = IdentityNumbers.mask(id);
        check.restricted = !listings.isEmpty() || !restrictions.isEmpty();
        check.checkedAt = clock.instant();
        CheckAnswer answer = new CheckAnswer(check.id, check.restricted,
                listings.stream().map(SanctionCheckService::listing).toList(), restrictions);
        return check.persist()
                .call(() -> audit.append(actor, "sanction-check", "agency:" + agencyId,
                        "check=" + check.id + " id=" + check.maskedId + " restricted=" + check.restricted))
                .replaceWith(answer);
    }

    private static CheckAnswer.ActiveListing listing(DishonestListing l) {
        return new CheckAnswer.ActiveListing(l.id, l.caseId, l.courtCode, l.caseNumber, l.ground,
                l.groundValue().text, l.decisionDate, l.validUntil);
    }

    private static CheckAnswer.ActiveRestriction restriction(RestrictionOrder o, String boundAs) {
        return new CheckAnswer.ActiveRestriction(o.id, o.caseId, o.courtCode, o.caseNumber, o.subjectName, boundAs,
                o.behaviourList(), o.orderDate);
    }
}
