package cn.lianxi.kit.seal;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.evidence.Canonical;
import cn.lianxi.evidence.SealCheck;
import cn.lianxi.evidence.SealKeys;
import cn.lianxi.kit.seal.SealRing.Admission;

/**
 * The court's seal (电子签章) on a case event: before a consumer acts on one (liaison making referrals, credit listing
 * and restricting), its {@code seal} must verify over the canonical JSON of the event without the seal, with the key
 * of the event's {@code courtCode}. An event altered after sealing, sealed by another court, or unsealed although the
 * court's key is known is refused: nothing happens and the record is dead-lettered with
 * {@code invalid-seal: <reason>}.
 */
@ApplicationScoped
public class CourtSeals {

    /** The prefix of a dead letter's reason for a refused seal, on both consumers. */
    public static final String REFUSED = "invalid-seal: ";

    private final SealRing ring;

    public CourtSeals(SealRing ring) {
        this.ring = ring;
    }

    /**
     * The event as the consumer may act on it: as sent when its seal verified; without a seal when unsealed is admitted
     * (no key known for the court, seals not required), so no referral claims a seal nobody checked.
     *
     * @throws IllegalArgumentException {@code invalid-seal: <reason>} when the seal is refused
     */
    public CaseEvent admit(CaseEvent event) {
        SealCheck check = ring.verify(event.seal(), Canonical.bytes(event.withSeal(null)), event.courtCode(),
                SealKeys.empty());
        Admission admission = ring.admit(check);
        if (admission == Admission.REFUSED) {
            throw new IllegalArgumentException(REFUSED + check.reason());
        }
        return admission == Admission.SEALED ? event : event.withSeal(null);
    }
}
