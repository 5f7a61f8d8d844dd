package cn.lianxi.cases.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.lianxi.cases.CourtScope;
import cn.lianxi.cases.Acknowledgement;
import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.ComplaintCategory;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.Petition;
import cn.lianxi.cases.PetitionChannel;
import cn.lianxi.cases.PetitionStatus;
import cn.lianxi.cases.TimelineNote;
import cn.lianxi.cases.config.PetitionConfig;
import cn.lianxi.cases.repository.CaseRepository;
import cn.lianxi.cases.repository.PetitionCriteria;
import cn.lianxi.cases.repository.PetitionRepository;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.inbox.ProcessedEvents;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Petitions about enforcement cases (涉执信访): court staff register a party's complaint with its case (so it is the
 * case's court's to answer), extend its term once, answer it and record the party's word on the answer. Each step is
 * a timeline note of the case, so whoever reads the case sees it, and an audit entry, in one transaction with the
 * petition's change; the case row is locked for it, as for a court event. {@code scope} is the caller's court
 * (court staff) or null (the office, auditors): another court's case or petition is reported absent.
 *
 * <p>An {@code Idempotency-Key}, scoped to the caller as for the case actions, makes a step safe to re-send: the same
 * key with the same body answers the petition as it is and changes nothing; with another body it is refused 409
 * {@code conflicting-duplicate}. A refused step is not remembered.
 */
@ApplicationScoped
public class Petitions {

    /** The idempotency ledger's consumer name for petition steps (service-kit {@code processed_event}). */
    static final String STEPS = "petition-steps";

    /** A petition to register, as court staff took it down; {@code receivedAt} null is now. */
    public record NewPetition(PartyRole petitionerRole, String petitionerIdNumber, PetitionChannel channel,
            ComplaintCategory category, String complaint, Instant receivedAt) {
    }

    /** Who takes a step, the court they are bound to, and the idempotency key they sent (null: none). */
    public record Step(String actor, String scope, String idempotencyKey) {
        /** The key as the ledger keeps it ({@link KeyedSteps#scoped}); null: none was sent. */
        String scopedKey() {
            return KeyedSteps.scoped(idempotencyKey, actor);
        }
    }

    // the timeline notes' details: no personal data (the petition holds the petitioner and the texts)

    /** PETITION_REGISTERED. */
    public record Registered(UUID petitionId, PetitionChannel channel, ComplaintCategory category,
            PartyRole petitionerRole, Instant receivedAt, Instant deadline, UUID repeatOf, int repeatNumber) {
    }

    /** PETITION_EXTENDED. */
    public record Extended(UUID petitionId, Instant deadline, String reason) {
    }

    /** PETITION_ANSWERED. */
    public record Answered(UUID petitionId, Instant answeredAt, Instant deadline, boolean withinDeadline) {
    }

    /** PETITION_ACKNOWLEDGED. */
    public record Acknowledged(UUID petitionId, Acknowledgement acknowledgement) {
    }

    /** What a step did: its audit action, timeline note, summary (no personal data) and detail. */
    private record Noted(String action, TimelineNote note, String summary, Record detail) {
    }

    /** A rule changing an existing petition at {@code now}; it throws the problem that refuses the step. */
    private interface Rule {
        Noted apply(Petition p, Instant now);
    }

    private final PetitionRepository petitions;
    private final CaseRepository cases;
    private final CaseChangeWriter writer;
    private final ProcessedEvents processed;
    private final AuditLog audit;
    private final PetitionConfig config;
    private final ObjectMapper mapper;
    private final Clock clock;

