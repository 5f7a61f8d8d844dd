package cn.lianxi.cases.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.service.RewardNotices;
import io.smallrye.mutiny.Uni;

/**
 * Reward notices for the public (悬赏公告, 法释〔2017〕8号 art. 22: published for anyone to read), without an account:
 * the notices in force with the respondent masked, and a lead on one (art. 23), which the case's court alone reads.
 * The gateway routes {@code /api/public/reward-notices/**} here and limits each address like the public list query.
 */
@Path("/public/reward-notices")
@Tag(name = "reward notices")
@PermitAll
public class PublicRewardNoticeResource {

    private final RewardNotices notices;

    public PublicRewardNoticeResource(RewardNotices notices) {
        this.notices = notices;
    }

    @GET
    @Operation(summary = "The reward notices in force (published, unexpired, the case open), the newest first")
    public Uni<List<PublicRewardNoticeView>> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return notices.published(page, size).map(list -> list.stream().map(PublicRewardNoticeView::of).toList());
    }

    @GET
    @Path("/{noticeId}")
    @Operation(summary = "One reward notice in force; 404 when withdrawn, expired or its case concluded")
    public Uni<PublicRewardNoticeView> get(@PathParam("noticeId") UUID noticeId) {
        return notices.publishedOne(noticeId).map(PublicRewardNoticeView::of);
    }

    @POST
    @Path("/{noticeId}/leads")
    @Operation(summary = "Submit a lead (财产线索) on a reward notice in force; only the case's court reads it and the "
            + "contact (法释〔2017〕8号 art. 23)")
    @APIResponse(responseCode = "202", description = "The lead, registered for the case's court",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadReceipt.class)))
    public Uni<Response> lead(@PathParam("noticeId") UUID noticeId, @NotNull @Valid RewardNoticeRequests.Lead body) {
        // the answer names the lead's receipt only: nothing of the case or the lead goes back to an anonymous caller
        return notices.submitLead(noticeId, body.toNewLead())
                .map(l -> Response.accepted(new LeadReceipt(l.id, l.submittedAt)).build());
    }

    /** What the submitter gets back: the lead's id and when it was registered (its place in the order, art. 23). */
    public record LeadReceipt(UUID leadId, Instant submittedAt) {
    }
}
