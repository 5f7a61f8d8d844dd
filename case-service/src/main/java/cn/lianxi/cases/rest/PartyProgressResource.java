package cn.lianxi.cases.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import cn.lianxi.cases.mapping.ProgressMapper;
import cn.lianxi.cases.service.PartyProgress;
import cn.lianxi.contracts.constraints.CleanText;
import cn.lianxi.contracts.constraints.CommonFields;
import cn.lianxi.kit.problem.Problem;
import io.smallrye.mutiny.Uni;

/**
 * 执行公开 to the parties: an applicant or respondent reads its own case's progress with the case number and the
 * query code (查询码) the court gave it at filing, without an account. POST, so the code is in no URL, access log
 * or browser history. The gateway limits each address like the public list query; this service limits the wrong
 * codes per case.
 */
@Path("/case-progress")
@Tag(name = "case progress")
@PermitAll
public class PartyProgressResource {

    /** The case as the court's filing notice names it, and the party's code (case and hyphens do not matter). */
    public record ProgressQuery(@CommonFields.CourtCode @CleanText String courtCode,
            @CommonFields.CaseNumber @CleanText String caseNumber,
            @NotBlank @Size(max = 20) @CleanText String queryCode) {
    }

    private final PartyProgress progress;
    private final ProgressMapper mapper;

    public PartyProgressResource(PartyProgress progress, ProgressMapper mapper) {
        this.progress = progress;
        this.mapper = mapper;
    }

    @POST
    @Operation(summary = "A party's view of its case (执行公开): status, amounts and timeline, others masked")
    @APIResponse(responseCode = "200", description = "The case's progress as the party may see it",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = PartyProgressView.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not this code: one answer for both")
    @APIResponse(responseCode = "429", description = "Too many wrong codes for this case; Retry-After says when "
            + "it takes codes again",
            headers = @Header(name = "Retry-After", description = "seconds",
                    schema = @Schema(type = SchemaType.INTEGER)))
    public Uni<Response> progress(@NotNull @Valid ProgressQuery query) {
        return progress.query(query.courtCode(), query.caseNumber(), query.queryCode())
                .map(found -> Response.ok(mapper.toView(found)).build())
                .onFailure(PartyProgress.Locked.class).recoverWithItem(failure -> {
                    PartyProgress.Locked locked = (PartyProgress.Locked) failure;
                    return Response.status(locked.status()).type(Problem.MEDIA_TYPE)
                            .header("Retry-After", Long.toString(locked.secondsLeft()))
                            .entity(locked.toProblem().at("/case-progress")).build();
                });
    }
}
