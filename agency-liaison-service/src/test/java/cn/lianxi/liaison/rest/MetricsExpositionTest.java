package cn.lianxi.liaison.rest;

import static io.restassured.RestAssured.given;

import java.net.URL;

import org.junit.jupiter.api.Test;

import cn.lianxi.testsupport.ManagementInterface;
import cn.lianxi.testsupport.OpenMetricsCheck;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code /q/metrics} in OpenMetrics form passes the reference parser after traced requests (which once left
 * exemplars on summary {@code _count} lines), and every own metric has HELP text. Metrics and health are served on
 * the management interface only: the public port does not know them.
 */
@QuarkusTest
class MetricsExpositionTest {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    /** The management interface's root, {@code /q/} on its own port. */
    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void openMetricsOutputIsValid() {
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/agencies").then().statusCode(200);
        }
        OpenMetricsCheck.assertServedValid(metrics, "lianxi_outbox_published", "http_server_requests_seconds");
    }

    @Test
    void metricsAndHealthAreOnTheManagementPortOnly() {
        ManagementInterface.assertOperationalEndpointsOnlyThere(management);
    }
}
