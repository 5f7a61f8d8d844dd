package cn.lianxi.credit.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.DishonestListing;
import cn.lianxi.credit.LiftingApproval;
import cn.lianxi.credit.RepairBasis;
import cn.lianxi.credit.RestrictionOrder;
import cn.lianxi.credit.config.RepairConfig;
import cn.lianxi.kit.problem.ProblemException;

/** The pure rules of credit repair before performance and of supervising early liftings, without Quarkus. */
class RepairRulesTest {

    private static RepairConfig.Basis basis(boolean enabled, Set<SanctionKind> covers, String minimumShare) {
        return new RepairConfig.Basis() {
            public boolean enabled() {
                return enabled;
            }

            public Set<SanctionKind> covers() {
                return covers;
            }

            public Optional<BigDecimal> minimumSharePaid() {
                return Optional.ofNullable(minimumShare).map(BigDecimal::new);
            }
        };
    }

    /** Instalments: listing only, 30 % paid; security: disabled; the others both. */
    private static final RepairConfig CONFIG = () -> new RepairConfig.Bases() {
        public RepairConfig.Basis settlementPerformed() {
            return basis(true, Set.of(SanctionKind.values()), null);
        }

        public RepairConfig.Basis instalmentPlanKept() {
            return basis(true, Set.of(SanctionKind.DISHONEST_LISTING), "0.30");
        }

        public RepairConfig.Basis securityProvided() {
            return basis(false, Set.of(SanctionKind.values()), null);
        }

        public RepairConfig.Basis applicantConsent() {
            return basis(true, Set.of(SanctionKind.values()), null);
        }
    };

    private static CaseRecord owing(String recovered) {
        CaseRecord c = new CaseRecord();
        c.amountOwed = new BigDecimal("50000.00");
        c.amountRecovered = new BigDecimal(recovered);
        return c;
    }

    private static ProblemType refusal(Runnable rule) {
        return assertThrows(ProblemException.class, rule::run).type();
    }

    @Test
    void spc2017Art2Para2_anInstalmentPlanCoversTheListingOnceItsMinimumShareIsPaid() {
        assertEquals(Set.of(SanctionKind.DISHONEST_LISTING),
                RepairRules.covers(owing("15000.00"), RepairBasis.INSTALMENT_PLAN_KEPT, CONFIG));
        assertEquals(ProblemType.REPAIR_BASIS_NOT_MET,
                refusal(() -> RepairRules.covers(owing("14999.99"), RepairBasis.INSTALMENT_PLAN_KEPT, CONFIG)));
        assertTrue(RepairRules.sharePaid(new BigDecimal("0.10"), new BigDecimal("0.03"), new BigDecimal("0.30")));
        assertFalse(RepairRules.sharePaid(null, new BigDecimal("1.00"), new BigDecimal("0.30")));
    }

    @Test
    void restrictionRulesArt9_aBasisTheConfigurationDoesNotAllowIsRefusedAndTheOthersCoverWhatTheySay() {
        assertEquals(ProblemType.REPAIR_BASIS_NOT_MET,
                refusal(() -> RepairRules.covers(owing("0.00"), RepairBasis.SECURITY_PROVIDED, CONFIG)));
        assertEquals(Set.of(SanctionKind.values()),
                RepairRules.covers(owing("0.00"), RepairBasis.APPLICANT_CONSENT, CONFIG));
    }

    @Test
    void withoutABasisOnlyAPerformedDebtIsRepairedAndItCoversEverything() {
        assertEquals(ProblemType.DEBT_NOT_PERFORMED,
                refusal(() -> RepairRules.covers(owing("49999.99"), null, CONFIG)));
        CaseRecord performed = owing("0.00");
        performed.conclusionType = ConclusionType.SETTLEMENT_PERFORMED;
        assertNull(RepairRules.covers(performed, null, CONFIG));
    }

    @Test
    void spc2017Art2Para2_aLiftingIsEarlyBeforeTheListingsTermOrBeforePerformance() {
        DishonestListing fixed = new DishonestListing();
        fixed.periodMonths = 24;
        DishonestListing open = new DishonestListing();
        assertTrue(LiftingSupervision.early(fixed, owing("50000.00")));
        assertTrue(LiftingSupervision.early(open, owing("49999.99")));
        assertFalse(LiftingSupervision.early(open, owing("50000.00")));
        assertTrue(LiftingSupervision.early(owing("0.00")));
        assertFalse(LiftingSupervision.early(owing("50000.00")));
    }

    @Test
    void spc2017Art2Para2_aCaseWideLiftingIsEarlyInEachKindItLiftsEarly() {
        DishonestListing fixed = new DishonestListing();
        fixed.periodMonths = 24;
        DishonestListing open = new DishonestListing();
        var orders = List.of(new RestrictionOrder());
        assertEquals(Set.of(SanctionKind.values()), LiftingSupervision
                .earlyKinds(new SanctionLifting.CaseLifting(List.of(open), orders), owing("49999.99")));
        // performed: only a fixed-term listing (the court's early deletion, art. 2 para. 2) is early
        assertEquals(Set.of(SanctionKind.DISHONEST_LISTING), LiftingSupervision
                .earlyKinds(new SanctionLifting.CaseLifting(List.of(open, fixed), orders), owing("50000.00")));
        assertEquals(Set.of(), LiftingSupervision
                .earlyKinds(new SanctionLifting.CaseLifting(List.of(open), orders), owing("50000.00")));
        assertEquals(Set.of(), LiftingSupervision
                .earlyKinds(new SanctionLifting.CaseLifting(List.of(), List.of()), owing("0.00")));
    }

    @Test
    void theRequesterCannotDecideAndADecidedRequestIsNotDecidedAgain() {
        LiftingApproval a = new LiftingApproval();
        a.status = LiftingApproval.Status.PENDING;
        a.requestedBy = "officer-1";
        assertEquals(ProblemType.SELF_APPROVAL, refusal(() -> LiftingSupervision.checkDecider(a, "officer-1", true)));
        assertEquals(ProblemType.FORBIDDEN, refusal(() -> LiftingSupervision.checkDecider(a, "officer-2", false)));
        LiftingSupervision.checkDecider(a, "officer-2", true);
        a.status = LiftingApproval.Status.APPROVED;
        assertEquals(ProblemType.ALREADY_DECIDED, refusal(() -> LiftingSupervision.checkDecider(a, "officer-2", true)));
    }
}
