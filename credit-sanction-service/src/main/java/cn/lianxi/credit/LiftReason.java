package cn.lianxi.credit;

import java.util.Optional;

import cn.lianxi.contracts.ConclusionType;

/**
 * Legal reasons to lift (删除 / 解除) a listing or restriction. Sources: 法释〔2017〕7号 art. 10 (listings) and
 * 最高人民法院关于限制被执行人高消费及有关消费的若干规定 (法释〔2015〕17号) art. 9 (restrictions).
 */
public enum LiftReason {
    /** 已履行义务 / 已执行完毕 (art. 10(1)) */
    FULL_PERFORMANCE,
    /** 执行和解协议已履行完毕 (art. 10(2)) */
    SETTLEMENT_PERFORMED,
    /** 申请执行人书面申请删除, 法院审查同意 (art. 10(3)) */
    APPLICANT_REQUEST,
    /** 裁定终结执行 (art. 10(7)) */
    TERMINATION,
    /** 裁定不予执行 (art. 10(6)) */
    NON_ENFORCEMENT,
    /** 积极履行, early lifting by the court */
    ACTIVE_PERFORMANCE,
    /** 纠正: a correction request was upheld (art. 12) */
    CORRECTION,
    /** 信用修复 approved */
    CREDIT_REPAIR,
    /** 纳入期限届满 (art. 10, last paragraph) */
    EXPIRY;

    /** The lift reason a case conclusion type triggers (art. 10), if any. 终本 and 执转破 do not lift by themselves. */
    public static Optional<LiftReason> forConclusion(ConclusionType conclusionType) {
        return switch (conclusionType) {
            case FULL_PERFORMANCE -> Optional.of(FULL_PERFORMANCE);
            case SETTLEMENT_PERFORMED -> Optional.of(SETTLEMENT_PERFORMED);
            case TERMINATION -> Optional.of(TERMINATION);
            case NON_ENFORCEMENT -> Optional.of(NON_ENFORCEMENT);
            case TERMINATION_OF_THIS_ROUND, BANKRUPTCY_TRANSFER -> Optional.empty();
        };
    }
}
