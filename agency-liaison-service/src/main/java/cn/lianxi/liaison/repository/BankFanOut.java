package cn.lianxi.liaison.repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.ReferralDispatch;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.tracing.Traces;
import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.mapping.SealedOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The nationwide bank inquiry (总对总) as set-based SQL: one statement creates a BANK_INQUIRY referral for every
 * active bank, one more queues the dispatch events of the Kafka-connected banks in the outbox. With thousands of
 * banks this stays two round trips instead of thousands of entity inserts. Each referral carries the court's sealed
 * order when there is one; their delivery receipts, sealed one by one in Java, are not set-based (see the README).
 */
@ApplicationScoped
public class BankFanOut {

    /**
     * What every referral of one fan-out shares.
     *
     * @param payload the {@code ReferralPayload} JSON, written by the service's mapper, stored as it is
     * @param order   the court's sealed order every referral carries, or null
     */
    public record Inquiry(UUID caseId, String caseNumber, String courtCode, String payload, UUID sourceEventId,
            String requestedBy, Instant now, Instant dueAt, Instant expiresAt, SealedOrder order) {
    }

    private static final String INSERT_REFERRALS = """
            INSERT INTO referral (id, case_id, case_number, court_code, agency_id, kind, status, payload,
                source_event_id, trace_id, requested_by, created_at, due_at, expires_at, delivered_at,
                order_document, order_seal, order_sealed_by)
            SELECT gen_random_uuid(), :caseId, :caseNumber, :courtCode, a.id, 'BANK_INQUIRY',
                CASE WHEN a.channel = 'KAFKA' THEN 'DELIVERED' ELSE 'QUEUED' END,
                -- via text: a parameter typed jsonb would take the Java string as a JSON string value
                CAST(CAST(:payload AS text) AS jsonb),
                :eventId, :traceId, :actor, :now, :due, :expires,
                CASE WHEN a.channel = 'KAFKA' THEN CAST(:now AS timestamptz) END,
                CAST(:orderDocument AS text), CAST(:orderSeal AS text), CAST(:orderSealedBy AS text)
            FROM agency a WHERE a.kind = 'BANK' AND a.status = 'ACTIVE'
            """;

    /** Stands for each row's agency in the dispatch topic's name, so SQL puts each bank's referral on its own topic. */
    private static final String AGENCY_MARK = "{agency}";

    /** Builds each {@link ReferralDispatch} as JSON in SQL; the field names are the record's. */
    private static final String QUEUE_DISPATCHES = """
            INSERT INTO outbox (id, topic, message_key, ce_type, ce_subject, payload, traceparent, created_at)
            SELECT d.event_id, replace(:topic, :agencyMark, d.agency_id), d.agency_id, :ceType, d.case_id::text,
                jsonb_build_object('eventId', d.event_id, 'referralId', d.id, 'agencyId', d.agency_id,
                    'kind', d.kind, 'caseId', d.case_id, 'caseNumber', d.case_number, 'courtCode', d.court_code,
                    'payload', d.payload, 'dueAt', to_char(d.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                    'createdAt', to_char(d.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
                    -- the court's sealed order, left out when there is none (as the record's JSON leaves nulls out)
                    || CASE WHEN d.order_seal IS NULL THEN '{}'::jsonb ELSE jsonb_build_object(
                        'orderDocument', d.order_document, 'orderSeal', d.order_seal) END,
                CAST(:traceparent AS text), now()
            FROM (SELECT gen_random_uuid() AS event_id, r.* FROM referral r JOIN agency a ON a.id = r.agency_id
                  WHERE r.source_event_id = :eventId AND r.kind = 'BANK_INQUIRY' AND a.channel = 'KAFKA') d
            """;

    /** Creates the referrals of one respondent; returns how many banks were asked. */
    public Uni<Integer> insertReferrals(Inquiry inquiry) {
        SealedOrder order = inquiry.order();
        return Panache.getSession().chain(session -> session.createNativeQuery(INSERT_REFERRALS)
                .setParameter("caseId", inquiry.caseId())
                .setParameter("caseNumber", inquiry.caseNumber())
                .setParameter("courtCode", inquiry.courtCode())
                .setParameter("payload", inquiry.payload())
                .setParameter("eventId", inquiry.sourceEventId())
                .setParameter("traceId", Traces.currentTraceId())
                .setParameter("actor", inquiry.requestedBy())
                .setParameter("now", inquiry.now().atOffset(ZoneOffset.UTC))
                .setParameter("due", inquiry.dueAt().atOffset(ZoneOffset.UTC))
                .setParameter("expires", inquiry.expiresAt().atOffset(ZoneOffset.UTC))
                .setParameter("orderDocument", order == null ? null : order.document())
                .setParameter("orderSeal", order == null ? null : order.seal())
                .setParameter("orderSealedBy", order == null ? null : order.keyId())
                .executeUpdate());
    }

    /** The referrals one fan-out created, to receipt them. */
    public Uni<List<Referral>> created(UUID sourceEventId) {
        return Referral.<Referral>find("sourceEventId = ?1 and kind = ?2", sourceEventId, ReferralKind.BANK_INQUIRY)
                .list();
    }

    /**
     * Queues the dispatch of every Kafka-channel referral created for {@code sourceEventId}, each row with the current
     * trace (as {@code Outbox.append} stores it), so the dispatches continue the trace of the fan-out.
     */
    public Uni<Integer> queueDispatches(UUID sourceEventId) {
        String slug = ReferralKind.BANK_INQUIRY.slug();
        return Panache.getSession().chain(session -> session.createNativeQuery(QUEUE_DISPATCHES)
                .setParameter("topic", Topics.referralDispatch(AGENCY_MARK, slug))
                .setParameter("agencyMark", AGENCY_MARK)
                .setParameter("ceType", ReferralDispatch.ceType(ReferralKind.BANK_INQUIRY))
                .setParameter("eventId", sourceEventId)
                .setParameter("traceparent", Traces.currentTraceparent())
                .executeUpdate());
    }
}
