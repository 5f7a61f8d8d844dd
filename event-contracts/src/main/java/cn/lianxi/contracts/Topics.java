package cn.lianxi.contracts;

/**
 * Every Kafka topic of the platform. Names are versioned ({@code …v1}); records are keyed by case id so that
 * one case's events stay in order (referral dispatches are keyed by agency id, see each constant).
 * The AsyncAPI document {@code asyncapi.yaml} in this module describes each of them.
 */
public final class Topics {

    /** Court systems publish raw court events here (same contract as the HTTP batch intake). Key: court code + case number. */
    public static final String COURT_CASE_EVENTS = "court.case-events.v1";
    /** Court events that could not be applied, with the reason in the {@code dead-letter-reason} header. */
    public static final String COURT_CASE_EVENTS_DLQ = "court.case-events.dlq.v1";
    /** State changes of enforcement cases (执行案件), published by case-service. Key: case id. */
    public static final String ENFORCEMENT_CASES = "enforcement.cases.v1";
    /** Outcomes of referrals (answers, escalations), published by agency-liaison-service. Key: case id. */
    public static final String REFERRAL_OUTCOMES = "liaison.outcomes.v1";
    /** Prefix of the per-kind dispatch topics for agencies that take work by Kafka. Key: agency id. */
    public static final String REFERRAL_DISPATCH_PREFIX = "agency.referrals.";
    /** Answers of Kafka-connected agencies. Key: referral id. */
    public static final String AGENCY_RESULTS = "agency.results.v1";
    /** Sanctions imposed, changed and lifted (联合惩戒), published by credit-sanction-service. Key: case id. */
    public static final String CREDIT_SANCTIONS = "credit.sanctions.v1";

    private Topics() {
    }

    /** The dispatch topic of one referral kind, e.g. {@code agency.referrals.bank-inquiry.v1}. */
    public static String referralDispatch(String kindSlug) {
        return REFERRAL_DISPATCH_PREFIX + kindSlug + ".v1";
    }
}
