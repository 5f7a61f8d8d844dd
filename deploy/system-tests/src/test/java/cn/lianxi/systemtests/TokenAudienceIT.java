package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;

/**
 * A real token of the realm {@code enforcement}, correctly signed and still valid, carrying the same person's roles,
 * but issued to another application of the realm ({@code other-app}, audience {@code other-app}): the gateway and
 * every service, called directly on its own port, refuse it with 401, while the same person's platform token
 * (audience {@code lianxi-api}) is accepted on the same endpoints.
 */
@ExtendWith(PlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenAudienceIT {

    /** The platform's audience, which every service and the gateway require ({@code quarkus.oidc.token.audience}). */
    static final String PLATFORM_AUDIENCE = "lianxi-api";
    /** A reading each service allows an auditor: the service's name in ports.env, and its path without {@code /api}. */
    static final Map<String, String> READINGS = new LinkedHashMap<>();
    static {
        READINGS.put("case", "/cases?size=1");
        READINGS.put("liaison", "/referrals?size=1");
        READINGS.put("credit", "/listings?size=1");
    }

    Platform platform;
    String platformToken;
    String otherAppToken;

    @BeforeAll
    void setUp(Platform platform) {
        this.platform = platform;
        Keycloak keycloak = new Keycloak(platform);
        platformToken = keycloak.user("auditor");
        otherAppToken = keycloak.otherAppUser("auditor");
    }

    @Test
    void theOtherAppsTokenDiffersOnlyInItsAudience() {
        ObjectNode platform = Tokens.claims(platformToken);
        ObjectNode other = Tokens.claims(otherAppToken);
        for (String claim : List.of("iss", "sub", "preferred_username", "groups")) {
            assertEquals(platform.get(claim), other.get(claim), claim);
        }
        assertTrue(audiences(platform).contains(PLATFORM_AUDIENCE), "platform token aud: " + platform.get("aud"));
        assertEquals(List.of("other-app"), audiences(other), "other-app token aud");
        assertEquals("other-app", other.get("azp").asText());
        assertTrue(other.get("exp").asLong() > System.currentTimeMillis() / 1000 + 60, "the token is still valid");
    }

    @Test
    void theGatewayAndEveryServiceRefuseATokenForAnotherAudience() {
        int refusals = 0;
        for (var reading : READINGS.entrySet()) {
            String gatewayPath = "/api" + reading.getValue();
            String service = platform.serviceUrl(reading.getKey());

            accepted(given().auth().oauth2(platformToken).get(gatewayPath), "gateway " + gatewayPath);
            accepted(given().baseUri(service).auth().oauth2(platformToken).get(reading.getValue()),
                    reading.getKey() + "-service " + reading.getValue());

            Response atGateway = given().auth().oauth2(otherAppToken).get(gatewayPath);
            refused(atGateway, "gateway " + gatewayPath);
            assertTrue(String.valueOf(atGateway.contentType()).startsWith("application/problem+json"),
                    "gateway answers a problem: " + atGateway.contentType());
            refused(given().baseUri(service).auth().oauth2(otherAppToken).get(reading.getValue()),
                    reading.getKey() + "-service " + reading.getValue());
            refusals += 2;
        }
        System.out.printf("[token-audience] a valid token of the realm for audience other-app: %d refusals (gateway and "
                + "%d services), the platform token accepted on the same endpoints%n", refusals, READINGS.size());
    }

    private static void accepted(Response r, String what) {
        assertEquals(200, r.statusCode(), what + " with the platform token: " + r.asString());
    }

    private static void refused(Response r, String what) {
        assertEquals(401, r.statusCode(), what + " with other-app's token: " + r.asString());
        assertFalse(r.asString().contains("caseNumber") || r.asString().contains("idNumber"), what + " leaked data");
        assertTrue(r.getHeader("X-Total-Count") == null, what + " leaked a count");
    }

    private static List<String> audiences(ObjectNode claims) {
        JsonNode aud = claims.path("aud");
        List<String> list = new ArrayList<>();
        if (aud.isArray()) {
            aud.forEach(a -> list.add(a.asText()));
        } else if (aud.isTextual()) {
            list.add(aud.asText());
        }
        return list;
    }
}
