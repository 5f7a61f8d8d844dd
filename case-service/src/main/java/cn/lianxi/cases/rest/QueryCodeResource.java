package cn.lianxi.cases.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.service.IssuedCode;
import cn.lianxi.cases.service.QueryCodeIssuer;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * A party's query code (查询码, 执行公开) issued again by the court's clerk or judge: for a case a court system filed
 * (its answer shows no codes, and Kafka has no answer at all), a party added later, or a code lost or leaked. The
 * old code stops working at once; the issue is audited, without the code. Another court's case is not found.
 */
@Path("/cases/{id: [0-9a-fA-F-]{36}}/parties/{partyId: [0-9a-fA-F-]{36}}/query-code")
@Tag(name = "case actions")
public class QueryCodeResource {

    private final QueryCodeIssuer issuer;
    private final Caller caller;

    public QueryCodeResource(QueryCodeIssuer issuer, Caller caller) {
        this.issuer = issuer;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE})
    @Operation(summary = "Issue a party's query code (查询码) again, shown this once; the old code stops working")
    public Uni<IssuedCode> reissue(@PathParam("id") UUID id, @PathParam("partyId") UUID partyId) {
        return issuer.reissue(id, partyId, caller.requireCourt(), caller.name());
    }
}
