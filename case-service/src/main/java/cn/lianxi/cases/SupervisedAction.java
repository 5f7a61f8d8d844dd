package cn.lianxi.cases;

/**
 * The case actions that need a second officer's approval before they take effect (执行权力运行监督制约, 制度铁笼): the
 * ones that end or loosen enforcement while the applicant is still unpaid, where one officer alone could let a debtor
 * go. The configuration key of each is {@link #key()} ({@code lianxi.supervision.actions.<key>.*}).
 */
public enum SupervisedAction {
    /** 终结本次执行程序: the case is concluded without the debt paid (法〔2016〕373号). */
    TERMINATION_OF_THIS_ROUND("termination-of-this-round"),
    /** 解冻 while the amount recovered is below the amount owed: money the applicant could have had is released. */
    UNFREEZE_BEFORE_PERFORMANCE("unfreeze-before-performance"),
    /** 撤销: a measure not yet answered (a referral to an agency) is withdrawn; one officer alone could spare a debtor. */
    MEASURE_CANCELLATION("measure-cancellation");

    private final String key;

    SupervisedAction(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
