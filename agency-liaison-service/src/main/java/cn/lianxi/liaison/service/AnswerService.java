package cn.lianxi.liaison.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.ReferralStatus;
import cn.lianxi.liaison.mapping.Json;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Answers and rejections, from the pull API and the Kafka results topic alike, so both produce the same outcome.
 * A refused answer changes nothing (the transaction rolls back); the same answer twice is harmless.
 */
@ApplicationScoped
public class AnswerService {

    private final InboxService inbox;
    private final ReferralEvents events;
    private final CriminalWorkflow criminal;
    private final AuditLog audit;
    private final Json json;
    private final Clock clock;

    public AnswerService(InboxService inbox, ReferralEvents events, CriminalWorkflow criminal, AuditLog audit,
            Json json, Clock clock) {
        this.inbox = inbox;
        this.events = events;
        this.criminal = criminal;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Referral> answer(String agencyId, UUID id, ReferralResult result, String actor) {
        return inbox.ownIn(agencyId, id).call(r -> {
            String canonical = json.write(result);
            String digest = sha256(canonical);
            if (r.status == ReferralStatus.ANSWERED && digest.equals(r.resultDigest)) {
                return Uni.createFrom().voidItem();
            }
            checkAnswerable(r, clock.instant());
            if (!result.answers().contains(r.kind)) {
                throw ProblemException.badRequest("wrong-result-kind", "type",
                        "this result type does not answer a " + r.kind + " referral");
            }
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            result.validate(r.kind, today);
            record(r, canonical, digest, result);
            return events.outcome(r, r.outcome, result.amount(), result.detail())
                    .call(() -> criminal.onAnswer(r, result, actor))
                    .call(() -> audit.append(actor, "referral-answered", r.id.toString(), "outcome=" + r.outcome));
        });
    }

    @WithTransaction
    public Uni<Referral> reject(String agencyId, UUID id, String reason, String actor) {
        return inbox.ownIn(agencyId, id).call(r -> {
            if (r.status == ReferralStatus.REJECTED && Objects.equals(reason, r.rejectReason)) {
                return Uni.createFrom().voidItem();
            }
            checkAnswerable(r, clock.instant());
            r.status = ReferralStatus.REJECTED;
            r.rejectedAt = clock.instant();
            r.rejectReason = reason;
            r.outcome = "REJECTED";
            r.leaseUntil = null;
            return audit.append(actor, "referral-rejected", r.id.toString(), "agency=" + agencyId)
                    .call(() -> events.outcome(r, "REJECTED", null, Map.of("reason", reason)))
                    .call(() -> criminal.onRejection(r, reason, actor));
        });
    }

    /** Only an open referral before its expiry takes an answer. */
    private static void checkAnswerable(Referral r, Instant now) {
        if (r.status == ReferralStatus.EXPIRED || (r.status.isOpen() && r.expiresAt.isBefore(now))) {
            throw ProblemException.conflict("referral-expired", "the referral expired and takes no answer");
        }
        if (!r.status.isOpen()) {
            throw ProblemException.conflict("already-" + r.status.name().toLowerCase(),
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

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
