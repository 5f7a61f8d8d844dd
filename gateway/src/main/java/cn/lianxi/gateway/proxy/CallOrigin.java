package cn.lianxi.gateway.proxy;

import io.vertx.ext.web.RoutingContext;

/**
 * The request a call to a service is made for, as the log names it (调用来源): the pattern of the route it matched
 * and its request id. Never the path or the query: they can carry an ID number (身份证号) or a name.
 */
public record CallOrigin(String route, String requestId) {

    private static final String ROUTE = "lianxi.route";

    /** Records the route pattern this request matched, for every call made on its behalf. */
    public static void matched(RoutingContext rc, String routePattern) {
        rc.put(ROUTE, routePattern);
    }

    public static CallOrigin of(RoutingContext rc) {
        String route = rc.get(ROUTE);
        return new CallOrigin(route == null ? "-" : route, RequestIds.of(rc));
    }
}
