package cn.lianxi.gateway.admin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import cn.lianxi.gateway.support.StubbedLiaison;
import cn.lianxi.gateway.support.StubbedServices;
import cn.lianxi.gateway.support.UpstreamStubs;
import cn.lianxi.testsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.kafka.InjectKafkaCompanion;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** The admin overview: figures from the (stubbed) services' statistics, their readiness, real Kafka lag. */
@QuarkusTest
class OverviewTest {

    static final String CASE_STATS = "{\"byStatus\":{\"FILED\":3,\"CONCLUDED\":1},\"amountOwed\":1200000.5}";
    static final String LIAISON_STATS = "{\"overdueByAgency\":{\"BANK-ICBC\":2},\"keyTasks\":{\"OPEN\":4}}";
    static final String CREDIT_STATS = "{\"activeListings\":7,\"activeRestrictions\":5}";
    /** case-service's own shape; the largest amount accepted anywhere is 99999999999999.99. */
    static final String CASE_AMOUNTS = """
            {"byCourtAndStatus": [
              {"courtCode": "C320500", "status": "FILED", "cases": 2, "amountOwed": 24962000000.10,
               "amountRecovered": 0},
              {"courtCode": "C320571", "status": "CONCLUDED", "cases": 1, "amountOwed": 99999999999999.99,
               "amountRecovered": 99999999999999.99}],
             "recovered": {"today": 0, "thisMonth": 10000.5, "thisYear": 99999999999999.99}}""";

    @StubbedServices
    WireMockServer services;

    @StubbedLiaison
    WireMockServer liaison;

    @InjectKafkaCompanion
    KafkaCompanion kafka;

    @TestHTTPResource("/api/admin/overview/stream")
    URL stream;

    String token = Tokens.withRole("jm-office");

    @BeforeEach
    void stubServices() {
        String bearer = "Bearer " + token;
        services.stubFor(get(urlEqualTo("/cases/stats")).withHeader("Authorization", equalTo(bearer))
                .willReturn(json(CASE_STATS)));
        services.stubFor(get(urlEqualTo("/credit-stats")).withHeader("Authorization", equalTo(bearer))
                .willReturn(json(CREDIT_STATS)));
        liaison.stubFor(get(urlEqualTo("/liaison-stats")).withHeader("Authorization", equalTo(bearer))
                .willReturn(json(LIAISON_STATS)));
        services.stubFor(get(urlEqualTo(UpstreamStubs.MANAGEMENT + "/q/health/ready"))
                .willReturn(json("{\"status\":\"UP\",\"checks\":[]}")));
        liaison.stubFor(get(urlEqualTo(UpstreamStubs.MANAGEMENT + "/q/health/ready"))
                .willReturn(json("{\"status\":\"UP\",\"checks\":[]}")));
    }

    @AfterEach
    void closeBreakers() {
        CircuitBreakerMaintenance.get().resetAll();
    }

