package cn.lianxi.gateway.proxy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import cn.lianxi.gateway.support.StubbedLiaison;
import cn.lianxi.gateway.support.StubbedServices;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/** Rate limit, body limit, and a slow or dead service answered fast with problem+json (test limits in %test). */
@QuarkusTest
class EdgeLimitsTest {

    @StubbedServices
    WireMockServer services;

    @StubbedLiaison
    WireMockServer liaison;

    @AfterEach
    void closeBreakers() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void publicRoutesAreRateLimitedPerClientAddressWithRetryAfter() {
        services.stubFor(get(urlPathMatching("/public/listings")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        String address = "203.0.113." + (int) (Math.random() * 200 + 1);
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", address).when().get("/api/public/listings?name=x")
                    .then().statusCode(200);
        }
        given().header("X-Forwarded-For", address).when().get("/api/public/listings?name=x")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", is("12"))
                .body("type", is("https://lianxi.cn/problems/rate-limited"));
        // another address has its own bucket
        given().header("X-Forwarded-For", "198.51.100.77").when().get("/api/public/listings?name=x")
                .then().statusCode(200);
    }

    /** 执行公开: a party's progress query needs no token and draws on the same bucket as the public list. */
    @Test
    void aPartysProgressQueryGoesAnonymouslyToTheCaseServiceAndSharesThePublicBucket() {
        services.stubFor(get(urlPathMatching("/public/listings")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        services.stubFor(post(urlEqualTo("/case-progress")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"https://lianxi.cn/problems/not-found\",\"status\":404}")));
        String address = "192.0.2." + (int) (Math.random() * 200 + 1);
        String body = "{\"courtCode\":\"C320500\",\"caseNumber\":\"(2026)苏05执1号\",\"queryCode\":\"K7MQ2XWD\"}";
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", address).when().get("/api/public/listings?name=x")
                    .then().statusCode(200);
        }
        for (int i = 0; i < 2; i++) {
            given().header("X-Forwarded-For", address).contentType("application/json").body(body)
                    .when().post("/api/case-progress").then().statusCode(404)
                    .body("type", is("https://lianxi.cn/problems/not-found"));
        }
        given().header("X-Forwarded-For", address).contentType("application/json").body(body)
                .when().post("/api/case-progress").then().statusCode(429)
                .header("Retry-After", is("12"))
                .body("type", is("https://lianxi.cn/problems/rate-limited"));
        services.verify(2, postRequestedFor(urlEqualTo("/case-progress"))
                .withoutHeader("Authorization").withRequestBody(containing("K7MQ2XWD")));
    }

    @Test
    void bodiesOverTheLimitAre413AndNeverForwarded() {
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        given().auth().oauth2(Tokens.courtClerk("C320500")).contentType("application/json").body(big)
                .when().post("/api/cases/too-big")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", is("https://lianxi.cn/problems/body-too-large"));
        services.verify(0, anyRequestedFor(urlPathMatching("/cases/too-big")));

        services.stubFor(post(urlEqualTo("/cases/just-fits")).willReturn(aResponse().withStatus(202)));
        given().auth().oauth2(Tokens.courtClerk("C320500")).contentType("application/json")
                .body(new byte[2 * 1024 * 1024]).when().post("/api/cases/just-fits")
                .then().statusCode(202);
    }

    @Test
    void aServiceThatIsDownGives503ProblemAndTheGatewayRecoversWhenItReturns() {
        liaison.stubFor(get(urlEqualTo("/agencies")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[{\"id\":\"BANK-ICBC\"}]")));
        String token = Tokens.withRole("jm-office");
        given().auth().oauth2(token).when().get("/api/agencies").then().statusCode(200);

        liaison.stop();
        try {
            given().auth().oauth2(token).when().get("/api/agencies")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", is("5"))
                    .body("status", is(503))
                    .time(lessThan(3000L));
        } finally {
            liaison.start();
        }
        liaison.stubFor(get(urlEqualTo("/agencies")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[{\"id\":\"BANK-ICBC\"}]")));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/api/agencies")
                        .then().statusCode(200).body("[0].id", is("BANK-ICBC")));
    }

    @Test
    void aSlowServiceTimesOutWith504ThenTheCircuitOpensAndAnswersAtOnceThenCloses() {
        services.stubFor(get(urlEqualTo("/court-events/slow")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1500)));
        String token = Tokens.courtClerk("C320500");
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(token).when().get("/api/court-events/slow")
                    .then().statusCode(504).contentType("application/problem+json")
                    .body("type", is("https://lianxi.cn/problems/upstream-timeout"));
        }
        long started = System.nanoTime();
        given().auth().oauth2(token).when().get("/api/court-events/slow")
                .then().statusCode(503).body("type", is("https://lianxi.cn/problems/upstream-circuit-open"));
        assertTrue(System.nanoTime() - started < 500_000_000L, "an open circuit answers without waiting");

        services.stubFor(get(urlEqualTo("/court-events/slow")).willReturn(aResponse().withStatus(200)));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(token).when().get("/api/court-events/slow").then().statusCode(200));
    }

    @Test
    void timeoutsAndBreakerChangesAreLoggedWithServiceRouteAndRequestIdButNoPersonalData() {
        String idNumber = "110101199003074477";
        String path = "/api/cases/by-party/" + idNumber;
        services.stubFor(get(urlPathMatching("/cases/by-party/.*")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(1500)));
        String token = Tokens.courtClerk("C320500");
        List<String> log = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(record.getLevel() + " " + ((ExtLogRecord) record).getFormattedMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(UpstreamLog.class.getName());
        logger.addHandler(capture);
        try {
            for (int i = 1; i <= 4; i++) {
                given().auth().oauth2(token).header("X-Request-Id", "slow-" + i).when().get(path + "?name=张三")
                        .then().statusCode(504);
            }
            services.stubFor(get(urlPathMatching("/cases/by-party/.*")).willReturn(aResponse().withStatus(200)));
            AtomicReference<String> probe = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() -> {
                probe.set("probe-" + UUID.randomUUID());
                return given().auth().oauth2(token).header("X-Request-Id", probe.get()).when().get(path)
                        .statusCode() == 200;
            });

            String where = "service=case route=/api/cases/** requestId=";
            for (int i = 1; i <= 4; i++) {
                assertLogged(log, "WARN upstream timeout: " + where + "slow-" + i + " no answer within 1000 ms");
            }
            assertLogged(log, "WARN circuit breaker open: " + where + "slow-4 (was closed)");
            assertTrue(log.stream().anyMatch(l -> l.startsWith("INFO circuit breaker half-open: " + where)),
                    log::toString);
            assertLogged(log, "INFO circuit breaker closed: " + where + probe.get() + " (was half-open)");
            assertTrue(log.stream().noneMatch(l -> l.contains(idNumber) || l.contains("by-party") || l.contains("张三")),
                    log::toString);
        } finally {
            logger.removeHandler(capture);
        }
    }

    private static void assertLogged(List<String> log, String line) {
        assertTrue(log.contains(line), () -> "no \"" + line + "\" in " + log);
    }
}
