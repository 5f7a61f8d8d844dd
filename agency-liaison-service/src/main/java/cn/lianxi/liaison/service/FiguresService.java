package cn.lianxi.liaison.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.kit.time.ReportPeriod;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Liaison figures of a period (联动协作数据), for the office's bulletin (通报): referrals counted by their creation in
 * the period (inclusive days, UTC), their answers whenever they came. Aggregated in PostgreSQL.
 */
@ApplicationScoped
public class FiguresService {

    /** Referral kinds with figures of their own (bank inquiries, the 拒执罪 workflow), left out of {@code measures}. */
    private static final String NOT_MEASURES = "('BANK_INQUIRY', 'CRIMINAL_REFERRAL', 'FILING_SUPERVISION', "
            + "'PROSECUTION_REVIEW')";

    /** 总对总 bank inquiries per bank; {@code averageSecondsToAnswer} null when none was answered. */
    public record BankInquiries(String agencyId, long sent, long answered, long answeredWithinDeadline,
            Long averageSecondsToAnswer) {
    }

    /** 拒执罪 leads per police bureau: transferred, case opened (立案), prosecuted (起诉), refused (不予立案). */
    public record CriminalReferrals(String agencyId, long transferred, long opened, long prosecuted, long refused) {
    }

    /** Per procuratorate: filing supervision asked (提请立案监督), supervised (立案监督), prosecuted (提起公诉). */
    public record Procuratorates(String agencyId, long supervisionRequested, long filingSupervised, long prosecuted) {
    }

    /** Other measures (冻结, 扣划, 查找, …) per agency and kind. */
    public record Measures(String agencyId, String kind, long sent, long answered, long answeredWithinDeadline) {
    }

    public record Figures(LocalDate from, LocalDate to, List<BankInquiries> bankInquiries,
            List<CriminalReferrals> criminalReferrals, List<Procuratorates> procuratorates, List<Measures> measures) {
    }

    private final Pool pool;

    public FiguresService(Pool pool) {
        this.pool = pool;
    }

    public Uni<Figures> figures(ReportPeriod days) {
        Tuple period = Tuple.of(days.start(), days.end());
        return Uni.combine().all().unis(bankInquiries(period), criminal(period), procuratorates(period),
                measures(period)).with((banks, criminal, procs, measures) -> new Figures(days.from(), days.to(),
                banks, criminal, procs, measures));
    }

    private Uni<List<BankInquiries>> bankInquiries(Tuple period) {
        return query("""
                SELECT agency_id, count(*) AS sent, count(answered_at) AS answered,
                  count(*) FILTER (WHERE answered_at <= due_at) AS within,
                  round(avg(extract(epoch FROM answered_at - created_at)))::bigint AS avg_seconds
                FROM referral WHERE kind = 'BANK_INQUIRY' AND created_at >= $1 AND created_at < $2
                GROUP BY agency_id ORDER BY agency_id""", period, r -> new BankInquiries(r.getString("agency_id"),
                r.getLong("sent"), r.getLong("answered"), r.getLong("within"), r.getLong("avg_seconds")));
    }

    private Uni<List<CriminalReferrals>> criminal(Tuple period) {
        return query("""
                SELECT c.police_agency_id AS agency_id, count(*) AS transferred,
                  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM criminal_step s WHERE s.criminal_referral_id = c.id
                    AND s.stage = 'CASE_OPENED')) AS opened,
                  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM criminal_step s WHERE s.criminal_referral_id = c.id
                    AND s.stage = 'PROSECUTED')) AS prosecuted,
                  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM criminal_step s WHERE s.criminal_referral_id = c.id
                    AND s.stage = 'SUPERVISION_REQUESTED' AND s.note LIKE 'police refused:%')) AS refused
                FROM criminal_referral c WHERE c.created_at >= $1 AND c.created_at < $2
                GROUP BY c.police_agency_id ORDER BY c.police_agency_id""", period,
                r -> new CriminalReferrals(r.getString("agency_id"), r.getLong("transferred"), r.getLong("opened"),
                        r.getLong("prosecuted"), r.getLong("refused")));
    }

    private Uni<List<Procuratorates>> procuratorates(Tuple period) {
        return query("""
                SELECT c.procuratorate_agency_id AS agency_id,
                  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM criminal_step s WHERE s.criminal_referral_id = c.id
                    AND s.stage = 'SUPERVISION_REQUESTED')) AS requested,
                  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM criminal_step s WHERE s.criminal_referral_id = c.id
                    AND s.stage = 'FILING_SUPERVISED')) AS supervised,
                  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM criminal_step s WHERE s.criminal_referral_id = c.id
                    AND s.stage = 'PROSECUTED')) AS prosecuted
                FROM criminal_referral c WHERE c.procuratorate_agency_id IS NOT NULL
                  AND c.created_at >= $1 AND c.created_at < $2
                GROUP BY c.procuratorate_agency_id ORDER BY c.procuratorate_agency_id""", period,
                r -> new Procuratorates(r.getString("agency_id"), r.getLong("requested"), r.getLong("supervised"),
                        r.getLong("prosecuted")));
    }

    private Uni<List<Measures>> measures(Tuple period) {
        return query("SELECT agency_id, kind, count(*) AS sent, count(answered_at) AS answered, "
                + "count(*) FILTER (WHERE answered_at <= due_at) AS within FROM referral WHERE kind NOT IN "
                + NOT_MEASURES + " AND created_at >= $1 AND created_at < $2 GROUP BY agency_id, kind "
                + "ORDER BY agency_id, kind", period, r -> new Measures(r.getString("agency_id"), r.getString("kind"),
                r.getLong("sent"), r.getLong("answered"), r.getLong("within")));
    }

    private <T> Uni<List<T>> query(String sql, Tuple params, Function<Row, T> f) {
        return pool.preparedQuery(sql).execute(params).map(rows -> map(rows, f));
    }

    private static <T> List<T> map(RowSet<Row> rows, Function<Row, T> f) {
        List<T> list = new ArrayList<>();
        rows.forEach(r -> list.add(f.apply(r)));
        return list;
    }
}
