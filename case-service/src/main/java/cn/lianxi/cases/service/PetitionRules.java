package cn.lianxi.cases.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.lianxi.cases.Acknowledgement;
import cn.lianxi.cases.CaseParty;
import cn.lianxi.cases.EnforcementCase;
import cn.lianxi.cases.Petition;
import cn.lianxi.cases.PetitionStatus;
import cn.lianxi.cases.config.Term;
import cn.lianxi.contracts.PartyRole;
import cn.lianxi.contracts.ProblemType;
import cn.lianxi.kit.problem.ProblemException;
import cn.lianxi.kit.time.PlatformClock;

/**
 * The rules of a petition about an enforcement case (涉执信访), pure: who may petition, when its answer is due, when
 * it repeats an earlier one, and how it moves (REGISTERED → ANSWERED → ACKNOWLEDGED). Each rule checks everything
 * before it changes the petition, so a refusal leaves it as it was.
 */
final class PetitionRules {

    private PetitionRules() {
    }

    /**
     * 《信访工作条例》(2022) art. 32: the answer is due within the term (60 days) of the acceptance (受理), which is
     * the receipt the court records.
     */
    static Instant deadline(Instant receivedAt, Term term) {
        return term.after(receivedAt);
    }

    /** A receipt is not in the future, nor before the case it complains about was filed (China's calendar). */
    static void checkReceipt(Instant receivedAt, Instant now, LocalDate filedOn) {
        if (receivedAt.isAfter(now)) {
            throw ProblemException.badRequest(ProblemType.RECEIVED_IN_FUTURE, "receivedAt",
                    "receivedAt is in the future");
        }
        if (receivedAt.atZone(PlatformClock.ZONE).toLocalDate().isBefore(filedOn)) {
            throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "receivedAt",
                    "receivedAt is before the case was filed (" + filedOn + ")");
        }
    }

    /**
     * The petitioner is a party of the case in the role named: the one party of that role, or the one with
     * {@code idNumber} when the case has several.
     */
    static CaseParty petitioner(EnforcementCase c, PartyRole role, String idNumber) {
        List<CaseParty> ofRole = c.parties.stream().filter(p -> p.role == role).toList();
        if (idNumber == null) {
            if (ofRole.size() != 1) {
                throw ProblemException.badRequest(ProblemType.INVALID_FIELD, "petitioner.idNumber",
                        "the case has " + ofRole.size() + " parties in the role " + role + ": name one");
            }
            return ofRole.get(0);
        }
        String wanted = Respondents.normalised(idNumber);
        return ofRole.stream().filter(p -> p.idNumber.equals(wanted)).findFirst()
                .orElseThrow(() -> new ProblemException(ProblemType.PARTY_NOT_FOUND,
                        "no party of this case in the role " + role + " has that identifier", "petitioner.idNumber"));
    }

    /**
     * 重复信访: a new petition on a case repeats the latest earlier petition on it that is not resolved yet (still
     * open, answered, or answered and not accepted by the party); after a resolved one, it is a new matter.
     */
    static Optional<Petition> repeatOf(List<Petition> earlier) {
        return earlier.stream().filter(p -> !p.settled())
                .max(Comparator.comparing((Petition p) -> p.registeredAt).thenComparing(p -> p.receivedAt));
    }

    /** Links {@code p} to the petition it repeats, counting how often the matter was petitioned before. */
    static void link(Petition p, Optional<Petition> repeated) {
        repeated.ifPresent(earlier -> {
            p.repeatOf = earlier.id;
            p.repeatNumber = earlier.repeatNumber + 1;
        });
    }

    /**
     * Art. 32: one extension (延长办理期限) of at most the configured term, with its reason, while the petition is
     * unanswered and its term has not run out: an extension granted after the deadline would turn a breach into
     * compliance after the fact, and the figures would no longer show it.
     */
    static void extend(Petition p, String reason, Term extension, Instant now) {
        requireStatus(p, PetitionStatus.REGISTERED, "extend its term");
        if (p.extendedAt != null) {
            throw ProblemException.conflict(ProblemType.ALREADY_DECIDED,
                    "the term was extended once already (《信访工作条例》 art. 32 allows one extension)");
        }
        if (p.overdue(now)) {
            throw ProblemException.conflict(ProblemType.FORBIDDEN_TRANSITION,
                    "the term ran out on " + p.deadline + ": an extension must be granted before the deadline");
        }
        p.deadline = extension.after(p.deadline);
        p.extendedAt = now;
        p.extensionReason = reason;
    }

    /** The court's answer (答复, 办结): once, to a registered petition; whether it was in time stays derivable. */
    static void answer(Petition p, String text, String by, Instant now) {
        requireStatus(p, PetitionStatus.REGISTERED, "answer it");
        p.status = PetitionStatus.ANSWERED;
        p.answer = text;
        p.answeredBy = by;
        p.answeredAt = now;
    }

    /** The party's word on the answer, recorded by court staff: once, after the answer. */
    static void acknowledge(Petition p, Acknowledgement verdict, String recordedBy, Instant now) {
        requireStatus(p, PetitionStatus.ANSWERED, "record the party's acknowledgement");
        p.status = PetitionStatus.ACKNOWLEDGED;
        p.acknowledgement = verdict;
        p.acknowledgedAt = now;
        p.acknowledgementRecordedBy = recordedBy;
    }

    private static void requireStatus(Petition p, PetitionStatus required, String what) {
        if (p.status != required) {
            throw ProblemException.conflict(ProblemType.FORBIDDEN_TRANSITION,
                    "the petition is " + p.status + ": only a " + required + " petition may " + what);
        }
    }
}
