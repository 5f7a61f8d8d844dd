package cn.lianxi.gateway.proxy;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.ext.web.RoutingContext;

/** The request id (请求编号) that follows a call through every service: the caller's if sane, otherwise a new one. */
public final class RequestIds {

    private static final String KEY = "lianxi.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    /** Fixes the id for this request and echoes it on the response. */
    public static void assign(RoutingContext rc) {
        String given = rc.request().getHeader(ForwardedHeaders.REQUEST_ID);
        String id = given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
        rc.put(KEY, id);
        rc.response().putHeader(ForwardedHeaders.REQUEST_ID, id);
    }

    public static String of(RoutingContext rc) {
        String id = rc.get(KEY);
        return id == null ? UUID.randomUUID().toString() : id;
    }
}
