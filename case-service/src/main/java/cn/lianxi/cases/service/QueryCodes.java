package cn.lianxi.cases.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The query code (查询码) a party checks its case's progress with (执行公开). Eight characters from an alphabet
 * without the look-alikes 0/O, 1/I/L, so it can be read out over the phone or copied from a filing notice
 * (受理通知书) without a second try: 31⁸ ≈ 8.5 × 10¹¹ codes, drawn from {@link SecureRandom}. Guessing online is what
 * protects the cases, so the endpoint limits wrong codes per case and the gateway per address.
 *
 * <p>Only {@code SHA-256(salt ‖ code)} is stored, with 16 random bytes of salt per row, and compared in constant
 * time ({@link MessageDigest#isEqual}). A code this short could be recovered from its hash by trying them all, but
 * whoever reads the table already reads the case the code opens; the hash keeps the codes themselves out of the
 * table, its backups and anything that copies them.
 */
final class QueryCodes {

    /** Digits and capitals without 0, 1, I, L, O. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 8;
    static final int SALT_BYTES = 16;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new code and what is stored of it. */
    record Minted(String code, byte[] salt, byte[] hash) {
    }

    private QueryCodes() {
    }

    static Minted mint() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return new Minted(code.toString(), salt, hash(salt, code.toString()));
    }

    /**
     * Whether {@code given}, as a party types it (any case, with spaces or hyphens, e.g. {@code abcd-efgh}), is the
     * code stored as {@code hash} with {@code salt}.
     */
    static boolean matches(String given, byte[] salt, byte[] hash) {
        return MessageDigest.isEqual(hash(salt, normalised(given)), hash);
    }

    static String normalised(String given) {
        return given.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    static byte[] hash(byte[] salt, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            return digest.digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
