package cn.lianxi.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import cn.lianxi.cases.BankruptcyTransfer;
import cn.lianxi.cases.BankruptcyTransferStatus;
import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.RewardNotice;
import cn.lianxi.cases.mapping.CaseMapper;
import cn.lianxi.cases.service.BankruptcyTransfers.Consent;
import cn.lianxi.cases.service.BankruptcyTransfers.Decision;
import cn.lianxi.cases.service.BankruptcyTransfers.Ruling;
import cn.lianxi.contracts.CaseEventDetail;
import cn.lianxi.contracts.CaseStatus;
import cn.lianxi.contracts.ConclusionType;
import cn.lianxi.contracts.Labels;
import cn.lianxi.contracts.Officer;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.PartyType;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;

/**
 * The rules of 执转破 as a hand-off between two courts (执行案件移送破产审查), pure: each checks everything first and
 * only then changes the case in memory and returns the change to write. Sources:
 * <ul>
 * <li>《最高人民法院关于执行案件移送破产审查若干问题的指导意见》(法发〔2017〕2号) art. 2: the debtor is an enterprise legal
 * person (item (1)), the debtor or an applicant of any of its enforcement cases consents in writing (item (2)), and it
 * cannot pay its debts (item (3), the enforcing court's finding, recorded as the decision's reason);</li>
 * <li>art. 7: once the transfer is decided, enforcement against the debtor is suspended (中止执行), but seizures and
 * freezes are not lifted before the receiving court accepts the case;</li>
 * <li>企业破产法 art. 19: after the bankruptcy petition is accepted, preservation measures on the debtor's property are
 * lifted (应当解除) and enforcement ends there, so acceptance concludes the case as BANKRUPTCY_TRANSFER and orders the
 * release of its freezes;</li>
 * <li>a refusal (不予受理) sends the case back: the enforcing court resumes enforcement (民诉法解释 art. 513;
 * 法发〔2017〕2号 art. 18), and the same debtor's case is not transferred again (法发〔2017〕2号 art. 19).</li>
 * </ul>
 * Checked against published copies (not the official gazette): the wording of the opinion's arts. 2, 3, 18 and 19,
 * and of 民诉法解释 (2015) art. 513 on consent and suspension, which the 2022 amendment renumbered 511 (so the
 * acceptance / refusal article is 513 in the 2022 numbering; that renumbering itself was not checked). Not verified:
 * that the freezes-stay rule is numbered art. 7 of the opinion (its content was checked). A company party is taken as
 * an enterprise legal person: the platform does not tell a partnership from a company by its credit code.
 * A case with several respondents is suspended as a whole.
 */
final class BankruptcyTransferRules {

    private BankruptcyTransferRules() {
    }

    /** A transfer decided and the change it makes to the case. */
    record Decided(BankruptcyTransfer transfer, CaseChange change) {
    }

    /**
     * 移送决定 (法发〔2017〕2号 arts. 2, 7): checks the debtor, the consent and the receiving court, then records the
     * transfer and suspends enforcement. {@code previous}: the case's earlier transfers (a refused one bars another,
     * art. 19; one pending bars a second).
     */
    static Decided transfer(EnforcementCase c, List<BankruptcyTransfer> previous, Decision d, UUID transferId,
            String actor, Officer officer, LocalDate today, Instant now) {
        CaseTransitions.requireActive(c, "be transferred to bankruptcy review");
        if (previous.stream().anyMatch(t -> t.status == BankruptcyTransferStatus.REFUSED)) {
            throw ProblemException.conflict(ProblemType.FORBIDDEN_TRANSITION, "the receiving court refused an earlier "
                    + "transfer of this case: it is not transferred again (法发〔2017〕2号 art. 19); a party may "
                    + "petition the bankruptcy court directly");
        }
        CaseParty debtor = Respondents.resolve(c, d.respondentIdNumber());
        if (debtor.type != PartyType.COMPANY) {
            throw ProblemException.conflict(ProblemType.BANKRUPTCY_NEEDS_COMPANY, "transfer to bankruptcy review "
                    + "(执转破) needs an enterprise legal person as the debtor (法发〔2017〕2号 art. 2 item (1))");
        }
        requireReceivingCourt(c, d.receivingCourt());
        LocalDate decidedOn = d.decidedOn() == null ? today : d.decidedOn();
        notAfter(decidedOn, today, "decidedOn", "the decision cannot be dated after today");
        CaseParty consenting = consenting(c, debtor, d.consent());
        notAfter(d.consent().givenOn(), decidedOn, "consent.givenOn",
                "the written consent must precede the transfer decision (" + decidedOn + ")");

        BankruptcyTransfer t = newTransfer(c, debtor, consenting, d, transferId, actor, decidedOn, now);
        CaseStatus from = c.status;
        CaseTransitions.suspend(c);
        String court = Labels.courtName(d.receivingCourt());
        CaseChange change = CaseChange.of(c)
                .step("移送破产审查 transferred to bankruptcy review at " + court + " on the written consent of the "
                        + (consenting.role == PartyRole.APPLICANT ? "applicant" : "debtor"),
                        new CaseEventDetail.BankruptcyTransferDecided(t.id, CaseMapper.toRef(debtor),
                                d.receivingCourt(), new CaseEventDetail.BankruptcyConsent(CaseMapper.toRef(consenting),
                                        d.consent().givenOn(), d.consent().document()),
                                decidedOn, officer, d.reason()))
                .step("中止执行 enforcement suspended: transferred to bankruptcy review (法发〔2017〕2号 art. 7)",
                        new CaseEventDetail.StatusChanged(from, "执转破: transferred to " + court));
        return new Decided(t, change);
    }

