package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.repository.FiguresRepository;
import cn.lianxi.cases.repository.FiguresRepository.MonthConclusions;
import cn.lianxi.cases.repository.FiguresRepository.MonthCount;
import cn.lianxi.cases.service.AssessmentView.AgencyMonth;
import cn.lianxi.cases.service.AssessmentView.CourtMonth;
import cn.lianxi.cases.service.CaseFiguresView.CourtFigures;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.Money;
import cn.lianxi.kit.time.ReportPeriod;
import io.smallrye.mutiny.Uni;

/**
 * The case figures of a period and the assessment indicators per month (案件统计, 考核指标) of the courts in a scope:
 * the repository's statements run side by side, the indicators computed by {@link AssessmentRules}. A court appears
 * when it has a figure, or when it is the one court asked for.
 */
@ApplicationScoped
public class CaseFigures {

    private static final BigDecimal NONE = Money.cny(BigDecimal.ZERO);

    private final FiguresRepository figures;

    public CaseFigures(FiguresRepository figures) {
        this.figures = figures;
    }

    public Uni<CaseFiguresView> of(ReportPeriod period, CourtScope scope) {
        Set<String> courts = scope.courts();
        return Uni.combine().all()
                .unis(figures.filed(period.from(), period.to(), courts),
                        figures.concluded(period.start(), period.end(), courts),
                        figures.recovered(period.start(), period.end(), courts))
                .asTuple().map(t -> {
                    Set<String> seen = courtsOf(courts);
                    Map<String, Long> filed = new HashMap<>();
                    t.getItem1().forEach(c -> filed.put(seen(seen, c.courtCode()), c.n()));
                    Map<String, Map<ConclusionType, Long>> concluded = new HashMap<>();
                    t.getItem2().forEach(c -> concluded.computeIfAbsent(seen(seen, c.courtCode()), k -> zeros())
                            .put(ConclusionType.valueOf(c.key()), c.n()));
                    Map<String, BigDecimal> recovered = new HashMap<>();
                    t.getItem3().forEach(a -> recovered.put(seen(seen, a.courtCode()), a.amount()));
                    List<CourtFigures> rows = seen.stream().map(court -> new CourtFigures(court,
                            filed.getOrDefault(court, 0L), concluded.getOrDefault(court, zeros()),
                            recovered.getOrDefault(court, NONE))).toList();
                    return new CaseFiguresView(period.from(), period.to(), rows);
                });
    }

    public Uni<AssessmentView> assessment(MonthRange range, CourtScope scope) {
        Set<String> courts = scope.courts();
        ReportPeriod period = range.period();
        return Uni.combine().all()
                .unis(figures.filedByMonth(range.from(), range.to(), courts),
                        figures.openAtStart(range.from(), range.to(), courts),
                        figures.resumedByMonth(period.start(), period.end(), courts),
                        figures.conclusionsByMonth(period.start(), period.end(), courts),
                        figures.answersByMonth(period.start(), period.end(), courts, AssessmentRules.agencyAnswers(),
                                AssessmentRules.measureKinds()))
                .asTuple().map(t -> {
                    Set<String> seen = courtsOf(courts);
                    Map<String, Long> filed = byCourtMonth(t.getItem1(), seen);
                    Map<String, Long> open = byCourtMonth(t.getItem2(), seen);
                    Map<String, Long> resumed = byCourtMonth(t.getItem3(), seen);
                    Map<String, MonthConclusions> conclusions = new HashMap<>();
                    t.getItem4().forEach(c -> conclusions.put(key(seen(seen, c.courtCode()), c.month()), c));
                    List<CourtMonth> months = seen.stream().flatMap(court -> range.months().stream()
                            .map(month -> month(court, month, filed, open, resumed, conclusions))).toList();
                    List<AgencyMonth> measures = t.getItem5().stream().map(a -> new AgencyMonth(a.courtCode(),
                            a.month(), a.agencyId(), a.answered(), a.withinDeadline(),
                            AssessmentRules.withinDeadlineRate(a.withinDeadline(), a.answered()))).toList();
                    return new AssessmentView(range.from(), range.to(), months, measures);
                });
    }

    private static CourtMonth month(String court, YearMonth month, Map<String, Long> filed, Map<String, Long> open,
            Map<String, Long> resumed, Map<String, MonthConclusions> conclusions) {
        String key = key(court, month);
        long newCases = filed.getOrDefault(key, 0L);
        long caseload = AssessmentRules.caseload(open.getOrDefault(key, 0L), newCases, resumed.getOrDefault(key, 0L));
        MonthConclusions c = conclusions.getOrDefault(key,
                new MonthConclusions(court, month, 0, 0, NONE, NONE, 0, 0));
        return new CourtMonth(court, month, newCases, caseload, c.concluded(),
                AssessmentRules.concludedRate(c.concluded(), caseload),
                AssessmentRules.averageDaysToConclude(c.totalDays(), c.concluded()), c.owed(), c.recovered(),
                AssessmentRules.recoveryRate(c.recovered(), c.owed()), c.terminal(),
                AssessmentRules.terminalShare(c.terminal(), c.concluded()), c.terminalResumed(),
                AssessmentRules.resumedShare(c.terminalResumed(), c.terminal()));
    }

    /** The courts seen so far, in court order: the scope's single court from the start, when one was asked. */
    private static Set<String> courtsOf(Set<String> scope) {
        Set<String> seen = new TreeSet<>();
        if (scope != null && scope.size() == 1) {
            seen.addAll(scope);
        }
        return seen;
    }

    private static String seen(Set<String> seen, String court) {
        seen.add(court);
        return court;
    }

    private static Map<String, Long> byCourtMonth(List<MonthCount> counts, Set<String> seen) {
        Map<String, Long> byKey = new HashMap<>();
        counts.forEach(c -> byKey.put(key(seen(seen, c.courtCode()), c.month()), c.n()));
        return byKey;
    }

    private static String key(String court, YearMonth month) {
        return court + "|" + month;
    }

    private static Map<ConclusionType, Long> zeros() {
        Map<ConclusionType, Long> zeros = new EnumMap<>(ConclusionType.class);
        for (ConclusionType type : ConclusionType.values()) {
            zeros.put(type, 0L);
        }
        return zeros;
    }
}
