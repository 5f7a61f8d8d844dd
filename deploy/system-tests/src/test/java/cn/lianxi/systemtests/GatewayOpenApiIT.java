package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.testsupport.OpenApiLint;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;

/**
 * The one OpenAPI document the gateway publishes, read from the launched platform as an integrator would: every
 * service's operations merged at the gateway's paths, clean under the project's Spectral rules, and "Try it out"
 * working: each read operation without path parameters, called at the document's own {@code servers} URL with a
 * real token of a role it lists in {@code x-roles}, answers as the document says.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GatewayOpenApiIT {

    static final ObjectMapper JSON = new ObjectMapper();
    /** No call may hang the run: an answer within 15 s or a failure. */
    static final RestAssuredConfig BOUNDED = RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
            .setParam("http.connection.timeout", 5_000).setParam("http.socket.timeout", 15_000));

    Platform platform;
    Keycloak keycloak;
    JsonNode document;
    String raw;

    @BeforeAll
    void read(Platform p) throws Exception {
        platform = p;
        keycloak = new Keycloak(p);
        raw = given().when().get(p.gatewayUrl() + "/openapi").then().statusCode(200).extract().asString();
        document = JSON.readTree(raw);
    }

    @Test
    void theDocumentHoldsEveryServiceAtTheGatewaysPathsAndLintsClean() {
        assertFalse(document.path("info").path("description").asText().contains("did not answer"),
                document.path("info").path("description").asText());
        for (String path : List.of("/api/cases", "/api/inbox", "/api/listings", "/api/agencies")) {
            assertTrue(document.path("paths").has(path), "the document lists " + path);
        }
        for (String servicePath : List.of("/cases", "/inbox", "/listings", "/agencies", "/referrals")) {
            assertFalse(document.path("paths").has(servicePath), "a service's own path, not the gateway's: "
                    + servicePath);
        }
        List<OpenApiLint.Finding> errors = OpenApiLint.lint(raw, OpenApiLint.Rules.GATEWAY).stream()
                .filter(OpenApiLint.Finding::isError).toList();
        assertEquals(List.of(), errors, "Spectral errors on the live gateway document");
    }

    @Test
    void tryItOutWorksForEveryReadWithoutParametersWithATokenOfARoleItLists() {
        String server = platform.gatewayUrl()
                + document.path("servers").get(0).path("url").asText().replaceAll("/$", "");
        int tried = 0;
        for (var paths = document.path("paths").fields(); paths.hasNext();) {
            var entry = paths.next();
            JsonNode get = entry.getValue().path("get");
            if (get.isMissingNode() || entry.getKey().contains("{") || !get.has("x-roles") || streams(get)) {
                continue;
            }
            String role = get.path("x-roles").get(0).asText();
            String token = tokenFor(role);
            if (token == null) {
                continue;
            }
            int status = given().config(BOUNDED).auth().oauth2(token).when().get(server + entry.getKey()).then()
                    .extract().statusCode();
            assertTrue(get.path("responses").has(String.valueOf(status)), "GET " + entry.getKey() + " as " + role
                    + " answered " + status + ", which the document does not list");
            assertTrue(status < 500, "GET " + entry.getKey() + " as " + role + " answered " + status);
            tried++;
        }
        assertTrue(tried >= 10, "tried " + tried + " operations");
    }

    /** A feed (Server-Sent Events) never ends by itself: "Try it out" of it is not a request that returns. */
    private static boolean streams(JsonNode get) {
        for (JsonNode response : get.path("responses")) {
            if (response.path("content").has("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    /** A realm user or agency client of the role, or null for roles the dev realm gives nobody. */
    private String tokenFor(String role) {
        return switch (role) {
            case "court-clerk" -> keycloak.user("clerk-zy");
            case "judge" -> keycloak.user("judge-zy");
            case "police" -> keycloak.user("police-officer");
            case "procuratorate" -> keycloak.user("procurator");
            case "credit-officer", "jm-office", "auditor", "admin" -> keycloak.user(role);
            case "bank" -> keycloak.agency("bank-icbc");
            default -> null;
        };
    }
}
