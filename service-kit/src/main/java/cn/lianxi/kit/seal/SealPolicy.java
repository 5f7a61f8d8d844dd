package cn.lianxi.kit.seal;

import cn.lianxi.evidence.SealCheck;
import cn.lianxi.kit.seal.SealRing.Admission;

/**
 * Whether a sealed message (a measure, an answer, an anchor) is admitted: the one rule, so every consumer decides
 * alike. A valid seal is admitted as sealed. A party nobody holds a key for may send unsealed, or sealed by a key we
 * cannot check, only in development and tests ({@code lianxi.seal.required=false}), and the receipts say it was
 * unsealed. A seal that does not match, names another party or cannot be parsed, and any missing seal of a party
 * whose key we know, is refused everywhere.
 */
final class SealPolicy {

    private SealPolicy() {
    }

    /**
     * @param check    the seal's verification
     * @param keyKnown whether a public key of the party it should come from is known
     * @param required whether seals are required (production)
     */
    static Admission admit(SealCheck check, boolean keyKnown, boolean required) {
        return switch (check.outcome()) {
            case VALID -> Admission.SEALED;
            case UNKNOWN_KEY, MISSING -> keyKnown || required ? Admission.REFUSED : Admission.UNSEALED;
            case MALFORMED, WRONG_KEY, MISMATCH -> Admission.REFUSED;
        };
    }
}
