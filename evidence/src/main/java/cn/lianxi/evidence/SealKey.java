package cn.lianxi.evidence;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Objects;

/**
 * One party's seal key (签章密钥): a court's (its code, C320505), an agency's (BANK-ICBC) or a service's
 * (case-service). The private half is present only where the party itself seals; everybody else holds the public half.
 */
public record SealKey(String keyId, SealAlgorithm algorithm, PublicKey publicKey, PrivateKey privateKey) {

    public SealKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(publicKey, "publicKey");
        if (keyId.isBlank()) {
            throw new IllegalArgumentException("a seal key needs a key id");
        }
    }

    /** Whether this key can seal (it holds the private half). */
    public boolean canSign() {
        return privateKey != null;
    }

    /** The public half as a PEM "PUBLIC KEY" (SubjectPublicKeyInfo), the form published to the other parties. */
    public String publicPem() {
        return Pem.write("PUBLIC KEY", publicKey.getEncoded());
    }

    /** The same key without its private half, as it may be handed to another party. */
    public SealKey publicOnly() {
        return canSign() ? new SealKey(keyId, algorithm, publicKey, null) : this;
    }

    /** Never prints the private key. */
    @Override
    public String toString() {
        return "SealKey[" + keyId + ", " + algorithm + (canSign() ? ", private" : ", public only") + "]";
    }
}
