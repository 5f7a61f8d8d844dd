package cn.lianxi.liaison.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.liaison.ReferralStatus;
import cn.lianxi.liaison.mapping.EvidenceView;
import cn.lianxi.liaison.mapping.ReferralView;
import cn.lianxi.liaison.repository.ReferralRepository;
import cn.lianxi.liaison.service.ReferralEvidence;
import cn.lianxi.liaison.service.ReferralService;
import io.smallrye.mutiny.Uni;

/** Referrals as courts and overseers see them; judges create them for their court's cases. */
@Path("/referrals")
@Tag(name = "referrals")
public class ReferralResource {

    private final ReferralService service;
    private final Scope scope;
    private final Caller caller;
    private final ReferralEvidence evidence;

    public ReferralResource(ReferralService service, Scope scope, Caller caller, ReferralEvidence evidence) {
        this.evidence = evidence;
        this.service = service;
        this.scope = scope;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Ask one agency (freeze at a bank, locate a person, …) about a case of the judge's court")
    @APIResponse(responseCode = "201", description = "The referral, sent; Location names it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ReferralView.class)),
            headers = @Header(name = "Location", description = "its path", schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> create(@NotNull @Valid ReferralRequest request) {
        return service.request(caller.requireCourt(), request.command(caller.officer()), caller.name())
                .map(r -> Response.created(URI.create("/referrals/" + r.id)).entity(scope.view(r)).build());
    }

    @GET
    @RolesAllowed({Roles.JUDGE, Roles.COURT_CLERK, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Referrals of the caller's court (all for overseers), oldest due first; total in X-Total-Count",
            description = "`officer` (the officer's id, `orderedBy.id`) and `document` (`legalBasis.documentNumber`) "
                    + "list every measure of one officer (承办人) or of one enforcement document: an auditor's "
                    + "listing across courts, court staff's within their own court. "
                    + "`X-Total-Count` is exact up to 10,000; beyond that it says 10000 and "
                    + "`X-Total-Count-Capped: true` is sent.")
    @APIResponse(responseCode = "200", ref = ReferralPageDocs.PAGE)
    public Uni<Response> list(@QueryParam("caseId") UUID caseId, @QueryParam("agencyId") String agencyId,
            @QueryParam("kind") ReferralKind kind, @QueryParam("status") ReferralStatus status,
            @QueryParam("officer") @Size(max = 100) String officer,
            @QueryParam("document") @Size(max = 100) String document,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size, @Context UriInfo uri) {
        var filter = new ReferralRepository.Filter(agencyId, scope.court(), caseId, kind, status, officer, document);
        return service.search(filter, page, size)
                .map(p -> PageHeaders.ok(p.items().stream().map(scope::view).toList(), p, uri).build());
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN, Roles.BANK, Roles.POLICE, Roles.PROCURATORATE,
        Roles.AGENCY})
    @Operation(summary = "Overdue referrals (逾期清单): an agency sees its own, the office sees every agency's")
    public Uni<List<ReferralView>> overdue(@QueryParam("agencyId") String agencyId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("100") @Min(1) @Max(500) int size) {
        String own = scope.agency();
        return service.overdue(own != null ? own : agencyId, page, size)
                .map(list -> list.stream().map(scope::view).toList());
    }

    @GET
    @Path("/expiring-freezes")
    @RolesAllowed({Roles.JUDGE, Roles.COURT_CLERK, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Answered freezes lapsing within the warning window, so the court can renew them (续冻)")
    public Uni<List<ReferralView>> expiringFreezes() {
        return service.freezesEndingSoon(scope.court()).map(list -> list.stream().map(scope::view).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.JUDGE, Roles.COURT_CLERK, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN, Roles.BANK,
        Roles.POLICE, Roles.PROCURATORATE, Roles.AGENCY})
    @Operation(summary = "One referral, if the caller may see it")
    public Uni<ReferralView> get(@PathParam("id") UUID id) {
        return service.get(id).map(scope::visible).map(scope::view);
    }

    @GET
    @Path("/{id}/evidence")
    @RolesAllowed({Roles.JUDGE, Roles.COURT_CLERK, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The referral's evidence (证据材料): the court's sealed order, the agency's answer, the receipts",
            description = "`sealedOrder` {keyId, seal, document}: the court's seal over the order as it was sealed; "
                    + "`answer` {keyId, seal, document, digest}: the agency's latest answer, amendment or rejection "
                    + "exactly as sent (`seal` absent when it was admitted unsealed); `receipts`: the platform's "
                    + "signed delivery receipts (ACCEPTED, DELIVERED, RETRIEVED, ANSWERED) in issue order, each "
                    + "sealed by agency-liaison-service over its canonical JSON without `seal`. Every seal verifies "
                    + "with the keys of `GET /seals/keys`. Another court's referral is not found.")
    public Uni<EvidenceView> evidence(@PathParam("id") UUID id) {
        return service.get(id).map(scope::visible).chain(evidence::of);
    }
}
