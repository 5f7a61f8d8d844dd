package cn.lianxi.liaison.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import cn.lianxi.liaison.service.ReferralPage;

/**
 * The paging headers of referral lists: {@code X-Total-Count} (capped, see {@link ReferralPage#COUNT_CAP}),
 * {@code X-Total-Count-Capped: true} when the cap was reached, and {@code Link: <…>; rel="next"} with the keyset
 * cursor when a next page exists.
 */
final class PageHeaders {

    static final String TOTAL = "X-Total-Count";
    static final String TOTAL_CAPPED = "X-Total-Count-Capped";
    private static final Set<String> POSITION = Set.of("page", InboxCursor.PARAM);

    private PageHeaders() {
    }

    static Response.ResponseBuilder ok(List<?> body, ReferralPage page, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(body).header(TOTAL, page.total());
        if (page.totalCapped()) {
            response.header(TOTAL_CAPPED, true);
        }
        if (page.next() != null) {
            response.header(HttpHeaders.LINK, "<" + next(uri, InboxCursor.encode(page.next())) + ">; rel=\"next\"");
        }
        return response;
    }

    /**
     * The same request with its filters and size, continuing after the cursor. It is relative to the request's last
     * path segment, so it resolves right both here and behind the gateway's {@code /api} prefix (RFC 3986 §5.2).
     */
    private static String next(UriInfo uri, String cursor) {
        StringJoiner query = new StringJoiner("&");
        for (Map.Entry<String, List<String>> param : uri.getQueryParameters().entrySet()) {
            if (!POSITION.contains(param.getKey())) {
                param.getValue().forEach(v -> query.add(encode(param.getKey()) + "=" + encode(v)));
            }
        }
        query.add(InboxCursor.PARAM + "=" + cursor);
        List<PathSegment> segments = uri.getPathSegments();
        return segments.get(segments.size() - 1).getPath() + "?" + query;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
