package cn.lianxi.gateway.bulletin;

import java.util.function.Function;

import cn.lianxi.gateway.proxy.Upstream;

/** The parts of a 通报's figures (通报数据) and where each is read, for a period. */
enum FigurePart {
    /** 案件: filed, concluded by type, recovered, per court. */
    CASES("cases", Upstream.CASE, "/cases/figures", Period::query),
    /** 事项委托: requests between courts. */
    COURT_REQUESTS("courtRequests", Upstream.CASE, "/court-requests/figures", Period::query),
    /** 查控与拒执: bank inquiries, measures, criminal referrals, procuratorates. */
    LIAISON("liaison", Upstream.LIAISON, "/liaison-stats/figures", Period::query),
    /** 信用惩戒: listings, restrictions, repairs. */
    CREDIT("credit", Upstream.CREDIT, "/credit-stats/figures", Period::query),
    /** 考核指标: per court and month. */
    ASSESSMENT("assessment", Upstream.CASE, "/cases/assessment", Period::monthsQuery),
    /**
     * 数据铁笼与执行机制: breached clocks and each mechanism's items per state, as they stand on the day the 通报 is
     * read (the case statistics count from the start, not per period).
     */
    MECHANISMS("mechanisms", Upstream.CASE, "/cases/stats", period -> "");

    private final String key;
    private final Upstream upstream;
    private final String path;
    private final Function<Period, String> query;

    FigurePart(String key, Upstream upstream, String path, Function<Period, String> query) {
        this.key = key;
        this.upstream = upstream;
        this.path = path;
        this.query = query;
    }

    /** The part's name in the composed JSON ({@code figures.<key>}). */
    String key() {
        return key;
    }

    Upstream upstream() {
        return upstream;
    }

    String pathAndQuery(Period period) {
        String q = query.apply(period);
        return q.isEmpty() ? path : path + "?" + q;
    }
}
