package cn.lianxi.credit.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.credit.service.CheckAnswer;
import cn.lianxi.credit.service.SanctionCheckService;
import cn.lianxi.credit.service.SanctionExchange;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The joint-sanctions exchange (联合惩戒) for partner agencies. */
@Path("/sanctions")
@Tag(name = "exchange")
public class SanctionResource {

    private final SanctionExchange exchange;
    private final SanctionCheckService checks;
    private final Caller caller;

    public SanctionResource(SanctionExchange exchange, SanctionCheckService checks, Caller caller) {
        this.exchange = exchange;
        this.checks = checks;
        this.caller = caller;
    }

    @GET
    @Path("/changes")
    @WithSession
    @RolesAllowed({Roles.BANK, Roles.POLICE, Roles.PROCURATORATE, Roles.AGENCY, Roles.CREDIT_OFFICER})
    @Operation(summary = "Sanction changes after a cursor: the same history as topic credit.sanctions.v1")
    public Uni<ChangePage> changes(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return exchange.changesAfter(after, limit).map(list -> new ChangePage(
                list.stream().map(c -> new ChangePage.Change(c.seq, exchange.read(c))).toList(),
                list.isEmpty() ? after : list.get(list.size() - 1).seq));
    }

    @GET
    @Path("/check")
    @WithTransaction
    @RolesAllowed({Roles.BANK, Roles.POLICE, Roles.PROCURATORATE, Roles.AGENCY})
    @Operation(summary = "Is this ID currently restricted, and from what? (recorded)")
    public Uni<CheckAnswer> check(@QueryParam("idNumber") String idNumber) {
        return checks.check(idNumber, caller.requireAgency(), caller.name());
    }

    @GET
    @Path("/checks")
    @WithSession
    @RolesAllowed({Roles.BANK, Roles.POLICE, Roles.PROCURATORATE, Roles.AGENCY})
    @Operation(summary = "The caller's own agency's checks, newest first")
    public Uni<List<CheckView>> myChecks(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return checks.checksOf(caller.requireAgency(), page, size).map(list -> list.stream()
                .map(c -> new CheckView(c.id, c.agencyId, c.actor, c.maskedId, c.restricted, c.checkedAt)).toList());
    }
}
