package cn.lianxi.liaison.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralResult;
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
 * Answers and rejections, from the pull API and the Kafka results topic alike, so both produce the same outcome.
 * Every rule is checked before anything changes: a refused answer leaves the referral open, so the agency's
 * corrected answer is still taken; the same answer twice is harmless.
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

    public AnswerService(InboxService inbox, ReferralEvents events, CriminalWorkflow criminal, AuditLog audit,
            ContractCheck contract, Json json, Clock clock) {
        this.inbox = inbox;
        this.events = events;
        this.criminal = criminal;
        this.audit = audit;
        this.contract = contract;
        this.json = json;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Referral> answer(String agencyId, UUID id, ReferralResult result, String actor) {
        // the contract's field rules (two decimals, sensible text, …) first: a bad answer is refused at once
        contract.valid(result);
        return inbox.ownIn(agencyId, id).call(r -> {
            String canonical = json.write(result);
            String digest = ProcessedEvents.fingerprint(canonical);
            if (r.status == ReferralStatus.ANSWERED && digest.equals(r.resultDigest)) {
                return Uni.createFrom().voidItem();
            }
            checkAnswerable(r, clock.instant());
            AnswerRules.check(r.kind, result, clock);
            record(r, canonical, digest, result);
            return events.answered(r, result)
                    .call(() -> criminal.onAnswer(r, result, actor))
                    .call(() -> audit.append(actor, "referral-answered", r.id.toString(), "outcome=" + r.outcome));
        });
    }

    @WithTransaction
    public Uni<Referral> reject(String agencyId, UUID id, String reason, String actor) {
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
            // the refusal travels back: case-service puts it, with the agency's reason, on the case timeline
            return audit.append(actor, "referral-rejected", r.id.toString(), "agency=" + agencyId)
                    .call(() -> events.outcome(r, OutcomeType.REJECTED, reason))
                    .call(() -> criminal.onRejection(r, reason, actor));
        });
    }

    /** Only an open referral before its expiry takes an answer. */
    private static void checkAnswerable(Referral r, Instant now) {
        if (r.status == ReferralStatus.EXPIRED || (r.status.isOpen() && r.expiresAt.isBefore(now))) {
            throw ProblemException.conflict(ProblemType.REFERRAL_EXPIRED, "the referral expired and takes no answer");
        }
        if (!r.status.isOpen()) {
            throw ProblemException.conflict(
                    r.status == ReferralStatus.REJECTED ? ProblemType.ALREADY_REJECTED : ProblemType.ALREADY_ANSWERED,
                    "the referral was already " + r.status.name().toLowerCase() + " differently");
        }
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
