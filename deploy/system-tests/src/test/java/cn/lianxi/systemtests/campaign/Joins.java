package cn.lianxi.systemtests.campaign;

import static cn.lianxi.systemtests.campaign.Checker.ANSWER_KINDS;
import static cn.lianxi.systemtests.campaign.Checker.COURT_KINDS;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Stream;

import cn.lianxi.systemtests.campaign.FinalState.CaseState;
import cn.lianxi.systemtests.campaign.FinalState.Referral;

/**
 * The history joined to the final state for the {@link Checker}: which operations sent an event id or acted on a
 * referral, where an event landed, which referral an answer id is of, and whether an operation took effect.
 */
final class Joins {

    private final History history;
    private final Map<String, List<Operation>> opsByEvent = new HashMap<>();
    private final Map<String, List<Operation>> opsByReferral = new HashMap<>();
    /** Event id → the case whose timeline holds it. */
    private final Map<String, String> caseOfEvent = new HashMap<>();
    private final Map<String, Referral> referrals = new HashMap<>();
    /** Answer id (as published, or as replaced by an amendment) → its referral. */
    private final Map<String, Referral> referralOfAnswer = new HashMap<>();

    Joins(History history, FinalState state) {
        this.history = history;
        for (Operation op : history.operations()) {
            index(opsByEvent, op.eventId(), op);
            index(opsByReferral, op.referralId(), op);
        }
        for (CaseState c : state.cases()) {
            c.timeline().stream().filter(e -> e.eventId() != null).forEach(e -> caseOfEvent.put(e.eventId(), c.id()));
        }
        for (Referral r : state.referrals()) {
            referrals.put(r.id(), r);
            Stream.of(r.answerId(), r.replacedAnswerId()).filter(Objects::nonNull)
                    .forEach(a -> referralOfAnswer.put(a, r));
        }
    }

    /** The case whose timeline holds {@code eventId}, or null. */
    String caseOfEvent(String eventId) {
        return caseOfEvent.get(eventId);
    }

    Referral referral(String id) {
        return referrals.get(id);
    }

    List<Operation> ofReferral(String referralId) {
        return opsByReferral.getOrDefault(referralId, List.of());
    }

    /** The history's operations that match. */
    List<Operation> sent(Predicate<Operation> which) {
        return history.operations().stream().filter(which).toList();
    }

    /** The court's operations that sent {@code eventId} (more than one when it was retried). */
    List<Operation> courtOps(String eventId) {
        return opsByEvent.getOrDefault(eventId, List.of()).stream().filter(o -> COURT_KINDS.contains(o.kind()))
                .toList();
    }

    Instant firstSent(String eventId) {
        return courtOps(eventId).stream().map(Operation::intendedAt).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** When the court first heard {@code eventId} was accepted; null when it never did. */
    Instant firstAcknowledged(String eventId) {
        return courtOps(eventId).stream().filter(Operation::acknowledged).map(Operation::endedAt)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    /** Acknowledged, or unknown but visible in the state (a timed-out request that did go through). */
    boolean tookEffect(Operation op) {
        if (op.acknowledged()) {
            return true;
        }
        if (op.result() != Operation.Result.UNKNOWN) {
            return false;
        }
        Referral r = op.referralId() == null ? null : referrals.get(op.referralId());
        return (op.eventId() != null && caseOfEvent.containsKey(op.eventId())) || (ANSWER_KINDS.contains(op.kind())
                && r != null && r.answerId() != null);
    }

    /** The case an operation acted on: as the client knew it, by its referral, or by where its event landed. */
    String caseOf(Operation op) {
        if (op.caseId() != null) {
            return op.caseId();
        }
        Referral r = op.referralId() == null ? null : referrals.get(op.referralId());
        if (r != null) {
            return r.caseId();
        }
        return op.eventId() == null ? null : caseOfEvent.get(op.eventId());
    }

    List<String> involved(String eventId) {
        return names(involvedOps(eventId));
    }

    /** The operations behind an event id: the court's that sent it, or the agency's whose answer it is. */
    Stream<Operation> involvedOps(String eventId) {
        Stream<Operation> sentIt = opsByEvent.getOrDefault(eventId, List.of()).stream();
        Referral r = eventId == null ? null : referralOfAnswer.get(eventId);
        Stream<Operation> answered = r == null ? Stream.empty()
                : ofReferral(r.id()).stream().filter(o -> ANSWER_KINDS.contains(o.kind()));
        return Stream.concat(sentIt, answered);
    }

    /** The court's operations on a case: who decided what a listing or a sanction is about. */
    List<String> courtOpsOf(String caseId) {
        return names(history.operations().stream()
                .filter(o -> COURT_KINDS.contains(o.kind()) && caseId != null && caseId.equals(caseOf(o))));
    }

    /** How an anomaly names its operations. */
    static List<String> names(Stream<Operation> ops) {
        return ops.distinct().map(Operation::describe).toList();
    }

    private static void index(Map<String, List<Operation>> map, String key, Operation op) {
        if (key != null) {
            map.computeIfAbsent(key, k -> new ArrayList<>()).add(op);
        }
    }
}
