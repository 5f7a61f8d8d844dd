package cn.lianxi.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The audit hash is exactly the kit's (service-kit AuditLog.hash): a known vector, and the same formula spelled out. */
class AuditHashTest {

    private static final Instant AT = Instant.parse("2026-12-03T08:15:30.123456789Z");

    @Test
    void aKnownVector() {
        // computed with the kit's formula (kitHash below, as in service-kit's AuditLog.hash): a change here breaks
        // every existing chain
        String expected = "4b7007beac3b40d9628c66b134be1d39c84427a01f40deba2f29db98238000cf";
        String hash = AuditHash.of(AuditHash.GENESIS, 1, AT, "clerk:wang", "case.filed", "CASE-1", "{\"amount\":\"100.00\"}");
        assertEquals(expected, hash);
        assertEquals(kitHash(AuditHash.GENESIS, 1, AT, "clerk:wang", "case.filed", "CASE-1", "{\"amount\":\"100.00\"}"), hash);
    }

    @Test
    void timeIsTruncatedToMicrosAndEveryFieldCounts() {
        String base = AuditHash.of(AuditHash.GENESIS, 7, AT, "a", "b", "c", "d");
        assertEquals(base, AuditHash.of(AuditHash.GENESIS, 7, AT.truncatedTo(ChronoUnit.MICROS), "a", "b", "c", "d"));
        assertNotEquals(base, AuditHash.of(AuditHash.GENESIS, 8, AT, "a", "b", "c", "d"));
        assertNotEquals(base, AuditHash.of(AuditHash.GENESIS, 7, AT, "a", "b", "c", "e"));
        assertEquals(64, AuditHash.GENESIS.length());
    }

    private static String kitHash(String prev, long seq, Instant at, String actor, String action, String subject,
            String detail) {
        try {
            String content = String.join("\u001f", prev, Long.toString(seq), at.truncatedTo(ChronoUnit.MICROS).toString(),
                    actor, action, subject, detail);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