    /**
     * 受理裁定: the case concludes as BANKRUPTCY_TRANSFER and every freeze in force gets its unfreeze order
     * (企业破产法 art. 19: 有关债务人财产的保全措施应当解除); its published reward notices are withdrawn, as on every
     * conclusion ({@link ConclusionEffects}).
     */
    static CaseChange accept(EnforcementCase c, BankruptcyTransfer t, Ruling r, Officer judge, String actor,
            List<RegisteredFreeze> freezes, List<RewardNotice> notices, LocalDate today, Instant now) {
        answerable(t, r, today);
        CaseTransitions.conclude(c, ConclusionType.BANKRUPTCY_TRANSFER);
        answered(t, BankruptcyTransferStatus.ACCEPTED, r, actor, now);
        CaseChange change = CaseChange.of(c)
                .step("受理裁定 bankruptcy petition accepted by " + Labels.courtName(t.receivingCourt),
                        new CaseEventDetail.BankruptcyPetitionAccepted(ruling(t, r, judge)))
                .step("结案 case concluded: " + ConclusionType.BANKRUPTCY_TRANSFER + " (企业破产法 art. 19)",
                        new CaseEventDetail.CaseConcluded(ConclusionType.BANKRUPTCY_TRANSFER, r.reason()));
        return ConclusionEffects.releaseAll(change, c, ConclusionType.BANKRUPTCY_TRANSFER,
                "bankruptcy-acceptance-" + t.id, freezes, notices, now);
    }

