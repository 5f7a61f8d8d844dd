package cn.lianxi.gateway.bulletin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.gateway.admin.ServiceDocuments;
import cn.lianxi.gateway.admin.ServiceDocuments.Document;
import cn.lianxi.gateway.bulletin.Bulletin.Figures;
import cn.lianxi.gateway.problem.Problem;
import cn.lianxi.gateway.problem.ProblemException;
import cn.lianxi.gateway.proxy.CallOrigin;
import cn.lianxi.gateway.proxy.Upstream;
import io.smallrye.mutiny.Uni;

/**
 * Composes the 通报 like the overview (汇总): the issued bulletin from agency-liaison-service, then the figures of its
 * period from every service at once, all with the caller's own token (each service still scopes what this caller
 * sees). The bulletin itself is required (404, 403 as liaison answered; 503 when liaison is down); a figures part
 * whose service cannot answer is marked unavailable and the 通报 still answers.
 */
@ApplicationScoped
public class BulletinComposer {

    private static final String BULLETINS = "/joint-meeting/bulletins/";

    private final ServiceDocuments documents;

    BulletinComposer(ServiceDocuments documents) {
        this.documents = documents;
    }

    /** An issued bulletin with the figures of its period. */
    public Uni<Bulletin> issued(String id, String authorization, CallOrigin origin) {
        return documents.get(Upstream.LIAISON, BULLETINS + URLEncoder.encode(id, StandardCharsets.UTF_8),
                authorization, origin)
                .map(BulletinComposer::bulletinOf)
                .flatMap(bulletin -> compose(periodOf(bulletin), bulletin, authorization, origin));
    }

    /** A draft: the figures of a period without a bulletin. */
    public Uni<Bulletin> preview(Period period, String authorization, CallOrigin origin) {
        return compose(period, null, authorization, origin);
    }

    private Uni<Bulletin> compose(Period period, JsonNode bulletin, String authorization, CallOrigin origin) {
        List<FigurePart> parts = Arrays.asList(FigurePart.values());
        List<Uni<Document>> calls = parts.stream()
                .map(part -> documents.get(part.upstream(), part.pathAndQuery(period), authorization, origin))
                .toList();
        Uni<Map<String, String>> names = documents.get(Upstream.LIAISON, "/agencies", authorization, origin)
                .map(BulletinComposer::agencyNames);
        return Uni.combine().all().unis(calls).with(Document.class, answers -> figures(parts, answers))
                .flatMap(figures -> names.map(agencies -> new Bulletin(period.from(), period.to(), bulletin, figures,
                        agencies)));
    }

    private static Figures figures(List<FigurePart> parts, List<Document> answers) {
        Map<FigurePart, JsonNode> served = new HashMap<>();
        Map<String, String> unavailable = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Document answer = answers.get(i);
            if (answer.available()) {
                served.put(parts.get(i), answer.json());
            } else {
                unavailable.put(parts.get(i).key(), answer.problem());
            }
        }
        return new Figures(served.get(FigurePart.CASES), served.get(FigurePart.COURT_REQUESTS),
                served.get(FigurePart.LIAISON), served.get(FigurePart.CREDIT), served.get(FigurePart.ASSESSMENT),
                served.get(FigurePart.MECHANISMS), unavailable);
    }

    private static JsonNode bulletinOf(Document answer) {
        if (answer.available()) {
            return answer.json();
        }
        if (answer.unreachable()) {
            throw new ProblemException(Problem.of(ProblemType.UPSTREAM_UNAVAILABLE,
                    "agency-liaison-service, which keeps the bulletins, cannot answer now"));
        }
        int status = answer.status();
        throw new ProblemException(Problem.of(ProblemType.forStatus(status), status,
                "agency-liaison-service " + answer.problem() + " for this bulletin"));
    }

    private static Period periodOf(JsonNode bulletin) {
        try {
            return Period.parse(bulletin.path("from").asText(null), bulletin.path("to").asText(null));
        } catch (ProblemException e) {
            throw new ProblemException(Problem.of(ProblemType.INTERNAL_ERROR,
                    "the bulletin liaison served has no valid period: " + e.getMessage()));
        }
    }

    /** The registry's names by agency id; empty when it cannot be read (the ids are shown then). */
    private static Map<String, String> agencyNames(Document registry) {
        Map<String, String> names = new HashMap<>();
        if (registry.available()) {
            registry.json().forEach(agency -> names.put(agency.path("id").asText(), agency.path("name").asText()));
        }
        return names;
    }
}
