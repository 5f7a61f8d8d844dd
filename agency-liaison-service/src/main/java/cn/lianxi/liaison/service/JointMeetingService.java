package cn.lianxi.liaison.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.lianxi.contracts.MemberUnitKind;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReportEscalation;
import cn.lianxi.contracts.ReportingCycle;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.KeyTask;
import cn.lianxi.liaison.MemberUnit;
import cn.lianxi.liaison.ProgressReport;
import cn.lianxi.liaison.service.JointMeetingDtos.MemberRequest;
import cn.lianxi.liaison.service.JointMeetingDtos.ProgressRequest;
import cn.lianxi.liaison.service.JointMeetingDtos.StatusReport;
import cn.lianxi.liaison.service.JointMeetingDtos.TaskRequest;
import cn.lianxi.liaison.service.JointMeetingDtos.TaskView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The joint meeting (综合治理执行难工作联席会议): member units, the yearly key tasks the office assigns to owner units,
 * the owners' progress reports and the office's status report of the year.
 */
@ApplicationScoped
public class JointMeetingService {

    private final AuditLog audit;
    private final Clock clock;
    private final ReportingCycles cycles;

    public JointMeetingService(AuditLog audit, Clock clock, ReportingCycles cycles) {
        this.audit = audit;
        this.clock = clock;
        this.cycles = cycles;
    }

    @WithSession
    public Uni<List<MemberUnit>> members() {
        return MemberUnit.<MemberUnit>listAll(Sort.ascending("role", "id"));
    }

    @WithTransaction
    public Uni<MemberUnit> addMember(MemberRequest request, String actor) {
        return MemberUnit.<MemberUnit>findById(request.id()).chain(existing -> {
            if (existing != null) {
                throw ProblemException.conflict(ProblemType.DUPLICATE_MEMBER, "this unit is already a member");
            }
            MemberUnit m = new MemberUnit();
            m.id = request.id();
            m.name = request.name();
            m.role = request.role();
            m.agencyId = request.agencyId();
            m.kind = request.kind() == null ? MemberUnitKind.OTHER : request.kind();
            m.duties = request.duties();
            m.joinedOn = today();
            return m.<MemberUnit>persist().call(() -> audit.append(actor, "jm-member-added", m.id, "role=" + m.role));
        });
    }

    @WithTransaction
    public Uni<KeyTask> addTask(TaskRequest request, String actor) {
        return assign(request.year(), new MeetingDtos.TaskSpec(request.title(), request.description(),
                request.ownerUnit(), request.dueOn(), request.cycle()), null, "ownerUnit", actor);
    }

    /**
     * Persists a key task of {@code year} (in the caller's transaction); its first reporting cycle starts now.
     * {@code field} names the owner in a refusal; {@code decisionId} the meeting decision that created it, if any.
     */
    Uni<KeyTask> assign(int year, MeetingDtos.TaskSpec spec, UUID decisionId, String field, String actor) {
        return MemberUnit.<MemberUnit>findById(spec.ownerUnit()).chain(owner -> {
            if (owner == null) {
                throw ProblemException.badRequest(ProblemType.UNKNOWN_UNIT, field, "the owner must be a member unit");
            }
            KeyTask t = new KeyTask();
            t.id = UUID.randomUUID();
            t.year = year;
            t.title = spec.title();
            t.description = spec.description();
            t.ownerUnit = owner.id;
            t.dueOn = spec.dueOn();
            t.cycle = spec.cycle() == null ? ReportingCycle.MONTHLY : spec.cycle();
            t.decisionId = decisionId;
            t.createdAt = clock.instant();
            t.nextSweepAt = cycles.end(t, 1);
            return t.<KeyTask>persist().call(() -> audit.append(actor, "jm-task-assigned", t.id.toString(),
                    "year=" + t.year + " owner=" + t.ownerUnit + " cycle=" + t.cycle));
        });
    }

    @WithSession
    public Uni<List<KeyTask>> tasks(int year) {
        return KeyTask.<KeyTask>find("year", Sort.ascending("dueOn", "title"), year).list();
    }

    @WithSession
    public Uni<List<ProgressReport>> reports(UUID taskId) {
        return ProgressReport.<ProgressReport>find("taskId", Sort.ascending("createdAt"), taskId).list();
    }

    /**
     * The owner unit reports progress; the office may report for it. {@code agencyId} is the reporter's agency, or
     * null for the office. 100 % marks the task done.
     */
    @WithTransaction
    public Uni<KeyTask> report(UUID taskId, ProgressRequest request, String agencyId, String actor) {
        // locked: the reporting sweep updates the same row every cycle (it skips a locked task, and a report waits
        // for a sweep that holds it instead of failing on the sweep's newer version)
        return KeyTask.<KeyTask>findById(taskId, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("task"))
                .call(t -> MemberUnit.<MemberUnit>findById(t.ownerUnit).invoke(owner -> {
                    boolean owns = agencyId == null || agencyId.equals(owner.id) || agencyId.equals(owner.agencyId);
                    if (!owns) {
                        throw ProblemException.forbidden("only the owner unit reports progress on this task");
                    }
                }))
                .call(t -> {
                    ProgressReport p = new ProgressReport();
                    p.id = UUID.randomUUID();
                    p.taskId = t.id;
                    p.unit = agencyId == null ? "office" : agencyId;
                    p.reportedOn = today();
                    p.progress = request.progress();
                    p.summary = request.summary();
                    p.actor = actor;
                    p.createdAt = clock.instant();
                    p.cycle = cycles.cycleAt(t, p.createdAt);
                    t.lastReportedCycle = p.cycle;
                    t.lastReportedAt = p.createdAt;
                    // a report ends the run of missed cycles and the escalation it brought (督办 answered)
                    t.consecutiveMissed = 0;
                    t.escalation = ReportEscalation.NONE;
                    t.progress = request.progress();
                    t.doneOn = request.progress() == 100 ? (t.doneOn == null ? today() : t.doneOn) : null;
                    return p.persist().call(() -> audit.append(actor, "jm-progress-reported", t.id.toString(),
                            "progress=" + p.progress + " cycle=" + p.cycle));
                });
    }

    public Uni<StatusReport> statusReport(int year) {
        LocalDate today = today();
        return tasks(year).map(list -> {
            Map<String, Long> byState = new LinkedHashMap<>();
            Arrays.stream(KeyTask.State.values()).forEach(s -> byState.put(s.name(), 0L));
            list.forEach(t -> byState.merge(t.stateOn(today).name(), 1L, Long::sum));
            return new StatusReport(year, today, byState, list.stream().map(t -> TaskView.of(t, today)).toList());
        });
    }

    public LocalDate today() {
        return PlatformClock.today(clock);
    }
}
