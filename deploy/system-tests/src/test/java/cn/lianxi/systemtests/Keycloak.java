package cn.lianxi.systemtests;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real tokens from the real Keycloak realm {@code enforcement} (deploy/keycloak): people log in through the public
 * client {@code lianxi-web} with their password, agency systems with their client credentials. The credentials
 * are the realm export's dev-only ones.
 */
public final class Keycloak {

    public static final String DEV_PASSWORD = "lianxi-dev";
    /** Tokens by who asked; one is fetched again after {@link #RENEW_AFTER}, well before the realm's 15 min expire. */
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    private static final long RENEW_AFTER = java.util.concurrent.TimeUnit.MINUTES.toNanos(10);

    private record Cached(String token, long fetchedAt) {
    }

    private final String tokenUrl;

    public Keycloak(Platform platform) {
        this.tokenUrl = platform.keycloakUrl() + "/realms/enforcement/protocol/openid-connect/token";
    }

    /** A person's access token (password grant), e.g. {@code clerk-zy}, {@code judge-zy}, {@code auditor}. */
    public String user(String username) {
        return cached("user:" + username, k -> token(Map.of("grant_type", "password",
                "client_id", "lianxi-web", "username", username, "password", DEV_PASSWORD)));
    }

    /**
     * The same person's access token issued to {@code other-app}, another application of the realm: correctly signed,
     * the same user claims, but audience {@code other-app} and not the platform's {@code lianxi-api}.
     */
    public String otherAppUser(String username) {
        return cached("other-app:" + username, k -> token(Map.of("grant_type", "password",
                "client_id", "other-app", "username", username, "password", DEV_PASSWORD)));
    }

    /** An agency system's access token (client credentials), e.g. {@code bank-icbc}. */
    public String agency(String clientId) {
        return cached("client:" + clientId, k -> token(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", "dev-only-" + clientId + "-secret")));
    }

    /**
     * Lets the browser page served at {@code origin} (the gateway's dashboard, on a port chosen at start-up) call the
     * realm's token endpoint: Keycloak has no port wildcard for web origins, so the operator adds the origin to the
     * public client {@code lianxi-web}, as an admin would in the console (dev-only bootstrap admin of the launcher).
     */
    @SuppressWarnings("unchecked")
    public void allowWebOrigin(String origin) {
        String admin = adminToken();
        String clients = base() + "/admin/realms/enforcement/clients";
        Map<String, Object> client = given().auth().oauth2(admin).queryParam("clientId", "lianxi-web")
                .when().get(clients).then().statusCode(200).extract().path("[0]");
        java.util.List<String> origins = new java.util.ArrayList<>((java.util.List<String>) client.get("webOrigins"));
        if (!origins.contains(origin)) {
            origins.add(origin);
            client.put("webOrigins", origins);
            given().auth().oauth2(admin).contentType("application/json").body(client)
                    .when().put(clients + "/" + client.get("id")).then().statusCode(204);
        }
    }

    /**
     * A real token of the realm, correctly signed, whose lifetime has ended: issued through a test client whose
     * access tokens live one second (created through the admin API on first use), then left to expire.
     */
    public String expiredUser(String username) {
        String clients = base() + "/admin/realms/enforcement/clients";
        String admin = adminToken();
        boolean exists = !given().auth().oauth2(admin).queryParam("clientId", SHORT_LIVED).when().get(clients)
                .then().statusCode(200).extract().jsonPath().getList("$").isEmpty();
        if (!exists) {
            given().auth().oauth2(admin).contentType("application/json")
                    .body(Map.of("clientId", SHORT_LIVED, "publicClient", true, "directAccessGrantsEnabled", true,
                            "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "1")))
                    .when().post(clients).then().statusCode(201);
        }
        String token = token(Map.of("grant_type", "password", "client_id", SHORT_LIVED, "username", username,
                "password", DEV_PASSWORD));
        try {
            Thread.sleep(2_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return token;
    }

    private static final String SHORT_LIVED = "system-test-short-lived";

    private String base() {
        return tokenUrl.substring(0, tokenUrl.indexOf("/realms/"));
    }

    /** The launcher's dev-only bootstrap admin of the master realm. */
    private String adminToken() {
        return given().baseUri(base() + "/realms/master/protocol/openid-connect/token")
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                        "password", "admin-dev-only"))
                .when().post().then().statusCode(200).extract().path("access_token");
    }

    private static String cached(String key, java.util.function.Function<String, String> fetch) {
        return CACHE.compute(key, (k, c) -> c != null && System.nanoTime() - c.fetchedAt() < RENEW_AFTER ? c
                : new Cached(fetch.apply(k), System.nanoTime())).token();
    }

    private String token(Map<String, String> form) {
        return given().baseUri(tokenUrl).contentType("application/x-www-form-urlencoded").formParams(form)
                .when().post()
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
