package cn.lianxi.cases.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.config.MeasureConfig;
import cn.lianxi.contracts.CourtCaseEvent;
import cn.lianxi.contracts.Money;
import io.smallrye.mutiny.Uni;

/** Loads the {@link OrderFacts} of a bank order (freeze, renewal, unfreeze, deduction); nothing for other events. */
@ApplicationScoped
public class MeasureOrders {

    private final FreezeRegister register;
    private final AgencyDirectory directory;
    private final MeasureConfig config;

    public MeasureOrders(FreezeRegister register, AgencyDirectory directory, MeasureConfig config) {
        this.register = register;
        this.directory = directory;
        this.config = config;
    }

    /** Must run in the transaction that applies {@code e}, after the case was locked. */
    Uni<OrderFacts> load(EnforcementCase c, CourtCaseEvent e) {
        if (c == null || !(e instanceof CourtCaseEvent.AccountMeasure || e instanceof CourtCaseEvent.FreezeRenewalOrdered)) {
            return Uni.createFrom().item(OrderFacts.NONE);
        }
        FreezeAllowance allowance = new FreezeAllowance(config.freezeAllowance().percent(),
                Money.cny(config.freezeAllowance().fixed()));
        return register.of(c.id).chain(freezes -> {
            String bank = null;
            String agency = null;
            if (e instanceof CourtCaseEvent.AccountMeasure m) {
                bank = m.bankCode();
                agency = m.agencyId();
            } else {
                String named = ((CourtCaseEvent.FreezeRenewalOrdered) e).freezeRequestId();
                RegisteredFreeze f = freezes.stream().filter(r -> r.requestId().equals(named)).findFirst().orElse(null);
                bank = f == null ? null : f.bankCode();
                agency = f == null ? null : f.agencyId();
            }
            return directory.lookup(bank, agency).map(lookup -> new OrderFacts(lookup, freezes, allowance));
        });
    }
}
