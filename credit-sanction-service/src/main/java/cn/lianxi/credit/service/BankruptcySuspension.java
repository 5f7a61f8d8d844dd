package cn.lianxi.credit.service;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEventDetail.BankruptcyTransferDecided;
import cn.lianxi.credit.CaseRecord;
import cn.lianxi.credit.LiftReason;
import io.smallrye.mutiny.Uni;

/**
 * What a transfer to bankruptcy review (执转破) lifts here, at the transfer decision, not at the case's later
 * conclusion: the decision suspends enforcement against the debtor (法发〔2017〕2号 art. 7), and 法释〔2017〕7号 art. 10
 * para. 1 item 5 deletes a dishonest listing within three working days once enforcement is suspended for bankruptcy
 * (因…破产程序，人民法院依法裁定对失信被执行人中止执行的). The three working days run from the decision's date.
 * <ul>
 * <li>Listings with a fixed term stay (art. 10 para. 2: 有纳入期限的，不适用前款规定).</li>
 * <li>Consumption restrictions stay: 法释〔2015〕17号 art. 9 lifts a restriction on security, the applicant's consent or
 * performance, and names no suspension; {@link LiftReason#SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY} lifts no restriction.
 * No rule lifting them on the bankruptcy court's acceptance was verified either, so they stay for the court's own
 * decision.</li>
 * <li>A refusal (不予受理) resumes enforcement but brings no listing back: a new listing is the judge's new decision.</li>
 * </ul>
 * Each lifting is announced on {@code credit.sanctions.v1} with its reason by {@link SanctionLifting#liftCase}.
 */
@ApplicationScoped
public class BankruptcySuspension {

    private final SanctionLifting lifting;

    public BankruptcySuspension(SanctionLifting lifting) {
        this.lifting = lifting;
    }

    /** Deletes the case's listings without a fixed term; runs in the consuming transaction. */
    public Uni<Void> transferred(CaseRecord c, BankruptcyTransferDecided transfer, String actor) {
        return lifting.liftCase(c.id, LiftReason.SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY, transfer.decidedOn(), actor)
                .replaceWithVoid();
    }
}
