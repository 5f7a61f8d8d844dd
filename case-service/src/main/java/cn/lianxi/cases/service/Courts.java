package cn.lianxi.cases.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.Court;
import cn.lianxi.cases.repository.CourtRepository;
import cn.lianxi.kit.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Reads the court table (法院). */
@ApplicationScoped
public class Courts {

    private final CourtRepository courts;

    public Courts(CourtRepository courts) {
        this.courts = courts;
    }

    public Uni<List<Court>> all() {
        return Panache.withSession(courts::all);
    }

    /** The courts {@code code} leads; 404 when {@code code} is no court of the table. */
    public Uni<List<Court>> subordinates(String code) {
        return Panache.withSession(() -> courts.findById(code).chain(court -> {
            if (court == null) {
                throw ProblemException.notFound("court");
            }
            return courts.subordinates(code);
        }));
    }
}
