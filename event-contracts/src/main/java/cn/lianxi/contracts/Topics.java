package cn.lianxi.contracts;

/**
 * Every Kafka topic of the platform. Names are versioned ({@code …v1}); records are keyed by case id so that
 * one case's events stay in order (referral dispatches are keyed by agency id, see each constant).
 * The AsyncAPI document {@code asyncapi.yaml} in this module describes each of them.
 */
public final class Topics {

    /** Court systems publish raw court events here (same contract as the HTTP batch intake). Key: {@link #courtEventKey}. */
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
    /**
     * The member agencies as agency-liaison-service registers them ({@link AgencyChanged}), compacted, keyed by agency
     * id: the latest record per agency is its current entry. case-service keeps a copy to refuse at once a measure
     * addressed to an unknown or suspended agency.
     */
    public static final String AGENCY_DIRECTORY = "liaison.agencies.v1";
    /** Sanctions imposed, changed and lifted (联合惩戒), published by credit-sanction-service. Key: case id. */
    public static final String CREDIT_SANCTIONS = "credit.sanctions.v1";

    /**
     * The default topic of service-kit's outbox channel. Every outbox row names its own topic, so nothing is ever
     * published here; it is documented (and checked empty) so that no topic of the platform goes unexplained.
     */
    public static final String OUTBOX_DEFAULT = "lianxi.outbox-default.v1";

    private Topics() {
    }

    /**
     * The key a court gives its records on {@link #COURT_CASE_EVENTS}: court code, {@code |}, case number, e.g.
     * {@code C320508|(2023)苏05执123号}, so that one case's events land on one partition, in order.
     */
    public static String courtEventKey(String courtCode, String caseNumber) {
        return courtCode + "|" + caseNumber;
    }

    /** The dispatch topic of one referral kind, e.g. {@code agency.referrals.bank-inquiry.v1}. */
    public static String referralDispatch(String kindSlug) {
        return REFERRAL_DISPATCH_PREFIX + kindSlug + ".v1";
    }
}
