package cn.lianxi.systemtests.campaign;

import java.time.Instant;
import java.util.List;

import cn.lianxi.evidence.AuditHash;

/**
 * Recomputes a service's hash-chained audit log (审计日志) from its rows with the evidence module's
 * {@link AuditHash}, the same hash the services compute: the checker trusts no service's own word on its chain.
 */
final class AuditChains {

    /** One audit_log row. */
    record Row(long seq, Instant at, String actor, String action, String subject, String detail, String prevHash,
            String hash) {
    }

    private AuditChains() {
    }

    /** The chain's verdict: broken at the first row whose link, content or sequence does not hold. */
    static FinalState.ChainVerdict verify(List<Row> rows) {
        String prev = AuditHash.GENESIS;
        long expected = 1;
        for (Row r : rows) {
            boolean holds = r.seq() == expected && r.prevHash().equals(prev) && r.hash().equals(
                    AuditHash.of(r.prevHash(), r.seq(), r.at(), r.actor(), r.action(), r.subject(), r.detail()));
            if (!holds) {
                return new FinalState.ChainVerdict(false, rows.size(), r.seq());
            }
            prev = r.hash();
            expected++;
        }
        return new FinalState.ChainVerdict(true, rows.size(), null);
    }
}
