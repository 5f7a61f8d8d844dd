package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a bank order is checked against, loaded (under the case's lock) before the pure rules decide: the directory's
 * entry for the agency it names, the case's freezes, the allowance for costs.
 */
record OrderFacts(AgencyDirectory.Lookup agency, List<RegisteredFreeze> freezes, FreezeAllowance allowance) {

    /** For events that are not bank orders. */
    static final OrderFacts NONE = new OrderFacts(new AgencyDirectory.Lookup(false, null, null), List.of(),
            new FreezeAllowance(BigDecimal.ZERO, BigDecimal.ZERO));
}
