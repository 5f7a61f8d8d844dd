package cn.lianxi.cases.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.TimelineEntry;
import cn.lianxi.cases.repository.CaseCriteria;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.cases.repository.CaseStatsRepository;
import cn.lianxi.cases.repository.PetitionStatsRepository;
import cn.lianxi.kit.time.PlatformClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads cases, each within the caller's {@link CourtScope}. */
@ApplicationScoped
public class CaseQueries {

    /**
     * The dashboard figures; {@code petitionsByCourt}: the petition counts (涉执信访) of each court with any;
     * {@code performanceNoticesByCourt}: notices issued and performed within them (自动履行) of each court with any;
     * {@code clockBreachesByCourt}: the breached clocks (数据铁笼) of each court and kind with any;
     * {@code mechanismsByCourt}: the counts of each court's transfers to bankruptcy, property-report orders, reward
     * notices and leads, requests for approval and measures by kind, per state.
     */
    public record Stats(List<CaseStatsRepository.Group> byCourtAndStatus, CaseStatsRepository.Recovered recovered,
            List<PetitionStatsRepository.CourtPetitions> petitionsByCourt,
            List<CaseStatsRepository.CourtNotices> performanceNoticesByCourt,
            List<CaseStatsRepository.CourtBreaches> clockBreachesByCourt,
            List<CaseStatsRepository.CourtMechanism> mechanismsByCourt) {
    }

    private final CaseRepository cases;
    private final CaseStatsRepository stats;
    private final PetitionStatsRepository petitionStats;
    private final Clock clock;

    public CaseQueries(CaseRepository cases, CaseStatsRepository stats, PetitionStatsRepository petitionStats,
            Clock clock) {
        this.cases = cases;
        this.stats = stats;
        this.petitionStats = petitionStats;
        this.clock = clock;
    }

    /** The case if the scope may see it; a case of another court is reported absent, so its id leaks nothing. */
    public Uni<EnforcementCase> visible(UUID id, CourtScope scope) {
        return Panache.withSession(() -> cases.findVisible(id, scope));
    }

    public Uni<Page<EnforcementCase>> search(CaseCriteria criteria) {
        return Page.read(() -> cases.search(criteria), () -> cases.count(criteria));
    }

    public Uni<List<TimelineEntry>> timeline(UUID id, CourtScope scope) {
        return visible(id, scope).chain(c -> Panache.withSession(() -> TimelineEntry
                .<TimelineEntry>find("caseId", Sort.by("at").and("seq"), c.id).list()));
    }

    /** The figures' queries are independent reads of the pool, so they run side by side. */
    public Uni<Stats> stats(String courtCode) {
        ZoneId zone = PlatformClock.ZONE;
        LocalDate today = PlatformClock.today(clock);
        return Uni.combine().all().unis(stats.byCourtAndStatus(courtCode), stats.recovered(courtCode,
                today.atStartOfDay(zone).toInstant(), today.withDayOfMonth(1).atStartOfDay(zone).toInstant(),
                today.withDayOfYear(1).atStartOfDay(zone).toInstant()),
                petitionStats.byCourt(courtCode, clock.instant()), stats.noticesByCourt(courtCode),
                stats.breachesByCourt(courtCode), stats.mechanismsByCourt(courtCode)).asTuple()
                .map(t -> new Stats(t.getItem1(), t.getItem2(), t.getItem3(), t.getItem4(), t.getItem5(),
                        t.getItem6()));
    }
}
