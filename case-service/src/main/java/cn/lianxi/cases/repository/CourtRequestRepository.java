package cn.lianxi.cases.repository;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.lianxi.cases.CourtRequest;
import cn.lianxi.cases.CourtScope;
import cn.lianxi.contracts.CourtRequestStatus;
import cn.lianxi.kit.time.PlatformClock;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** Reads and writes the requests between courts (事项委托) and counts them for the figures. */
@ApplicationScoped
public class CourtRequestRepository implements PanacheRepositoryBase<CourtRequest, UUID> {

    /**
     * One pair of courts in a period: requests sent, answered (whenever), answered by the end of their due day
     * (China time), and the mean hours from request to answer of the answered ones (scale 2; null when none).
     */
    public record Pair(String fromCourt, String toCourt, long sent, long answered, long answeredWithinDeadline,
            BigDecimal averageHoursToAnswer) {
    }

    private final Pool pool;

    public CourtRequestRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<CourtRequest> findByIdForUpdate(UUID id) {
        return find("id = ?1", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** The requests sent to {@code court}: the open ones first, each oldest first. */
    public Uni<List<CourtRequest>> inbox(String court) {
        return find("toCourt = ?1 order by case when status = ?2 then 0 else 1 end, requestedAt, id", court,
                CourtRequestStatus.SENT).list();
    }

    /** The requests of a case, oldest first. */
    public Uni<List<CourtRequest>> ofCase(UUID caseId) {
        return find("caseId", Sort.by("requestedAt").and("id"), caseId).list();
    }

    /**
     * Per requesting and receiving court, the requests made in {@code [from, until)} between courts of which one is
     * in {@code scope}.
     */
    public Uni<List<Pair>> figures(Instant from, Instant until, CourtScope scope) {
        String courts = scope.isEvery() ? "" : " AND (court_code = ANY($3) OR to_court = ANY($3))";
        Tuple args = Tuple.of(from.atOffset(ZoneOffset.UTC), until.atOffset(ZoneOffset.UTC));
        if (!scope.isEvery()) {
            args.addArrayOfString(scope.courts().toArray(String[]::new));
        }
        return pool.preparedQuery("SELECT court_code, to_court, count(*) AS sent, "
                + "count(answered_at) AS answered, "
                + "count(*) FILTER (WHERE answered_at < ((due_on + 1)::timestamp AT TIME ZONE '"
                + PlatformClock.ZONE.getId() + "')) AS within, "
                + "avg(extract(epoch FROM answered_at - requested_at)) AS seconds "
                + "FROM court_request WHERE requested_at >= $1 AND requested_at < $2" + courts
                + " GROUP BY court_code, to_court ORDER BY court_code, to_court")
                .execute(args).map(rows -> {
                    List<Pair> pairs = new ArrayList<>();
                    rows.forEach(row -> {
                        BigDecimal seconds = row.getBigDecimal("seconds");
                        pairs.add(new Pair(row.getString("court_code"), row.getString("to_court"),
                                row.getLong("sent"), row.getLong("answered"), row.getLong("within"),
                                seconds == null ? null : seconds.divide(BigDecimal.valueOf(3600), 2,
                                        RoundingMode.HALF_UP)));
                    });
                    return pairs;
                });
    }
}
