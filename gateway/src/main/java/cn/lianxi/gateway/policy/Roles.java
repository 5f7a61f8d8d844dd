package cn.lianxi.gateway.policy;

import java.util.Set;

/** Realm roles as carried in the token's {@code groups} claim, and the groups the route table uses. */
public final class Roles {
    public static final String COURT_CLERK = "court-clerk";
    public static final String JUDGE = "judge";
    /** A court's case system (client credentials): court events only. */
    public static final String COURT_SYSTEM = "court-system";
    public static final String POLICE = "police";
    public static final String PROCURATORATE = "procuratorate";
    public static final String BANK = "bank";
    public static final String AGENCY = "agency";
    public static final String CREDIT_OFFICER = "credit-officer";
    public static final String JM_OFFICE = "jm-office";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    /** Courts (法院): clerks and judges. */
    public static final Set<String> COURT = Set.of(COURT_CLERK, JUDGE);
    /** Member agencies answering referrals (协助执行单位). */
    public static final Set<String> AGENCIES = Set.of(BANK, POLICE, PROCURATORATE, AGENCY);
    /** The joint-meeting office, auditors and admins (监督). */
    public static final Set<String> OVERSIGHT = Set.of(JM_OFFICE, AUDITOR, ADMIN);

    private Roles() {
    }
}
