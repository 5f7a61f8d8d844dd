package cn.lianxi.liaison.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.kit.audit.AnchorGate;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.kit.problem.ContractCheck;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.ReferralStatus;
import cn.lianxi.liaison.mapping.Json;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Answers, amendments (更正回执) and rejections, from the pull API and the Kafka results topic alike, so both produce
 * the same outcome. Every rule is checked before anything changes (the contract, the kind and the date, then the
 * order and the case: {@link AnswerRules}): a refused answer leaves the referral open, so the agency's corrected
 * answer is still taken; the same answer twice is harmless; a different second answer is refused, a wrong answer is
 * corrected only by an amendment naming the one it replaces. Before all that, the audit log must be anchored
 * ({@link AnchorGate}) and the agency's seal over the exact message must hold ({@link AgencySeals}); the answer's
 * bytes, digest and seal are kept, and every answer and amendment is receipted (ANSWERED, {@link Receipts}).
 */
@ApplicationScoped
public class AnswerService {

    private final InboxService inbox;
    private final ReferralEvents events;
    private final CriminalWorkflow criminal;
    private final AuditLog audit;
    private final ContractCheck contract;
    private final Json json;
    private final Clock clock;
    private final AnswerLimits limits;
    private final FreezeCorrections corrections;
    private final FreezeLedger freezes;
    private final AgencySeals seals;
    private final Receipts receipts;
    private final AnchorGate anchors;

