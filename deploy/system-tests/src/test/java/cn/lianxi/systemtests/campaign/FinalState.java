package cn.lianxi.systemtests.campaign;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the services hold at the end of a campaign (终态), read from their three databases (and the dead-letter
 * topics) once the platform is quiet; the {@link Checker} compares it with the {@link History}.
 *
 * @param cases              case-service's cases with their ledgers and timelines
 * @param referrals          agency-liaison-service's referrals
 * @param listings           credit-sanction-service's dishonest listings and consumption restrictions
 * @param sanctionsExchanged credit-sanction-service's exchange history (the events of credit.sanctions.v1)
 * @param auditChains        per service name, its audit chain recomputed
 * @param deadLetters        every record of the dead-letter topics
 * @param processed          every (service, consumer, event id) the idempotent consumers recorded
 */
public record FinalState(List<CaseState> cases, List<Referral> referrals, List<Listing> listings,
        List<SanctionExchanged> sanctionsExchanged, Map<String, ChainVerdict> auditChains,
        List<DeadLetter> deadLetters, List<Processed> processed) {

    public FinalState {
        cases = List.copyOf(cases);
        referrals = List.copyOf(referrals);
        listings = List.copyOf(listings);
        sanctionsExchanged = List.copyOf(sanctionsExchanged);
        auditChains = Map.copyOf(auditChains);
        deadLetters = List.copyOf(deadLetters);
        processed = List.copyOf(processed);
    }

    /**
     * Loads the state from the databases through {@code sql} (a system test passes {@code Db::query}) with the dead
     * letters already read from their topics (the databases do not keep them).
     */
    public static FinalState load(Sql sql, List<DeadLetter> deadLetters) {
        return new StateLoader(sql).load(deadLetters);
    }

    /** One query against a service's database ({@code case}, {@code liaison} or {@code credit}); its output text. */
    @FunctionalInterface
    public interface Sql {
        String query(String database, String sql);
    }

    /** An enforcement case (执行案件): amount recovered, its ledger (执行款台账) and its timeline in applied order. */
    public record CaseState(String id, String courtCode, String caseNumber, BigDecimal recovered,
            List<Receipt> receipts, List<Entry> timeline) {
        public CaseState {
            receipts = List.copyOf(receipts);
            timeline = List.copyOf(timeline);
        }
    }

    /** A ledger row: a bank's deduction or the court's payment report; only {@code counted} rows make the sum. */
    public record Receipt(String transferReference, BigDecimal amount, String source, String eventId,
            boolean counted) {
    }

    /** A timeline entry (案件节点), by its order of application ({@code seq}). */
    public record Entry(long seq, String kind, String eventId) {
    }

    /** A referral (协查/协助执行请求) with the answer it was last published with. */
    public record Referral(String id, String caseId, String agencyId, String kind, String status,
            String sourceEventId, String answerId, String replacedAnswerId) {
    }

    /**
     * A listing (失信被执行人名单, {@code DISHONEST_LISTING}) or restriction order (限制消费令,
     * {@code CONSUMPTION_RESTRICTION}); status ACTIVE, LIFTED or EXPIRED.
     */
    public record Listing(String id, String sanction, String caseId, String subjectId, String documentNumber,
            String status) {
    }

    /** One change on the exchange (联合惩戒): IMPOSED, CHANGED, LIFTED, EXPIRED or REFUSED of a sanction. */
    public record SanctionExchanged(String eventId, String sanctionId, String sanction, String change,
            String caseId) {
    }

    /** A service's audit chain (审计链) as recomputed: intact, how many entries, the first broken seq. */
    public record ChainVerdict(boolean intact, long entries, Long firstBroken) {
    }

    /** A dead letter (死信): its topic, record key, event id and the {@code dead-letter-reason} header. */
    public record DeadLetter(String topic, String key, String eventId, String reason) {

        /**
         * A record read from a dead-letter topic. Its event id is the CloudEvents {@code ce_id} header the services'
         * records carry, or else the {@code eventId} of a court's raw event (courts send plain JSON); null for a
         * record that is neither (bad input often is not even JSON).
         */
        public static DeadLetter of(ConsumerRecord<String, String> record) {
            String id = header(record, "ce_id");
            if (id == null && record.value() != null) {
                try {
                    JsonNode value = History.JSON.readTree(record.value());
                    id = value != null && value.hasNonNull("eventId") ? value.get("eventId").asText() : null;
                } catch (JsonProcessingException notJson) {
                    id = null;
                }
            }
            return new DeadLetter(record.topic(), record.key(), id, header(record, "dead-letter-reason"));
        }

        private static String header(ConsumerRecord<String, String> record, String name) {
            Header h = record.headers().lastHeader(name);
            return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
        }
    }

    /** An event an idempotent consumer applied (processed_event). */
    public record Processed(String service, String consumer, String eventId) {
    }
}
