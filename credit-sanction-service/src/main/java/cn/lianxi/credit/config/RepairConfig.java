package cn.lianxi.credit.config;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

import cn.lianxi.contracts.SanctionKind;
import cn.lianxi.credit.RepairBasis;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Credit repair before full performance (信用修复, {@code lianxi.credit.repair.*}): per {@link RepairBasis}, whether a
 * repair may rest on it and what an approved one lifts. The defaults in application.properties follow the statute
 * each basis cites; the instalment plan's minimum share is policy, not statute.
 */
@ConfigMapping(prefix = "lianxi.credit.repair")
public interface RepairConfig {

    Bases bases();

    /** One policy per basis, under its key. */
    interface Bases {
        Basis settlementPerformed();

        Basis instalmentPlanKept();

        Basis securityProvided();

        Basis applicantConsent();
    }

    /** Whether a repair may rest on the basis, what it covers, and (instalments) the share of the debt paid. */
    interface Basis {
        @WithDefault("true")
        boolean enabled();

        /** The sanctions an approved repair lifts: DISHONEST_LISTING, CONSUMPTION_RESTRICTION or both. */
        Set<SanctionKind> covers();

        /** The share of the amount owed already recovered (0.30 = 30 %) below which the basis is not met. */
        Optional<BigDecimal> minimumSharePaid();
    }

    default Basis of(RepairBasis basis) {
        return switch (basis) {
            case SETTLEMENT_PERFORMED -> bases().settlementPerformed();
            case INSTALMENT_PLAN_KEPT -> bases().instalmentPlanKept();
            case SECURITY_PROVIDED -> bases().securityProvided();
            case APPLICANT_CONSENT -> bases().applicantConsent();
        };
    }
}
