package cn.lianxi.contracts;

/** The two joint sanctions (联合惩戒) credit-sanction-service keeps. */
public enum SanctionKind {
    /** 失信被执行人名单 (法释〔2017〕7号). */
    DISHONEST_LISTING,
    /** 限制消费令 (法释〔2015〕17号). */
    CONSUMPTION_RESTRICTION;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
