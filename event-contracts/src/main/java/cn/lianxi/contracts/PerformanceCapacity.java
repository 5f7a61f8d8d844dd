package cn.lianxi.contracts;

/**
 * A judge's finding on a respondent's capacity to perform (履行能力): the difference between a debtor who will not pay
 * (失信) and one who cannot (失能). The dishonest-debtor list is for the first only: its ground (1) is a respondent
 * "有履行能力而拒不履行" (法释〔2017〕7号 art. 1(1)), and a respondent without the capacity is not listed on it
 * (art. 3(4): other cases that are not "able but refusing"). The finding travels on the case event
 * ({@link CaseEventDetail.CapacityFound}) so credit-sanction-service refuses such a listing too.
 */
public enum PerformanceCapacity {
    /** 失信: able to perform but will not; the list of 法释〔2017〕7号 art. 1(1) is open. */
    UNWILLING,
    /** 失能: cannot perform (无履行能力); not listed on ground (1) (art. 1(1), art. 3). */
    UNABLE
}
