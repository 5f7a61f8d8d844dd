package cn.lianxi.contracts;

/** How often the owner unit of a key task reports its progress (报送周期); cycle lengths are configuration. */
public enum ReportingCycle {
    /** 按月报送. */
    MONTHLY,
    /** 按季度报送. */
    QUARTERLY,
    /** 每半年报送. */
    HALF_YEARLY
}
