package cn.lianxi.credit;

import java.util.Optional;

import cn.lianxi.contracts.ConclusionType;

/**
 * Legal reasons to lift (删除 / 解除) a listing or restriction. Sources: 法释〔2017〕7号 arts. 2, 10 and 12 (listings) and
 * 最高人民法院关于限制被执行人高消费及有关消费的若干规定 (法释〔2015〕17号) art. 9 (restrictions).
 *
 * <p>The seven grounds of art. 10 para. 1 delete only a listing without a fixed term (art. 10 para. 2: "有纳入期限的，
 * 不适用前款规定"); a fixed-term listing ends at its term or earlier by the court's decision under art. 2 para. 2.
 */
public enum LiftReason {
    /** 已履行生效法律文书确定的全部义务 (art. 10 para. 1 item 1) */
    FULL_PERFORMANCE(true, true),
    /** 执行和解协议且已履行完毕 (art. 10 para. 1 item 2) */
    SETTLEMENT_PERFORMED(true, true),
    /** 申请执行人书面申请删除, 法院审查同意 (art. 10 para. 1 item 3); bars a new application for six months (para. 4) */
    APPLICANT_REQUEST(true, true),
    /**
     * 终本后两次以上网络查控未发现可供执行财产, 且无人提供有效财产线索 (art. 10 para. 1 item 4). Recorded by an officer: the
     * platform's events carry no signal that nobody gave a lead (see the README, gaps).
     */
    NO_ASSETS_AFTER_TERMINATION_OF_THIS_ROUND(true, false),
    /** 因审判监督或破产程序裁定中止执行 (art. 10 para. 1 item 5); 执转破 suspends enforcement for bankruptcy */
    SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY(true, false),
    /** 裁定不予执行 (art. 10 para. 1 item 6) */
    NON_ENFORCEMENT(true, true),
    /** 裁定终结执行 (art. 10 para. 1 item 7) */
    TERMINATION(true, true),
    /** 积极履行或主动纠正失信行为: the court's early deletion of any listing (art. 2 para. 2) */
    ACTIVE_PERFORMANCE(false, true),
    /** 纠正: a correction request upheld because the listing was wrong or its circumstances ended (arts. 9, 11, 12) */
    CORRECTION(false, false),
    /** 复议: the court above revoked the rejection of such a correction request (art. 12) */
    RECONSIDERATION(false, false),
    /** 信用修复 approved */
    CREDIT_REPAIR(false, true),
    /** 纳入期限届满 (art. 10 para. 2) */
    EXPIRY(false, false);

    private final boolean article10;
    private final boolean liftsRestrictions;

    LiftReason(boolean article10, boolean liftsRestrictions) {
        this.article10 = article10;
        this.liftsRestrictions = liftsRestrictions;
    }

    /** One of the grounds of art. 10 para. 1, which do not apply to a listing with a fixed term (para. 2). */
    public boolean isArticle10Ground() {
        return article10;
    }

    /**
     * Whether it deletes a listing at the applicant's written request (art. 10 para. 1 item 3), which starts the
     * six-month bar of para. 4; a credit repair does when its basis does ({@code RepairBasis#isApplicantsRequest}).
     */
    public boolean isApplicantsRequest() {
        return this == APPLICANT_REQUEST;
    }

    /** Whether a case-wide lifting for this reason also lifts the case's restriction orders. */
    public boolean liftsRestrictions() {
        return liftsRestrictions;
    }

    /** The lift reason a case conclusion type triggers (art. 10), if any. 终本 does not lift by itself. */
    public static Optional<LiftReason> forConclusion(ConclusionType conclusionType) {
        return switch (conclusionType) {
            case FULL_PERFORMANCE -> Optional.of(FULL_PERFORMANCE);
            case SETTLEMENT_PERFORMED -> Optional.of(SETTLEMENT_PERFORMED);
            case TERMINATION -> Optional.of(TERMINATION);
            case NON_ENFORCEMENT -> Optional.of(NON_ENFORCEMENT);
            // 执转破: once the transfer to bankruptcy review is decided, enforcement against the debtor is suspended
            // (法发〔2017〕2号), which is art. 10 para. 1 item 5's "因破产程序…中止执行"
            case BANKRUPTCY_TRANSFER -> Optional.of(SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY);
            case TERMINATION_OF_THIS_ROUND -> Optional.empty();
        };
    }
}
