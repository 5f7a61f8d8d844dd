package cn.lianxi.evidence;

/**
 * The signature algorithm of a seal (电子签章). ES256 (ECDSA on P-256 with SHA-256, RFC 7518) is the default; SM2 with
 * SM3 (GM/T 0003, GM/T 0004) is what a court or an agency bound to the national commercial cryptography standards
 * seals with. Both sign with the raw 64-byte R||S form, so a seal's shape does not depend on its algorithm.
 */
public enum SealAlgorithm {

    ES256("ES256"),
    SM2("SM2");

    private final String joseName;

    SealAlgorithm(String joseName) {
        this.joseName = joseName;
    }

    /** The value of the JWS {@code alg} header; "SM2" is a private name (see {@link Sm2JwsAlgorithm}). */
    public String joseName() {
        return joseName;
    }
}
