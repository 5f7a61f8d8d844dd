package cn.lianxi.cases.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.Court;
import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.repository.CourtRepository;
import cn.lianxi.contracts.CourtLevel;
import cn.lianxi.kit.security.Caller;
import cn.lianxi.kit.security.Roles;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The caller's {@link CourtScope} over the court table (三统一: 统一管理、统一指挥、统一协调, the intermediate court leads
 * the enforcement of the basic courts of its city): a division head (执行局长, role {@code division-head}) of an
 * intermediate court sees its own court and every court whose parent it is; every other court officer their own
 * court ({@link CourtScope#ownCourt}); the office, auditors and admins every court.
 */
@ApplicationScoped
public class CourtScopes {

    private final CourtRepository courts;

    public CourtScopes(CourtRepository courts) {
        this.courts = courts;
    }

    /** The caller's scope for reading and steering cases. */
    public Uni<CourtScope> of(Caller caller) {
        if (!caller.hasRole(Roles.DIVISION_HEAD)) {
            return Uni.createFrom().item(CourtScope.ownCourt(caller));
        }
        String own = caller.requireCourt();
        return Panache.withSession(() -> courts.findById(own).chain(court -> court == null
                || court.level != CourtLevel.INTERMEDIATE ? Uni.createFrom().item(CourtScope.of(own))
                : courts.subordinates(own).map(subordinates -> led(court, subordinates))));
    }

    /** An intermediate court and the courts it leads. */
    private static CourtScope led(Court court, List<Court> subordinates) {
        List<String> codes = new ArrayList<>();
        codes.add(court.code);
        subordinates.forEach(s -> codes.add(s.code));
        return CourtScope.of(codes);
    }
}