    public AnswerService(InboxService inbox, ReferralEvents events, CriminalWorkflow criminal, AuditLog audit,
            ContractCheck contract, Json json, Clock clock, AnswerLimits limits, FreezeLedger freezes,
            FreezeCorrections corrections, AgencySeals seals, Receipts receipts, AnchorGate anchors) {
        this.seals = seals;
        this.receipts = receipts;
        this.anchors = anchors;
        this.limits = limits;
        this.corrections = corrections;
        this.freezes = freezes;
        this.inbox = inbox;
        this.events = events;
        this.criminal = criminal;
        this.audit = audit;
        this.contract = contract;
        this.json = json;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Referral> answer(String agencyId, UUID id, ReferralResult result, AgencyMessage message, String actor) {
        return admitted(agencyId, message).chain(sent -> {
            // the contract's field rules (two decimals, sensible text, …) next: a bad answer is refused at once
            contract.valid(result);
            return inbox.ownIn(agencyId, id).call(r -> answerAdmitted(r, result, sent, actor));
        });
    }

    private Uni<?> answerAdmitted(Referral r, ReferralResult result, AgencyMessage sent, String actor) {
        String canonical = json.write(result);
        String digest = ProcessedEvents.fingerprint(canonical);
        if (r.status == ReferralStatus.ANSWERED && digest.equals(r.resultDigest)) {
            return Uni.createFrom().voidItem();
        }
        checkAnswerable(r, clock.instant());
        AnswerRules.check(r.kind, result, clock);
        // against the order and the case: nothing is recorded or published for an answer that claims too much
        return limits.of(r, result).chain(bounds -> {
            AnswerRules.checkAgainstOrder(result, bounds);
            record(r, canonical, digest, result);
            sent.keptBy(r);
            // the freeze's life: takes effect or queues (轮候冻结), renewed (续冻), released or drawn on
            return freezes.onAnswered(r, result).chain(() -> events.answered(r, result))
                    .invoke(outcome -> r.answerId = outcome.eventId())
                    .call(() -> criminal.onAnswer(r, result, actor))
                    .call(() -> audit.append(actor, "referral-answered", r.id.toString(), "outcome=" + r.outcome))
                    .call(() -> receipts.answered(r, r.answeredAt));
        });
    }

    /**
     * 更正回执: the agency corrects its standing answer. The amendment names the outcome it {@code replaces} (the
     * referral's {@code answerId}) and why; the same checks apply as to an answer (the replaced answer no longer
     * counts against the freeze or the debt). It is audited and published as an outcome carrying {@code replaces}
     * and {@code reason}, so case-service counts it instead. The same amendment again is harmless.
     */
    @WithTransaction
    public Uni<Referral> amend(String agencyId, UUID id, UUID replaces, String reason, ReferralResult result,
            AgencyMessage message, String actor) {
        return admitted(agencyId, message).chain(sent -> amendAdmitted(agencyId, id, replaces, reason, result, sent, actor));
    }

    private Uni<Referral> amendAdmitted(String agencyId, UUID id, UUID replaces, String reason, ReferralResult result,
            AgencyMessage sent, String actor) {
        contract.valid(result);
        if (replaces == null) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "replaces",
                    "an amendment names the answer it replaces");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "reason", "an amendment needs a reason");
        }
        return inbox.ownIn(agencyId, id).call(r -> {
            String canonical = json.write(result);
            String digest = ProcessedEvents.fingerprint(canonical);
            if (digest.equals(r.resultDigest) && replaces.equals(r.replacedAnswerId) && reason.equals(r.amendReason)) {
                return Uni.createFrom().voidItem();
            }
            checkAmendable(r, replaces, digest);
            AnswerRules.check(r.kind, result, clock);
            ReferralResult previous = json.stored(r.result, ReferralResult.class);
            return limits.of(r, result).chain(bounds -> {
                AnswerRules.checkAgainstOrder(result, bounds);
                recordAmendment(r, canonical, digest, result, replaces, reason);
                sent.keptBy(r);
                return corrections.onAmended(r, previous, result, actor)
                        .chain(() -> events.amended(r, result, replaces, reason))
                        .invoke(outcome -> r.answerId = outcome.eventId())
                        .call(() -> audit.append(actor, "referral-amended", r.id.toString(),
                                "replaces=" + replaces + " outcome=" + r.outcome + " reason=" + reason))
                        .call(() -> receipts.answered(r, r.amendedAt));
            });
        });
    }

    /** A rejection is sealed like an answer and kept as the agency's latest message; it is not receipted ANSWERED. */
    @WithTransaction
    public Uni<Referral> reject(String agencyId, UUID id, String reason, AgencyMessage message, String actor) {
        return admitted(agencyId, message).chain(sent -> rejectAdmitted(agencyId, id, reason, sent, actor));
    }

    private Uni<Referral> rejectAdmitted(String agencyId, UUID id, String reason, AgencyMessage sent, String actor) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "reason", "a rejection needs a reason");
        }
        return inbox.ownIn(agencyId, id).call(r -> {
            if (r.status == ReferralStatus.REJECTED && Objects.equals(reason, r.rejectReason)) {
                return Uni.createFrom().voidItem();
            }
            checkAnswerable(r, clock.instant());
            r.status = ReferralStatus.REJECTED;
            r.rejectedAt = clock.instant();
            r.rejectReason = reason;
            r.outcome = OutcomeType.REJECTED;
            r.leaseUntil = null;
            sent.keptBy(r);
            // the refusal travels back: case-service puts it, with the agency's reason, on the case timeline
            return receipts.retrieved(r, r.rejectedAt)
                    .chain(() -> audit.append(actor, "referral-rejected", r.id.toString(), "agency=" + agencyId))
                    .call(() -> events.outcome(r, OutcomeType.REJECTED, reason))
                    .call(() -> criminal.onRejection(r, reason, actor));
        });
    }

    /**
     * A new cross-agency message waits for the audit anchor (503 {@code audit-unanchored} while the log has gone
     * unanchored too long), then its seal is checked before any other rule.
     */
    private Uni<AgencyMessage> admitted(String agencyId, AgencyMessage message) {
        return anchors.ensureAnchored().chain(() -> seals.admit(agencyId, message));
    }

    /** Only an open referral before its expiry takes an answer. */
    private static void checkAnswerable(Referral r, Instant now) {
        if (r.status == ReferralStatus.EXPIRED || (r.status.isOpen() && r.expiresAt.isBefore(now))) {
            throw ProblemException.conflict(ProblemType.REFERRAL_EXPIRED, "the referral expired and takes no answer");
        }
        if (r.status == ReferralStatus.CANCELLED) {
            throw ProblemException.conflict(ProblemType.REFERRAL_CLOSED, "the referral was cancelled: " + r.cancelReason);
        }
        if (!r.status.isOpen()) {
            throw ProblemException.conflict(
                    r.status == ReferralStatus.REJECTED ? ProblemType.ALREADY_REJECTED : ProblemType.ALREADY_ANSWERED,
                    "the referral was already " + r.status.name().toLowerCase() + " differently");
        }
    }

    /**
     * Only the standing answer of an answered bank or agency referral is amended; the 拒执罪 workflow's decisions
     * move on by their own steps instead.
     */
    private static void checkAmendable(Referral r, UUID replaces, String digest) {
        if (r.criminalReferralId != null) {
            throw ProblemException.badRequest(ProblemType.WORKFLOW_KIND, "replaces",
                    "a criminal-workflow decision is not amended; the workflow moves on by its steps");
        }
        if (r.status != ReferralStatus.ANSWERED) {
            throw new ProblemException(ProblemType.INVALID_RESULT, 409,
                    "the referral has no answer to amend (it is " + r.status.name().toLowerCase() + ")", "replaces");
        }
        if (!replaces.equals(r.answerId)) {
            throw new ProblemException(ProblemType.ALREADY_ANSWERED, 409,
                    "names no standing answer of this referral (see its answerId)", "replaces");
        }
        if (digest.equals(r.resultDigest)) {
            throw ProblemException.badRequest(ProblemType.INVALID_RESULT, "result",
                    "the amendment repeats the answer it replaces");
        }
    }

    private void recordAmendment(Referral r, String canonical, String digest, ReferralResult result, UUID replaces,
            String reason) {
        r.result = canonical;
        r.resultDigest = digest;
        // a corrected freeze keeps where its life stands (queued, effective, renewed); other answers may change it
        r.outcome = result instanceof ReferralResult.Freeze ? r.outcome : result.outcome(r.kind);
        r.replacedAnswerId = replaces;
        r.amendedAt = clock.instant();
        r.amendReason = reason;
    }

    private void record(Referral r, String canonical, String digest, ReferralResult result) {
        Instant now = clock.instant();
        r.status = ReferralStatus.ANSWERED;
        r.deliveredAt = r.deliveredAt == null ? now : r.deliveredAt;
        r.answeredAt = now;
        r.result = canonical;
        r.resultDigest = digest;
        r.outcome = result.outcome(r.kind);
        r.leaseUntil = null;
        if (result instanceof ReferralResult.Freeze freeze) {
            r.freezeUntil = freeze.frozenUntil();
        }
    }
}
