package cn.lianxi.credit;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import cn.lianxi.contracts.RestrictedBehaviour;

/**
 * A consumption restriction order (限制消费令) on a respondent. For a company it also binds its legal representative
 * and the persons in charge named in the order ({@link RestrictionBoundPerson}).
 */
@Entity
@Table(name = "restriction_order")
public class RestrictionOrder extends Sanction {

    @Column(name = "order_date", nullable = false)
    public LocalDate orderDate;

    /** Comma-separated {@link RestrictedBehaviour} names. */
    @Column(nullable = false)
    public String behaviours;

    public List<RestrictedBehaviour> behaviourList() {
        return Arrays.stream(behaviours.split(",")).map(RestrictedBehaviour::valueOf).toList();
    }
}
