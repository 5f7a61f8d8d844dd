package cn.lianxi.contracts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every Kafka topic of the platform. Names are versioned ({@code …v1}); records are keyed by case id so that
 * one case's events stay in order (referral dispatches are keyed by agency id, see each constant).
 * The AsyncAPI document {@code asyncapi.yaml} in this module describes each of them.
 *
 * <p>What a court or an agency writes or reads is on a topic of its own, {@code court.<court>.…} and
 * {@code agency.<agency>.…}: the broker's ACLs let a court's principal write only its court's topic and an agency's
 * principal read only its own referrals and write only its own results (RELIABILITY.md, "Kafka"). The services
 * subscribe to every court's or agency's topic by pattern and hold each record to the court or agency of its topic.
 */
public final class Topics {

    /** Court codes as the contract spells them ({@code C320508}). */
    private static final String COURT = "C[0-9]{6}";
    /** Agency ids as agency-liaison-service registers them ({@code BANK-ICBC}). */
    private static final String AGENCY = "[A-Z][A-Z0-9-]{1,31}";

    /**
     * Every court's own topic of raw court events (same contract as the HTTP batch intake), as a regular expression:
     * case-service subscribes by it. Key: {@link #courtEventKey}.
     */
    public static final String COURT_CASE_EVENTS_PATTERN = "court\\." + COURT + "\\.case-events\\.v1";
    /** Court events that could not be applied, with the reason in the {@code dead-letter-reason} header. */
    public static final String COURT_CASE_EVENTS_DLQ = "court.case-events.dlq.v1";
    /** State changes of enforcement cases (执行案件), published by case-service. Key: case id. */
    public static final String ENFORCEMENT_CASES = "enforcement.cases.v1";
    /** Outcomes of referrals (answers, escalations), published by agency-liaison-service. Key: case id. */
    public static final String REFERRAL_OUTCOMES = "liaison.outcomes.v1";
    /** Prefix of every agency's own topics (its referrals by kind, its results). */
    public static final String AGENCY_PREFIX = "agency.";
    /**
     * Every Kafka-connected agency's own topic of answers, as a regular expression: agency-liaison-service subscribes
     * by it. Key: referral id.
     */
    public static final String AGENCY_RESULTS_PATTERN = "agency\\.(" + AGENCY + ")\\.results\\.v1";
    /**
     * The member agencies as agency-liaison-service registers them ({@link AgencyChanged}), compacted, keyed by agency
     * id: the latest record per agency is its current entry. case-service keeps a copy to refuse at once a measure
     * addressed to an unknown or suspended agency.
     */
    public static final String AGENCY_DIRECTORY = "liaison.agencies.v1";
    /** Sanctions imposed, changed and lifted (联合惩戒), published by credit-sanction-service. Key: case id. */
    public static final String CREDIT_SANCTIONS = "credit.sanctions.v1";

    /** Every service's signed audit anchors (锚定), kept for ever; record {@code cn.lianxi.evidence.Anchor}. */
    public static final String AUDIT_ANCHORS = "audit.anchors.v1";

    /**
     * The default topic of service-kit's outbox channel. Every outbox row names its own topic, so nothing is ever
     * published here; it is documented (and checked empty) so that no topic of the platform goes unexplained.
     */
    public static final String OUTBOX_DEFAULT = "lianxi.outbox-default.v1";

    /** Compiled once: {@link #courtOf} runs for every court record case-service consumes. */
    private static final Pattern COURT_TOPIC = Pattern.compile(COURT_CASE_EVENTS_PATTERN);
    private static final Pattern RESULTS = Pattern.compile(AGENCY_RESULTS_PATTERN);

    private Topics() {
    }

    /** A court's own topic of court events, e.g. {@code court.C320508.case-events.v1}; only that court may write it. */
    public static String courtCaseEvents(String courtCode) {
        return "court." + courtCode + ".case-events.v1";
    }

    /** The court whose own topic {@code topic} is, or null when it is no court's topic. */
    public static String courtOf(String topic) {
        return topic != null && COURT_TOPIC.matcher(topic).matches() ? topic.split("\\.")[1] : null;
    }

    /**
     * The key a court gives its records on its {@link #courtCaseEvents} topic: court code, {@code |}, case number,
     * e.g. {@code C320508|(2023)苏05执123号}, so that one case's events land on one partition, in order.
     */
    public static String courtEventKey(String courtCode, String caseNumber) {
        return courtCode + "|" + caseNumber;
    }

    /**
     * An agency's own dispatch topic of one referral kind, e.g. {@code agency.BANK-CMB.referrals.bank-inquiry.v1};
     * only that agency may read it.
     */
    public static String referralDispatch(String agencyId, String kindSlug) {
        return AGENCY_PREFIX + agencyId + ".referrals." + kindSlug + ".v1";
    }

    /** An agency's own topic of answers, e.g. {@code agency.BANK-CMB.results.v1}; only that agency may write it. */
    public static String agencyResults(String agencyId) {
        return AGENCY_PREFIX + agencyId + ".results.v1";
    }

    /** The agency whose own results topic {@code topic} is, or null when it is no agency's results topic. */
    public static String agencyOfResults(String topic) {
        Matcher m = RESULTS.matcher(topic == null ? "" : topic);
        return m.matches() ? m.group(1) : null;
    }
}
