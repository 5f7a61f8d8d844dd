package cn.lianxi.liaison.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import cn.lianxi.liaison.mapping.BankInquiryView;
import cn.lianxi.liaison.service.BankInquiryService;
import io.smallrye.mutiny.Uni;

/** The nationwide bank inquiry (总对总): one request fans out to every active bank; one view collects the answers. */
@Path("/bank-inquiries")
@Tag(name = "bank inquiries")
public class BankInquiryResource {

    /** The fan-out's answer: its id and how many referrals (banks × respondents) it created. */
    public record Accepted(UUID inquiryId, UUID caseId, int referrals) {
    }

    private final BankInquiryService service;
    private final Scope scope;
    private final Caller caller;

    public BankInquiryResource(BankInquiryService service, Scope scope, Caller caller) {
        this.service = service;
        this.scope = scope;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Ask every active bank about the respondents of a case of the judge's court")
    @APIResponse(responseCode = "202", description = "Accepted: one referral per active bank, answered later",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = Accepted.class)))
    public Uni<Response> start(@NotNull @Valid BankInquiryRequest request) {
        UUID inquiryId = UUID.randomUUID();
        return service.start(caller.requireCourt(), request.caseId(), request.caseNumber(), request.parties(),
                caller.officer(), request.legalBasis(), inquiryId, caller.name())
                .map(count -> Response.accepted(new Accepted(inquiryId, request.caseId(), count)).build());
    }

    @GET
    @Path("/{caseId}")
    @RolesAllowed({Roles.JUDGE, Roles.COURT_CLERK, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "Which banks answered, what they found, which are late")
    public Uni<BankInquiryView> view(@PathParam("caseId") UUID caseId) {
        return service.view(caseId, scope.court());
    }
}
