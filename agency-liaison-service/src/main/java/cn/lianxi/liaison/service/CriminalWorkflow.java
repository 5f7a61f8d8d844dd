package cn.lianxi.liaison.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.contracts.OutcomeType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.contracts.ReferralResult;
import cn.lianxi.kit.audit.AuditLog;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.contracts.AgencyKind;
import cn.lianxi.liaison.mapping.SealedOrder;
import cn.lianxi.liaison.CriminalReferral;
import cn.lianxi.liaison.CriminalStage;
import cn.lianxi.liaison.CriminalStep;
import cn.lianxi.liaison.Referral;
import cn.lianxi.contracts.ReferralKind;
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

    /**
     * Opens the workflow and refers the lead (respondent and evidence summary) to the police whose jurisdiction
     * holds the court; null when no police serves the court (the court is told: UNROUTABLE, with the reason).
     * {@code order} is the court's sealed 拒执 report the police referral carries (null when a judge refers by hand).
     */
    public Uni<CriminalReferral> start(UUID caseId, String caseNumber, String courtCode, ReferralPayload lead,
            UUID sourceEventId, String actor, SealedOrder order) {
        return agencies.activeForCourt(AgencyKind.POLICE, courtCode).chain(police -> {
            if (police == null) {
                return events.unroutable(caseId, courtCode, ReferralKind.CRIMINAL_REFERRAL,
                        "no active police bureau serves this court", null).replaceWith((CriminalReferral) null);
            }
            CriminalReferral c = new CriminalReferral();
            c.id = UUID.randomUUID();
            c.caseId = caseId;
            c.caseNumber = caseNumber;
            c.courtCode = courtCode;
            c.policeAgencyId = police.id;
            c.stage = CriminalStage.REFERRED_TO_POLICE;
            c.leadSummary = lead.evidenceSummary();
            c.createdAt = clock.instant();
            c.updatedAt = c.createdAt;
            String referred = "lead referred to " + police.id;
            return c.<CriminalReferral>persist()
                    .call(() -> step(c, actor, referred))
                    .call(() -> factory.create(new NewReferral(caseId, caseNumber, courtCode, police.id,
                            ReferralKind.CRIMINAL_REFERRAL, ofWorkflow(lead, c.id, null), sourceEventId, actor, c.id, order))
                            .call(r -> events.outcome(r, OutcomeType.REFERRED_TO_POLICE, referred)));
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
                        .call(() -> publishOnLead(c, OutcomeType.CASE_OPENED, note));
                case INVESTIGATE -> move(c, EnumSet.of(CriminalStage.CASE_OPENED), CriminalStage.INVESTIGATING, actor,
                        note).call(() -> publishOnLead(c, OutcomeType.INVESTIGATING, note));
                case TRANSFER -> move(c, EnumSet.of(CriminalStage.CASE_OPENED, CriminalStage.INVESTIGATING),
                        CriminalStage.TRANSFERRED_FOR_PROSECUTION, actor, note)
                        .call(() -> publishOnLead(c, OutcomeType.TRANSFERRED_FOR_PROSECUTION, note))
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
                .call(() -> events.outcome(lead, OutcomeType.SUPERVISION_REQUESTED, why))
                .call(() -> events.outcome(lead, OutcomeType.PRIVATE_PROSECUTION_ADVISED,
                        "the applicant may bring a private prosecution (自诉) for refusal to enforce"))
                .call(() -> referToProcuratorate(c, ReferralKind.FILING_SUPERVISION, why, actor));
    }

    private Uni<Void> referToProcuratorate(CriminalReferral c, ReferralKind kind, String why, String actor) {
        return agencies.activeForCourt(AgencyKind.PROCURATORATE, c.courtCode).chain(proc -> {
            if (proc == null) {
                return events.unroutable(c.caseId, c.courtCode, kind, "no active procuratorate serves this court",
                        c.id).replaceWithVoid();
            }
            c.procuratorateAgencyId = proc.id;
            return lead(c).chain(lead -> factory.create(new NewReferral(c.caseId, c.caseNumber, c.courtCode, proc.id,
                    kind, ofWorkflow(json.stored(lead.payload, ReferralPayload.class), c.id, why), null, actor, c.id, null)))
                    .replaceWithVoid();
        });
    }

    private Uni<Void> publishOnLead(CriminalReferral c, OutcomeType outcome, String note) {
        return lead(c).chain(lead -> events.outcome(lead, outcome, note)).replaceWithVoid();
    }

    /**
     * The lead's payload for a referral of the workflow {@code criminalReferralId}; {@code note}: why it is asked.
     * The procuratorate sees the court's officer and the document the transfer rested on, as the police did.
     */
    private static ReferralPayload ofWorkflow(ReferralPayload lead, UUID criminalReferralId, String note) {
        return new ReferralPayload(lead.respondent(), null, null, null, lead.requestId(), lead.evidenceSummary(),
                criminalReferralId, null, note, lead.orderedBy(), lead.legalBasis());
    }

    /** The police referral that carries the lead: every workflow outcome names it. */
    private Uni<Referral> lead(CriminalReferral c) {
        return referrals.find("criminalReferralId = ?1 and kind = ?2", c.id, ReferralKind.CRIMINAL_REFERRAL)
                .firstResult();
    }

    private Uni<Void> move(CriminalReferral c, Set<CriminalStage> from, CriminalStage to, String actor, String note) {
        if (!from.contains(c.stage)) {
            throw ProblemException.conflict(ProblemType.FORBIDDEN_TRANSITION,
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
}
