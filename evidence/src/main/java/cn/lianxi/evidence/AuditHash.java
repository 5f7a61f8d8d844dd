package cn.lianxi.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The hash of one entry of a service's hash-chained audit log (审计日志): SHA-256 (lower-case hex) of the previous
 * entry's hash, the sequence number, the time (truncated to microseconds, as PostgreSQL keeps it, in ISO-8601), the
 * actor, the action, the subject and the detail, joined by U+001F (the unit separator, which none of them contains).
 * The verifier recomputes exactly what the service computed.
 */
public final class AuditHash {

    /** The previous hash of entry 1: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String prev, long seq, Instant at, String actor, String action, String subject,
            String detail) {
        String content = String.join("\u001f", prev, Long.toString(seq), at.truncatedTo(ChronoUnit.MICROS).toString(),
                actor, action, subject, detail);
        return Canonical.sha256(content.getBytes(StandardCharsets.UTF_8));
    }
}
