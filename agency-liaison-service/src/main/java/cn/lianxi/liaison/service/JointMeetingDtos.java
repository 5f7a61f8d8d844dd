package cn.lianxi.liaison.service;

import java.time.Instant;
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

import cn.lianxi.contracts.CommendationKind;
import cn.lianxi.contracts.MemberUnitKind;
import cn.lianxi.contracts.ReportEscalation;
import cn.lianxi.contracts.ReportingCycle;
import cn.lianxi.liaison.Commendation;
import cn.lianxi.liaison.KeyTask;
import cn.lianxi.liaison.MemberUnit;
import cn.lianxi.liaison.ProgressReport;

/** Requests and views of the joint meeting (联席会议) API. */
public final class JointMeetingDtos {

    private JointMeetingDtos() {
    }

    public record MemberRequest(@NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9-]{1,39}$") String id,
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "CONVENER|OFFICE|MEMBER") String role, String agencyId,
            MemberUnitKind kind, @Size(max = 2000) String duties) {
    }

    /** A member unit with its kind (法院, 公安, 政法委, …) and duties (职责). */
    public record MemberView(String id, String name, String role, String agencyId, LocalDate joinedOn,
            MemberUnitKind kind, String duties) {
        public static MemberView of(MemberUnit m) {
            return new MemberView(m.id, m.name, m.role, m.agencyId, m.joinedOn, m.kind, m.duties);
        }
    }

    /** A key task assigned directly; {@code cycle} (报送周期) defaults to MONTHLY. */
    public record TaskRequest(@Min(2000) @Max(2100) int year, @NotBlank @Size(max = 300) String title,
            @Size(max = 2000) String description, @NotBlank String ownerUnit, @NotNull LocalDate dueOn,
            ReportingCycle cycle) {
    }

    public record ProgressRequest(@Min(0) @Max(100) int progress, @NotBlank @Size(max = 2000) String summary) {
    }

    public record TaskView(UUID id, int year, String title, String description, String ownerUnit, LocalDate dueOn,
            int progress, LocalDate doneOn, String state, ReportingCycle cycle, int missedCycles,
            ReportEscalation escalation, UUID decisionId) {
        public static TaskView of(KeyTask t, LocalDate today) {
            return new TaskView(t.id, t.year, t.title, t.description, t.ownerUnit, t.dueOn, t.progress, t.doneOn,
                    t.stateOn(today).name(), t.cycle, t.consecutiveMissed, t.escalation, t.decisionId);
        }
    }

    /** A progress report with the reporting cycle (from 1) it counted for. */
    public record ProgressView(UUID id, String unit, LocalDate reportedOn, int progress, String summary,
            String actor, int cycle) {
        public static ProgressView of(ProgressReport p) {
            return new ProgressView(p.id, p.unit, p.reportedOn, p.progress, p.summary, p.actor, p.cycle);
        }
    }

    /**
     * Where a task stands in its reporting (报送情况): its current cycle (from 1, with its bounds), whether that
     * cycle has a report, the ended cycles without a report since the last report ({@code missedCycles}; all of them
     * in {@code missedTotal}) and the escalation they brought (逾期未报 → 提请牵头单位督办, {@code escalatedTo} the
     * convener).
     */
    public record ReportingView(UUID taskId, int year, String title, String ownerUnit, ReportingCycle cycle,
            int currentCycle, Instant currentCycleStart, Instant currentCycleEnd, boolean reportedThisCycle,
            int missedCycles, int missedTotal, ReportEscalation escalation, String escalatedTo,
            Instant lastReportedAt, boolean done) {
    }

    /** A commendation (表彰); {@code person} is required for INDIVIDUAL (先进个人). */
    public record CommendationRequest(@Min(2000) @Max(2100) int year, @NotNull CommendationKind kind,
            @NotBlank String unitId, @Size(max = 100) String person, @NotBlank @Size(max = 2000) String reason) {
    }

    public record CommendationView(UUID id, int year, CommendationKind kind, String unitId, String person,
            String reason, Instant createdAt) {
        public static CommendationView of(Commendation c) {
            return new CommendationView(c.id, c.year, c.kind, c.unitId, c.person, c.reason, c.createdAt);
        }
    }

    /** The office's status report of a year: each task's state on the report day, and the totals. */
    public record StatusReport(int year, LocalDate asOf, Map<String, Long> byState, List<TaskView> tasks) {
    }
}