    @Test
    void overviewCarriesEachServicesFiguresTheirHealthAndKafkaLag() throws Exception {
        String topic = "gw-lag-" + UUID.randomUUID();
        Admin admin = kafka.getOrCreateAdminClient();
        admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        kafka.produceStrings().fromRecords(List.of(new ProducerRecord<>(topic, "k", "1"),
                new ProducerRecord<>(topic, "k", "2"), new ProducerRecord<>(topic, "k", "3"),
                new ProducerRecord<>(topic, "k", "4"), new ProducerRecord<>(topic, "k", "5"))).awaitCompletion();
        admin.alterConsumerGroupOffsets("credit-sanction-service",
                Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(2))).all().get();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> given().auth().oauth2(token)
                .when().get("/api/admin/overview")
                .then().statusCode(200)
                .body("services.case.available", is(true))
                .body("services.case.health", is("UP"))
                .body("services.case.stats.byStatus.FILED", is(3))
                .body("services.liaison.stats.overdueByAgency.BANK-ICBC", is(2))
                .body("services.credit.stats.activeListings", is(7))
                .body("summary.servicesAvailable", is(3))
                .body("summary.servicesReady", is(3))
                .body("kafka.status", is("UP"))
                .body("kafka.lag.credit-sanction-service", is(3))
                .body("summary.totalLag", greaterThanOrEqualTo(3)));
    }

    @Test
    void amountsComeOutExactToTheFenAndAreSummedExactly() {
        StubMapping amounts = services.stubFor(get(urlEqualTo("/cases/stats")).willReturn(json(CASE_AMOUNTS)));
        try {
            String body = given().auth().oauth2(token).when().get("/api/admin/overview")
                    .then().statusCode(200).extract().asString();
            JsonPath overview = JsonPath.from(body).using(
                    JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
            // BigDecimal.equals compares the scale too: each amount has exactly two decimals
            assertEquals(new BigDecimal("24962000000.10"), amount(overview, "byCourtAndStatus[0].amountOwed"));
            assertEquals(new BigDecimal("0.00"), amount(overview, "byCourtAndStatus[0].amountRecovered"));
            assertEquals(new BigDecimal("99999999999999.99"), amount(overview, "byCourtAndStatus[1].amountOwed"));
            assertEquals(new BigDecimal("0.00"), amount(overview, "recovered.today"));
            assertEquals(new BigDecimal("10000.50"), amount(overview, "recovered.thisMonth"));
            assertEquals(new BigDecimal("99999999999999.99"), amount(overview, "recovered.thisYear"));
            // 17 significant digits: a double would give 1.0002496200000009E14
            assertEquals(new BigDecimal("100024962000000.09"),
                    overview.getObject("summary.amountOwed", BigDecimal.class));
            assertEquals(new BigDecimal("99999999999999.99"),
                    overview.getObject("summary.amountRecovered", BigDecimal.class));
            // and as text: plain JSON numbers, never an exponent
            assertTrue(body.contains("\"amountOwed\":24962000000.10,"), body);
            assertTrue(body.contains("\"thisMonth\":10000.50,"), body);
            assertTrue(body.contains("\"amountOwed\":100024962000000.09,"), body);
        } finally {
            services.removeStub(amounts);
        }
    }

    @Test
    void aServiceAnsweringAFractionOfAFenIsMarkedUnavailableNotRounded() {
        StubMapping fraction = services.stubFor(get(urlEqualTo("/cases/stats"))
                .willReturn(json("{\"byCourtAndStatus\":[{\"amountOwed\":10.005}]}")));
        try {
            given().auth().oauth2(token).when().get("/api/admin/overview")
                    .then().statusCode(200)
                    .body("services.case.available", is(false))
                    .body("services.case.problem", is("answered an amount with a fraction of a fen"))
                    .body("summary.amountOwed", nullValue());
        } finally {
            services.removeStub(fraction);
        }
    }

    @Test
    void aServiceThatIsDownIsMarkedUnavailableAndTheRestStillShows() {
        liaison.stop();
        try {
            given().auth().oauth2(token).when().get("/api/admin/overview")
                    .then().statusCode(200)
                    .body("services.liaison.available", is(false))
                    .body("services.liaison.health", is("UNREACHABLE"))
                    .body("services.liaison.stats", nullValue())
                    .body("services.case.stats.byStatus.CONCLUDED", is(1))
                    .body("summary.servicesAvailable", is(2));
        } finally {
            liaison.start();
        }
    }

    @Test
    void onlyTheOfficeAuditorsAndAdminsMaySeeTheOverview() {
        given().auth().oauth2(Tokens.withRole("auditor")).when().get("/api/admin/overview").then().statusCode(200);
        given().auth().oauth2(Tokens.withRole("admin")).when().get("/api/admin/overview").then().statusCode(200);
        given().auth().oauth2(Tokens.judge("C320500")).when().get("/api/admin/overview")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/admin/overview/stream").then().statusCode(401);
    }

    @Test
    void theStreamPushesTheOverviewRepeatedly() throws Exception {
        HttpURLConnection connection = (HttpURLConnection) stream.openConnection();
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setRequestProperty("Accept", "text/event-stream");
        connection.setReadTimeout(10_000);
        assertEquals(200, connection.getResponseCode());
        assertTrue(connection.getContentType().startsWith("text/event-stream"));
        List<String> events = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(connection.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (events.size() < 2 && (line = reader.readLine()) != null) {
                if (line.startsWith("data:")) {
                    events.add(line);
                }
            }
        } finally {
            connection.disconnect();
        }
        assertEquals(2, events.size());
        assertTrue(events.get(1).contains("\"activeListings\":7"), events.get(1));
    }

    private static BigDecimal amount(JsonPath overview, String caseStatsPath) {
        return overview.getObject("services.case.stats." + caseStatsPath, BigDecimal.class);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
