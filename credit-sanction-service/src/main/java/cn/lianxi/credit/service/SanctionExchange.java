package cn.lianxi.credit.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.SanctionEvent;
import cn.lianxi.contracts.Topics;
import cn.lianxi.credit.ExchangeEntry;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;

/**
 * The joint-sanctions exchange (联合惩戒). Every imposition, change, lifting and refused court decision is written,
 * in the transaction that made it, to the outbox (topic {@code credit.sanctions.v1}, keyed by case id, with the
 * case id as CloudEvents subject as on every topic: a consumer files a change under its case, the sanction id is in
 * the payload and a REFUSED change has none), to the pullable history and to the audit log. Writers take a
 * transaction lock first, so history numbers follow commit order and a cursor never skips a change that commits late.
 */
@ApplicationScoped
public class SanctionExchange {

    private static final long HISTORY_LOCK = 0x63726564L; // "cred"

    private final Outbox outbox;
    private final AuditLog audit;
    private final ObjectMapper mapper;

    public SanctionExchange(Outbox outbox, AuditLog audit, ObjectMapper mapper) {
        this.outbox = outbox;
        this.audit = audit;
        this.mapper = mapper;
    }

    /** Publishes one change; must run inside the transaction of the change. */
    public Uni<SanctionEvent> publish(SanctionEvent event, String actor) {
        ExchangeEntry entry = new ExchangeEntry();
        entry.eventId = event.eventId();
        entry.caseId = event.caseId();
        entry.payload = toJson(event);
        entry.occurredAt = event.occurredAt();
        String caseId = event.caseId().toString();
        // the audit append comes first: it takes the audit chain's lock, and every transaction that takes both
        // locks must take them in the same order (officer actions audit before they publish)
        return audit.append(actor, event.ceType(), caseId, auditDetail(event))
                .chain(Panache::getSession)
                .chain(s -> s.createNativeQuery("SELECT pg_advisory_xact_lock(" + HISTORY_LOCK + ")").getSingleResult())
                .chain(() -> entry.persist())
                .chain(() -> outbox.append(event.eventId(), Topics.CREDIT_SANCTIONS, caseId, event.ceType(),
                        caseId, event))
                .replaceWith(event);
    }

    /** Publishes several changes in order, inside the caller's transaction. */
    public Uni<Void> publishAll(List<SanctionEvent> events, String actor) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SanctionEvent event : events) {
            chain = chain.call(() -> publish(event, actor));
        }
        return chain;
    }

    /** The changes after {@code cursor}, oldest first. */
    public Uni<List<ExchangeEntry>> changesAfter(long cursor, int limit) {
        return ExchangeEntry.<ExchangeEntry>find("seq > ?1 order by seq", cursor).page(Page.ofSize(limit)).list();
    }

    public SanctionEvent read(ExchangeEntry entry) {
        try {
            return mapper.readValue(entry.payload, SanctionEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored sanction change " + entry.seq + " is unreadable", e);
        }
    }

    private String toJson(SanctionEvent event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The audit detail names the sanction (or the refused decision) and reason but only the masked ID number. */
    private static String auditDetail(SanctionEvent e) {
        return (e.decisionEventId() == null ? "sanction=" + e.sanctionId() : "decision=" + e.decisionEventId())
                + " subject=" + IdentityNumbers.mask(e.subjectIdNumber())
                + (e.ground() == null ? "" : " ground=" + e.ground())
                + (e.reason() == null ? "" : " reason=" + e.reason());
    }
}
