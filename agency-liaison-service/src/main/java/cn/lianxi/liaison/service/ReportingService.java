package cn.lianxi.liaison.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ReportEscalation;
import cn.lianxi.liaison.KeyTask;
import cn.lianxi.liaison.MemberUnit;
import cn.lianxi.liaison.service.JointMeetingDtos.ReportingView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The office's list of key tasks' reporting (报送情况): current cycle, missed reports, escalation. */
@ApplicationScoped
public class ReportingService {

    private final ReportingCycles cycles;
    private final Clock clock;

    public ReportingService(ReportingCycles cycles, Clock clock) {
        this.cycles = cycles;
        this.clock = clock;
    }

    /** Every task (of {@code year} when given); {@code overdueOnly}: those with missed cycles since their last report. */
    @WithSession
    public Uni<List<ReportingView>> reporting(Integer year, boolean overdueOnly) {
        String query = (year == null ? "1 = 1" : "year = ?1") + (overdueOnly ? " and consecutiveMissed > 0" : "");
        Uni<List<KeyTask>> tasks = year == null ? KeyTask.<KeyTask>find(query, Sort.ascending("year", "dueOn", "title")).list()
                : KeyTask.<KeyTask>find(query, Sort.ascending("year", "dueOn", "title"), year).list();
        Instant now = clock.instant();
        return MemberUnit.<MemberUnit>find("role", "CONVENER").firstResult().chain(convener -> tasks.map(list -> list
                .stream().map(t -> view(t, now, convener == null ? null : convener.id)).toList()));
    }

    private ReportingView view(KeyTask t, Instant now, String convener) {
        int current = cycles.cycleAt(t, now);
        boolean reported = t.lastReportedCycle != null && t.lastReportedCycle == current;
        return new ReportingView(t.id, t.year, t.title, t.ownerUnit, t.cycle, current, cycles.start(t, current),
                cycles.end(t, current), reported, t.consecutiveMissed, t.missedTotal, t.escalation,
                t.escalation == ReportEscalation.ESCALATED ? convener : null, t.lastReportedAt, t.doneOn != null);
    }
}
