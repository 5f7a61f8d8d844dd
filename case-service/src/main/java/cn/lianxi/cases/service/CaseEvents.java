package cn.lianxi.cases.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.Topics;
import cn.lianxi.kit.outbox.Outbox;
import io.smallrye.mutiny.Uni;

/** Queues case events on {@code enforcement.cases.v1} through the outbox, keyed by case id, each sealed by its court. */
@ApplicationScoped
public class CaseEvents {

    private final Outbox outbox;
    private final CourtSeal seal;

    public CaseEvents(Outbox outbox, CourtSeal seal) {
        this.outbox = outbox;
        this.seal = seal;
    }

    /** Must run inside the transaction that changed {@code c}; fails (503) when the court's seal key is missing. */
    public Uni<CaseEvent> publish(EnforcementCase c, CaseEventDetail detail, Instant at) {
        return Uni.createFrom().item(() -> seal.seal(CaseMapper.toEvent(c, detail, at))).chain(event -> {
            String caseId = c.id.toString();
            return outbox.append(event.eventId(), Topics.ENFORCEMENT_CASES, caseId, event.ceType(), caseId, event)
                    .replaceWith(event);
        });
    }
}
