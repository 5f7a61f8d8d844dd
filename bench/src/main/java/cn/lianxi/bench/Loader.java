package cn.lianxi.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Bulk data for the reads-at-scale scenario, written with COPY straight into the services' own databases (as
 * each service's own role): cases with an applicant and a respondent in case-service, and referrals spread over
 * the registered banks in agency-liaison-service (one in ten for BANK-ICBC, so its inbox is deep). Every respondent
 * has two cases; 80% of the referrals are answered, the rest queued. Referrals were created in the last 20 days and
 * are due 30 days after creation, so none is overdue while the benchmark runs: the deadline sweep leaves them alone
 * instead of escalating and expiring millions of them during the reads.
 *
 * <p>The referral table's secondary indexes are dropped before its COPY and rebuilt from their own definitions
 * after it (one sort per index instead of ten million random inserts into five indexes), then both databases are
 * vacuumed and analysed, as an operator would after a bulk import, so the visibility map lets index-only scans skip
 * the heap. Every phase's time is reported.
 */
final class Loader {

    private static final int CHUNK = 50_000;
    private static final long TWENTY_DAYS = 20 * 86_400;
    private Connection cases;
    private Connection liaison;
    String tag = "L" + (System.currentTimeMillis() % 100_000_000);
    long caseCount;
    long referralCount;
    double caseSeconds;
    double referralSeconds;
    double referralCopySeconds;
    double referralIndexSeconds;

    void connect(Connection caseDb, Connection liaisonDb) {
        this.cases = caseDb;
        this.liaison = liaisonDb;
    }

    /**
     * Uses the rows an earlier run loaded and kept ({@code --keep-data}) instead of loading: reads can then be
     * measured on settled data, not while PostgreSQL is still writing back gigabytes of freshly loaded pages.
     */
    void reuse(String loadedTag, long nCases, long nReferrals) {
        tag = loadedTag;
        caseCount = nCases;
        referralCount = nReferrals;
    }

    static String respondent(String tag, long caseIndex) {
        return Ids.creditCode(Math.abs(tag.hashCode()) % 1000 * 1_000_000L + caseIndex / 2);
    }

