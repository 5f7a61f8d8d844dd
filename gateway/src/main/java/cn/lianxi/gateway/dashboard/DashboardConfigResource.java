package cn.lianxi.gateway.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.lianxi.gateway.config.GatewayConfig;

/** What the dashboard page needs to log in (登录配置): the realm's URL and its public client. Anonymous. */
@Path("/dashboard-config")
public class DashboardConfigResource {

    private final DashboardConfig config;

    DashboardConfigResource(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String realmUrl,
            GatewayConfig gateway) {
        this.config = new DashboardConfig(realmUrl.endsWith("/") ? realmUrl.substring(0, realmUrl.length() - 1)
                : realmUrl, gateway.dashboard().clientId());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DashboardConfig get() {
        return config;
    }

    /** {@code realmUrl} is the OIDC issuer; the page appends {@code /protocol/openid-connect/...}. */
    public record DashboardConfig(String realmUrl, String clientId) {
    }
}
