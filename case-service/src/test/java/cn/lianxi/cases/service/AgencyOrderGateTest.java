package cn.lianxi.cases.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.Money;
import cn.lianxi.contracts.PaymentSource;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.audit.AnchorConfig;
import cn.lianxi.kit.audit.AnchorGate;
import cn.lianxi.kit.problem.ProblemException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * 未锚定不发令: with service-kit's own gate, a change ordering an agency passes while the audit log is anchored and is
 * refused 503 {@code audit-unanchored} past the limit; a change that orders nobody (a payment) always passes.
 */
class AgencyOrderGateTest {

    static final CaseEventDetail FREEZE = new CaseEventDetail.FreezeOrdered(new CaseEventDetail.AccountOrder(
            MeasureRegisterTest.RESPONDENT, "ICBC", null, "6222", Money.of("10.00"), "r1", null,
            MeasureRegisterTest.JUDGE, MeasureRegisterTest.RULING));
    static final CaseEventDetail EXIT_BAN = new CaseEventDetail.ExitBanOrdered(MeasureRegisterTest.RESPONDENT, "r2",
            MeasureRegisterTest.JUDGE, MeasureRegisterTest.RULING, null);
    static final CaseEventDetail PAYMENT = new CaseEventDetail.PaymentReceived(Money.of("1.00"),
            PaymentSource.VOLUNTARY, "TR-1");

    static AgencyOrderGate gate(Duration limit) {
        return new AgencyOrderGate(new AnchorGate(new AnchorConfig() {
            @Override
            public Duration heartbeatEvery() {
                return Duration.ofSeconds(60);
            }

            @Override
            public Duration anchorLimit() {
                return limit;
            }
        }, new SimpleMeterRegistry()));
    }

    static CaseChange change(CaseEventDetail... steps) {
        CaseChange change = CaseChange.of(new EnforcementCase());
        for (CaseEventDetail step : steps) {
            change.step("step", step);
        }
        return change;
    }

    static Throwable refusal(AgencyOrderGate gate, CaseChange change) {
        return gate.admit(change).onItem().transform(ok -> (Throwable) null).onFailure().recoverWithItem(f -> f)
                .await().indefinitely();
    }

    @Test
    void anOrderPassesWhileAnchored() {
        assertNull(refusal(gate(Duration.ofHours(4)), change(PAYMENT, FREEZE)));
    }

    @Test
    void pastTheLimitAnOrderIsRefused503AndAPaymentStillPasses() throws InterruptedException {
        AgencyOrderGate unanchored = gate(Duration.ZERO);
        Thread.sleep(5); // the start counts as an anchor: let the limit pass
        for (CaseChange orders : new CaseChange[] {change(FREEZE), change(PAYMENT, EXIT_BAN)}) {
            ProblemException refused = assertInstanceOf(ProblemException.class, refusal(unanchored, orders));
            assertEquals(ProblemType.AUDIT_UNANCHORED, refused.type());
            assertEquals(503, refused.status());
        }
        assertNull(refusal(unanchored, change(PAYMENT)));
    }
}
