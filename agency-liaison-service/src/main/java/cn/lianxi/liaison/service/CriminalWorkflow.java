package cn.lianxi.liaison.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.CaseEvent;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.liaison.AgencyKind;
import cn.lianxi.liaison.CriminalReferral;
import cn.lianxi.liaison.CriminalStage;
import cn.lianxi.liaison.CriminalStep;
import cn.lianxi.liaison.Referral;
import cn.lianxi.liaison.ReferralKind;
import cn.lianxi.liaison.mapping.Json;
import cn.lianxi.liaison.repository.AgencyRepository;
import cn.lianxi.liaison.repository.ReferralRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The 拒执罪 workflow (Criminal Law art. 313): the court refers the lead to the police of its jurisdiction; the police
 * decide within the configured deadline; an opened case is investigated and transferred to the procuratorate for a
 * prosecution decision. A refusal or a late decision asks the procuratorate to supervise the filing (立案监督) and
 * tells the applicant a private prosecution (自诉) is open to them. Every step is a ReferralOutcome on the case timeline.
 */
@ApplicationScoped
public class CriminalWorkflow {

    /** What the police may do on an existing criminal referral, beyond answering the lead. */
    public enum PoliceAction { OPEN_CASE, INVESTIGATE, TRANSFER }

    private static final Set<CriminalStage> AWAITING_FILING = EnumSet.of(CriminalStage.REFERRED_TO_POLICE,
            CriminalStage.SUPERVISION_REQUESTED, CriminalStage.FILING_SUPERVISED, CriminalStage.CLOSED);

    private final AgencyRepository agencies;
    private final ReferralRepository referrals;
    private final ReferralFactory factory;
    private final ReferralEvents events;
    private final AuditLog audit;
    private final Json json;
    private final Clock clock;