    /** Loads the cases and the referrals, those not ICBC's spread over BANK-BENCH-1 … BANK-BENCH-{@code benchBanks}. */
    void load(long nCases, long nReferrals, int benchBanks) throws Exception {
        UUID baseId = UUID.randomUUID();
        long t0 = System.nanoTime();
        CopyManager caseCopy = cases.unwrap(PGConnection.class).getCopyAPI();
        String now = Instant.now().toString();
        for (long from = 0; from < nCases; from += CHUNK) {
            StringBuilder c = new StringBuilder();
            StringBuilder p = new StringBuilder();
            for (long i = from; i < Math.min(nCases, from + CHUNK); i++) {
                UUID id = caseId(baseId, i);
                c.append(id).append('\t').append(Ids.COURT).append('\t').append(tag).append('-').append(i).append('\t')
                        .append(LocalDate.of(2020, 1, 1).plusDays(i % 2000)).append("\tJUDGMENT\t(2019)苏05民初")
                        .append(i).append("号\t").append(1000 + i % 500_000).append(".00\tFILED\tjudge-zy\t").append(now)
                        .append('\t').append(now).append('\n');
                p.append(new UUID(id.getMostSignificantBits(), 1)).append('\t').append(id)
                        .append("\tAPPLICANT\tPERSON\t李四\t").append(Ids.PERSON_ID).append("\tf\t\\N\n");
                p.append(new UUID(id.getMostSignificantBits(), 2)).append('\t').append(id)
                        .append("\tRESPONDENT\tCOMPANY\t苏州某贸易有限公司\t").append(respondent(tag, i)).append("\tf\t王五\n");
            }
            caseCopy.copyIn("COPY enforcement_case (id, court_code, case_number, filed_on, basis_type, basis_document, "
                    + "amount_owed, status, judge, created_at, updated_at) FROM STDIN", new StringReader(c.toString()));
            caseCopy.copyIn("COPY case_party (id, case_id, role, party_type, name, id_number, minor, "
                    + "legal_representative) FROM STDIN", new StringReader(p.toString()));
        }
        vacuumAnalyze(cases, "enforcement_case", "case_party");
        caseCount = nCases;
        caseSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("[bench] loaded %d cases in %.1f s%n", nCases, caseSeconds);

        long t1 = System.nanoTime();
        List<String> indexes = dropSecondaryIndexes(liaison, "referral");
        long base = Instant.now().getEpochSecond();
        CopyManager refCopy = liaison.unwrap(PGConnection.class).getCopyAPI();
        for (long from = 0; from < nReferrals; from += CHUNK) {
            StringBuilder r = new StringBuilder();
            for (long j = from; j < Math.min(nReferrals, from + CHUNK); j++) {
                long caseIndex = j % nCases;
                String agency = j % 10 == 0 ? "BANK-ICBC" : "BANK-BENCH-" + (1 + j % benchBanks);
                boolean answered = j % 5 != 0;
                // spread over the last 20 days, not in load order, so due order and physical order differ
                Instant created = Instant.ofEpochSecond(base - Math.floorMod(j * 7919, TWENTY_DAYS));
                r.append(new UUID(baseId.getLeastSignificantBits(), j)).append('\t').append(caseId(baseId, caseIndex))
                        .append('\t').append(tag).append('-').append(caseIndex).append('\t').append(Ids.COURT).append('\t')
                        .append(agency).append("\tBANK_INQUIRY\t").append(answered ? "ANSWERED" : "QUEUED")
                        // the referral payload as agency-liaison-service stores it (event-contracts ReferralPayload)
                        .append("\t{\"respondent\": {\"role\": \"RESPONDENT\", \"type\": \"COMPANY\", "
                                + "\"name\": \"苏州某贸易有限公司\", \"idNumber\": \"")
                        .append(respondent(tag, caseIndex)).append("\", \"minor\": false, \"legalRepresentative\": \"王五\"}}")
                        .append("\tbench-loader\t")
                        .append(created).append('\t').append(created.plusSeconds(30 * 86_400)).append('\t')
                        .append(created.plusSeconds(37 * 86_400)).append('\t')
                        .append(answered ? created.plusSeconds(600).toString() : "\\N").append('\n');
            }
            refCopy.copyIn("COPY referral (id, case_id, case_number, court_code, agency_id, kind, status, payload, "
                    + "requested_by, created_at, due_at, expires_at, answered_at) FROM STDIN", new StringReader(r.toString()));
            if (from % 1_000_000 == 0 && from > 0) {
                System.out.printf("[bench] %d referrals ...%n", from);
            }
        }
        referralCopySeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        execute(liaison, indexes);
        vacuumAnalyze(liaison, "referral");
        referralIndexSeconds = (System.nanoTime() - t2) / 1e9;
        referralCount = nReferrals;
        referralSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("[bench] loaded %d referrals in %.1f s (COPY %.1f s, %d indexes + VACUUM ANALYZE %.1f s)%n",
                nReferrals, referralSeconds, referralCopySeconds, indexes.size(), referralIndexSeconds);
    }

    private static UUID caseId(UUID base, long i) {
        return new UUID(base.getMostSignificantBits() ^ i, base.getLeastSignificantBits());
    }

    /** Drops the table's indexes other than its primary key; returns the statements that recreate them. */
    private static List<String> dropSecondaryIndexes(Connection c, String table) throws SQLException {
        List<String> definitions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (var st = c.prepareStatement("SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_index x "
                + "ON x.indexrelid = (quote_ident(i.schemaname) || '.' || quote_ident(i.indexname))::regclass "
                + "WHERE i.schemaname = current_schema() AND i.tablename = ? AND NOT x.indisprimary")) {
            st.setString(1, table);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                    definitions.add(rs.getString(2));
                }
            }
        }
        execute(c, names.stream().map(n -> "DROP INDEX " + n).toList());
        return definitions;
    }

    private static void execute(Connection c, List<String> statements) throws SQLException {
        try (var st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    /** VACUUM sets the visibility map (index-only scans), ANALYZE the planner's statistics. */
    private static void vacuumAnalyze(Connection c, String... tables) throws SQLException {
        execute(c, Arrays.stream(tables).map(t -> "VACUUM (ANALYZE) " + t).toList());
    }

    static String size(Connection c) throws SQLException {
        try (var st = c.createStatement();
                var rs = st.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
