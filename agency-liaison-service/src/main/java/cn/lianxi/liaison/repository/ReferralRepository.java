package cn.lianxi.liaison.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.liaison.Referral;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.liaison.ReferralStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** Reads and writes referrals; the queue operations lock rows with {@code FOR UPDATE SKIP LOCKED}. */
@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    /**
     * What an inbox or overview list is narrowed to; null fields do not narrow. {@code officerId} and
     * {@code documentNumber} find the measures of one officer (承办人) or of one enforcement document, as their
     * payload names them ({@code orderedBy.id}, {@code legalBasis.documentNumber}; indexed by V11).
     */
    public record Filter(String agencyId, String courtCode, UUID caseId, ReferralKind kind, ReferralStatus status,
            String officerId, String documentNumber) {

        /** Narrowed by agency, court, case, kind and status only. */
        public Filter(String agencyId, String courtCode, UUID caseId, ReferralKind kind, ReferralStatus status) {
            this(agencyId, courtCode, caseId, kind, status, null, null);
        }
    }

    /**
     * Up to {@code limit} referrals in queue order {@code (dueAt, id)}, skipping {@code offset}: the database still
     * walks every skipped row, so this is for shallow pages only.
     */
    public Uni<List<Referral>> page(Filter filter, long offset, int limit) {
        Where where = where(filter);
        return nativeList(where.sql + " ORDER BY due_at, id LIMIT :limit OFFSET :offset", where.params
                .and("limit", limit).and("offset", offset));
    }

    /**
     * Up to {@code limit} referrals strictly after {@code after} in queue order (keyset paging): the row comparison
     * is an index condition on {@code (…, due_at, id)}, so a page deep in the queue costs what the first one does.
     */
    public Uni<List<Referral>> after(Filter filter, DuePosition after, int limit) {
        Where where = where(filter);
        return nativeList(where.sql + " AND (due_at, id) > (:afterDue, :afterId) ORDER BY due_at, id LIMIT :limit",
                where.params.and("afterDue", after.dueAt().atOffset(ZoneOffset.UTC)).and("afterId", after.id())
                        .and("limit", limit));
    }

    /** How many referrals match, counting no further than {@code cap}: a deep queue costs at most cap index entries. */
    public Uni<Long> countUpTo(Filter filter, int cap) {
        Where where = where(filter);
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery("SELECT count(*) FROM (SELECT 1 " + where.sql
                    + " LIMIT :cap) capped", Long.class).setParameter("cap", cap);
            where.params.map().forEach(query::setParameter);
            return query.getSingleResult();
        });
    }

    /**
     * Claims up to {@code max} of the agency's referrals for a pull worker: queued ones and those whose lease ran out,
     * oldest due first. Rows another worker is claiming right now are skipped, never handed out twice.
     */
    public Uni<List<Referral>> lockClaimable(String agencyId, Instant now, int max) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                SELECT * FROM referral WHERE agency_id = :agency
                  AND (status = 'QUEUED' OR (status = 'DELIVERED' AND lease_until IS NOT NULL AND lease_until <= :now))
                ORDER BY due_at, id LIMIT :max FOR UPDATE SKIP LOCKED""", Referral.class)
                .setParameter("agency", agencyId)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("max", max)
                .getResultList());
    }

    /** Open referrals past their due time and not yet escalated, locked for the deadline sweep. */
    public Uni<List<Referral>> lockNewlyOverdue(Instant now, int max) {
        return lockWhere("status IN ('QUEUED', 'DELIVERED', 'ACKNOWLEDGED') AND escalated_at IS NULL AND due_at < :now",
                now, max);
    }

    /** Open referrals past their expiry, locked for the deadline sweep. */
    public Uni<List<Referral>> lockExpired(Instant now, int max) {
        return lockWhere("status IN ('QUEUED', 'DELIVERED', 'ACKNOWLEDGED') AND expires_at < :now", now, max);
    }

    /** Claimed referrals whose lease ran out, locked to put them back in the queue. */
    public Uni<List<Referral>> lockLapsedLeases(Instant now, int max) {
        return lockWhere("status = 'DELIVERED' AND lease_until IS NOT NULL AND lease_until <= :now", now, max);
    }

    /** Open referrals past due, for the overdue lists (逾期清单). */
    public Uni<List<Referral>> overdue(String agencyId, Instant now, int page, int size) {
        String text = "status in :open and dueAt < :now" + (agencyId == null ? "" : " and agencyId = :agency");
        Parameters params = Parameters.with("open", ReferralStatus.OPEN).and("now", now);
        if (agencyId != null) {
            params.and("agency", agencyId);
        }
        return find(text, Sort.ascending("dueAt", "id"), params).page(Page.of(page, size)).list();
    }

    /** Active freezes of one court (or all) ending before {@code horizon} (lapsed or released ones end nothing). */
    public Uni<List<Referral>> freezesEndingBefore(String courtCode, Instant horizon) {
        String text = "kind = :kind and status = :answered and freezeState = :active and freezeEndsAt <= :horizon"
                + (courtCode == null ? "" : " and courtCode = :court");
        Parameters params = Parameters.with("kind", ReferralKind.FREEZE).and("answered", ReferralStatus.ANSWERED)
                .and("active", cn.lianxi.liaison.FreezeState.ACTIVE).and("horizon", horizon);
        if (courtCode != null) {
            params.and("court", courtCode);
        }
        return find(text, Sort.ascending("freezeEndsAt"), params).list();
    }

    public Uni<List<Referral>> ofCase(UUID caseId, ReferralKind kind) {
        return find("caseId = ?1 and kind = ?2", Sort.ascending("createdAt", "agencyId"), caseId, kind).list();
    }

    /** The case's answered referrals of {@code kinds}: what its bank measures did, for the checks on a new answer. */
    public Uni<List<Referral>> answeredOfCase(UUID caseId, java.util.Collection<ReferralKind> kinds) {
        return find("caseId = ?1 and status = ?2 and kind in ?3", Sort.ascending("answeredAt", "id"), caseId,
                ReferralStatus.ANSWERED, kinds).list();
    }

    private Uni<List<Referral>> lockWhere(String condition, Instant now, int max) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT * FROM referral WHERE " + condition + " ORDER BY due_at LIMIT :max FOR UPDATE SKIP LOCKED",
                Referral.class)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("max", max)
                .getResultList());
    }

    private Uni<List<Referral>> nativeList(String sql, Parameters params) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery("SELECT * " + sql, Referral.class);
            params.map().forEach(query::setParameter);
            return query.getResultList();
        });
    }

    /** The filter as SQL from {@code FROM} on; enums are bound by name, as the entity stores them. */
    private static Where where(Filter f) {
        StringBuilder sql = new StringBuilder("FROM referral WHERE true");
        Parameters params = new Parameters();
        add(sql, params, "agency_id", f.agencyId());
        add(sql, params, "court_code", f.courtCode());
        add(sql, params, "case_id", f.caseId());
        add(sql, params, "kind", f.kind() == null ? null : f.kind().name());
        add(sql, params, "status", f.status() == null ? null : f.status().name());
        add(sql, params, "payload->'orderedBy'->>'id'", "officer", f.officerId());
        add(sql, params, "payload->'legalBasis'->>'documentNumber'", "document", f.documentNumber());
        return new Where(sql.toString(), params);
    }

    private static void add(StringBuilder sql, Parameters params, String column, Object value) {
        add(sql, params, column, column, value);
    }

    private static void add(StringBuilder sql, Parameters params, String expression, String name, Object value) {
        if (value != null) {
            sql.append(" AND ").append(expression).append(" = :").append(name);
            params.and(name, value);
        }
    }

    private record Where(String sql, Parameters params) {
    }

    /**
     * The case's exit bans (EXIT_BAN) the police registered for a respondent with no lifting (EXIT_BAN_LIFTING) of
     * the same respondent answered or under way: the bans a performance must lift.
     */
    public Uni<List<Referral>> registeredExitBansNotLifted(UUID caseId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                SELECT * FROM referral b WHERE b.case_id = :case AND b.kind = 'EXIT_BAN'
                  AND b.outcome = 'EXIT_BAN_REGISTERED'
                  AND NOT EXISTS (SELECT 1 FROM referral l WHERE l.case_id = b.case_id AND l.kind = 'EXIT_BAN_LIFTING'
                      AND l.payload -> 'respondent' ->> 'idNumber' = b.payload -> 'respondent' ->> 'idNumber'
                      AND l.status NOT IN ('REJECTED', 'EXPIRED', 'CANCELLED'))
                ORDER BY b.created_at, b.id""", Referral.class)
                .setParameter("case", caseId)
                .getResultList());
    }
}
