package cn.lianxi.evidence;

import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECKey;

import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.jose4j.jca.ProviderContext;
import org.jose4j.jwa.AlgorithmInfo;
import org.jose4j.jwa.CryptoPrimitive;
import org.jose4j.jws.JsonWebSignatureAlgorithm;
import org.jose4j.keys.KeyPersuasion;
import org.jose4j.lang.InvalidKeyException;
import org.jose4j.lang.JoseException;

/**
 * The JWS algorithm "SM2": SM2 signatures (GM/T 0003) over the SM3 digest (GM/T 0004) with the default user id of
 * GM/T 0009 ("1234567812345678"), as the 64-byte R||S concatenation, like ES256's. SM2 is not a registered JOSE
 * algorithm, so jose4j does not know it; {@link Seals} registers this one under the private name "SM2". It uses
 * BouncyCastle's lightweight signer rather than a JCA provider, so it works in the shaded verifier jar, where the JCE
 * would no longer recognise BouncyCastle's jar signature.
 */
final class Sm2JwsAlgorithm extends AlgorithmInfo implements JsonWebSignatureAlgorithm {

    private static final SecureRandom RANDOM = new SecureRandom();

    Sm2JwsAlgorithm() {
        setAlgorithmIdentifier(SealAlgorithm.SM2.joseName());
        setJavaAlgorithm("SM3withSM2");
        setKeyPersuasion(KeyPersuasion.ASYMMETRIC);
        setKeyType("EC");
    }

    @Override
    public boolean verifySignature(byte[] signature, Key key, byte[] securedInput, ProviderContext context)
            throws JoseException {
        SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
        try {
            signer.init(false, PublicKeyFactory.createKey(key.getEncoded()));
        } catch (java.io.IOException | RuntimeException e) {
            throw new JoseException("not an SM2 public key: " + e.getMessage(), e);
        }
        signer.update(securedInput, 0, securedInput.length);
        return signer.verifySignature(signature);
    }

    @Override
    public CryptoPrimitive prepareForSign(Key key, ProviderContext context) {
        return new CryptoPrimitive(key);
    }

    @Override
    public byte[] sign(CryptoPrimitive primitive, byte[] securedInput) throws JoseException {
        SM2Signer signer = new SM2Signer(PlainDSAEncoding.INSTANCE, new SM3Digest());
        try {
            signer.init(true, new ParametersWithRandom(PrivateKeyFactory.createKey(primitive.getKey().getEncoded()), RANDOM));
            signer.update(securedInput, 0, securedInput.length);
            return signer.generateSignature();
        } catch (java.io.IOException | CryptoException | RuntimeException e) {
            throw new JoseException("cannot sign with SM2: " + e.getMessage(), e);
        }
    }

    @Override
    public void validateSigningKey(Key key) throws InvalidKeyException {
        check(key, PrivateKey.class);
    }

    @Override
    public void validateVerificationKey(Key key) throws InvalidKeyException {
        check(key, PublicKey.class);
    }

    private static void check(Key key, Class<? extends Key> half) throws InvalidKeyException {
        if (!half.isInstance(key) || !(key instanceof ECKey) || !isSm2(key)) {
            throw new InvalidKeyException("an SM2 seal needs an SM2 (sm2p256v1) " + half.getSimpleName());
        }
    }

    private static boolean isSm2(Key key) {
        try {
            return (key instanceof PublicKey
                    ? KeyCodec.algorithmOfPublic(key.getEncoded(), "the key")
                    : KeyCodec.algorithmOfPrivate(key.getEncoded(), "the key")) == SealAlgorithm.SM2;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public boolean isAvailable() {
        return true;
    }
}
