package cn.lianxi.liaison.rest;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.contracts.constraints.CleanText;

/**
 * 更正回执: an agency's corrected answer. It names the answer it replaces (the referral's {@code answerId}, which is
 * the {@code eventId} of the outcome that answer was published as) and says why.
 */
public record AmendmentRequest(
        @Schema(description = "the answerId of the answer this one replaces (its ReferralOutcome eventId)")
        @NotNull UUID replaces,
        @Schema(description = "why the answer is corrected (audited, and the published outcome's reason)")
        @NotBlank @Size(max = 2000) @CleanText(multiLine = true) String reason,
        @Schema(description = "the corrected typed answer, the same shape as POST /inbox/{id}/answer")
        @NotNull ReferralResult result) {
}
