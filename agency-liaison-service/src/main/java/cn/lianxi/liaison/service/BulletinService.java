package cn.lianxi.liaison.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import cn.lianxi.liaison.Bulletin;
import cn.lianxi.liaison.Commendation;
import cn.lianxi.liaison.KeyTask;
import cn.lianxi.liaison.MemberUnit;
import cn.lianxi.liaison.ProgressReport;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.repository.JointMeetingRepository;
import cn.lianxi.liaison.service.BulletinDtos.BulletinRequest;
import cn.lianxi.liaison.service.BulletinDtos.BulletinView;
import cn.lianxi.liaison.service.BulletinDtos.CommendationLine;
import cn.lianxi.liaison.service.BulletinDtos.Content;
import cn.lianxi.liaison.service.BulletinDtos.Section;
import cn.lianxi.liaison.service.BulletinDtos.SectionTask;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * The office's bulletins (重点任务落实情况通报), numbered 联席办〔YYYY〕N号 with N counting the issuing year's bulletins
 * from 1. A bulletin covers the key tasks of the years its period touches, one section per owner unit, with the
 * reports and missed cycles (cycles ended) in the period, and the commendations of those years; it is a snapshot
 * taken at issue.
 */
@ApplicationScoped
public class BulletinService {

    private final JointMeetingRepository repository;
    private final AuditLog audit;
    private final Json json;
    private final Clock clock;

    public BulletinService(JointMeetingRepository repository, AuditLog audit, Json json, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<BulletinView> issue(BulletinRequest request, String actor) {
        if (request.to().isBefore(request.from())) {
            throw ProblemException.badRequest(ProblemType.INVALID_REQUEST, "to", "the period ends before it starts");
        }
        LocalDate today = PlatformClock.today(clock);
        int year = today.getYear();
        return MemberUnit.<MemberUnit>listAll().chain(units -> content(request, units).chain(content -> repository
                .nextBulletinSeq(year).chain(seq -> {
                    MemberUnit office = units.stream().filter(u -> "OFFICE".equals(u.role)).findFirst().orElse(null);
                    Bulletin b = new Bulletin();
                    b.id = UUID.randomUUID();
                    b.year = year;
                    b.seq = seq;
                    b.number = "联席办〔" + year + "〕" + seq + "号";
                    b.issuer = (office == null ? "联席会议办公室" : office.name) + " " + actor;
                    b.issuedOn = today;
                    b.periodFrom = request.from();
                    b.periodTo = request.to();
                    b.title = request.title() == null || request.title().isBlank()
                            ? "关于" + request.from() + "至" + request.to() + "重点任务落实情况的通报" : request.title();
                    b.content = json.write(content);
                    b.createdBy = actor;
                    b.createdAt = clock.instant();
                    return b.persist().call(() -> audit.append(actor, "jm-bulletin-issued", b.id.toString(),
                            "number=" + b.number + " from=" + b.periodFrom + " to=" + b.periodTo))
                            .map(x -> view(b));
                })));
    }

    @WithSession
    public Uni<List<BulletinView>> bulletins(int year) {
        return Bulletin.<Bulletin>find("year", Sort.ascending("seq"), year).list()
                .map(list -> list.stream().map(this::view).toList());
    }

    @WithSession
    public Uni<BulletinView> bulletin(UUID id) {
        return Bulletin.<Bulletin>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("bulletin"))
                .map(this::view);
    }

    private BulletinView view(Bulletin b) {
        Content c = json.stored(b.content, Content.class);
        return new BulletinView(b.id, b.number, b.issuer, b.createdBy, b.issuedOn, b.periodFrom, b.periodTo, b.title,
                c.sections(), c.commendations(), b.createdAt);
    }

    private Uni<Content> content(BulletinRequest request, List<MemberUnit> units) {
        Map<String, MemberUnit> byId = units.stream().collect(Collectors.toMap(u -> u.id, Function.identity()));
        int fromYear = request.from().getYear();
        int toYear = request.to().getYear();
        Instant start = request.from().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = request.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return KeyTask.<KeyTask>find("year between ?1 and ?2", Sort.ascending("ownerUnit", "dueOn", "title"),
                fromYear, toYear).list()
                .chain(tasks -> Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT t.id::text AS task,
                          (SELECT count(*) FROM jm_progress_report p WHERE p.task_id = t.id
                             AND p.created_at >= :start AND p.created_at < :end) AS reports,
                          (SELECT count(*) FROM jm_missed_report m WHERE m.task_id = t.id
                             AND m.cycle_end >= :start AND m.cycle_end < :end) AS missed
                        FROM jm_key_task t WHERE t.year BETWEEN :fromYear AND :toYear""", Object[].class)
                        .setParameter("start", start.atOffset(ZoneOffset.UTC))
                        .setParameter("end", end.atOffset(ZoneOffset.UTC))
                        .setParameter("fromYear", fromYear).setParameter("toYear", toYear)
                        .getResultList())
                        .chain(counts -> lastSummaries(tasks, end).chain(summaries -> Commendation.<Commendation>find(
                                "year between ?1 and ?2", Sort.ascending("createdAt"), fromYear, toYear).list()
                                .map(commendations -> new Content(
                                        sections(tasks, counts, summaries, byId, request.to()),
                                        commendations.stream().map(c -> new CommendationLine(c.kind, c.unitId,
                                                name(byId, c.unitId), c.person, c.reason)).toList())))));
    }

    private Uni<Map<UUID, String>> lastSummaries(List<KeyTask> tasks, Instant end) {
        List<UUID> ids = tasks.stream().map(t -> t.id).toList();
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return ProgressReport.<ProgressReport>find("taskId in ?1 and createdAt < ?2", Sort.ascending("createdAt"),
                ids, end).list().map(reports -> reports.stream()
                        .collect(Collectors.toMap(p -> p.taskId, p -> p.summary, (older, newer) -> newer)));
    }

    private static List<Section> sections(List<KeyTask> tasks, List<Object[]> counts, Map<UUID, String> summaries,
            Map<String, MemberUnit> units, LocalDate asOf) {
        Map<String, Object[]> byTask = counts.stream().collect(Collectors.toMap(r -> (String) r[0], r -> r));
        Map<String, List<KeyTask>> byOwner = tasks.stream().collect(Collectors.groupingBy(t -> t.ownerUnit,
                TreeMap::new, Collectors.toList()));
        return byOwner.entrySet().stream().map(e -> {
            MemberUnit unit = units.get(e.getKey());
            return new Section(e.getKey(), name(units, e.getKey()), unit == null ? null : unit.kind,
                    e.getValue().stream().sorted(Comparator.comparing((KeyTask t) -> t.dueOn).thenComparing(t -> t.title))
                            .map(t -> {
                                Object[] row = byTask.get(t.id.toString());
                                return new SectionTask(t.id, t.title, t.progress, t.stateOn(asOf).name(), t.dueOn,
                                        row == null ? 0 : ((Number) row[1]).longValue(),
                                        row == null ? 0 : ((Number) row[2]).longValue(), t.escalation,
                                        summaries.get(t.id));
                            }).toList());
        }).toList();
    }

    private static String name(Map<String, MemberUnit> units, String id) {
        MemberUnit unit = units.get(id);
        return unit == null ? id : unit.name;
    }
}
