package cn.lianxi.liaison.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.KeyTask;
import cn.lianxi.liaison.Meeting;
import cn.lianxi.liaison.MeetingDecision;
import cn.lianxi.liaison.MemberUnit;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.service.MeetingDtos.DecisionRequest;
import cn.lianxi.liaison.service.MeetingDtos.DecisionView;
import cn.lianxi.liaison.service.MeetingDtos.MeetingRequest;
import cn.lianxi.liaison.service.MeetingDtos.MeetingView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The joint meeting's meetings (全体会议, 办公室会议): attendees, agenda, minutes (会议纪要) and decisions (决定事项),
 * each decision's tasks becoming key tasks of the meeting's year, in one transaction.
 */
@ApplicationScoped
public class MeetingService {

    private final JointMeetingService tasks;
    private final AuditLog audit;
    private final Json json;
    private final Clock clock;

    public MeetingService(JointMeetingService tasks, AuditLog audit, Json json, Clock clock) {
        this.tasks = tasks;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<MeetingView> record(MeetingRequest request, String actor) {
        return MemberUnit.<MemberUnit>listAll().chain(units -> {
            Set<String> ids = units.stream().map(u -> u.id).collect(Collectors.toSet());
            for (int i = 0; i < request.attendees().size(); i++) {
                if (!ids.contains(request.attendees().get(i))) {
                    throw ProblemException.badRequest(ProblemType.UNKNOWN_UNIT, "attendees[" + i + "]",
                            "an attendee must be a member unit");
                }
            }
            Meeting m = new Meeting();
            m.id = UUID.randomUUID();
            m.year = request.heldOn().getYear();
            m.kind = request.kind();
            m.heldOn = request.heldOn();
            m.title = request.title();
            m.attendees = json.write(request.attendees());
            m.agenda = json.write(request.agenda());
            m.minutes = request.minutes();
            m.createdBy = actor;
            m.createdAt = clock.instant();
            return m.persist().chain(() -> decisions(m, request.decisions(), actor))
                    .call(() -> audit.append(actor, "jm-meeting-recorded", m.id.toString(),
                            "kind=" + m.kind + " heldOn=" + m.heldOn + " decisions=" + request.decisions().size()))
                    .map(decisions -> view(m, decisions));
        });
    }

    @WithSession
    public Uni<List<MeetingView>> meetings(int year) {
        return Meeting.<Meeting>find("year", Sort.ascending("heldOn", "createdAt"), year).list()
                .chain(list -> Multi.createFrom().iterable(list).onItem()
                        .transformToUniAndConcatenate(m -> decisionsOf(m).map(d -> view(m, d))).collect().asList());
    }

    @WithSession
    public Uni<MeetingView> meeting(UUID id) {
        return Meeting.<Meeting>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("meeting"))
                .chain(m -> decisionsOf(m).map(d -> view(m, d)));
    }

    private Uni<List<DecisionView>> decisions(Meeting m, List<DecisionRequest> requests, String actor) {
        List<Uni<DecisionView>> steps = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            int position = i + 1;
            DecisionRequest request = requests.get(i);
            steps.add(Uni.createFrom().deferred(() -> decision(m, position, request, actor)));
        }
        return Multi.createFrom().iterable(steps).onItem().transformToUniAndConcatenate(u -> u).collect().asList();
    }

    private Uni<DecisionView> decision(Meeting m, int position, DecisionRequest request, String actor) {
        MeetingDecision d = new MeetingDecision();
        d.id = UUID.randomUUID();
        d.meetingId = m.id;
        d.position = position;
        d.title = request.title();
        List<Uni<UUID>> created = new ArrayList<>();
        for (int j = 0; j < request.tasks().size(); j++) {
            MeetingDtos.TaskSpec spec = request.tasks().get(j);
            String field = "decisions[" + (position - 1) + "].tasks[" + j + "].ownerUnit";
            created.add(Uni.createFrom().deferred(() -> tasks.assign(m.year, spec, d.id, field, actor))
                    .map(t -> t.id));
        }
        return d.persist().chain(() -> Multi.createFrom().iterable(created).onItem()
                .transformToUniAndConcatenate(u -> u).collect().asList())
                .map(ids -> new DecisionView(d.id, d.position, d.title, ids));
    }

    private Uni<List<DecisionView>> decisionsOf(Meeting m) {
        return MeetingDecision.<MeetingDecision>find("meetingId", Sort.ascending("position"), m.id).list()
                .chain(ds -> Multi.createFrom().iterable(ds).onItem().transformToUniAndConcatenate(d -> KeyTask
                        .<KeyTask>find("decisionId", Sort.ascending("createdAt", "title"), d.id).list()
                        .map(ts -> new DecisionView(d.id, d.position, d.title, ts.stream().map(t -> t.id).toList())))
                        .collect().asList());
    }

    @SuppressWarnings("unchecked")
    private MeetingView view(Meeting m, List<DecisionView> decisions) {
        return new MeetingView(m.id, m.year, m.kind, m.heldOn, m.title, json.stored(m.attendees, List.class),
                json.stored(m.agenda, List.class), m.minutes, decisions, m.createdBy);
    }
}
