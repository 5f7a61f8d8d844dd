package cn.lianxi.cases.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.service.CaseSteps;
import cn.lianxi.cases.service.RewardNotices;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * A case's reward notices (悬赏执行, 法释〔2017〕8号 arts. 21-24), for its court: the judge publishes one on the
 * applicant's application, assesses the leads (useful or not, the reward paid) and withdraws it; court staff read the
 * leads with their submitters' contacts. Another court's case answers 404. The public side is
 * {@link PublicRewardNoticeResource}.
 */
@Path("/cases/{id: [0-9a-fA-F-]{36}}/reward-notices")
@Tag(name = "reward notices")
public class RewardNoticeResource {

    private static final String KEY = "Idempotency-Key";

    private final RewardNotices notices;
    private final Caller caller;

    public RewardNoticeResource(RewardNotices notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Publish a reward notice (悬赏公告) on the applicant's application: reward, leads wanted, "
            + "validity (法释〔2017〕8号 arts. 21-22); the public sees it with the respondent masked")
    @APIResponse(responseCode = "201", description = "The notice; Location names its public view",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RewardNoticeView.class)),
            headers = @Header(name = "Location", description = "its public path",
                    schema = @Schema(type = SchemaType.STRING)))
    public Uni<Response> publish(@PathParam("id") UUID id, @NotNull @Valid RewardNoticeRequests.Publication body,
            @HeaderParam(KEY) String key) {
        return notices.publish(id, body.toNewNotice(), actor(), key)
                .map(n -> Response.created(URI.create("/public/reward-notices/" + n.id))
                        .entity(RewardNoticeView.of(n, List.of())).build());
    }

    @POST
    @Path("/{noticeId}/withdrawal")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Withdraw the reward notice, with the reason")
    public Uni<RewardNoticeView> withdraw(@PathParam("id") UUID id, @PathParam("noticeId") UUID noticeId,
            @NotNull @Valid RewardNoticeRequests.Withdrawal body, @HeaderParam(KEY) String key) {
        return notices.withdraw(id, noticeId, body.reason(), actor(), key).map(n -> RewardNoticeView.of(n, List.of()));
    }

    @POST
    @Path("/leads/{leadId}/assessment")
    @RolesAllowed(Roles.JUDGE)
    @Operation(summary = "Record whether a lead proved useful and the reward paid for it (法释〔2017〕8号 art. 24)")
    public Uni<RewardNoticeView.LeadView> assess(@PathParam("id") UUID id, @PathParam("leadId") UUID leadId,
            @NotNull @Valid RewardNoticeRequests.Assessment body, @HeaderParam(KEY) String key) {
        return notices.assess(id, leadId, body.useful(), body.rewardPaid(), actor(), key)
                .map(RewardNoticeView.LeadView::of);
    }

    @GET
    @RolesAllowed({Roles.COURT_CLERK, Roles.JUDGE, Roles.JM_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(summary = "The case's reward notices with their leads and the submitters' contacts")
    public Uni<List<RewardNoticeView>> list(@PathParam("id") UUID id) {
        return notices.ofCase(id, CourtScope.ownCourt(caller).court())
                .map(list -> list.stream().map(RewardNoticeView::of).toList());
    }

    private CaseSteps.Actor actor() {
        return new CaseSteps.Actor(caller.name(), caller.requireCourt(), caller.officer());
    }
}
