package cn.lianxi.liaison.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.liaison.Referral;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The queries of the freeze lifecycle: which freeze an order names, who else holds an account (轮候冻结), which
 * freezes lapse or end soon, and a case's open referrals for its conclusion. Sweeps lock with SKIP LOCKED; the
 * account queue is locked in full (FOR UPDATE), so two answers on one account line up instead of both taking effect.
 */
@ApplicationScoped
public class FreezeRepository {

    /** The case's FREEZE referral that carried the court's freeze order {@code requestId}. */
    public Uni<Referral> freezeOfOrder(UUID caseId, String requestId) {
        return one("""
                SELECT * FROM referral WHERE case_id = :case AND kind = 'FREEZE' AND payload ->> 'requestId' = :rid
                ORDER BY created_at DESC LIMIT 1""", "rid", requestId, caseId, null);
    }

    /**
     * The case's latest freeze of {@code account} at {@code agencyId} that has not ended: answered and standing, or
     * not answered yet (a renewal or unfreeze may be ordered before the bank answered the freeze).
     */
    public Uni<Referral> caseFreezeOnAccount(UUID caseId, String agencyId, String account) {
        return one("""
                SELECT * FROM referral WHERE case_id = :case AND agency_id = :agency AND kind = 'FREEZE'
                  AND coalesce(freeze_account, payload ->> 'accountNumber') = :account
                  AND (freeze_state IN ('ACTIVE', 'QUEUED') OR status IN ('QUEUED', 'DELIVERED', 'ACKNOWLEDGED'))
                ORDER BY created_at DESC LIMIT 1""", "account", account, caseId, agencyId);
    }

    /**
     * Every standing freeze of the account at the bank, first answered first (the order of 轮候冻结), locked. The
     * account itself is locked first (a transaction-scoped advisory lock on bank and account), so two freezes answered
     * at once for one account line up instead of both taking effect: row locks alone cannot hold a row not yet there.
     */
    public Uni<List<Referral>> lockStandingOnAccount(String agencyId, String account) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "SELECT count(*) FROM pg_advisory_xact_lock(hashtext(:key))", Long.class)
                .setParameter("key", agencyId + "|" + account)
                .getSingleResult()
                .chain(locked -> session.createNativeQuery("""
                        SELECT * FROM referral WHERE agency_id = :agency AND freeze_account = :account
                          AND freeze_state IN ('ACTIVE', 'QUEUED')
                        ORDER BY answered_at, id FOR UPDATE""", Referral.class)
                        .setParameter("agency", agencyId)
                        .setParameter("account", account)
                        .getResultList()));
    }

    /** Active freezes whose end has come: they lapse (冻结失效). */
    public Uni<List<Referral>> lockLapsed(Instant now, int max) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                SELECT * FROM referral WHERE freeze_state = 'ACTIVE' AND freeze_ends_at <= :now
                ORDER BY freeze_ends_at LIMIT :max FOR UPDATE SKIP LOCKED""", Referral.class)
                .setParameter("now", now)
                .setParameter("max", max)
                .getResultList());
    }

    /** Active freezes ending after {@code now} and by {@code horizon}, not announced yet (since their last renewal). */
    public Uni<List<Referral>> lockEndingBefore(Instant now, Instant horizon, int max) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                SELECT * FROM referral WHERE freeze_state = 'ACTIVE' AND freeze_warned_at IS NULL
                  AND freeze_ends_at <= :horizon AND freeze_ends_at > :now
                ORDER BY freeze_ends_at LIMIT :max FOR UPDATE SKIP LOCKED""", Referral.class)
                .setParameter("horizon", horizon)
                .setParameter("now", now)
                .setParameter("max", max)
                .getResultList());
    }

    /** The case's open referrals (queued, delivered, acknowledged), locked: its conclusion withdraws them. */
    public Uni<List<Referral>> lockOpenOfCase(UUID caseId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                SELECT * FROM referral WHERE case_id = :case AND status IN ('QUEUED', 'DELIVERED', 'ACKNOWLEDGED')
                ORDER BY created_at, id FOR UPDATE""", Referral.class)
                .setParameter("case", caseId)
                .getResultList());
    }

    /** The case's referrals still open (queued, delivered or acknowledged) that carry the court order {@code requestId}. */
    public Uni<List<Referral>> lockOpenOfRequest(UUID caseId, String requestId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                SELECT * FROM referral WHERE case_id = :case AND payload ->> 'requestId' = :request
                  AND status IN ('QUEUED', 'DELIVERED', 'ACKNOWLEDGED')
                ORDER BY created_at, id FOR UPDATE""", Referral.class)
                .setParameter("case", caseId).setParameter("request", requestId)
                .getResultList());
    }

    private static Uni<Referral> one(String sql, String name, String value, UUID caseId, String agencyId) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql, Referral.class).setParameter("case", caseId)
                    .setParameter(name, value);
            if (agencyId != null) {
                query.setParameter("agency", agencyId);
            }
            return query.getResultList().map(list -> list.isEmpty() ? null : list.get(0));
        });
    }
}
