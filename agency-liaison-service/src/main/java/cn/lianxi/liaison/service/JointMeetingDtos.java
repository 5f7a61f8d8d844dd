package cn.lianxi.liaison.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.lianxi.liaison.KeyTask;
import cn.lianxi.liaison.MemberUnit;
import cn.lianxi.liaison.ProgressReport;

/** Requests and views of the joint meeting (联席会议) API. */
public final class JointMeetingDtos {

    private JointMeetingDtos() {
    }

    public record MemberRequest(@NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9-]{1,39}$") String id,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "CONVENER|OFFICE|MEMBER") String role, String agencyId) {
    }

    public record MemberView(String id, String name, String role, String agencyId, LocalDate joinedOn) {
        public static MemberView of(MemberUnit m) {
            return new MemberView(m.id, m.name, m.role, m.agencyId, m.joinedOn);
        }
    }

    public record TaskRequest(@Min(2000) @Max(2100) int year, @NotBlank @Size(max = 300) String title,
            @Size(max = 2000) String description, @NotBlank String ownerUnit, @NotNull LocalDate dueOn) {
    }

    public record ProgressRequest(@Min(0) @Max(100) int progress, @NotBlank @Size(max = 2000) String summary) {
    }

    public record TaskView(UUID id, int year, String title, String description, String ownerUnit, LocalDate dueOn,
            int progress, LocalDate doneOn, String state) {
        public static TaskView of(KeyTask t, LocalDate today) {
            return new TaskView(t.id, t.year, t.title, t.description, t.ownerUnit, t.dueOn, t.progress, t.doneOn,
                    t.stateOn(today).name());
        }
    }

    public record ProgressView(UUID id, String unit, LocalDate reportedOn, int progress, String summary,
            String actor) {
        public static ProgressView of(ProgressReport p) {
            return new ProgressView(p.id, p.unit, p.reportedOn, p.progress, p.summary, p.actor);
        }
    }

    /** The office's status report of a year: each task's state on the report day, and the totals. */
    public record StatusReport(int year, LocalDate asOf, Map<String, Long> byState, List<TaskView> tasks) {
    }
}
