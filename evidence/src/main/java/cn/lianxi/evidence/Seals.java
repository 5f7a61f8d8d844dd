package cn.lianxi.evidence;

import java.util.Objects;
import java.util.Optional;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwa.AlgorithmFactoryFactory;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwx.HeaderParameterNames;
import org.jose4j.lang.JoseException;

/**
 * Seals (电子签章): a compact JWS (RFC 7515) with a detached, unencoded payload (RFC 7797), written
 * {@code BASE64URL(header)..BASE64URL(signature)}. The protected header is {@code {"alg", "kid", "b64": false,
 * "crit": ["b64"]}}; what is signed is {@code BASE64URL(header) || '.' || content}, the content's exact bytes. The
 * content travels beside its seal, unchanged, so the sealed text is the readable record itself.
 */
public final class Seals {

    static {
        // SM2 (GM/T 0003) is not a registered JOSE algorithm: jose4j learns it here, once per class loader
        AlgorithmFactoryFactory.getInstance().getJwsAlgorithmFactory().registerAlgorithm(new Sm2JwsAlgorithm());
    }

    private Seals() {
    }

    /** Seals {@code content} with {@code signer}'s private key. */
    public static String seal(SealKey signer, byte[] content) {
        if (!signer.canSign()) {
            throw new IllegalArgumentException("seal key " + signer.keyId() + " has no private key here: it cannot seal");
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setAlgorithmHeaderValue(signer.algorithm().joseName());
        jws.setKeyIdHeaderValue(signer.keyId());
        jws.setHeader(HeaderParameterNames.BASE64URL_ENCODE_PAYLOAD, false);
        jws.setCriticalHeaderNames(HeaderParameterNames.BASE64URL_ENCODE_PAYLOAD);
        jws.setPayloadBytes(content);
        jws.setKey(signer.privateKey());
        try {
            return jws.getDetachedContentCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot seal with " + signer.keyId() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that {@code seal} was made by {@code expectedKeyId}'s key (any key of the ring when null) over exactly
     * {@code content}. The named key is compared with the expected one before any cryptography, so a seal by the
     * wrong party is reported as such, not as a mismatch.
     */
    public static SealCheck verify(String seal, byte[] content, String expectedKeyId, SealKeys keys) {
        Objects.requireNonNull(content, "content");
        if (seal == null || seal.isBlank()) {
            return SealCheck.failed(SealCheck.Outcome.MISSING, expectedKeyId, "no seal");
        }
        String[] parts = seal.split("\\.", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[1].isEmpty() || parts[2].isEmpty()) {
            return SealCheck.failed(SealCheck.Outcome.MALFORMED, expectedKeyId,
                    "the seal is not a compact JWS with a detached content (header..signature)");
        }
        JsonWebSignature jws = new JsonWebSignature();
        String keyId;
        String alg;
        try {
            jws.setCompactSerialization(seal);
            keyId = jws.getKeyIdHeaderValue();
            alg = jws.getAlgorithmHeaderValue();
            if (!Boolean.FALSE.equals(jws.getHeaders().getObjectHeaderValue(HeaderParameterNames.BASE64URL_ENCODE_PAYLOAD))) {
                return SealCheck.failed(SealCheck.Outcome.MALFORMED, expectedKeyId,
                        "the seal does not sign its content unencoded (b64: false)");
            }
        } catch (JoseException | RuntimeException e) {
            return SealCheck.failed(SealCheck.Outcome.MALFORMED, expectedKeyId, "the seal is not a compact JWS");
        }
        if (keyId == null || keyId.isBlank()) {
            return SealCheck.failed(SealCheck.Outcome.MALFORMED, expectedKeyId, "the seal names no key (kid)");
        }
        if (expectedKeyId != null && !expectedKeyId.equals(keyId)) {
            return SealCheck.failed(SealCheck.Outcome.WRONG_KEY, keyId, "sealed by " + keyId + ", not by " + expectedKeyId);
        }
        Optional<SealKey> key = keys.find(keyId);
        if (key.isEmpty()) {
            return SealCheck.failed(SealCheck.Outcome.UNKNOWN_KEY, keyId, "no seal key is known for " + keyId);
        }
        String keyAlg = key.get().algorithm().joseName();
        if (!keyAlg.equals(alg)) {
            return SealCheck.failed(SealCheck.Outcome.MALFORMED, keyId,
                    "the seal claims algorithm " + alg + ", but the key of " + keyId + " is " + keyAlg);
        }
        try {
            jws.setAlgorithmConstraints(new AlgorithmConstraints(ConstraintType.PERMIT, keyAlg));
            jws.setKnownCriticalHeaders(HeaderParameterNames.BASE64URL_ENCODE_PAYLOAD);
            jws.setPayloadBytes(content);
            jws.setKey(key.get().publicKey());
            if (jws.verifySignature()) {
                return SealCheck.sealedBy(keyId);
            }
        } catch (JoseException e) {
            return SealCheck.failed(SealCheck.Outcome.MALFORMED, keyId, "the seal cannot be checked: " + e.getMessage());
        }
        return SealCheck.failed(SealCheck.Outcome.MISMATCH, keyId,
                "the content does not match its seal (altered after sealing)");
    }
}
