package cn.lianxi.kit.security;

/** The realm roles of Keycloak realm {@code enforcement}; see deploy/keycloak. */
public final class Roles {
    /** 书记员: files and updates cases of their own court. */
    public static final String COURT_CLERK = "court-clerk";
    /** 法官 / 执行法官: decides measures on cases of their own court. */
    public static final String JUDGE = "judge";
    /**
     * 法院案件管理系统: a court's case system, logged in as a machine (client credentials, the {@code court_code}
     * claim of its client): pushes its court's events, nothing else.
     */
    public static final String COURT_SYSTEM = "court-system";
    /**
     * 执行局长 / 庭长: a court's head of enforcement, bound to a court code like its judges (and usually a judge too):
     * sees the breaches of the court's clocks (数据铁笼) and whose they are.
     */
    public static final String DIVISION_HEAD = "division-head";
    /** 公安: a police bureau's staff or system. */
    public static final String POLICE = "police";
    /** 检察院: a procuratorate's staff or system. */
    public static final String PROCURATORATE = "procuratorate";
    /** 银行: a bank's staff or system. */
    public static final String BANK = "bank";
    /** Any other member agency (不动产登记, 车管所, …). */
    public static final String AGENCY = "agency";
    /** 信用管理: manages the dishonest-debtor list and credit repair. */
    public static final String CREDIT_OFFICER = "credit-officer";
    /** 联席会议办公室: the joint-meeting office, reads everything and runs the key tasks. */
    public static final String JM_OFFICE = "jm-office";
    /** 审计: reads everything, changes nothing. */
    public static final String AUDITOR = "auditor";
    /** Platform administrator: registers agencies. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
