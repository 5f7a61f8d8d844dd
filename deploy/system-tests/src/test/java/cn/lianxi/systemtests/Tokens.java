package cn.lianxi.systemtests;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Forged tokens: a real token's claims, altered, signed with a key the realm never issued. */
final class Tokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    static ObjectNode claims(String realToken) {
        try {
            return (ObjectNode) Api.JSON.readTree(Base64.getUrlDecoder().decode(realToken.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode header(String realToken) {
        try {
            return Api.JSON.readTree(Base64.getUrlDecoder().decode(realToken.split("\\.")[0]));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same header (same kid) and the given claims, signed RS256 with a fresh random RSA key. */
    static String signedWithRandomKey(String realToken, ObjectNode claims) {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            PrivateKey key = gen.generateKeyPair().getPrivate();
            String signingInput = B64.encodeToString(Api.JSON.writeValueAsBytes(header(realToken))) + "."
                    + B64.encodeToString(Api.JSON.writeValueAsBytes(claims));
            Signature sig = Signature.getInstance("SHA256withRSA");
            sig.initSign(key);
            sig.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(sig.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code alg: none}, no signature. */
    static String unsigned(ObjectNode claims) {
        try {
            return B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                    + B64.encodeToString(Api.JSON.writeValueAsBytes(claims)) + ".";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real token with its claims changed but the original signature kept. */
    static String tampered(String realToken, ObjectNode claims) {
        try {
            String[] parts = realToken.split("\\.");
            return parts[0] + "." + B64.encodeToString(Api.JSON.writeValueAsBytes(claims)) + "." + parts[2];
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
