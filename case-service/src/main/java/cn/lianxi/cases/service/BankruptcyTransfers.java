package cn.lianxi.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.BankruptcyTransfer;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.repository.BankruptcyTransferRepository;
import cn.lianxi.cases.repository.RewardNoticeRepository;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * 执转破 as a hand-off between two courts: the enforcing court's judge decides the transfer of a case to a named
 * bankruptcy court (移送决定, suspending enforcement), and that court's judge answers it (受理 or 不予受理); each step is
 * written with the case's timeline entries and published case events in one transaction ({@link CaseSteps}). The
 * rules are {@link BankruptcyTransferRules}. A court other than the receiving one cannot see or answer a transfer.
 */
@ApplicationScoped
public class BankruptcyTransfers {

    /** The written consent (书面同意): the consenting party's identifier, the date, the document if any. */
    public record Consent(String idNumber, LocalDate givenOn, String document) {
    }

    /** The transfer decision; {@code respondentIdNumber} null: the only respondent; {@code decidedOn} null: today. */
    public record Decision(String receivingCourt, String respondentIdNumber, Consent consent, LocalDate decidedOn,
            String reason) {
    }

    /** The receiving court's ruling: its date, document and reason (a refusal needs one). */
    public record Ruling(LocalDate rulingDate, String rulingDocument, String reason) {
    }

    private final BankruptcyTransferRepository transfers;
    private final RewardNoticeRepository notices;
    private final CaseSteps steps;
    private final FreezeRegister freezes;
    private final Clock clock;

    public BankruptcyTransfers(BankruptcyTransferRepository transfers, RewardNoticeRepository notices,
            CaseSteps steps, FreezeRegister freezes, Clock clock) {
        this.transfers = transfers;
        this.notices = notices;
        this.steps = steps;
        this.freezes = freezes;
        this.clock = clock;
    }

    /**
     * 移送决定 on case {@code caseId} of the actor's court; {@code idempotencyKey} (null: none): a re-sent decision
     * answers the transfer the first one made.
     */
    public Uni<BankruptcyTransfer> transfer(UUID caseId, Decision d, CaseSteps.Actor actor, String idempotencyKey) {
        UUID id = KeyedSteps.idOf("bankruptcy-transfer", KeyedSteps.scoped(idempotencyKey, actor.name()));
        CaseSteps.Keyed<BankruptcyTransfer> keyed = new CaseSteps.Keyed<>(idempotencyKey,
                "transfer " + caseId + " " + d, () -> found(id, actor.scope()));
        return steps.run(caseId, actor, keyed, c -> transfers.ofCase(c.id).chain(previous -> {
            Instant now = clock.instant();
            BankruptcyTransferRules.Decided decided = BankruptcyTransferRules.transfer(c, previous, d,
                    id, actor.name(), actor.officer(), PlatformClock.today(clock), now);
            BankruptcyTransfer t = decided.transfer();
            return transfers.persist(t).replaceWith(new CaseSteps.Decided<>(decided.change(),
                    "bankruptcy.transferred", "transfer=" + t.id + "; receivingCourt=" + t.receivingCourt, t));
        }));
    }

    /** 受理裁定 by a judge of the receiving court; a re-send with {@code idempotencyKey} answers the transfer. */
    public Uni<BankruptcyTransfer> accept(UUID transferId, Ruling r, CaseSteps.Actor actor, String idempotencyKey) {
        return answer(transferId, actor, "bankruptcy.accepted", r, idempotencyKey, (c, t) -> freezes.inForce(c.id)
                .chain(inForce -> notices.publishedOfCaseForUpdate(c.id).map(published ->
                        BankruptcyTransferRules.accept(c, t, r, actor.officer(), actor.name(), inForce, published,
                                PlatformClock.today(clock), clock.instant()))));
    }

    /** 不予受理裁定 by a judge of the receiving court; a re-send with {@code idempotencyKey} answers the transfer. */
    public Uni<BankruptcyTransfer> refuse(UUID transferId, Ruling r, CaseSteps.Actor actor, String idempotencyKey) {
        return answer(transferId, actor, "bankruptcy.refused", r, idempotencyKey, (c, t) -> Uni.createFrom().item(() ->
                BankruptcyTransferRules.refuse(c, t, r, actor.officer(), actor.name(),
                        PlatformClock.today(clock), clock.instant())));
    }

    /** The transfers addressed to {@code court}, newest first. */
    public Uni<List<BankruptcyTransfer>> addressedTo(String court) {
        return Panache.withSession(() -> transfers.addressedTo(court));
    }

    /** The case's transfers, for the enforcing court's staff (another court's case answers 404). */
    public Uni<List<BankruptcyTransfer>> ofCase(UUID caseId, String scope) {
        return Panache.withSession(() -> steps.visible(caseId, scope).chain(c -> transfers.ofCase(c.id)));
    }

    /** One transfer, for the enforcing court or the receiving court (or a caller of no court); 404 otherwise. */
    public Uni<BankruptcyTransfer> get(UUID transferId, String scope) {
        return Panache.withSession(() -> found(transferId, scope));
    }

    private Uni<BankruptcyTransfer> found(UUID transferId, String scope) {
        return transfers.findById(transferId).map(t -> {
            if (t == null || !(t.visibleTo(scope) || t.addressedTo(scope))) {
                throw ProblemException.notFound("bankruptcy transfer");
            }
            return t;
        });
    }

    private interface Answer {
        Uni<CaseChange> decide(EnforcementCase c, BankruptcyTransfer t);
    }

    /**
     * Finds the transfer addressed to the actor's court (404 for any other court, the enforcing one included), then
     * locks the case and the transfer, in that order as a transfer decision does, and writes the answer. The case
     * belongs to another court, so the step runs unscoped once the transfer's addressee is checked. A re-send with
     * the same {@code idempotencyKey} and ruling answers the transfer as it is.
     */
    private Uni<BankruptcyTransfer> answer(UUID transferId, CaseSteps.Actor actor, String action, Ruling r,
            String idempotencyKey, Answer rule) {
        CaseSteps.Keyed<BankruptcyTransfer> keyed = new CaseSteps.Keyed<>(idempotencyKey,
                action + " " + transferId + " " + r, () -> found(transferId, actor.scope()));
        return steps.once(actor, keyed, () -> transfers.findById(transferId).chain(found -> {
            if (found == null || !found.addressedTo(actor.scope())) {
                throw ProblemException.notFound("bankruptcy transfer");
            }
            CaseSteps.Actor unscoped = new CaseSteps.Actor(actor.name(), null, actor.officer());
            return steps.step(found.caseId, unscoped, c -> transfers.findByIdForUpdate(transferId)
                    .chain(t -> rule.decide(c, t).map(change -> new CaseSteps.Decided<>(change, action,
                            "transfer=" + t.id + "; status=" + t.status, t))));
        }));
    }
}
