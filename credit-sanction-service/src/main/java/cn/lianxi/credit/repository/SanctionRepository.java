package cn.lianxi.credit.repository;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.credit.RestrictionBoundPerson;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.LiftObligation;
import cn.lianxi.credit.LiftReason;
import cn.lianxi.credit.RepairBasis;
import cn.lianxi.credit.RestrictionOrder;
import cn.lianxi.credit.SanctionStatus;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

/** Queries over listings, restriction orders and lifting duties. */
@ApplicationScoped
public class SanctionRepository {

    public Uni<List<DishonestListing>> activeListingsOfCase(UUID caseId) {
        return DishonestListing.list("caseId = ?1 and status = ?2", caseId, SanctionStatus.ACTIVE);
    }

    public Uni<List<RestrictionOrder>> activeRestrictionsOfCase(UUID caseId) {
        return RestrictionOrder.list("caseId = ?1 and status = ?2", caseId, SanctionStatus.ACTIVE);
    }

    public Uni<List<DishonestListing>> activeListingsOf(String subjectId) {
        return DishonestListing.list("subjectId = ?1 and status = ?2", subjectId, SanctionStatus.ACTIVE);
    }

    public Uni<List<RestrictionOrder>> activeRestrictionsOf(String subjectId) {
        return RestrictionOrder.list("subjectId = ?1 and status = ?2", subjectId, SanctionStatus.ACTIVE);
    }

    /** Active company restriction orders that bind this person (legal representative, person in charge, …). */
    public Uni<List<RestrictionOrder>> activeRestrictionsBinding(String personId) {
        return RestrictionOrder.list("status = ?1 and id in (select b.restrictionId from RestrictionBoundPerson b "
                + "where b.idNumber = ?2)", SanctionStatus.ACTIVE, personId);
    }

    public Uni<List<RestrictionBoundPerson>> boundPersons(UUID restrictionId) {
        return RestrictionBoundPerson.list("restrictionId = ?1 order by role, name", restrictionId);
    }

    public Uni<Long> listingsEver(String subjectId) {
        return DishonestListing.count("subjectId", subjectId);
    }

    /**
     * When a listing of this respondent in this case was last deleted at the applicant's request (法释〔2017〕7号 art.
     * 10 para. 1 item 3): lifted for such a reason, or by a credit repair on such a basis ({@link
     * LiftReason#isApplicantsRequest}, {@link RepairBasis#isApplicantsRequest}); null if never.
     */
    public Uni<java.time.Instant> lastDeletionAtApplicantsRequest(UUID caseId, String subjectId) {
        var reasons = Arrays.stream(LiftReason.values()).filter(LiftReason::isApplicantsRequest).toList();
        var bases = Arrays.stream(RepairBasis.values()).filter(RepairBasis::isApplicantsRequest).toList();
        return DishonestListing.<DishonestListing>find("caseId = ?1 and subjectId = ?2 and (liftReason in ?3 or "
                + "repairId in (select r.id from CreditRepair r where r.basis in ?4)) order by liftedAt desc", caseId,
                subjectId, reasons, bases).firstResult().map(l -> l == null ? null : l.liftedAt);
    }

    /** Whether the case had a case-wide lifting whose reason lifts restriction orders too. */
    public Uni<Boolean> hasLiftObligation(UUID caseId) {
        var reasons = java.util.Arrays.stream(LiftReason.values())
                .filter(LiftReason::liftsRestrictions).toList();
        return LiftObligation.count("caseId = ?1 and reason in ?2", caseId, reasons).map(n -> n > 0);
    }

    public Uni<List<DishonestListing>> listingsDueToExpire(LocalDate today, int limit) {
        return DishonestListing.<DishonestListing>find("status = ?1 and validUntil <= ?2 order by validUntil",
                SanctionStatus.ACTIVE, today).page(Page.ofSize(limit)).list();
    }

    public Uni<List<LiftObligation>> openObligations(int limit) {
        return LiftObligation.<LiftObligation>find("fulfilledAt is null order by dueBy").page(Page.ofSize(limit)).list();
    }

    public Uni<List<DishonestListing>> listings(UUID caseId, String subjectId, SanctionStatus status, int page,
            int size) {
        return DishonestListing.<DishonestListing>find(filter(caseId, subjectId, status),
                        params(caseId, subjectId, status)).page(Page.of(page, size)).list();
    }

    public Uni<List<RestrictionOrder>> restrictions(UUID caseId, String subjectId, SanctionStatus status, int page,
            int size) {
        return RestrictionOrder.<RestrictionOrder>find(filter(caseId, subjectId, status),
                        params(caseId, subjectId, status)).page(Page.of(page, size)).list();
    }

    private static String filter(UUID caseId, String subjectId, SanctionStatus status) {
        StringBuilder q = new StringBuilder("1 = 1");
        if (caseId != null) {
            q.append(" and caseId = :caseId");
        }
        if (subjectId != null) {
            q.append(" and subjectId = :subjectId");
        }
        if (status != null) {
            q.append(" and status = :status");
        }
        return q.append(" order by createdAt desc").toString();
    }

    private static java.util.Map<String, Object> params(UUID caseId, String subjectId, SanctionStatus status) {
        java.util.Map<String, Object> p = new java.util.HashMap<>();
        if (caseId != null) {
            p.put("caseId", caseId);
        }
        if (subjectId != null) {
            p.put("subjectId", subjectId);
        }
        if (status != null) {
            p.put("status", status);
        }
        return p;
    }
}
