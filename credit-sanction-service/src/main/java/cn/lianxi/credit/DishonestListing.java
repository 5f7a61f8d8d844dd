package cn.lianxi.credit;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.lianxi.contracts.ListingGround;

/** One entry of the dishonest-debtor list (失信被执行人名单): a respondent of a case, listed on a statutory ground. */
@Entity
@Table(name = "dishonest_listing")
public class DishonestListing extends Sanction {

    /** 1 to 6, see {@link ListingGround}. */
    @Column(nullable = false)
    public int ground;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(name = "period_months", nullable = false)
    public int periodMonths;

    /** End of the period: the listing expires on this date. */
    @Column(name = "valid_until", nullable = false)
    public LocalDate validUntil;

    public ListingGround groundValue() {
        return ListingGround.of(ground).orElseThrow();
    }
}
