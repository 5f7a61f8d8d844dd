package cn.lianxi.contracts;

/** What a Kafka-connected agency does with a referral in an {@link AgencyResult}. */
public enum AgencyAction {
    /** 签收: the agency has the referral and works on it. */
    ACKNOWLEDGE,
    /** The typed answer. */
    ANSWER,
    /** The agency refuses the referral, with a reason. */
    REJECT,
    /**
     * 更正回执: the agency corrects its answer. Carries the corrected {@code result}, the {@code replaces} id of the
     * outcome it corrects and a {@code reason}; the same checks apply as to an answer.
     */
    AMEND;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
