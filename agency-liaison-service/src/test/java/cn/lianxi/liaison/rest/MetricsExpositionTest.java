package cn.lianxi.liaison.rest;

import static io.restassured.RestAssured.given;

import org.junit.jupiter.api.Test;

import cn.lianxi.testsupport.OpenMetricsCheck;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code /q/metrics} in OpenMetrics form passes the reference parser after traced requests (which once left
 * exemplars on summary {@code _count} lines), and every own metric has HELP text.
 */
@QuarkusTest
class MetricsExpositionTest {

    @Test
    void openMetricsOutputIsValid() {
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(Tokens.withRole("jm-office")).when().get("/agencies").then().statusCode(200);
        }
        OpenMetricsCheck.assertServedValid("lianxi_outbox_published", "http_server_requests_seconds");
    }
}
