package cn.lianxi.systemtests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.bench.AgencySeals;

/**
 * A plain JSON client for the load generators: many threads, short timeouts, and a failure is an answer (status 0)
 * rather than an exception, so the callers can retry like a real court or bank system would.
 */
final class Api {

    /**
     * Reads every JSON number with a fraction as an exact {@link java.math.BigDecimal} and keeps its trailing zeros
     * ({@code 12000000.00} stays that, never {@code 1.2E7}): amounts are never a binary floating-point value here.
     */
    static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .build();

    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final String base;
    private final AgencySeals seals;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** A client of the gateway at {@code base}; {@code seals} (may be null) seals the agencies' answers. */
    Api(String base, AgencySeals seals) {
        this.base = base;
        this.seals = seals;
    }

    /** A POST; an agency's answer carries its seal over the body's bytes, as the agency's system sends it. */
    Answer post(String path, String token, Object body) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(body);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(bytes));
            if (seals != null && AgencySeals.sealed(path)) {
                seals.seal(token, bytes).ifPresent(seal -> request.header(AgencySeals.HEADER, seal));
            }
            return call(request, token);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Answer get(String path, String token) {
        return call(HttpRequest.newBuilder(URI.create(base + path)).GET(), token);
    }

    private Answer call(HttpRequest.Builder request, String token) {
        try {
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(15)).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isEmpty() ? null : parse(r.body());
            return new Answer(r.statusCode(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, null);
        } catch (Exception e) {
            return new Answer(0, null); // refused, reset or timed out: the caller retries
        }
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }
}
