package cn.lianxi.cases.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.Acknowledgement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The petition figures (涉执信访) per court for the dashboard and the joint meeting's 通报, counted by PostgreSQL. */
@ApplicationScoped
public class PetitionStatsRepository {

    /**
     * One court's petitions: received (registered), answered by their deadline, overdue ({@code Petition#overdue}:
     * not answered by the deadline), repeats of an earlier unresolved one, and acknowledged as satisfied (满意 or
     * 基本满意).
     */
    public record CourtPetitions(String courtCode, long received, long answeredWithinDeadline, long overdue,
            long repeats, long acknowledgedSatisfied) {
    }

    /** The acknowledgements that resolve a petition ({@link Acknowledgement#settles}). */
    private static final String[] SETTLING = Stream.of(Acknowledgement.values()).filter(Acknowledgement::settles)
            .map(Enum::name).toArray(String[]::new);

    private final Pool pool;

    public PetitionStatsRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<CourtPetitions>> byCourt(String courtCode, Instant now) {
        return pool.preparedQuery("SELECT court_code, count(*) AS received, "
                + "count(*) FILTER (WHERE answered_at <= deadline) AS in_time, "
                + "count(*) FILTER (WHERE coalesce(answered_at, $2) > deadline) AS overdue, "
                + "count(*) FILTER (WHERE repeat_of IS NOT NULL) AS repeats, "
                + "count(*) FILTER (WHERE acknowledgement = ANY($3)) AS satisfied "
                + "FROM petition WHERE $1::text IS NULL OR court_code = $1 GROUP BY court_code ORDER BY court_code")
                .execute(Tuple.of(courtCode, now.atOffset(ZoneOffset.UTC), SETTLING))
                .map(rows -> {
                    List<CourtPetitions> courts = new ArrayList<>();
                    for (Row row : rows) {
                        courts.add(new CourtPetitions(row.getString("court_code"), row.getLong("received"),
                                row.getLong("in_time"), row.getLong("overdue"), row.getLong("repeats"),
                                row.getLong("satisfied")));
                    }
                    return courts;
                });
    }
}
