package cn.lianxi.systemtests;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import cn.lianxi.bench.AgencySeals;

/**
 * Every agency answer the system tests send through RestAssured leaves sealed, as the agency's own system would send
 * it: the body is fixed to its exact bytes and the agency's seal over them goes into {@code Lianxi-Seal}. A request
 * that already carries the header (a test of a bad or a missing seal sets it, empty for missing) is left as it is.
 */
final class AgencySealFilter implements OrderedFilter {

    private final AgencySeals seals;

    AgencySealFilter(AgencySeals seals) {
        this.seals = seals;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification response,
            FilterContext context) {
        if ("POST".equals(request.getMethod()) && AgencySeals.sealed(request.getURI())
                && !request.getHeaders().hasHeaderWithName(AgencySeals.HEADER)) {
            byte[] body = bytes(request.getBody());
            request.body(body);
            if (request.getContentType() == null) {
                request.contentType("application/json");
            }
            seals.seal(token(request), body).ifPresent(seal -> request.header(AgencySeals.HEADER, seal));
        }
        return context.next(request, response);
    }

    /** The caller's token: RestAssured applies {@code auth().oauth2(token)} after the filters, so read it there. */
    private static String token(FilterableRequestSpecification request) {
        if (request.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2) {
            return oauth2.getAccessToken();
        }
        String authorization = request.getHeaders().getValue("Authorization");
        return authorization == null ? null : authorization.replaceFirst("^Bearer ", "");
    }

    private static byte[] bytes(Object body) {
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof byte[] raw) {
            return raw;
        }
        if (body instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return Api.JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("an answer body that is not JSON", e);
        }
    }

    /** After the other filters (authentication), so the Authorization header is there. */
    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }
}
