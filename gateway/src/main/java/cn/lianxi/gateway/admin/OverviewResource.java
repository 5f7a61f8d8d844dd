package cn.lianxi.gateway.admin;

import java.time.Duration;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.jboss.resteasy.reactive.RestStreamElementType;

import cn.lianxi.gateway.config.GatewayConfig;
import cn.lianxi.gateway.proxy.CallOrigin;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The admins' monitoring API (监控接口). Reached only through the edge pipeline, which has already checked the
 * token and the roles (jm-office, auditor, admin: see RouteTable).
 */
@Path("/api/admin/overview")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class OverviewResource {

    private final OverviewService overviews;
    private final Duration interval;

    OverviewResource(OverviewService overviews, GatewayConfig config) {
        this.overviews = overviews;
        this.interval = config.gateway().overview().streamInterval();
    }

    @GET
    @Operation(summary = "Overview across services: statistics, readiness, Kafka health and lag")
    public Uni<Overview> overview(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context RoutingContext rc) {
        return overviews.overview(authorization, CallOrigin.of(rc));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "The overview pushed as server-sent events, one at once and then every few seconds")
    public Multi<Overview> stream(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Context RoutingContext rc) {
        CallOrigin origin = CallOrigin.of(rc);
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(interval)
                .onOverflow().drop()
                .onItem().transformToUniAndConcatenate(tick -> overviews.overview(authorization, origin));
    }
}