    public CriminalWorkflow(AgencyRepository agencies, ReferralRepository referrals, ReferralFactory factory,
            ReferralEvents events, AuditLog audit, Json json, Clock clock) {
        this.agencies = agencies;
        this.referrals = referrals;
        this.factory = factory;
        this.events = events;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** A REFUSAL_REPORTED case event: the lead goes to the police whose jurisdiction holds the court. */
    public Uni<Void> startFromEvent(CaseEvent e) {
        return start(e.caseId(), e.caseNumber(), e.courtCode(), CaseEventRouter.measurePayload(e), e.eventId(),
                CaseEventRouter.ACTOR).replaceWithVoid();
    }

    /** Opens the workflow and refers the lead to the police; null when no police serves the court. */
    public Uni<CriminalReferral> start(UUID caseId, String caseNumber, String courtCode, Map<String, Object> payload,
            UUID sourceEventId, String actor) {
        return agencies.activeForCourt(AgencyKind.POLICE, courtCode).chain(police -> {
            if (police == null) {
                return events.caseOutcome(caseId, courtCode, null, ReferralKind.CRIMINAL_REFERRAL.name(),
                        CaseEventRouter.UNROUTABLE, Map.of("reason", "no active police bureau serves this court"))
                        .replaceWith((CriminalReferral) null);
            }
            CriminalReferral c = new CriminalReferral();
            c.id = UUID.randomUUID();
            c.caseId = caseId;
            c.caseNumber = caseNumber;
            c.courtCode = courtCode;
            c.policeAgencyId = police.id;
            c.stage = CriminalStage.REFERRED_TO_POLICE;
            c.leadSummary = payload.get("evidenceSummary") == null ? null : payload.get("evidenceSummary").toString();
            c.createdAt = clock.instant();
            c.updatedAt = c.createdAt;
            Map<String, Object> lead = new HashMap<>(payload);
            lead.put("criminalReferralId", c.id.toString());
            return c.<CriminalReferral>persist()
                    .call(() -> step(c, actor, "lead referred to " + police.id))
                    .call(() -> factory.create(new NewReferral(caseId, caseNumber, courtCode, police.id,
                            ReferralKind.CRIMINAL_REFERRAL, lead, sourceEventId, actor, c.id))
                            .call(r -> events.outcome(r, "REFERRED_TO_POLICE", null, stageDetail(c, null))));
        });
    }

    /** Moves the workflow after an answer to one of its referrals (the answer's own outcome is already queued). */
    Uni<Void> onAnswer(Referral r, ReferralResult result, String actor) {
        if (r.criminalReferralId == null) {
            return Uni.createFrom().voidItem();
        }
        return load(r.criminalReferralId).chain(c -> {
            if (result instanceof ReferralResult.PoliceDecision police) {
                return police.decision() == ReferralResult.PoliceDecision.Decision.OPEN_CASE
                        ? move(c, AWAITING_FILING, CriminalStage.CASE_OPENED, actor, police.policeCaseNumber())
                        : requestSupervision(c, r, "police refused: " + police.reason(), actor);
            }
            if (result instanceof ReferralResult.ProcuratorateDecision decision) {
                // a supervision decision after the police opened the case anyway changes no stage
                CriminalStage awaiting = r.kind == ReferralKind.FILING_SUPERVISION
                        ? CriminalStage.SUPERVISION_REQUESTED : CriminalStage.TRANSFERRED_FOR_PROSECUTION;
                return c.stage != awaiting ? Uni.createFrom().voidItem()
                        : move(c, EnumSet.of(awaiting), stageAfter(decision.decision()), actor, decision.reason());
            }
            return Uni.createFrom().voidItem();
        });
    }

    /** A rejected lead counts as a refusal to open a case. */
    Uni<Void> onRejection(Referral r, String reason, String actor) {
        if (r.criminalReferralId == null || r.kind != ReferralKind.CRIMINAL_REFERRAL) {
            return Uni.createFrom().voidItem();
        }
        return load(r.criminalReferralId).chain(c -> requestSupervision(c, r, "police refused: " + reason, actor));
    }

    /** The police let the filing deadline pass: the same remedies as a refusal. */
    Uni<Void> onPoliceLate(Referral r) {
        if (r.criminalReferralId == null || r.kind != ReferralKind.CRIMINAL_REFERRAL) {
            return Uni.createFrom().voidItem();
        }
        return load(r.criminalReferralId).chain(c -> c.stage != CriminalStage.REFERRED_TO_POLICE
                ? Uni.createFrom().voidItem()
                : requestSupervision(c, r, "no police decision within the deadline", CaseEventRouter.ACTOR));
    }

    /** A step the police report on a criminal referral of their own. */
    @WithTransaction
    public Uni<CriminalReferral> policeStep(String policeAgencyId, UUID id, PoliceAction action, String note,
            String actor) {
        return load(id).call(c -> {
            if (!c.policeAgencyId.equals(policeAgencyId)) {
                throw ProblemException.notFound("criminal referral");
            }
            return switch (action) {
                case OPEN_CASE -> move(c, AWAITING_FILING, CriminalStage.CASE_OPENED, actor, note)
                        .call(() -> publishOnLead(c, "CASE_OPENED", note));
                case INVESTIGATE -> move(c, EnumSet.of(CriminalStage.CASE_OPENED), CriminalStage.INVESTIGATING, actor,
                        note).call(() -> publishOnLead(c, "INVESTIGATING", note));
                case TRANSFER -> move(c, EnumSet.of(CriminalStage.CASE_OPENED, CriminalStage.INVESTIGATING),
                        CriminalStage.TRANSFERRED_FOR_PROSECUTION, actor, note)
                        .call(() -> publishOnLead(c, "TRANSFERRED_FOR_PROSECUTION", note))
                        .call(() -> referToProcuratorate(c, ReferralKind.PROSECUTION_REVIEW, note, actor));
            };
        });
    }

    public Uni<CriminalReferral> load(UUID id) {
        return CriminalReferral.<CriminalReferral>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("criminal referral"));
    }