    /**
     * 不予受理裁定 with its reason: enforcement resumes where it was (法发〔2017〕2号 art. 18). The listings credit deleted
     * on the suspension do not come back: a new listing is the judge's decision.
     */
    static CaseChange refuse(EnforcementCase c, BankruptcyTransfer t, Ruling r, Officer judge, String actor,
            LocalDate today, Instant now) {
        if (r.reason() == null || r.reason().isBlank()) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "reason",
                    "a refusal (不予受理) states its reason");
        }
        answerable(t, r, today);
        answered(t, BankruptcyTransferStatus.REFUSED, r, actor, now);
        CaseChange change = CaseChange.of(c).step("不予受理 bankruptcy petition refused by "
                + Labels.courtName(t.receivingCourt) + ": " + r.reason(),
                new CaseEventDetail.BankruptcyPetitionRefused(ruling(t, r, judge)));
        if (c.status != CaseStatus.SUSPENDED) {
            return change;
        }
        CaseTransitions.resume(c);
        return change.step("恢复执行 enforcement resumed: bankruptcy petition refused (法发〔2017〕2号 art. 18)",
                new CaseEventDetail.StatusChanged(CaseStatus.SUSPENDED, "不予受理: " + r.reason()));
    }

    /**
     * 法发〔2017〕2号 art. 7: once transferred, enforcement stays suspended until the receiving court rules; only its
     * refusal (不予受理, {@link #refuse}) resumes it, so no 恢复执行 of the enforcing court's own while
     * {@code pending} (the case's TRANSFERRED transfer, null when none) awaits the ruling.
     */
    static void requireNoPendingRuling(BankruptcyTransfer pending) {
        if (pending != null) {
            throw ProblemException.conflict(ProblemType.FORBIDDEN_TRANSITION, "the case was transferred to "
                    + "bankruptcy review (执转破) at " + Labels.courtName(pending.receivingCourt) + " (transfer "
                    + pending.id + ", decided " + pending.decidedOn + "): enforcement stays suspended until that "
                    + "court rules, and its refusal (不予受理) resumes it (法发〔2017〕2号 art. 7)");
        }
    }

    /** 法发〔2017〕2号 art. 3: a court of the directory, and another court than the enforcing one. */
    private static void requireReceivingCourt(EnforcementCase c, String court) {
        if (court == null || Labels.of(Labels.COURT, court).isEmpty()) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "receivingCourt",
                    "receivingCourt must be a court code of the directory (e.g. C320500)");
        }
        if (court.equals(c.courtCode)) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "receivingCourt",
                    "the receiving court is another court than the enforcing one");
        }
    }

    /** Art. 2 item (2): the debtor itself, or an applicant of the case; no consent, no transfer. */
    private static CaseParty consenting(EnforcementCase c, CaseParty debtor, Consent consent) {
        if (consent == null || consent.idNumber() == null || consent.givenOn() == null) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "consent", "a transfer to bankruptcy review "
                    + "needs the written consent of an applicant or of the debtor (法发〔2017〕2号 art. 2 item (2))");
        }
        String id = Respondents.normalised(consent.idNumber());
        return c.parties.stream()
                .filter(p -> p.idNumber.equals(id) && (p.role == PartyRole.APPLICANT || p == debtor))
                .findFirst()
                .orElseThrow(() -> ProblemException.badRequest(ProblemType.INVALID_FIELD, "consent.idNumber",
                        "the consent must come from an applicant of the case or from the debtor transferred"));
    }

    private static void answerable(BankruptcyTransfer t, Ruling r, LocalDate today) {
        if (t.status != BankruptcyTransferStatus.TRANSFERRED) {
            throw ProblemException.conflict(ProblemType.FORBIDDEN_TRANSITION,
                    "the transfer was already answered: " + t.status);
        }
        if (r.rulingDate().isBefore(t.decidedOn)) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "rulingDate",
                    "the ruling cannot precede the transfer decision (" + t.decidedOn + ")");
        }
        notAfter(r.rulingDate(), today, "rulingDate", "the ruling cannot be dated after today");
    }

    private static void answered(BankruptcyTransfer t, BankruptcyTransferStatus status, Ruling r, String actor,
            Instant now) {
        t.status = status;
        t.rulingDate = r.rulingDate();
        t.rulingDocument = r.rulingDocument();
        t.rulingReason = r.reason();
        t.answeredBy = actor;
        t.answeredAt = now;
    }

    private static CaseEventDetail.BankruptcyRuling ruling(BankruptcyTransfer t, Ruling r, Officer judge) {
        return new CaseEventDetail.BankruptcyRuling(t.id, t.receivingCourt, r.rulingDate(), r.rulingDocument(), judge,
                r.reason());
    }

    private static void notAfter(LocalDate date, LocalDate limit, String field, String why) {
        if (date.isAfter(limit)) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, field, why);
        }
    }

    private static BankruptcyTransfer newTransfer(EnforcementCase c, CaseParty debtor, CaseParty consenting,
            Decision d, UUID id, String actor, LocalDate decidedOn, Instant now) {
        BankruptcyTransfer t = new BankruptcyTransfer();
        t.id = id;
        t.caseId = c.id;
        t.courtCode = c.courtCode;
        t.caseNumber = c.caseNumber;
        t.respondentPartyId = debtor.id;
        t.respondentName = debtor.name;
        t.respondentIdNumber = debtor.idNumber;
        t.receivingCourt = d.receivingCourt();
        t.status = BankruptcyTransferStatus.TRANSFERRED;
        t.consentPartyId = consenting.id;
        t.consentGivenOn = d.consent().givenOn();
        t.consentDocument = d.consent().document();
        t.reason = d.reason();
        t.decidedBy = actor;
        t.decidedOn = decidedOn;
        t.decidedAt = now;
        return t;
    }
}
