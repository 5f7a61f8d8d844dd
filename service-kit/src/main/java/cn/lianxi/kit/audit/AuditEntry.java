package cn.lianxi.kit.audit;

import java.time.Instant;

/** One audit-log entry as read back. */
public record AuditEntry(long seq, Instant at, String actor, String action, String subject, String detail, String hash) {
}
