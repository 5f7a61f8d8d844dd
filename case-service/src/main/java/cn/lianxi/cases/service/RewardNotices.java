package cn.lianxi.cases.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.RewardLead;
import cn.lianxi.cases.RewardNotice;
import cn.lianxi.cases.RewardNoticeStatus;
import cn.lianxi.cases.TimelineNote;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.cases.repository.RewardNoticeRepository;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.Money;
import cn.lianxi.kit.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Reward notices (悬赏执行, 法释〔2017〕8号 arts. 21-24): the judge publishes one on the applicant's application, anyone
 * submits a lead on it without an account, the judge records whether a lead proved useful and the reward paid, and
 * withdraws it. Publication, assessment and withdrawal are published case events on the timeline; a lead is a
 * timeline note only (its text and its submitter are the court's, art. 23). The public reads a notice while it is
 * published, unexpired and its case open ({@link RewardNoticeRepository}); the rules are {@link RewardRules}.
 */
@ApplicationScoped
public class RewardNotices {

    /** A notice to publish: for the respondent (the only one when null), the reward, the leads wanted, its end. */
    public record NewNotice(String respondentIdNumber, BigDecimal reward, String leadsWanted, Instant validUntil) {
    }

    /** A lead from the public: what it says, and who to call back (kept from the public view). */
    public record NewLead(String lead, String contactName, String contactPhone) {
    }

    /** A notice as the public sees it, with its respondent. */
    public record Published(RewardNotice notice, CaseParty respondent) {
    }

    /** A case's notice with its leads, for the court. */
    public record WithLeads(RewardNotice notice, List<RewardLead> leads) {
    }

    /** The detail of the REWARD_LEAD_RECEIVED note: which lead on which notice, nothing of what it says. */
    public record LeadReceived(UUID noticeId, UUID leadId, Instant submittedAt) {
    }

    private static final CaseSteps.Actor PUBLIC = new CaseSteps.Actor("public", null, null);

    private final RewardNoticeRepository notices;
    private final CaseSteps steps;
    private final Clock clock;

    public RewardNotices(RewardNoticeRepository notices, CaseSteps steps, Clock clock) {
        this.notices = notices;
        this.steps = steps;
        this.clock = clock;
    }

    /**
     * Arts. 21-22: publishes the notice on an open case; a re-send with {@code idempotencyKey} (null: none) answers
     * the notice the first one published.
     */
    public Uni<RewardNotice> publish(UUID caseId, NewNotice request, CaseSteps.Actor actor, String idempotencyKey) {
        UUID id = KeyedSteps.idOf("reward-notice", KeyedSteps.scoped(idempotencyKey, actor.name()));
        return steps.run(caseId, actor, keyed(idempotencyKey, "publish " + caseId + " " + request, id), c -> {
            CaseTransitions.requireOpen(c, "publish a reward notice");
            CaseParty respondent = Respondents.resolve(c, request.respondentIdNumber());
            Instant now = clock.instant();
            RewardRules.requireValidity(now, request.validUntil());
            RewardNotice n = newNotice(id, c, respondent, request, actor.name(), now);
            return notices.persist(n).map(saved -> new CaseSteps.Decided<>(CaseChange.of(c).step(
                    "悬赏公告 reward notice published: " + CaseChange.cny(n.reward) + " until " + n.validUntil,
                    new CaseEventDetail.RewardNoticePublished(n.id, CaseMapper.toRef(respondent), n.reward,
                            n.validUntil)), "reward-notice.published", "notice=" + n.id, n));
        });
    }

    /** The judge withdraws a published notice, with the reason; a re-send with {@code idempotencyKey} answers it. */
    public Uni<RewardNotice> withdraw(UUID caseId, UUID noticeId, String reason, CaseSteps.Actor actor,
            String idempotencyKey) {
        return steps.run(caseId, actor, keyed(idempotencyKey, "withdraw " + noticeId + " " + reason, noticeId),
                c -> notice(c, noticeId).map(n -> new CaseSteps.Decided<>(
                RewardRules.withdraw(CaseChange.of(c), n, reason, clock.instant()), "reward-notice.withdrawn",
                "notice=" + n.id, n)));
    }

    /** Art. 23: registers a lead from the public on an open notice, in the order received. */
    public Uni<RewardLead> submitLead(UUID noticeId, NewLead request) {
        return Panache.withSession(() -> notices.findById(noticeId)).chain(found -> {
            if (found == null) {
                throw ProblemException.notFound("reward notice");
            }
            return steps.run(found.caseId, PUBLIC, c -> notice(c, noticeId).chain(n -> {
                Instant now = clock.instant();
                RewardRules.requireOpen(n, c.status == CaseStatus.CONCLUDED, now);
                RewardLead lead = newLead(n, request, now);
                return lead.<RewardLead>persist().map(saved -> new CaseSteps.Decided<>(CaseChange.of(c).note(
                        TimelineNote.REWARD_LEAD_RECEIVED, "悬赏线索 a lead was submitted on the reward notice",
                        new LeadReceived(n.id, lead.id, now)), "reward-lead.received",
                        "notice=" + n.id + "; lead=" + lead.id, lead));
            }));
        });
    }

    /**
     * Art. 24: the judge records whether the lead proved useful and the reward paid for it; a re-send with
     * {@code idempotencyKey} answers the lead.
     */
    public Uni<RewardLead> assess(UUID caseId, UUID leadId, boolean useful, BigDecimal paid, CaseSteps.Actor actor,
            String idempotencyKey) {
        CaseSteps.Keyed<RewardLead> keyed = new CaseSteps.Keyed<>(idempotencyKey, "assess " + leadId + " " + useful
                + " " + paid, () -> RewardLead.<RewardLead>findById(leadId));
        return steps.run(caseId, actor, keyed, c -> notices.leadForUpdate(leadId).chain(lead -> {
            if (lead == null || !lead.caseId.equals(c.id)) {
                throw ProblemException.notFound("lead");
            }
            return notice(c, lead.noticeId).map(n -> {
                lead.rewardPaid = RewardRules.assess(n, lead, useful, paid);
                lead.useful = useful;
                lead.assessedBy = actor.name();
                lead.assessedAt = clock.instant();
                String paidWords = lead.rewardPaid == null ? "no reward paid"
                        : "reward paid " + CaseChange.cny(lead.rewardPaid);
                return new CaseSteps.Decided<>(CaseChange.of(c).step("悬赏线索 lead assessed "
                        + (useful ? "useful" : "not useful") + ", " + paidWords,
                        new CaseEventDetail.RewardLeadAssessed(n.id, lead.id, useful, lead.rewardPaid)),
                        "reward-lead.assessed", "lead=" + lead.id + "; useful=" + useful, lead);
            });
        }));
    }

    /** The case's notices with their leads; another court's case answers 404. */
    public Uni<List<WithLeads>> ofCase(UUID caseId, String scope) {
        return Panache.withSession(() -> steps.visible(caseId, scope).chain(c -> notices.ofCase(c.id)
                .chain(list -> notices.leadsOfCase(c.id).map(leads -> list.stream()
                        .map(n -> new WithLeads(n, leads.stream().filter(l -> l.noticeId.equals(n.id)).toList()))
                        .toList()))));
    }

    /** The notices the public sees now, the newest first. */
    public Uni<List<Published>> published(int page, int size) {
        Instant now = clock.instant();
        return Panache.withSession(() -> notices.published(now, page, size).chain(list -> CaseParty
                .<CaseParty>list("id in ?1", list.stream().map(n -> n.respondentPartyId).toList())
                .map(parties -> list.stream().map(n -> new Published(n, parties.stream()
                        .filter(p -> p.id.equals(n.respondentPartyId)).findFirst().orElseThrow())).toList())));
    }

    /** One notice the public sees now; 404 otherwise (withdrawn, expired, its case concluded). */
    public Uni<Published> publishedOne(UUID id) {
        return Panache.withSession(() -> notices.publishedById(id, clock.instant()).chain(n -> {
            if (n == null) {
                throw ProblemException.notFound("reward notice");
            }
            return withRespondent(n);
        }));
    }

    private Uni<Published> withRespondent(RewardNotice n) {
        return CaseParty.<CaseParty>findById(n.respondentPartyId).map(p -> new Published(n, p));
    }

    /** A re-sent step on a notice answers the notice as it is. */
    private CaseSteps.Keyed<RewardNotice> keyed(String idempotencyKey, String canonical, UUID noticeId) {
        return new CaseSteps.Keyed<>(idempotencyKey, canonical, () -> notices.findById(noticeId));
    }

    private Uni<RewardNotice> notice(EnforcementCase c, UUID noticeId) {
        return notices.findByIdForUpdate(noticeId).map(n -> {
            if (n == null || !n.caseId.equals(c.id)) {
                throw ProblemException.notFound("reward notice");
            }
            return n;
        });
    }

    private static RewardNotice newNotice(UUID id, EnforcementCase c, CaseParty respondent, NewNotice request,
            String actor, Instant now) {
        RewardNotice n = new RewardNotice();
        n.id = id;
        n.caseId = c.id;
        n.courtCode = c.courtCode;
        n.caseNumber = c.caseNumber;
        n.respondentPartyId = respondent.id;
        n.reward = Money.cny(request.reward());
        n.leadsWanted = request.leadsWanted();
        n.validUntil = request.validUntil();
        n.status = RewardNoticeStatus.PUBLISHED;
        n.publishedBy = actor;
        n.publishedAt = now;
        return n;
    }

    private static RewardLead newLead(RewardNotice n, NewLead request, Instant now) {
        RewardLead lead = new RewardLead();
        lead.id = UUID.randomUUID();
        lead.noticeId = n.id;
        lead.caseId = n.caseId;
        lead.lead = request.lead();
        lead.contactName = request.contactName();
        lead.contactPhone = request.contactPhone();
        lead.submittedAt = now;
        return lead;
    }
}
