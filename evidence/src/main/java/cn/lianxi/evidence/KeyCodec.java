package cn.lianxi.evidence;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Decoding and generating seal keys. The algorithm is read from the key itself (the named curve of an EC key), so a
 * key file never needs a separate algorithm label: P-256 is ES256, sm2p256v1 is SM2. P-256 keys are the JDK's own;
 * SM2 keys come from BouncyCastle, used as a provider object and never installed as a JCA provider, so nothing here
 * depends on the JCE trusting BouncyCastle's signed jar (which a shaded jar loses).
 */
final class KeyCodec {

    private static final Provider BC = new BouncyCastleProvider();

    private KeyCodec() {
    }

    static PublicKey publicKey(byte[] spki, String what) {
        SealAlgorithm algorithm = algorithmOfPublic(spki, what);
        return decode(algorithm, what, "public", factory -> factory.generatePublic(new X509EncodedKeySpec(spki)));
    }

    static PrivateKey privateKey(byte[] pkcs8, String what) {
        SealAlgorithm algorithm = algorithmOfPrivate(pkcs8, what);
        return decode(algorithm, what, "private", factory -> factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
    }

    /** One key made by a key factory; a {@link GeneralSecurityException} is a broken key file, not a bug. */
    private interface Decoding<K> {
        K apply(KeyFactory factory) throws GeneralSecurityException;
    }

    private static <K> K decode(SealAlgorithm algorithm, String what, String half, Decoding<K> decoding) {
        try {
            return decoding.apply(algorithm == SealAlgorithm.SM2 ? KeyFactory.getInstance("EC", BC) : KeyFactory.getInstance("EC"));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(what + " is not a valid " + algorithm + " " + half + " key: " + e.getMessage(), e);
        }
    }

    /** The algorithm of an encoded public key (SubjectPublicKeyInfo). */
    static SealAlgorithm algorithmOfPublic(byte[] spki, String what) {
        return algorithmOf(subjectPublicKeyInfo(spki, what).getAlgorithm(), what);
    }

    /** The algorithm of an encoded private key (PKCS#8). */
    static SealAlgorithm algorithmOfPrivate(byte[] pkcs8, String what) {
        return algorithmOf(privateKeyInfo(pkcs8, what).getPrivateKeyAlgorithm(), what);
    }

    static KeyPair generate(SealAlgorithm algorithm) {
        try {
            KeyPairGenerator generator = algorithm == SealAlgorithm.SM2
                    ? KeyPairGenerator.getInstance("EC", BC) : KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(algorithm == SealAlgorithm.SM2 ? "sm2p256v1" : "secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + algorithm + " key", e);
        }
    }

    private static SealAlgorithm algorithmOf(AlgorithmIdentifier id, String what) {
        ASN1Encodable curve = id.getParameters();
        if (!X9ObjectIdentifiers.id_ecPublicKey.equals(id.getAlgorithm()) || !(curve instanceof ASN1ObjectIdentifier)) {
            throw new IllegalArgumentException(what + " is not an EC key on a named curve (" + id.getAlgorithm()
                    + "); seal keys are EC P-256 (ES256) or SM2");
        }
        if (SECObjectIdentifiers.secp256r1.equals(curve)) {
            return SealAlgorithm.ES256;
        }
        if (GMObjectIdentifiers.sm2p256v1.equals(curve)) {
            return SealAlgorithm.SM2;
        }
        throw new IllegalArgumentException(what + " is on curve " + curve
                + "; seal keys are EC P-256 (ES256) or sm2p256v1 (SM2)");
    }

    private static SubjectPublicKeyInfo subjectPublicKeyInfo(byte[] der, String what) {
        try {
            return SubjectPublicKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(what + " is not a DER SubjectPublicKeyInfo: " + e.getMessage(), e);
        }
    }

    private static PrivateKeyInfo privateKeyInfo(byte[] der, String what) {
        try {
            return PrivateKeyInfo.getInstance(der);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(what + " is not a DER PKCS#8 private key: " + e.getMessage(), e);
        }
    }
}
