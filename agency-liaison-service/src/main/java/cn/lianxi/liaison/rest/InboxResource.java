package cn.lianxi.liaison.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.liaison.ReferralStatus;
import cn.lianxi.liaison.mapping.ReferralMapper;
import cn.lianxi.liaison.mapping.ReferralView;
import cn.lianxi.liaison.repository.DuePosition;
import cn.lianxi.liaison.repository.ReferralRepository;
import cn.lianxi.liaison.service.AgencySeals;
import cn.lianxi.liaison.service.AnswerService;
import cn.lianxi.liaison.service.InboxService;
import cn.lianxi.contracts.ReferralResult;
import io.smallrye.mutiny.Uni;

/**
 * An agency's referral queue (pull API). The agency is always the one in the caller's token ({@code agency_id}):
 * another agency's referrals are neither listed, nor counted, nor answerable (they are reported as not found).
 * Answers, amendments and rejections carry the agency's seal over the exact body in {@code Lianxi-Seal}.
 */
@Path("/inbox")
@Tag(name = "inbox")
@RolesAllowed({Roles.BANK, Roles.POLICE, Roles.PROCURATORATE, Roles.AGENCY})
public class InboxResource {

    private final InboxService inbox;
    private final AnswerService answers;
    private final ReferralMapper mapper;
    private final Caller caller;
    private final RequestBytes body;

