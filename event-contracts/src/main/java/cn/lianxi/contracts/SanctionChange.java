package cn.lianxi.contracts;

/** What a {@link SanctionEvent} announces about a sanction. */
public enum SanctionChange {
    /** Imposed: partner agencies apply it. */
    IMPOSED,
    /** Its entry was corrected (e.g. the subject's name). */
    CHANGED,
    /** Lifted before its term (performance, applicant's request, credit repair…). */
    LIFTED,
    /** Its term ended. */
    EXPIRED,
    /**
     * The court's decision was refused by the credit rules (a rule only credit-sanction-service can check): nothing
     * was imposed; case-service puts the refusal and its reason on the case timeline.
     */
    REFUSED;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
