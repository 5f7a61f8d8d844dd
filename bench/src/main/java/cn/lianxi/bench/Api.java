package cn.lianxi.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * HTTP to the platform with real tokens from the realm {@code enforcement}: people by password grant through the
 * public client {@code lianxi-web}, agency systems by client credentials (the realm export's dev-only secrets).
 * Tokens are refreshed well before their 15-minute lifespan ends.
 */
final class Api {

    /** Numbers with a fraction are read as exact decimals with their trailing zeros: no amount ever becomes a double. */
    static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final long TOKEN_REUSE_NANOS = 600_000_000_000L;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    private final String tokenUrl;
    private final Map<String, String[]> tokens = new ConcurrentHashMap<>();
    private final AgencySeals seals;

    Api(Env env) {
        this.tokenUrl = env.url("keycloak") + "/realms/enforcement/protocol/openid-connect/token";
        this.seals = AgencySeals.of(env.home());
    }

    String user(String username) {
        return token("user:" + username, Map.of("grant_type", "password", "client_id", "lianxi-web",
                "username", username, "password", "lianxi-dev"));
    }

    String agency(String clientId) {
        return token("client:" + clientId, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", "dev-only-" + clientId + "-secret"));
    }

    private String token(String key, Map<String, String> form) {
        String[] cached = tokens.get(key);
        if (cached != null && System.nanoTime() - Long.parseLong(cached[1]) < TOKEN_REUSE_NANOS) {
            return cached[0];
        }
        String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(),
                StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("token for " + key + ": HTTP " + r.statusCode());
            }
            String token = JSON.readTree(r.body()).path("access_token").asText();
            tokens.put(key, new String[] {token, Long.toString(System.nanoTime())});
            return token;
        } catch (Exception e) {
            throw new IllegalStateException("token for " + key, e);
        }
    }

    CompletableFuture<HttpResponse<String>> get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET());
    }

    /** A POST; an agency's answer carries its seal over the body's bytes (as the bank's system would send it). */
    CompletableFuture<HttpResponse<String>> post(String url, String token, Object body) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
            if (AgencySeals.sealed(url)) {
                seals.seal(token, bytes).ifPresent(seal -> request.header(AgencySeals.HEADER, seal));
            }
            return send(request);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletableFuture<HttpResponse<String>> send(HttpRequest.Builder builder) {
        return http.sendAsync(builder.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString())
                .thenApply(r -> {
                    if (r.statusCode() >= 300) {
                        throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
                    }
                    return r;
                });
    }

    /** Blocking call for set-up steps. */
    JsonNode call(CompletableFuture<HttpResponse<String>> f) {
        try {
            return JSON.readTree(f.join().body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
