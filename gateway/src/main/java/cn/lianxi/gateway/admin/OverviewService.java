package cn.lianxi.gateway.admin;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.gateway.admin.Overview.KafkaSnapshot;
import cn.lianxi.gateway.admin.Overview.ServiceSnapshot;
import cn.lianxi.gateway.admin.Overview.Summary;
import cn.lianxi.gateway.admin.ServiceDocuments.Document;
import cn.lianxi.gateway.proxy.CallOrigin;
import cn.lianxi.gateway.proxy.Upstream;
import cn.lianxi.gateway.proxy.UpstreamClient;
import cn.lianxi.gateway.proxy.UpstreamClient.UpstreamResponse;
import io.smallrye.mutiny.Uni;

/**
 * Builds the overview (汇总) from the services' statistics endpoints — called with the admin's own token, so each
 * service still decides what this caller may see — their readiness (read on their management interfaces), and
 * Kafka. A service that cannot answer is marked unavailable; it never fails the whole overview.
 */
@ApplicationScoped
public class OverviewService {

    private final UpstreamClient client;
    private final ServiceDocuments documents;
    private final KafkaLag kafkaLag;
    private final ObjectMapper json;

    OverviewService(UpstreamClient client, ServiceDocuments documents, KafkaLag kafkaLag, ObjectMapper json) {
        this.client = client;
        this.documents = documents;
        this.kafkaLag = kafkaLag;
        this.json = json;
    }

    public Uni<Overview> overview(String authorization, CallOrigin origin) {
        List<Uni<ServiceSnapshot>> services = Arrays.stream(Upstream.values())
                .map(u -> snapshot(u, authorization, origin)).toList();
        return Uni.combine().all().unis(services).with(ServiceSnapshot.class, list -> list)
                .flatMap(list -> kafkaLag.snapshot().map(kafka -> assemble(list, kafka)));
    }

    private Overview assemble(List<ServiceSnapshot> list, KafkaSnapshot kafka) {
        Map<String, ServiceSnapshot> byName = new LinkedHashMap<>();
        Upstream[] upstreams = Upstream.values();
        for (int i = 0; i < upstreams.length; i++) {
            byName.put(upstreams[i].key(), list.get(i));
        }
        int available = (int) list.stream().filter(ServiceSnapshot::available).count();
        int ready = (int) list.stream().filter(s -> "UP".equals(s.health())).count();
        Long totalLag = kafka.lag().values().stream().filter(Objects::nonNull).reduce(Long::sum).orElse(null);
        JsonNode caseStats = byName.get(Upstream.CASE.key()).stats();
        Summary summary = new Summary(available, list.size(), ready, kafka.status(), totalLag,
                Amounts.caseTotal(caseStats, "amountOwed"), Amounts.caseTotal(caseStats, "amountRecovered"));
        return new Overview(Instant.now(), summary, byName, kafka);
    }

    private Uni<ServiceSnapshot> snapshot(Upstream upstream, String authorization, CallOrigin origin) {
        Uni<Document> stats = documents.get(upstream, upstream.statsPath(), authorization, origin);
        // readiness is served on the service's management interface only, never on its public port
        Uni<String> health = client.callManagement(upstream, "/q/health/ready", ServiceDocuments.jsonHeaders(origin),
                origin)
                .map(this::healthOf)
                .onFailure().recoverWithItem("UNREACHABLE");
        return Uni.combine().all().unis(stats, health)
                .with((s, h) -> new ServiceSnapshot(s.available(), h, s.json(), s.problem()));
    }

    private String healthOf(UpstreamResponse response) {
        if (response.body() != null) {
            try {
                JsonNode status = json.readTree(response.body().getBytes()).get("status");
                if (status != null) {
                    return status.asText();
                }
            } catch (IOException e) {
                // fall through to the status code
            }
        }
        return response.status() == 200 ? "UP" : "DOWN";
    }

}