    public Petitions(PetitionRepository petitions, CaseRepository cases, CaseChangeWriter writer,
            ProcessedEvents processed, AuditLog audit, PetitionConfig config, ObjectMapper mapper, Clock clock) {
        this.petitions = petitions;
        this.cases = cases;
        this.writer = writer;
        this.processed = processed;
        this.audit = audit;
        this.config = config;
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * Registers a petition on case {@code caseId}, routed to the case's court, due by the term of art. 32; it repeats
     * the case's latest unresolved petition, if any.
     */
    public Uni<Petition> register(UUID caseId, NewPetition request, Step step) {
        // with a key the petition's id follows from it, so a re-sent registration finds the petition it created
        UUID id = KeyedSteps.idOf("petition", step.scopedKey());
        return once(step, "register", caseId, request, () -> cases.findVisibleForUpdate(caseId, CourtScope.of(step.scope())).chain(c -> {
            Instant now = clock.instant();
            Instant receivedAt = request.receivedAt() != null ? request.receivedAt() : now;
            PetitionRules.checkReceipt(receivedAt, now, c.filedOn);
            CaseParty petitioner = PetitionRules.petitioner(c, request.petitionerRole(), request.petitionerIdNumber());
            return petitions.ofCase(c.id).chain(earlier -> {
                Petition p = newPetition(id, c, petitioner, request, receivedAt, step.actor(), now);
                PetitionRules.link(p, PetitionRules.repeatOf(earlier));
                return petitions.persist(p).chain(() -> write(c, p, step, registered(p)));
            });
        }), () -> found(id, step.scope()));
    }

    /** Art. 32: extends the term once, with the reason the petitioner is told. */
    public Uni<Petition> extend(UUID id, String reason, Step step) {
        return step(id, "extend", reason, step, (p, now) -> {
            PetitionRules.extend(p, reason, config.extension(), now);
            return new Noted("petition.extended", TimelineNote.PETITION_EXTENDED, "涉执信访 延期 petition term extended by "
                    + config.extension() + " to " + day(p.deadline) + " (《信访工作条例》 art. 32): " + reason,
                    new Extended(p.id, p.deadline, reason));
        });
    }

    /** The court's answer; whether it came by the deadline shows on the timeline and in the figures. */
    public Uni<Petition> answer(UUID id, String text, Step step) {
        return step(id, "answer", text, step, (p, now) -> {
            PetitionRules.answer(p, text, step.actor(), now);
            boolean inTime = !p.overdue(now);
            return new Noted("petition.answered", TimelineNote.PETITION_ANSWERED, "涉执信访 答复 petition answered "
                    + (inTime ? "within its term (due " : "after its deadline (") + day(p.deadline) + ")",
                    new Answered(p.id, now, p.deadline, inTime));
        });
    }

    /** The party's word on the answer, recorded by court staff as the party gave it. */
    public Uni<Petition> acknowledge(UUID id, Acknowledgement verdict, Step step) {
        return step(id, "acknowledge", verdict, step, (p, now) -> {
            PetitionRules.acknowledge(p, verdict, step.actor(), now);
            return new Noted("petition.acknowledged", TimelineNote.PETITION_ACKNOWLEDGED,
                    "涉执信访 评价 the petitioner finds the answer " + verdict.label() + " (" + verdict + ")",
                    new Acknowledged(p.id, verdict));
        });
    }

    // --- reads -------------------------------------------------------------------------------------------------

    /** The petition if the scope may see it; another court's is reported absent, so its id leaks nothing. */
    public Uni<Petition> visible(UUID id, String scope) {
        return Panache.withSession(() -> found(id, scope));
    }

    /** A case's petitions in the order registered; another court's case is reported absent. */
    public Uni<List<Petition>> ofCase(UUID caseId, String scope) {
        return Panache.withSession(() -> cases.findVisible(caseId, CourtScope.of(scope)).chain(c -> petitions.ofCase(caseId)));
    }

    /** A queue, the earliest deadline first. */
    public Uni<Page<Petition>> queue(PetitionCriteria criteria) {
        Instant now = clock.instant();
        return Page.read(() -> petitions.queue(criteria, now), () -> petitions.count(criteria, now));
    }

    /** The instant {@link Petition#overdue} is judged at for an answer given now. */
    public Instant now() {
        return clock.instant();
    }

    // --- the steps ---------------------------------------------------------------------------------------------

    /** The petition and then its case are locked, the rule decides, the note and the audit entry are written. */
    private Uni<Petition> step(UUID id, String action, Object body, Step step, Rule rule) {
        return once(step, action, id, body, () -> petitions.findByIdForUpdate(id).chain(p -> {
            if (p == null || !p.visibleTo(step.scope())) {
                throw ProblemException.notFound("petition");
            }
            return cases.findByIdForUpdate(p.caseId).chain(c -> write(c, p, step, rule.apply(p, clock.instant())));
        }), () -> found(id, step.scope()));
    }

    /** {@link KeyedSteps#once}: the same key with the same action on the same target and body changes nothing. */
    private Uni<Petition> once(Step step, String action, UUID target, Object body, Supplier<Uni<Petition>> first,
            Supplier<Uni<Petition>> again) {
        String key = step.scopedKey();
        return KeyedSteps.once(processed, STEPS, key, key == null ? null : canonical(action, target, body), first,
                again);
    }

    /** The step's note on the case timeline and its audit entry (subject: the case), in the step's transaction. */
    private Uni<Petition> write(EnforcementCase c, Petition p, Step step, Noted noted) {
        String eventId = step.scopedKey();
        return writer.write(CaseChange.of(c).note(noted.note(), noted.summary(), noted.detail()), eventId, step.actor())
                .call(() -> audit.append(step.actor(), noted.action(), c.id.toString(),
                        "petition=" + p.id + "; status=" + p.status + "; " + noted.summary()))
                .replaceWith(p);
    }

    private Uni<Petition> found(UUID id, String scope) {
        return petitions.findById(id).map(p -> {
            if (p == null || !p.visibleTo(scope)) {
                throw ProblemException.notFound("petition");
            }
            return p;
        });
    }

    private Noted registered(Petition p) {
        String repeat = p.repeatOf == null ? "" : "; repeat #" + p.repeatNumber + " of petition " + p.repeatOf;
        return new Noted("petition.registered", TimelineNote.PETITION_REGISTERED, "涉执信访 登记 petition registered: "
                + p.channel.label() + ", " + p.category.label() + ", by the "
                + p.petitionerRole.name().toLowerCase(java.util.Locale.ROOT) + "; answer due " + day(p.deadline)
                + repeat, new Registered(p.id, p.channel, p.category, p.petitionerRole, p.receivedAt, p.deadline,
                        p.repeatOf, p.repeatNumber));
    }

    private Petition newPetition(UUID id, EnforcementCase c, CaseParty petitioner, NewPetition request,
            Instant receivedAt, String actor, Instant now) {
        Petition p = new Petition();
        p.id = id;
        p.caseId = c.id;
        p.courtCode = c.courtCode;
        p.caseNumber = c.caseNumber;
        p.petitionerPartyId = petitioner.id;
        p.petitionerRole = petitioner.role;
        p.petitionerName = petitioner.name;
        p.channel = request.channel();
        p.category = request.category();
        p.complaint = request.complaint();
        p.receivedAt = receivedAt;
        p.deadline = PetitionRules.deadline(receivedAt, config.term());
        p.status = PetitionStatus.REGISTERED;
        p.registeredBy = actor;
        p.registeredAt = now;
        return p;
    }

    /** The step as the fingerprint sees it: the same action on the same target with the same body. */
    private String canonical(String action, UUID target, Object body) {
        try {
            return action + " " + target + " " + mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a petition step is not serialisable", e);
        }
    }

    /** A deadline as the court reads it: China's date. */
    private static LocalDate day(Instant at) {
        return at.atZone(PlatformClock.ZONE).toLocalDate();
    }
}
