package cn.lianxi.credit;

/**
 * What a credit repair (信用修复) before full performance rests on. Which of them a court allows and what each covers
 * (deleting the listing, lifting the restriction, or both) is configuration ({@code lianxi.credit.repair.bases.*},
 * {@link cn.lianxi.credit.config.RepairConfig}); the sources:
 * <ul>
 * <li>法释〔2017〕7号 art. 2 para. 2 (checked against the published text): "失信被执行人积极履行生效法律文书确定义务或主动
 * 纠正失信行为的，人民法院可以决定提前删除失信信息" — early deletion of a listing, of any term, for active performance: a
 * settlement being performed or an instalment plan being kept;</li>
 * <li>《最高人民法院关于限制被执行人高消费及有关消费的若干规定》 (法释〔2015〕17号) art. 9 (checked): "被执行人提供确实有效的担保或者
 * 经申请执行人同意的，人民法院可以解除限制消费令" — security or the applicant's consent lifts a restriction;</li>
 * <li>法释〔2017〕7号 art. 10 para. 1 item 3 (申请执行人书面申请删除, checked) for the applicant's consent and art. 3 item 1
 * (提供了充分有效担保的 not listed on art. 1 item 1, checked) for security, on the listing side;</li>
 * <li>法发〔2019〕35号 (《关于在执行工作中进一步强化善意文明执行理念的意见》) for the credit-repair mechanism as a whole: its text
 * could not be verified article by article here (only its art. 17 on restrictions, quoted by secondary sources), so
 * no rule in the code rests on a particular article of it.</li>
 * </ul>
 */
public enum RepairBasis {
    /** 执行和解协议履行: the settlement agreement is being performed as agreed (art. 2 para. 2, active performance). */
    SETTLEMENT_PERFORMED,
    /** 分期履行: an instalment plan kept, at least its configured share of the debt paid (art. 2 para. 2). */
    INSTALMENT_PLAN_KEPT,
    /** 提供担保: sufficient, effective security given (限消规定 art. 9; 法释〔2017〕7号 art. 3 item 1). */
    SECURITY_PROVIDED,
    /**
     * 申请执行人书面同意: the applicant's written consent (限消规定 art. 9; 法释〔2017〕7号 art. 10 para. 1 item 3). The consent is
     * the applicant's written request of item 3, so a listing it deletes bars a new application for six months (para.
     * 4), as a lifting for {@code APPLICANT_REQUEST} does.
     */
    APPLICANT_CONSENT;

    /**
     * Whether a repair on this basis deletes a listing at the applicant's request (法释〔2017〕7号 art. 10 para. 1 item 3),
     * which starts the six-month bar of para. 4 ({@code ListingRules#requireNoApplicantDeletionWithinSixMonths}).
     */
    public boolean isApplicantsRequest() {
        return this == APPLICANT_CONSENT;
    }
}
