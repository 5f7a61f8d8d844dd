package cn.lianxi.contracts;

/** What a Kafka-connected agency does with a referral in an {@link AgencyResult}. */
public enum AgencyAction {
    /** 签收: the agency has the referral and works on it. */
    ACKNOWLEDGE,
    /** The typed answer. */
    ANSWER,
    /** The agency refuses the referral, with a reason. */
    REJECT;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
