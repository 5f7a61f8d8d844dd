package cn.lianxi.evidence;

/**
 * The result of checking a seal (验章): whether it holds and, when it does not, why, in words that name the parties
 * (e.g. "sealed by BANK-BOC, not by BANK-ICBC"). {@code keyId} is the key the seal names, or the expected one when
 * the seal names none.
 */
public record SealCheck(Outcome outcome, String keyId, String reason) {

    public enum Outcome {
        /** The seal was made by the expected party's key over exactly this content. */
        VALID,
        /** There is no seal at all. */
        MISSING,
        /** The text is not a detached, unencoded-payload compact JWS of a known algorithm. */
        MALFORMED,
        /** The seal names a key the checker does not hold. */
        UNKNOWN_KEY,
        /** The seal names another party's key than the one expected. */
        WRONG_KEY,
        /** The signature does not verify: content or seal were changed after sealing. */
        MISMATCH
    }

    public boolean valid() {
        return outcome == Outcome.VALID;
    }

    static SealCheck sealedBy(String keyId) {
        return new SealCheck(Outcome.VALID, keyId, "sealed by " + keyId);
    }

    static SealCheck failed(Outcome outcome, String keyId, String reason) {
        return new SealCheck(outcome, keyId, reason);
    }
}