    public InboxResource(InboxService inbox, AnswerService answers, ReferralMapper mapper, Caller caller,
            RequestBytes body) {
        this.body = body;
        this.inbox = inbox;
        this.answers = answers;
        this.mapper = mapper;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The caller's agency's referrals, oldest due first; next page in Link rel=next",
            description = """
                    Ordered by (dueAt, id). Page through the queue with the cursor: follow the `Link: <…>; rel="next"` \
                    header (relative to this URL, with the same filters and size and an opaque `after` cursor); the \
                    last page has no Link header. A cursor this service did not write is a 400 naming `after`. \
                    `page` (offset) still works but the database walks every skipped row, so use it for the first \
                    few pages only; it cannot be combined with `after`. `X-Total-Count` is the number of matching \
                    referrals up to 10,000; beyond that it says 10000 and `X-Total-Count-Capped: true` is sent, \
                    because counting a deep queue exactly on every page costs more than the page itself.""")
    @APIResponse(responseCode = "200", ref = ReferralPageDocs.PAGE)
    public Uni<Response> list(@QueryParam("status") ReferralStatus status, @QueryParam("kind") ReferralKind kind,
            @QueryParam("caseId") UUID caseId, @QueryParam(InboxCursor.PARAM) String after,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size, @Context UriInfo uri) {
        var filter = new ReferralRepository.Filter(caller.requireAgency(), null, caseId, kind, status);
        DuePosition position = InboxCursor.decode(after);
        if (position != null && page > 0) {
            throw ProblemException.badRequest(ProblemType.PAGING_CONFLICT, "page", "page and after cannot be combined");
        }
        return inbox.list(filter, position, page, size)
                .map(p -> PageHeaders.ok(p.items().stream().map(mapper::toView).toList(), p, uri).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One referral of the caller's agency")
    public Uni<ReferralView> get(@PathParam("id") UUID id) {
        return inbox.own(caller.requireAgency(), id).map(mapper::toView);
    }

    @POST
    @Path("/claims")
    @Operation(summary = "Claim up to max queued referrals under a lease; an unanswered lease returns them to the queue")
    public Uni<List<ReferralView>> claim(@QueryParam("max") @DefaultValue("10") @Min(1) @Max(100) int max) {
        return inbox.claim(caller.requireAgency(), caller.name(), max)
                .map(list -> list.stream().map(mapper::toView).toList());
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "Confirm the agency is working on the referral")
    public Uni<ReferralView> acknowledge(@PathParam("id") UUID id) {
        return inbox.acknowledge(caller.requireAgency(), id, caller.name()).map(mapper::toView);
    }

    @POST
    @Path("/{id}/answer")
    @Operation(summary = "Answer with a typed result; the same answer twice is harmless, a different one is a 409",
            description = """
                    The answer is checked against the referral's order (its `payload`) before anything is recorded: \
                    a freeze may not freeze more than the order's `amount` nor another `accountNumber`; a deduction \
                    may not exceed the order's amount (400 `invalid-result` naming `amountDeducted`), must come \
                    from the ordered account (400 naming `accountNumber`), and may not exceed what the freeze it \
                    draws on still holds (409 `invalid-result`) nor what the case still owes (409 \
                    `deduction-exceeds-debt`), both naming `amountDeducted`; \
                    an unfreeze may not release more than is frozen (409 naming `amountUnfrozen`); a result type \
                    that does not answer the kind is a 400 `wrong-result-kind` naming `type`. A refused answer \
                    records and publishes nothing. The referral's `answerId` names the published outcome; a wrong \
                    answer is corrected only by `POST /inbox/{id}/amendments`.""")
    @APIResponse(responseCode = "200", description = "The answered referral, with its answerId",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = SealDocs.REFUSED)
    @APIResponse(responseCode = "503", description = SealDocs.UNANCHORED)
    @SealedBody
    public Uni<ReferralView> answer(@PathParam("id") UUID id, @NotNull ReferralResult result,
            @Parameter(in = ParameterIn.HEADER, name = AgencySeals.HEADER, description = SealDocs.HEADER)
            @HeaderParam(AgencySeals.HEADER) String seal) {
        return answers.answer(caller.requireAgency(), id, result, body.sealedBy(seal), caller.name())
                .map(mapper::toView);
    }

    @POST
    @Path("/{id}/amendments")
    @Operation(summary = "Correct the standing answer (更正回执), naming the answer it replaces and why",
            description = """
                    `replaces` must be the referral's current `answerId`; the corrected `result` goes through the \
                    same checks as an answer (the replaced answer no longer counts against the freeze or the debt). \
                    The amendment is audited (`referral-amended`) and published on liaison.outcomes.v1 as a \
                    ReferralOutcome with `replaces` (the replaced outcome's eventId) and `reason`, so the case \
                    counts it instead; the referral's `answerId` becomes the new outcome's eventId. The same \
                    amendment again is harmless (200, nothing new published). 409 `already-answered` naming \
                    `replaces` when it does not name the standing answer (already replaced, or another's); 409 \
                    `invalid-result` naming `replaces` when the referral has no answer; 400 `invalid-result` naming \
                    `result` when it repeats the answer; 400 `workflow-kind` for a 拒执罪 decision.""")
    @APIResponse(responseCode = "200", description = "The referral with its amended answer and new answerId",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = SealDocs.REFUSED)
    @APIResponse(responseCode = "503", description = SealDocs.UNANCHORED)
    @SealedBody
    public Uni<ReferralView> amend(@PathParam("id") UUID id, @NotNull @Valid AmendmentRequest request,
            @Parameter(in = ParameterIn.HEADER, name = AgencySeals.HEADER, description = SealDocs.HEADER)
            @HeaderParam(AgencySeals.HEADER) String seal) {
        return answers.amend(caller.requireAgency(), id, request.replaces(), request.reason(), request.result(),
                body.sealedBy(seal), caller.name()).map(mapper::toView);
    }

    @POST
    @Path("/{id}/rejection")
    @Operation(summary = "Refuse the referral, with a reason")
    @APIResponse(responseCode = "200", description = "The rejected referral",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = SealDocs.REFUSED)
    @APIResponse(responseCode = "503", description = SealDocs.UNANCHORED)
    @SealedBody
    public Uni<ReferralView> reject(@PathParam("id") UUID id, @NotNull @Valid RejectionRequest request,
            @Parameter(in = ParameterIn.HEADER, name = AgencySeals.HEADER, description = SealDocs.HEADER)
            @HeaderParam(AgencySeals.HEADER) String seal) {
        return answers.reject(caller.requireAgency(), id, request.reason(), body.sealedBy(seal), caller.name())
                .map(mapper::toView);
    }
}
