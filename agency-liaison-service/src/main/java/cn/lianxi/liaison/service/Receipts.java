package cn.lianxi.liaison.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.DeliveryReceipt;
import cn.lianxi.contracts.ReceiptStage;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.evidence.SealKey;
import cn.lianxi.evidence.Seals;
import cn.lianxi.kit.seal.SealRing;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.ReferralReceipt;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.mapping.SealedOrder;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Issues the platform's signed delivery receipts (送达回执): at each {@link ReceiptStage} of a referral a
 * {@link DeliveryReceipt} sealed with this service's own key, stored in {@code referral_receipt} and published on
 * liaison.outcomes.v1 (outcome RECEIPT) through the outbox. Runs inside the state change's transaction, so a stage
 * is receipted exactly when it is reached.
 */
@ApplicationScoped
public class Receipts {

    private final SealRing ring;
    private final ReferralEvents events;
    private final Json json;

    public Receipts(SealRing ring, ReferralEvents events, Json json) {
        this.ring = ring;
        this.events = events;
        this.json = json;
    }

    /** ACCEPTED and DELIVERED of a new referral: the order became a referral and is in the agency's queue or topic. */
    public Uni<Void> created(Referral r) {
        return issue(r, ReceiptStage.ACCEPTED, r.createdAt).chain(() -> issue(r, ReceiptStage.DELIVERED, r.createdAt));
    }

    /** The same for the referrals of one bank fan-out (总对总). */
    public Uni<Void> created(List<Referral> created) {
        return Multi.createFrom().iterable(created).onItem().transformToUniAndConcatenate(this::created)
                .collect().last().replaceWithVoid();
    }

    /**
     * RETRIEVED, once: the agency claimed the referral from its queue or, never having claimed it (a Kafka-connected
     * agency, or a pull agency that read it directly), first replied to it.
     */
    public Uni<Void> retrieved(Referral r, Instant at) {
        if (r.retrievedAt != null) {
            return Uni.createFrom().voidItem();
        }
        r.retrievedAt = at;
        return issue(r, ReceiptStage.RETRIEVED, at);
    }

    /** ANSWERED, for an answer and for every amendment: names the answer's digest and carries the agency's seal. */
    public Uni<Void> answered(Referral r, Instant at) {
        return retrieved(r, at).chain(() -> issue(r, ReceiptStage.ANSWERED, at));
    }

    /** The receipts of a referral, in the order they were issued. */
    public Uni<List<ReferralReceipt>> of(Referral r) {
        return ReferralReceipt.<ReferralReceipt>find("referralId = ?1 order by seq", r.id).list();
    }

    /** The receipt as it was sealed, its seal put back. */
    public DeliveryReceipt read(ReferralReceipt stored) {
        return json.stored(stored.receipt, DeliveryReceipt.class).withSeal(stored.seal);
    }

    private Uni<Void> issue(Referral r, ReceiptStage stage, Instant at) {
        boolean answer = stage == ReceiptStage.ANSWERED;
        SealedOrder order = SealedOrder.stored(r.orderSealedBy, r.orderSeal, r.orderDocument);
        SealKey key = ring.serviceKey();
        DeliveryReceipt unsealed = new DeliveryReceipt(r.id, r.caseId,
                json.stored(r.payload, ReferralPayload.class).requestId(), r.agencyId, r.kind, stage, at,
                order == null ? null : order.digest(), order == null ? null : order.keyId(),
                answer ? r.answerDigest : null, answer ? r.answerSeal : null, key.keyId(), null);
        byte[] content = Canonical.bytes(unsealed);
        DeliveryReceipt receipt = unsealed.withSeal(Seals.seal(key, content));
        ReferralReceipt row = new ReferralReceipt();
        row.referralId = r.id;
        row.stage = stage;
        row.at = at;
        row.receipt = Canonical.text(unsealed);
        row.seal = receipt.seal();
        return row.persist().chain(() -> events.receipt(r, receipt)).replaceWithVoid();
    }
}
