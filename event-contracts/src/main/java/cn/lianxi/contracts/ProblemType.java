package cn.lianxi.contracts;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one catalogue of RFC 9457 problem types (问题类型) that Lianxi answers with, at the gateway and at every
 * service: the {@code type} URI ({@link #BASE} + {@link #slug()}), the usual HTTP status and a title for people.
 * A caller tells problems apart by {@code type} alone; the title never changes for a type, the {@code detail} says
 * what happened this time. The slug is also the {@code rule} of a court event the intake refused and the prefix of a
 * refused sanction's reason, so a slug, once published, is never renamed. Documented for integrators in
 * {@code docs/problems.md} (a test keeps the two in step).
 *
 * <p>It lives here, not in service-kit, because the gateway (which has no database and so no service-kit) answers
 * with the same types.
 */
public enum ProblemType {

    // --- the request itself (every service, the gateway) ---
    INVALID_REQUEST("invalid-request", 400, "Invalid request fields"),
    INVALID_FIELD("invalid-field", 400, "Invalid field"),
    MISSING_FIELD("missing-field", 400, "Missing content"),
    MALFORMED_JSON("malformed-json", 400, "Malformed JSON body"),
    INVALID_DATA("invalid-data", 400, "Value not storable"),
    BAD_REQUEST("bad-request", 400, "Bad request"),
    PATH_NOT_ALLOWED("path-not-allowed", 400, "Path not allowed"),
    INVALID_SEAL("invalid-seal", 400, "Seal missing or invalid"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required"),
    FORBIDDEN("forbidden", 403, "Not permitted"),
    NOT_FOUND("not-found", 404, "Not found"),
    NO_ROUTE("no-route", 404, "No such route"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "Conflicts with stored data"),
    BODY_TOO_LARGE("body-too-large", 413, "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    RATE_LIMITED("rate-limited", 429, "Too many requests"),
    INTERNAL_ERROR("internal-error", 500, "Internal error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable"),
    UPSTREAM_UNAVAILABLE("upstream-unavailable", 503, "Service unreachable"),
    UPSTREAM_CIRCUIT_OPEN("upstream-circuit-open", 503, "Service paused after failures"),
    UPSTREAM_TIMEOUT("upstream-timeout", 504, "Service did not answer in time"),
    AUDIT_UNANCHORED("audit-unanchored", 503, "Audit log not anchored"),

    // --- cases and court events (case-service) ---
    INVALID_SORT("invalid-sort", 400, "Unknown sort order"),
    MALFORMED_EVENT("malformed-event", 400, "Malformed court event"),
    RESPONDENT_REQUIRED("respondent-required", 400, "Respondent required"),
    COURT_MISMATCH("court-mismatch", 403, "Another court's event"),
    SELF_APPROVAL("self-approval", 403, "Approval by the requester"),
    UNKNOWN_CASE("unknown-case", 404, "Unknown case"),
    DUPLICATE_CASE_NUMBER("duplicate-case-number", 409, "Case number already used"),
    PARTY_EXISTS("party-exists", 409, "Party already on the case"),
    PARTY_NOT_FOUND("party-not-found", 409, "Party not on the case"),
    NOT_A_RESPONDENT("not-a-respondent", 409, "Not a respondent of the case"),
    CONFLICTING_DUPLICATE("conflicting-duplicate", 409, "Same event id, different content"),
    CASE_NOT_ACTIVE("case-not-active", 409, "Case not active"),
    CASE_CONCLUDED("case-concluded", 409, "Case concluded"),
    FORBIDDEN_TRANSITION("forbidden-transition", 409, "Transition not allowed"),
    BANKRUPTCY_NEEDS_COMPANY("bankruptcy-needs-company", 409, "Bankruptcy only for a company"),
    BOUND_PERSONS_NEED_COMPANY("bound-persons-need-company", 409, "Bound persons only for a company"),
    TOTAL_OVERFLOW("total-overflow", 409, "Recovered amount exceeds the debt"),
    EXCESSIVE_FREEZE("excessive-freeze", 409, "Freeze beyond the amount owed"),
    DEDUCTION_EXCEEDS_DEBT("deduction-exceeds-debt", 409, "Deduction beyond the amount owed"),
    UNKNOWN_FREEZE("unknown-freeze", 409, "No such freeze in force on the case"),
    CONFLICTING_RECEIPT("conflicting-receipt", 409, "Transfer already reported with another amount"),
    PERFORMANCE_NOTICE_RUNNING("performance-notice-running", 409, "Performance notice still running"),
    AGENCY_DIRECTORY_EMPTY("agency-directory-empty", 503, "Agency directory not loaded yet"),

    // --- agencies, referrals, the joint meeting (agency-liaison-service) ---
    INVALID_CURSOR("invalid-cursor", 400, "Invalid paging cursor"),
    PAGING_CONFLICT("paging-conflict", 400, "Conflicting paging parameters"),
    WRONG_RESULT_KIND("wrong-result-kind", 400, "Result does not fit the referral"),
    INVALID_RESULT("invalid-result", 400, "Invalid result"),
    BANK_CODE_REQUIRED("bank-code-required", 400, "Bank code required"),
    UNKNOWN_UNIT("unknown-unit", 400, "Unknown member unit"),
    UNKNOWN_AGENCY("unknown-agency", 400, "Unknown agency"),
    WRONG_AGENCY_KIND("wrong-agency-kind", 400, "Agency cannot take this referral"),
    WORKFLOW_KIND("workflow-kind", 400, "Referral kind has its own workflow"),
    NO_POLICE("no-police", 409, "No police bureau to refer to"),
    REFERRAL_EXPIRED("referral-expired", 409, "Referral expired"),
    ALREADY_ANSWERED("already-answered", 409, "Referral already answered"),
    ALREADY_REJECTED("already-rejected", 409, "Referral already rejected"),
    REFERRAL_CLOSED("referral-closed", 409, "Referral closed"),
    DUPLICATE_AGENCY("duplicate-agency", 409, "Agency already registered"),
    DUPLICATE_BANK_CODE("duplicate-bank-code", 409, "Bank code already registered"),
    DUPLICATE_MEMBER("duplicate-member", 409, "Already a member unit"),
    AGENCY_SUSPENDED("agency-suspended", 409, "Agency suspended"),

    // --- dishonest list, restrictions, credit repair (credit-sanction-service) ---
    INVALID_ID_NUMBER("invalid-id-number", 400, "Invalid identity number"),
    UNKNOWN_GROUND("unknown-ground", 400, "Unknown listing ground"),
    LISTING_PERIOD("listing-period", 400, "Listing period out of range"),
    PERIOD_EXTENSION_NOT_ALLOWED("period-extension-not-allowed", 400, "Listing period may not be extended"),
    MINOR_NOT_LISTABLE("minor-not-listable", 400, "A minor may not be listed"),
    SUFFICIENT_SECURITY("sufficient-security", 400, "Sufficient security provided"),
    DECISION_DATE_IN_FUTURE("decision-date-in-future", 400, "Decision date in the future"),
    ORDER_DATE_IN_FUTURE("order-date-in-future", 400, "Order date in the future"),
    RECEIVED_IN_FUTURE("received-in-future", 400, "Receipt date in the future"),
    BOUND_PERSONS_ONLY_FOR_COMPANIES("bound-persons-only-for-companies", 400, "Bound persons only for a company"),
    LEGAL_REPRESENTATIVE_REQUIRED("legal-representative-required", 400, "Legal representative required"),
    LEGAL_REASON_REQUIRED("legal-reason-required", 400, "Legal reason required"),
    DECISION_REASON_REQUIRED("decision-reason-required", 400, "Reasons required"),
    FULL_ID_REQUIRED("full-id-required", 400, "Full identity number required"),
    QUERY_TOO_BROAD("query-too-broad", 400, "Query too broad"),
    INVALID_NAME("invalid-name", 400, "Invalid name"),
    ALREADY_LISTED("already-listed", 409, "Respondent already listed"),
    RESPONDENT_UNABLE("respondent-unable", 409, "Respondent found unable to perform"),
    LISTING_GRACE_PERIOD("listing-grace-period", 409, "Listing grace period still running"),
    NO_REPORTING_BREACH("no-reporting-breach", 409, "No property report breach on record"),
    PROPERTY_REPORT_OPEN("property-report-open", 409, "Property report order still open"),
    PROPERTY_REPORT_CLOSED("property-report-closed", 409, "Property report order closed"),
    ALREADY_RESTRICTED("already-restricted", 409, "Respondent already restricted"),
    CASE_SANCTIONS_LIFTED("case-sanctions-lifted", 409, "Case's sanctions lifted"),
    NOT_ACTIVE("not-active", 409, "Sanction not active"),
    ALREADY_DECIDED("already-decided", 409, "Already decided"),
    DEBT_NOT_PERFORMED("debt-not-performed", 409, "Debt not yet performed"),
    REPAIR_PENDING("repair-pending", 409, "Credit repair already pending"),
    REPAIR_BASIS_NOT_MET("repair-basis-not-met", 409, "Credit repair basis not met"),
    LIFTING_PENDING("lifting-pending", 409, "Lifting already awaiting approval"),
    COURT_OUT_OF_SCOPE("court-out-of-scope", 422, "Court outside the caller's scope");

    /** Where every type URI starts; the rest is the slug. */
    public static final String BASE = "https://lianxi.cn/problems/";

    private static final Map<String, ProblemType> BY_SLUG = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ProblemType::slug, Function.identity()));

    /** The generic type for a bare HTTP status (a framework refusal, a relayed answer without a body). */
    private static final Map<Integer, ProblemType> FOR_STATUS = Map.ofEntries(Map.entry(400, BAD_REQUEST),
            Map.entry(401, UNAUTHORIZED), Map.entry(403, FORBIDDEN), Map.entry(404, NOT_FOUND),
            Map.entry(405, METHOD_NOT_ALLOWED), Map.entry(406, NOT_ACCEPTABLE), Map.entry(409, CONFLICT),
            Map.entry(413, BODY_TOO_LARGE), Map.entry(415, UNSUPPORTED_MEDIA_TYPE), Map.entry(429, RATE_LIMITED),
            Map.entry(500, INTERNAL_ERROR), Map.entry(503, SERVICE_UNAVAILABLE));

    private final String slug;
    private final int status;
    private final String title;
    private final URI uri;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.uri = URI.create(BASE + slug);
    }

    public String slug() {
        return slug;
    }

    /** The status this type is answered with, unless the caller of a rule says otherwise (see docs/problems.md). */
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return uri;
    }

    public static Optional<ProblemType> ofSlug(String slug) {
        return Optional.ofNullable(BY_SLUG.get(slug));
    }

    public static Optional<ProblemType> ofUri(String uri) {
        return uri != null && uri.startsWith(BASE) ? ofSlug(uri.substring(BASE.length())) : Optional.empty();
    }

    /**
     * The generic type for a bare HTTP status: any other 4xx is a {@link #BAD_REQUEST}, any other 5xx an
     * {@link #INTERNAL_ERROR} (the response keeps its own status).
     */
    public static ProblemType forStatus(int status) {
        ProblemType known = FOR_STATUS.get(status);
        if (known != null) {
            return known;
        }
        return status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
    }
}
