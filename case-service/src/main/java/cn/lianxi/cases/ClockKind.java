package cn.lianxi.cases;

/**
 * The clocks of a case the data cage (数据铁笼) tracks. Two kinds of clock: those case-service times itself, against a
 * term in {@code lianxi.data-cage.*} (the defaults are 《最高人民法院关于人民法院办理执行案件若干期限的规定》,
 * 法发〔2006〕35号), and those an agency's deadline times in agency-liaison-service ({@code lianxi.referral.due.*}),
 * whose breach is that service's ESCALATED outcome, so one deadline is configured in one place.
 */
public enum ClockKind {
    /**
     * 立案 → 首次执行措施: the first measure after filing, due within the month the assets must be investigated in
     * (法发〔2006〕35号 art. 7); timed here.
     */
    FILING_TO_FIRST_MEASURE(true),
    /** 立案 → 结案: concluded within six months for a case with assets (法发〔2006〕35号 art. 1); timed here. */
    FILING_TO_CONCLUSION(true),
    /**
     * 报告财产令 → 财产报告: the respondent reports by the order's own deadline (法释〔2017〕8号); timed here, against
     * that deadline; a late report or none is the judge's ground (4) breach.
     */
    PROPERTY_REPORT(true),
    /**
     * 移送破产审查 → 受理裁定: the receiving court rules on a 执转破 transfer (thirty days by default, the term
     * 法发〔2017〕2号 sets for the ruling; its article number not verified here); timed here.
     */
    BANKRUPTCY_RULING(true),
    /** 措施 → 答复: an agency answers the court's order (one clock per order); timed by liaison's referral deadline. */
    MEASURE_TO_ANSWER(false),
    /**
     * 拒执线索移送 → 公安立案决定: the police decide whether to open a 拒执罪 case (法发〔2025〕8号); timed by liaison's
     * {@code criminal-referral} deadline.
     */
    REFUSAL_TO_POLICE_DECISION(false),
    /**
     * 事项委托 → 答复: the receiving court answers a request between courts by the day the request names (the end of
     * {@code dueOn}, China time; the platform's choice: 民事诉讼法 (2017 text) art. 229 has the receiving
     * court start within fifteen days of a 委托执行, a term for whole cases, not for one step); timed here.
     */
    COURT_REQUEST_TO_ANSWER(true);

    private final boolean timedHere;

    ClockKind(boolean timedHere) {
        this.timedHere = timedHere;
    }

    /** Whether case-service keeps the due time and its sweep finds the breach. */
    public boolean timedHere() {
        return timedHere;
    }
}