    private Uni<Void> requestSupervision(CriminalReferral c, Referral lead, String why, String actor) {
        return move(c, EnumSet.of(CriminalStage.REFERRED_TO_POLICE), CriminalStage.SUPERVISION_REQUESTED, actor, why)
                .call(() -> events.outcome(lead, "SUPERVISION_REQUESTED", null, stageDetail(c, why)))
                .call(() -> events.outcome(lead, "PRIVATE_PROSECUTION_ADVISED", null, Map.of(
                        "criminalReferralId", c.id.toString(),
                        "notice", "the applicant may bring a private prosecution (自诉) for refusal to enforce")))
                .call(() -> referToProcuratorate(c, ReferralKind.FILING_SUPERVISION, why, actor));
    }

    private Uni<Void> referToProcuratorate(CriminalReferral c, ReferralKind kind, String why, String actor) {
        return agencies.activeForCourt(AgencyKind.PROCURATORATE, c.courtCode).chain(proc -> {
            if (proc == null) {
                return events.caseOutcome(c.caseId, c.courtCode, null, kind.name(), CaseEventRouter.UNROUTABLE,
                        Map.of("reason", "no active procuratorate serves this court")).replaceWithVoid();
            }
            c.procuratorateAgencyId = proc.id;
            return lead(c).chain(lead -> {
                Map<String, Object> payload = new HashMap<>(json.toMap(lead.payload));
                payload.put("reason", why == null ? "" : why);
                return factory.create(new NewReferral(c.caseId, c.caseNumber, c.courtCode, proc.id, kind, payload,
                        null, actor, c.id));
            }).replaceWithVoid();
        });
    }

    private Uni<Void> publishOnLead(CriminalReferral c, String outcome, String note) {
        return lead(c).chain(lead -> events.outcome(lead, outcome, null, stageDetail(c, note))).replaceWithVoid();
    }

    /** The police referral that carries the lead: every workflow outcome names it. */
    private Uni<Referral> lead(CriminalReferral c) {
        return referrals.find("criminalReferralId = ?1 and kind = ?2", c.id, ReferralKind.CRIMINAL_REFERRAL)
                .firstResult();
    }

    private Uni<Void> move(CriminalReferral c, Set<CriminalStage> from, CriminalStage to, String actor, String note) {
        if (!from.contains(c.stage)) {
            throw ProblemException.conflict("forbidden-transition",
                    "a criminal referral at " + c.stage + " cannot move to " + to);
        }
        c.stage = to;
        c.updatedAt = clock.instant();
        return step(c, actor, note).replaceWithVoid();
    }

    private Uni<CriminalStep> step(CriminalReferral c, String actor, String note) {
        CriminalStep s = new CriminalStep();
        s.id = UUID.randomUUID();
        s.criminalReferralId = c.id;
        s.stage = c.stage;
        s.at = clock.instant();
        s.actor = actor;
        s.note = note;
        return s.<CriminalStep>persist().call(() -> audit.append(actor, "criminal-stage", c.id.toString(),
                "case=" + c.caseId + " stage=" + c.stage));
    }

    private static CriminalStage stageAfter(ReferralResult.ProcuratorateDecision.Decision decision) {
        return switch (decision) {
            case SUPERVISE -> CriminalStage.FILING_SUPERVISED;
            case NO_SUPERVISION -> CriminalStage.CLOSED;
            case PROSECUTE -> CriminalStage.PROSECUTED;
            case NOT_PROSECUTE -> CriminalStage.NOT_PROSECUTED;
        };
    }

    private static Map<String, Object> stageDetail(CriminalReferral c, String note) {
        Map<String, Object> d = new HashMap<>();
        d.put("criminalReferralId", c.id.toString());
        d.put("stage", c.stage.name());
        if (note != null) {
            d.put("note", note);
        }
        return d;
    }
}
