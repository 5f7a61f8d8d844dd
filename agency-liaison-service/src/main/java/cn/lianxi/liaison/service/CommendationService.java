package cn.lianxi.liaison.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CommendationKind;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.Commendation;
import cn.lianxi.liaison.MemberUnit;
import cn.lianxi.liaison.service.JointMeetingDtos.CommendationRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The year's commendations (表彰): 先进集体 (a member unit) and 先进个人 (a person of one). */
@ApplicationScoped
public class CommendationService {

    private final AuditLog audit;
    private final Clock clock;

    public CommendationService(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Commendation> commend(CommendationRequest request, String actor) {
        boolean individual = request.kind() == CommendationKind.INDIVIDUAL;
        if (individual && (request.person() == null || request.person().isBlank())) {
            throw ProblemException.badRequest(ProblemType.INVALID_REQUEST, "person",
                    "an individual commendation (先进个人) names the person");
        }
        return MemberUnit.<MemberUnit>findById(request.unitId()).chain(unit -> {
            if (unit == null) {
                throw ProblemException.badRequest(ProblemType.UNKNOWN_UNIT, "unitId", "the unit must be a member unit");
            }
            Commendation c = new Commendation();
            c.id = UUID.randomUUID();
            c.year = request.year();
            c.kind = request.kind();
            c.unitId = unit.id;
            c.person = individual ? request.person().trim() : null;
            c.reason = request.reason();
            c.createdBy = actor;
            c.createdAt = clock.instant();
            return c.<Commendation>persist().call(() -> audit.append(actor, "jm-commended", c.id.toString(),
                    "year=" + c.year + " kind=" + c.kind + " unit=" + c.unitId));
        });
    }

    @WithSession
    public Uni<List<Commendation>> commendations(int year) {
        return Commendation.<Commendation>find("year", Sort.ascending("createdAt"), year).list();
    }
}
