package cn.lianxi.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.gateway.support.StubbedLiaison;
import cn.lianxi.gateway.support.StubbedServices;
import cn.lianxi.testsupport.Problems;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/** The gateway turns away bad tokens and wrong roles itself; which agency sees what is left to the service. */
@QuarkusTest
class TokenCheckTest {

    @StubbedServices
    WireMockServer services;

    @StubbedLiaison
    WireMockServer liaison;

    @Test
    void noTokenIs401ProblemAndTheServiceIsNotCalled() {
        assertUnauthorized(given(), "/api/cases/tok-none");
        services.verify(0, anyRequestedFor(urlPathMatching("/cases/tok-none")));
    }

    @Test
    void expiredTokenIs401() {
        assertUnauthorized(given().auth().oauth2(Tokens.expired("judge")), "/api/cases/tok-expired");
        services.verify(0, anyRequestedFor(urlPathMatching("/cases/tok-expired")));
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() throws InterruptedException {
        services.stubFor(get(urlEqualTo("/cases/tok-short")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        long expiresAt = Instant.now().getEpochSecond() + 3;
        String shortLived = Jwt.preferredUserName("judge-s").subject("judge-s").groups(Set.of("judge"))
                .claim("court_code", "C320500").issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE)
                .expiresAt(expiresAt).sign();

        given().auth().oauth2(shortLived).when().get("/api/cases/tok-short").then().statusCode(200);
        given().auth().oauth2(shortLived).when().get("/api/cases/tok-short").then().statusCode(200);
        Thread.sleep(Math.max(0, expiresAt * 1000 - System.currentTimeMillis()) + 200);

        assertUnauthorized(given().auth().oauth2(shortLived), "/api/cases/tok-short");
        services.verify(2, getRequestedFor(urlEqualTo("/cases/tok-short")));
    }

    @Test
    void aRememberedTokenStillNeedsTheRoutesRole() {
        String clerk = Tokens.courtClerk("C320501");
        services.stubFor(get(urlEqualTo("/cases/tok-remembered")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
        given().auth().oauth2(clerk).when().get("/api/cases/tok-remembered").then().statusCode(200);

        given().auth().oauth2(clerk).when().get("/api/inbox").then().statusCode(403);
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        String rogue = Jwt.preferredUserName("judge-x").subject("judge-x").groups(Set.of("judge"))
                .claim("court_code", "C320500").issuer("https://rogue.example.com")
                .audience(Tokens.AUDIENCE).sign();
        assertUnauthorized(given().auth().oauth2(rogue), "/api/cases/tok-rogue");
        services.verify(0, anyRequestedFor(urlPathMatching("/cases/tok-rogue")));
    }

    @Test
    void garbageTokenIs401() {
        assertUnauthorized(given().auth().oauth2("not.a.jwt"), "/api/cases/tok-garbage");
    }

    @Test
    void wrongRoleIs403ProblemAndTheServiceIsNotCalled() {
        given().auth().oauth2(Tokens.agency("bank", "BANK-ICBC")).when().get("/api/cases/tok-role")
                .then().spec(Problems.of(ProblemType.FORBIDDEN, 403, "/api/cases/tok-role"));
        given().auth().oauth2(Tokens.courtClerk("C320500")).when().get("/api/inbox")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.withRole("auditor")).contentType("application/json").body("{}")
                .when().post("/api/cases").then().statusCode(403);
        services.verify(0, anyRequestedFor(urlPathMatching("/cases/tok-role")));
    }

    @Test
    void agencyTokenReachesTheServiceUnchangedWhichDecidesOnTheAgency() {
        String boc = Tokens.agency("bank", "BANK-BOC");
        liaison.stubFor(get(urlEqualTo("/referrals/icbc-ref-1")).withHeader("Authorization", equalTo("Bearer " + boc))
                .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"another agency's referral\"}")));

        given().auth().oauth2(boc).when().get("/api/referrals/icbc-ref-1")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", is("another agency's referral"));
        liaison.verify(getRequestedFor(urlEqualTo("/referrals/icbc-ref-1")));
    }

    @Test
    void publicRoutesNeedNoToken() {
        services.stubFor(get(urlEqualTo("/public/listings?name=x")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        given().header("X-Forwarded-For", "198.51.100.1").when().get("/api/public/listings?name=x")
                .then().statusCode(200);
    }

    private static void assertUnauthorized(RequestSpecification request, String path) {
        request.when().get(path).then().spec(Problems.of(ProblemType.UNAUTHORIZED, 401, path))
                .header("WWW-Authenticate", "Bearer");
    }
}
