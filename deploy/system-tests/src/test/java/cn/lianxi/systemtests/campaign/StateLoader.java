package cn.lianxi.systemtests.campaign;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads {@link FinalState} from the services' own tables (their Flyway migrations and service-kit's db/kit). Every
 * query returns ONE JSON array ({@code json_agg}), so no value (a court key holds '|', a summary a newline) can
 * break the parsing; amounts come as numeric text, so they stay exact BigDecimals.
 */
final class StateLoader {

    /** Database (as {@link FinalState.Sql} names it) → the service whose audit chain it holds. */
    private static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("case", "case-service");
        SERVICES.put("liaison", "agency-liaison-service");
        SERVICES.put("credit", "credit-sanction-service");
    }

    private static final String CASES = """
            SELECT e.id, e.court_code, e.case_number, e.amount_recovered::text AS recovered,
              (SELECT coalesce(json_agg(json_build_object('transferReference', r.transfer_reference,
                      'amount', r.amount::text, 'source', r.source, 'eventId', r.event_id, 'counted', r.counted)
                      ORDER BY r.at, r.id), '[]') FROM recovery r WHERE r.case_id = e.id) AS receipts,
              (SELECT coalesce(json_agg(json_build_object('seq', t.seq, 'kind', t.kind, 'eventId', t.event_id)
                      ORDER BY t.seq), '[]') FROM timeline_entry t WHERE t.case_id = e.id) AS timeline
            FROM enforcement_case e ORDER BY e.id""";

    private static final String REFERRALS = """
            SELECT id, case_id, agency_id, kind, status, source_event_id, answer_id, replaced_answer_id
            FROM referral ORDER BY created_at, id""";

    private static final String LISTINGS = """
            SELECT id, 'DISHONEST_LISTING' AS sanction, case_id, subject_id, document_number, status
            FROM dishonest_listing
            UNION ALL
            SELECT id, 'CONSUMPTION_RESTRICTION', case_id, subject_id, document_number, status FROM restriction_order
            ORDER BY 3, 1""";

    private static final String SANCTIONS = """
            SELECT event_id, payload->>'sanctionId' AS sanction_id, payload->>'sanction' AS sanction,
                   payload->>'change' AS change, case_id
            FROM sanction_change ORDER BY seq""";

    private static final String AUDIT = """
            SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM audit_log ORDER BY seq""";

    private static final String PROCESSED =
            "SELECT consumer, event_id FROM processed_event ORDER BY consumer, event_id";

    private final FinalState.Sql sql;

    StateLoader(FinalState.Sql sql) {
        this.sql = sql;
    }

    FinalState load(List<FinalState.DeadLetter> deadLetters) {
        List<FinalState.CaseState> cases = rows("case", CASES, n -> new FinalState.CaseState(text(n, "id"),
                text(n, "court_code"), text(n, "case_number"), new BigDecimal(text(n, "recovered")),
                list(n.get("receipts"), r -> new FinalState.Receipt(text(r, "transferReference"),
                        new BigDecimal(text(r, "amount")), text(r, "source"), text(r, "eventId"),
                        r.get("counted").asBoolean())),
                list(n.get("timeline"), t -> new FinalState.Entry(t.get("seq").asLong(), text(t, "kind"),
                        text(t, "eventId")))));
        List<FinalState.Referral> referrals = rows("liaison", REFERRALS, n -> new FinalState.Referral(text(n, "id"),
                text(n, "case_id"), text(n, "agency_id"), text(n, "kind"), text(n, "status"),
                text(n, "source_event_id"), text(n, "answer_id"), text(n, "replaced_answer_id")));
        List<FinalState.Listing> listings = rows("credit", LISTINGS, n -> new FinalState.Listing(text(n, "id"),
                text(n, "sanction"), text(n, "case_id"), text(n, "subject_id"), text(n, "document_number"),
                text(n, "status")));
        List<FinalState.SanctionExchanged> sanctions = rows("credit", SANCTIONS,
                n -> new FinalState.SanctionExchanged(text(n, "event_id"), text(n, "sanction_id"),
                        text(n, "sanction"), text(n, "change"), text(n, "case_id")));
        Map<String, FinalState.ChainVerdict> chains = new LinkedHashMap<>();
        List<FinalState.Processed> processed = new ArrayList<>();
        SERVICES.forEach((db, service) -> {
            chains.put(service, AuditChains.verify(rows(db, AUDIT, n -> new AuditChains.Row(n.get("seq").asLong(),
                    OffsetDateTime.parse(text(n, "at")).toInstant(), text(n, "actor"), text(n, "action"),
                    text(n, "subject"), text(n, "detail"), text(n, "prev_hash"), text(n, "hash")))));
            processed.addAll(rows(db, PROCESSED, n -> new FinalState.Processed(service, text(n, "consumer"),
                    text(n, "event_id"))));
        });
        return new FinalState(cases, referrals, listings, sanctions, chains, deadLetters, processed);
    }

    /** The rows of {@code select} as one JSON array, each mapped by {@code row}. */
    private <T> List<T> rows(String db, String select, Function<JsonNode, T> row) {
        String out = sql.query(db, "SELECT coalesce(json_agg(q), '[]') FROM (" + select + ") q").trim();
        try {
            return list(History.JSON.readTree(out), row);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(db + " gave no JSON for " + select + ": " + out, e);
        }
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        array.forEach(n -> out.add(item.apply(n)));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
