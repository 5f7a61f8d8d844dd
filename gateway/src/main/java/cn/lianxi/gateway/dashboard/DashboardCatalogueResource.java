package cn.lianxi.gateway.dashboard;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.lianxi.contracts.Labels;

/**
 * The labels the dashboard shows (显示名称), from the one catalogue in event-contracts ({@link Labels}):
 * {@code {"CaseStatus": {"FILED": {"zh": "已立案", "en": "Filed"}, ...}, "Court": {"C320500": {...}}, ...}}.
 * Anonymous, like the page itself: it holds no case data, only names.
 */
@Path("/dashboard-catalogue")
public class DashboardCatalogueResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Map<String, Labels.Label>> get() {
        return Labels.all();
    }
}
