package cn.lianxi.kit.audit;

/**
 * The result of verifying the audit chain.
 *
 * @param intact      whether every entry matched
 * @param checked     how many entries matched before the first broken one (or all of them)
 * @param firstBroken the sequence number of the first entry that does not match, or null
 */
public record AuditVerification(boolean intact, long checked, Long firstBroken) {

    static AuditVerification intact(long checked) {
        return new AuditVerification(true, checked, null);
    }

    static AuditVerification broken(long checked, long seq) {
        return new AuditVerification(false, checked, seq);
    }
}
