package cn.lianxi.gateway.admin;

import java.io.IOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.gateway.proxy.CallOrigin;
import cn.lianxi.gateway.proxy.ForwardedHeaders;
import cn.lianxi.gateway.proxy.Upstream;
import cn.lianxi.gateway.proxy.UpstreamClient;
import cn.lianxi.gateway.proxy.UpstreamClient.UpstreamResponse;
import io.smallrye.mutiny.Uni;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;

/**
 * A service's JSON document read for a composed answer (汇总文档): the overview's statistics, the 通报's figures.
 * Called with the caller's own token, so each service still decides what this caller may see, and with the
 * caller's request id. Never fails: a service that cannot answer, answers another status, answers no JSON or an
 * amount with a fraction of a fen gives a {@link Document} that is not available and says why. Amounts come out
 * at two decimals ({@link Amounts}).
 */
@ApplicationScoped
public class ServiceDocuments {

    private final UpstreamClient client;
    private final ObjectMapper json;

    ServiceDocuments(UpstreamClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
    }

    public Uni<Document> get(Upstream upstream, String pathAndQuery, String authorization, CallOrigin origin) {
        MultiMap headers = jsonHeaders(origin);
        if (authorization != null) {
            headers.set("Authorization", authorization);
        }
        return client.call(upstream, HttpMethod.GET, pathAndQuery, headers, null, origin)
                .map(this::documentOf)
                .onFailure().recoverWithItem(new Document(null, 0, "unreachable"));
    }

    /** The service sees the composed answer's request id, so its own log lines can be found with the gateway's. */
    static MultiMap jsonHeaders(CallOrigin origin) {
        return MultiMap.caseInsensitiveMultiMap().set("Accept", "application/json")
                .set(ForwardedHeaders.REQUEST_ID, origin.requestId());
    }

    private Document documentOf(UpstreamResponse response) {
        if (response.status() != 200 || response.body() == null) {
            return new Document(null, response.status(), "answered " + response.status());
        }
        try {
            return new Document(Amounts.inFen(json.readTree(response.body().getBytes())), 200, null);
        } catch (IOException e) {
            return new Document(null, 200, "answered with a document that is not JSON");
        } catch (ArithmeticException e) {
            return new Document(null, 200, "answered an amount with a fraction of a fen");
        }
    }

    /**
     * What one service answered: {@code json} its document, or null with {@code problem} saying why; {@code status}
     * is its HTTP status, 0 when it could not be reached (no answer in time, breaker open, connection refused).
     */
    public record Document(JsonNode json, int status, String problem) {

        public boolean available() {
            return json != null;
        }

        public boolean unreachable() {
            return status == 0;
        }
    }
}
