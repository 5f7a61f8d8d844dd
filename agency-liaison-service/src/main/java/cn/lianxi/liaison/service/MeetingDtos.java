package cn.lianxi.liaison.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import cn.lianxi.contracts.MeetingKind;
import cn.lianxi.contracts.ReportingCycle;

/** Requests and views of the joint meeting's meetings (全体会议 / 办公室会议) and their decisions (决定事项). */
public final class MeetingDtos {

    private MeetingDtos() {
    }

    /** A meeting as the office records it; each decision's tasks become key tasks of the meeting's year. */
    public record MeetingRequest(@NotNull MeetingKind kind, @NotNull LocalDate heldOn,
            @NotBlank @Size(max = 300) String title, @NotNull @Size(max = 100) List<@NotBlank String> attendees,
            @NotNull @Size(max = 100) List<@NotBlank @Size(max = 1000) String> agenda,
            @Size(max = 20000) String minutes, @NotNull @Size(max = 100) List<@NotNull @Valid DecisionRequest> decisions) {
    }

    public record DecisionRequest(@NotBlank @Size(max = 300) String title,
            @NotNull @Size(max = 100) List<@NotNull @Valid TaskSpec> tasks) {
    }

    /** A key task a decision assigns; {@code cycle} (报送周期) defaults to MONTHLY. */
    public record TaskSpec(@NotBlank @Size(max = 300) String title, @Size(max = 2000) String description,
            @NotBlank String ownerUnit, @NotNull LocalDate dueOn, ReportingCycle cycle) {
    }

    public record MeetingView(UUID id, int year, MeetingKind kind, LocalDate heldOn, String title,
            List<String> attendees, List<String> agenda, String minutes, List<DecisionView> decisions,
            String createdBy) {
    }

    /** A decision with the ids of the key tasks it created. */
    public record DecisionView(UUID id, int position, String title, List<UUID> taskIds) {
    }
}
