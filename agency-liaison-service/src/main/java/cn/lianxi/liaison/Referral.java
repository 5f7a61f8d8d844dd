package cn.lianxi.liaison;

import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import cn.lianxi.kit.persistence.CourtCaseRow;

/**
 * A referral (协查/协助执行请求): one request to one agency about one enforcement case, with its due time and the
 * time stamp of every transition. Payload and result are the JSON of the contract records
 * {@link cn.lianxi.contracts.ReferralPayload} and {@link cn.lianxi.contracts.ReferralResult} (amounts exact, scale 2).
 */
@Entity
@Table(name = "referral")
public class Referral extends CourtCaseRow {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "agency_id", nullable = false)
    public String agencyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReferralStatus status;

    /** What the agency needs: the {@code ReferralPayload} JSON (respondent, account, amount, …). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String payload;

    /** The case event that caused it, or null when staff created it. */
    @Column(name = "source_event_id")
    public UUID sourceEventId;

    /** The W3C trace id of the request or record that created it. */
    @Column(name = "trace_id")
    public String traceId;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** After this the referral is overdue (逾期) and escalated. */
    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    /** After this it expires and answers are refused. */
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** When the agency took it: claimed it, or first replied to it without a claim (its RETRIEVED receipt). */
    @Column(name = "retrieved_at")
    public Instant retrievedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "rejected_at")
    public Instant rejectedAt;

    @Column(name = "expired_at")
    public Instant expiredAt;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    /** A pull worker's claim holds until then; afterwards the referral goes back to the queue. */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "lease_holder")
    public String leaseHolder;

    /** The agency's answer: the {@code ReferralResult} JSON, exactly as it was checked and published. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String result;

    /** SHA-256 of the canonical result JSON: the same answer twice is harmless, a different one conflicts. */
    @Column(name = "result_digest")
    public String resultDigest;

    @Column(name = "reject_reason")
    public String rejectReason;

    /** The outcome published for the answer or the closing transition (FROZEN, DEDUCTED, REJECTED, …). */
    @Enumerated(EnumType.STRING)
    public OutcomeType outcome;

    /** For an answered freeze: its last day as the bank stated it ({@code frozenUntil}). */
    @Column(name = "freeze_until")
    public LocalDate freezeUntil;

    /**
     * For an answered freeze: when it stops holding unless renewed, the end of {@link #freezeUntil} in China or the
     * earlier end of a shortened configured term ({@code FreezeTerm}); the deadline sweep lapses it then.
     */
    @Column(name = "freeze_ends_at")
    public Instant freezeEndsAt;

    @Column(name = "freeze_warned_at")
    public Instant freezeWarnedAt;

    /** The {@code eventId} of the outcome the standing answer was published as; an amendment names it. */
    @Column(name = "answer_id")
    public UUID answerId;

    /** For an amended answer (更正回执): the outcome it replaced, when and why. */
    @Column(name = "replaced_answer_id")
    public UUID replacedAnswerId;

    @Column(name = "amended_at")
    public Instant amendedAt;

    @Column(name = "amend_reason")
    public String amendReason;

    /** For criminal-workflow referrals (police decision, supervision, prosecution review): the workflow. */
    @Column(name = "criminal_referral_id")
    public UUID criminalReferralId;

    /** For an answered FREEZE: where it stands (active, queued 轮候冻结, released, lapsed); null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "freeze_state")
    public FreezeState freezeState;

    /** For an answered FREEZE: the account it holds, as the bank answered it. */
    @Column(name = "freeze_account")
    public String freezeAccount;

    /** For an answered FREEZE: what it still holds (CNY, scale 2) after the unfreezes and deductions drawn on it. */
    @Column(name = "freeze_held", precision = 16, scale = 2)
    public BigDecimal freezeHeld;

    /** When the freeze last changed state or end (renewed, released, lapsed, took effect). */
    @Column(name = "freeze_changed_at")
    public Instant freezeChangedAt;

    /** For a FREEZE_RENEWAL, UNFREEZE or DEDUCTION: the freeze order (its {@code requestId}) the court named. */
    @Column(name = "freeze_request_id")
    public String freezeRequestId;

    /** For a FREEZE_RENEWAL, UNFREEZE or DEDUCTION: the FREEZE referral it extends, releases or draws on. */
    @Column(name = "linked_freeze_id")
    public UUID linkedFreezeId;

    /** Withdrawn (status CANCELLED) because the case was concluded, and why. */
    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancel_reason")
    public String cancelReason;

    /**
     * The court's order exactly as the court sealed it (电子签章): the canonical JSON of its case event without the
     * seal, the court's detached JWS over it and the court code whose key made it; null when unsealed.
     */
    @Column(name = "order_document")
    public String orderDocument;

    @Column(name = "order_seal")
    public String orderSeal;

    @Column(name = "order_sealed_by")
    public String orderSealedBy;

    /**
     * The latest answer or amendment exactly as the agency sent it (its bytes, UTF-8), the agency's seal over them
     * (null when it answered unsealed) and their SHA-256 (hex).
     */
    @Column(name = "answer_document")
    public String answerDocument;

    @Column(name = "answer_seal")
    public String answerSeal;

    @Column(name = "answer_digest")
    public String answerDigest;

    public boolean isOverdueAt(Instant now) {
        return status.isOpen() && dueAt.isBefore(now);
    }

    /** The freeze runs to {@code lastDay} and stops holding at {@code endsAt}; it is announced again before then. */
    public void freezeRunsUntil(LocalDate lastDay, Instant endsAt) {
        freezeUntil = lastDay;
        freezeEndsAt = endsAt;
        freezeWarnedAt = null;
    }
}
