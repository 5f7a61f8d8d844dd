package cn.lianxi.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Bulk data for the reads-at-scale scenario, written with COPY straight into the services' own databases (as
 * each service's own role): cases with an applicant and a respondent in case-service, and referrals spread over
 * the registered banks in agency-liaison-service (one in ten for BANK-ICBC, so its inbox is deep). Every respondent
 * has two cases; 80% of the referrals are answered, the rest queued.
 */
final class Loader {

    private static final int CHUNK = 50_000;
    private Connection cases;
    private Connection liaison;
    final String tag = "L" + (System.currentTimeMillis() % 100_000_000);
    long caseCount;
    long referralCount;
    double caseSeconds;
    double referralSeconds;

    void connect(Connection caseDb, Connection liaisonDb) {
        this.cases = caseDb;
        this.liaison = liaisonDb;
    }

    static String respondent(String tag, long caseIndex) {
        return Ids.creditCode(Math.abs(tag.hashCode()) % 1000 * 1_000_000L + caseIndex / 2);
    }

    void load(long nCases, long nReferrals, long banks) throws Exception {
        UUID base = UUID.randomUUID();
        long t0 = System.nanoTime();
        CopyManager caseCopy = cases.unwrap(PGConnection.class).getCopyAPI();
        String now = Instant.now().toString();
        for (long from = 0; from < nCases; from += CHUNK) {
            StringBuilder c = new StringBuilder();
            StringBuilder p = new StringBuilder();
            for (long i = from; i < Math.min(nCases, from + CHUNK); i++) {
                UUID id = caseId(base, i);
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
        analyze(cases, "enforcement_case", "case_party");
        caseCount = nCases;
        caseSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("[bench] loaded %d cases in %.1f s%n", nCases, caseSeconds);

        long t1 = System.nanoTime();
        CopyManager refCopy = liaison.unwrap(PGConnection.class).getCopyAPI();
        for (long from = 0; from < nReferrals; from += CHUNK) {
            StringBuilder r = new StringBuilder();
            for (long j = from; j < Math.min(nReferrals, from + CHUNK); j++) {
                long caseIndex = j % nCases;
                String agency = j % 10 == 0 ? "BANK-ICBC" : "BANK-BENCH-" + (1 + j % (banks - 2));
                boolean answered = j % 5 != 0;
                Instant created = Instant.parse("2025-01-01T00:00:00Z").plusSeconds(j % 30_000_000);
                r.append(new UUID(base.getLeastSignificantBits(), j)).append('\t').append(caseId(base, caseIndex))
                        .append('\t').append(tag).append('-').append(caseIndex).append('\t').append(Ids.COURT).append('\t')
                        .append(agency).append("\tBANK_INQUIRY\t").append(answered ? "ANSWERED" : "QUEUED")
                        .append("\t{\"respondentName\": \"苏州某贸易有限公司\", \"idNumber\": \"")
                        .append(respondent(tag, caseIndex)).append("\", \"respondentType\": \"COMPANY\"}\tbench-loader\t")
                        .append(created).append('\t').append(created.plusSeconds(86_400)).append('\t')
                        .append(created.plusSeconds(86_400 * 8)).append('\t')
                        .append(answered ? created.plusSeconds(600).toString() : "\\N").append('\n');
            }
            refCopy.copyIn("COPY referral (id, case_id, case_number, court_code, agency_id, kind, status, payload, "
                    + "requested_by, created_at, due_at, expires_at, answered_at) FROM STDIN", new StringReader(r.toString()));
            if (from % 1_000_000 == 0 && from > 0) {
                System.out.printf("[bench] %d referrals ...%n", from);
            }
        }
        analyze(liaison, "referral");
        referralCount = nReferrals;
        referralSeconds = (System.nanoTime() - t1) / 1e9;
        System.out.printf("[bench] loaded %d referrals in %.1f s%n", nReferrals, referralSeconds);
    }

    private static UUID caseId(UUID base, long i) {
        return new UUID(base.getMostSignificantBits() ^ i, base.getLeastSignificantBits());
    }

    private static void analyze(Connection c, String... tables) throws SQLException {
        try (var st = c.createStatement()) {
            for (String t : tables) {
                st.execute("ANALYZE " + t);
            }
        }
    }

    static String size(Connection c) throws SQLException {
        try (var st = c.createStatement();
                var rs = st.executeQuery("SELECT pg_size_pretty(pg_database_size(current_database()))")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
