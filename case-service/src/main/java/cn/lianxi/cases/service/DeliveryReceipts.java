package cn.lianxi.cases.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.TimelineNote;
import cn.lianxi.contracts.DeliveryReceipt;
import cn.lianxi.contracts.Labels;
import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.evidence.SealCheck;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.kit.seal.SealRing;

/**
 * Delivery receipts (送达回执) on the case timeline: one RECEIPT note per receipt, with whether the seal of its issuer
 * (agency-liaison-service) verified over the receipt as sealed. A receipt is evidence that the order was accepted,
 * delivered, retrieved or answered, not the agency's answer: it changes nothing else of the case (no measure, clock,
 * amount or assessment moves; the answer comes as its own outcome). A receipt whose seal fails is still recorded, as
 * unverified, for the court must see that something claimed a delivery.
 */
@ApplicationScoped
public class DeliveryReceipts {

    /**
     * The RECEIPT note's detail.
     *
     * @param stage        the {@code ReceiptStage}
     * @param stageLabel   its label (中文|English) from the catalogue
     * @param sealVerified true when the issuer's seal verified, false when it did not (altered, another key, none),
     *                     null when the issuer's key is unknown here
     * @param sealCheck    why it did or did not verify, in words
     */
    public record ReceiptNote(String stage, String stageLabel, UUID referralId, String requestId, String agencyId,
            ReferralKind referralKind, Instant at, String issuer, String seal, Boolean sealVerified, String sealCheck,
            String orderSealedBy, String answerDigest) {
    }

    private final SealRing ring;

    public DeliveryReceipts(SealRing ring) {
        this.ring = ring;
    }

    /** The note of {@code receipt} on case {@code c}. */
    CaseChange note(EnforcementCase c, DeliveryReceipt receipt) {
        SealCheck check = ring.verify(receipt.seal(), Canonical.bytes(receipt.withSeal(null)), receipt.issuer(),
                SealKeys.empty());
        Boolean verified = check.outcome() == SealCheck.Outcome.UNKNOWN_KEY ? null : check.valid();
        String stageLabel = Labels.of(receipt.stage()).map(l -> l.zh() + " " + l.en()).orElse(receipt.stage().name());
        String summary = Labels.of(OutcomeType.RECEIPT).map(l -> l.zh() + " " + l.en()).orElse("RECEIPT") + ": "
                + stageLabel + ", " + receipt.agencyId()
                + (receipt.requestId() == null ? "" : " (order " + receipt.requestId() + ")") + "; seal of "
                + receipt.issuer() + (verified == null ? " not checked: " + check.reason()
                        : verified ? " verified" : " NOT verified: " + check.reason());
        return CaseChange.of(c).note(TimelineNote.RECEIPT, summary, new ReceiptNote(receipt.stage().name(), stageLabel,
                receipt.referralId(), receipt.requestId(), receipt.agencyId(), receipt.referralKind(), receipt.at(),
                receipt.issuer(), receipt.seal(), verified, check.valid() ? null : check.reason(),
                receipt.orderSealedBy(), receipt.answerDigest()));
    }
}
