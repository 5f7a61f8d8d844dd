package cn.lianxi.credit;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.lianxi.contracts.ListingGround;

/** One entry of the dishonest-debtor list (失信被执行人名单): a respondent of a case, listed on a statutory ground. */
@Entity
@Table(name = "dishonest_listing")
public class DishonestListing extends Sanction {

    /** The item of 法释〔2017〕7号 art. 1, 1 to 6, see {@link ListingGround}. */
    @Column(nullable = false)
    public int ground;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    /** The fixed term (art. 2: items (2)–(6)); null for item (1), which lasts until performance. */
    @Column(name = "period_months")
    public Integer periodMonths;

    /** End of the fixed term: the listing expires on this date; null without a fixed term. */
    @Column(name = "valid_until")
    public LocalDate validUntil;

    /**
     * The credit repair (信用修复) that deleted it, when its reason is CREDIT_REPAIR: the repair's basis tells whether
     * it was a deletion at the applicant's request (法释〔2017〕7号 art. 10 para. 4, {@link RepairBasis#isApplicantsRequest}).
     */
    @Column(name = "repair_id")
    public UUID repairId;

    public ListingGround groundValue() {
        return ListingGround.of(ground).orElseThrow();
    }

    /**
     * A listing with a fixed term (纳入期限) is not deleted on the grounds of 法释〔2017〕7号 art. 10 para. 1; it ends
     * at its term (art. 10 para. 2) or earlier by the court's decision (art. 2 para. 2).
     */
    public boolean hasFixedTerm() {
        return periodMonths != null;
    }

    /** Sets the ground and its term, counted from the decision date. */
    public void setTerm(ListingGround g, Integer months) {
        ground = g.number();
        periodMonths = months;
        validUntil = months == null ? null : decisionDate.plusMonths(months);
    }
}
