package cn.lianxi.cases.rest;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.cases.Acknowledgement;
import cn.lianxi.cases.ComplaintCategory;
import cn.lianxi.cases.PetitionChannel;
import cn.lianxi.cases.service.Petitions;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.constraints.CleanText;

/**
 * The bodies of the petition steps (涉执信访), with the contract's text rules ({@code @CleanText}): court staff take a
 * party's complaint down, answer it, record the party's word, extend the term.
 */
public final class PetitionRequests {

    private PetitionRequests() {
    }

    /** Which party of the case petitions: by role, and by identifier when the case has several in that role. */
    public record Petitioner(@NotNull PartyRole role, @Size(max = 18) @CleanText String idNumber) {
    }

    /** {@code receivedAt}: when the court received it (a letter read days later); absent, now. */
    public record Registration(@NotNull @Valid Petitioner petitioner, @NotNull PetitionChannel channel,
            @NotNull ComplaintCategory category,
            @NotBlank @Size(max = 4000) @CleanText(multiLine = true) String complaint, Instant receivedAt) {

        Petitions.NewPetition toNewPetition() {
            return new Petitions.NewPetition(petitioner.role(), petitioner.idNumber(), channel, category, complaint,
                    receivedAt);
        }
    }

    public record Answer(@NotBlank @Size(max = 4000) @CleanText(multiLine = true) String answer) {
    }

    /** The party's word on the answer, as the party gave it to court staff. */
    public record PartyAcknowledgement(@NotNull Acknowledgement acknowledgement) {
    }

    /** The reason the petitioner is told (《信访工作条例》 art. 32). */
    public record Extension(@NotBlank @Size(max = 500) @CleanText(multiLine = true) String reason) {
    }
}
