package cn.lianxi.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.gateway.support.StubbedLiaison;
import cn.lianxi.gateway.support.StubbedServices;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** {@code /api/{segment}/**} reaches the owning service with everything the caller sent, and the answer comes back. */
@QuarkusTest
class ProxyRoutingTest {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @StubbedServices
    WireMockServer services;

    @StubbedLiaison
    WireMockServer liaison;

    /** The gateway's own metrics, on its management interface. */
    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @Test
    void forwardsMethodPathQueryBodyAndHeadersAndRelaysTheAnswer() {
        String token = Tokens.courtClerk("C320500");
        services.stubFor(post(urlEqualTo("/cases/route-1/notes?kind=a&kind=b&q=%E8%8B%8F"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/vnd.lianxi+json")
                        .withHeader("Location", "/cases/route-1/notes/7").withBody("{\"id\":7}")));

        String requestId = given().urlEncodingEnabled(false).auth().oauth2(token).contentType(ContentType.JSON)
                .header("X-Custom", "kept").header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body("{\"text\":\"执行\"}")
                .when().post("/api/cases/route-1/notes?kind=a&kind=b&q=%E8%8B%8F")
                .then().statusCode(201)
                .contentType("application/vnd.lianxi+json")
                .header("Location", "/api/cases/route-1/notes/7")
                .body("id", org.hamcrest.Matchers.equalTo(7))
                .header("X-Request-Id", notNullValue())
                .extract().header("X-Request-Id");

        LoggedRequest seen = services.findAll(postRequestedFor(urlEqualTo("/cases/route-1/notes?kind=a&kind=b&q=%E8%8B%8F"))
                .withRequestBody(equalToJson("{\"text\":\"执行\"}"))).get(0);
        assertEquals("Bearer " + token, seen.getHeader("Authorization"));
        assertEquals("kept", seen.getHeader("X-Custom"));
        assertEquals(requestId, seen.getHeader("X-Request-Id"));
        String traceparent = seen.getHeader("traceparent");
        assertEquals(TRACE_ID, traceparent.split("-")[1], "the trace continues in the service");
        assertNotEquals("00f067aa0ba902b7", traceparent.split("-")[2], "the gateway's span is the new parent");
    }

    @Test
    void aServicesOwnAddressInLocationBecomesTheGatewaysPath() {
        services.stubFor(post(urlEqualTo("/cases")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", services.baseUrl() + "/cases/loc-1?view=full").withBody("{}")));

        given().auth().oauth2(Tokens.courtClerk("C320500")).contentType(ContentType.JSON).body("{}")
                .when().post("/api/cases")
                .then().statusCode(201)
                .header("Location", "/api/cases/loc-1?view=full");
    }

    @Test
    void startsATraceWhenTheCallerSentNone() {
        services.stubFor(get(urlEqualTo("/cases/trace-new")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));

        given().auth().oauth2(Tokens.judge("C320500")).when().get("/api/cases/trace-new").then().statusCode(200);

        String traceparent = services.findAll(getRequestedFor(urlEqualTo("/cases/trace-new"))).get(0)
                .getHeader("traceparent");
        // without an exporter the gateway records nothing it was not asked to: the new trace is not sampled
        org.hamcrest.MatcherAssert.assertThat(traceparent,
                org.hamcrest.Matchers.matchesPattern("00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-00"));
    }

    @Test
    void metricsNameTheRouteNotTheId() {
        services.stubFor(get(urlPathMatching("/cases/metric-.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        for (String id : new String[] {"metric-1", "metric-2"}) {
            given().auth().oauth2(Tokens.judge("C320500")).when().get("/api/cases/" + id).then().statusCode(200);
        }

        String exposition = given().when().get(metrics).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(exposition.contains("/api/cases/metric-"), "no meter per case id");
        org.junit.jupiter.api.Assertions.assertTrue(exposition.contains("uri=\"/api/cases/**\""), "one meter per route");
    }

    @Test
    void keepsTheCallersRequestIdAndRoutesEachSegmentToItsOwner() {
        services.stubFor(get(urlPathMatching("/(court-events|sanctions)/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"owner\":\"services\"}")));
        liaison.stubFor(get(urlPathMatching("/referrals/.*")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"owner\":\"liaison\"}")));

        given().auth().oauth2(Tokens.judge("C320500")).header("X-Request-Id", "req-abc-123")
                .when().get("/api/referrals/r-1")
                .then().statusCode(200).header("X-Request-Id", "req-abc-123").body("owner", org.hamcrest.Matchers.equalTo("liaison"));
        liaison.verify(getRequestedFor(urlEqualTo("/referrals/r-1")).withHeader("X-Request-Id", equalTo("req-abc-123")));

        given().auth().oauth2(Tokens.withRole("credit-officer")).when().get("/api/sanctions/cases/c-1")
                .then().statusCode(200).body("owner", org.hamcrest.Matchers.equalTo("services"));
        services.verify(getRequestedFor(urlEqualTo("/sanctions/cases/c-1"))
                .withHeader("X-Request-Id", matching("[0-9a-f-]{36}")));
    }

    @Test
    void auditRoutesReachTheNamedServicesAuditTrail() {
        liaison.stubFor(get(urlEqualTo("/audit/case-9")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[{\"action\":\"REFERRAL_SENT\"}]")));

        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/api/audit/liaison/case-9")
                .then().statusCode(200).body("[0].action", org.hamcrest.Matchers.equalTo("REFERRAL_SENT"));
        given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/api/audit/liaison/case-9")
                .then().statusCode(403);
    }

    @Test
    void serviceProblemsPassThroughNamingTheCallersPath() {
        services.stubFor(get(urlEqualTo("/cases/missing-1")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://lianxi.cn/problems/not-found\",\"title\":\"Not found\","
                        + "\"status\":404,\"detail\":\"case not found\",\"instance\":\"/cases/missing-1\"}")));

        given().auth().oauth2(Tokens.judge("C320500")).when().get("/api/cases/missing-1")
                .then().spec(Problems.of(ProblemType.NOT_FOUND, 404, "/api/cases/missing-1"))
                .body("detail", org.hamcrest.Matchers.equalTo("case not found"));
    }

    @Test
    void aBareServiceErrorBecomesACataloguedProblem() {
        services.stubFor(get(urlEqualTo("/cases/bare-409")).willReturn(aResponse().withStatus(409)));

        given().auth().oauth2(Tokens.judge("C320500")).when().get("/api/cases/bare-409")
                .then().spec(Problems.of(ProblemType.CONFLICT, 409, "/api/cases/bare-409"));
    }

    @Test
    void aClimbingPathIsABadRequestProblem() {
        given().auth().oauth2(Tokens.judge("C320500")).urlEncodingEnabled(false).when().get("/api/cases/%2e%2e/x")
                .then().spec(Problems.of(ProblemType.PATH_NOT_ALLOWED, 400));
    }

    @Test
    void unknownRoutesAre404ProblemsAndReachNoService() {
        given().auth().oauth2(Tokens.withRole("admin")).when().get("/api/nowhere/x")
                .then().spec(Problems.of(ProblemType.NO_ROUTE, 404, "/api/nowhere/x"));
        services.verify(0, anyRequestedFor(urlPathMatching("/nowhere.*")));
    }
}
