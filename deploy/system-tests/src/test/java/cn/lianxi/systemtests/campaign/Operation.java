package cn.lianxi.systemtests.campaign;

import java.math.BigDecimal;
import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One client operation of a campaign (操作记录), as the history file keeps it: what a court, a bank, the police, a
 * credit officer or the public tried, and what it was told. It is written INTENDED before it is sent and written
 * again, complete, once the client knows the outcome, so a crash in between leaves it INTENDED, read back as UNKNOWN.
 *
 * @param op         the operation's id in this history ({@code op-000042})
 * @param kind       COURT_EVENT_HTTP, COURT_EVENT_KAFKA, BANK_CLAIM, BANK_ANSWER, POLICE_ANSWER, LISTING,
 *                   PUBLIC_QUERY, PAYMENT …
 * @param client     who acted: a court code, an agency id, a user
 * @param key        the client's own key of what it acted on (a court's {@code court|case number}, a referral id)
 * @param caseId     the case, when the client knows it
 * @param eventId    the event id the client sent (a court event's, or the answer's own)
 * @param referralId the referral claimed or answered
 * @param amount     money the operation reports (a deduction answered, a payment), exact, scale 2
 * @param detail     free text; {@code bad-input} (at its start) marks input sent deliberately bad
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Operation(String op, String kind, String client, String key, String caseId, String eventId,
        String referralId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Instant intendedAt,
        Instant endedAt, Result result, String detail) {

    /** The history's marker of input that was meant to be refused (and so may be dead-lettered). */
    public static final String BAD_INPUT = "bad-input";

    /** Where an operation stands: INTENDED until its client hears back; UNKNOWN when it never did. */
    public enum Result { INTENDED, ACKNOWLEDGED, FAILED, UNKNOWN }

    public Operation {
        // money is exact: an amount with more than two decimals is a bug of the client, not something to round
        amount = amount == null ? null : amount.setScale(2);
    }

    /** An operation a client is about to send; the recorder gives it its id and time. */
    public static Operation planned(String kind, String client, String key) {
        return new Operation(null, kind, client, key, null, null, null, null, null, null, null, null);
    }

    public Operation forCase(String id) {
        return new Operation(op, kind, client, key, id, eventId, referralId, amount, intendedAt, endedAt, result,
                detail);
    }

    public Operation event(String id) {
        return new Operation(op, kind, client, key, caseId, id, referralId, amount, intendedAt, endedAt, result,
                detail);
    }

    public Operation referral(String id) {
        return new Operation(op, kind, client, key, caseId, eventId, id, amount, intendedAt, endedAt, result,
                detail);
    }

    public Operation amount(BigDecimal money) {
        return new Operation(op, kind, client, key, caseId, eventId, referralId, money, intendedAt, endedAt, result,
                detail);
    }

    /** Marks the operation as deliberately bad input (its dead letter, if any, is expected). */
    public Operation badInput() {
        return new Operation(op, kind, client, key, caseId, eventId, referralId, amount, intendedAt, endedAt, result,
                BAD_INPUT);
    }

    Operation intended(String id, Instant at) {
        return new Operation(id, kind, client, key, caseId, eventId, referralId, amount, at, null, Result.INTENDED,
                detail);
    }

    /** The same operation with its outcome; a bad-input marker stays in front of the outcome's detail. */
    Operation completed(Result outcome, Instant at, String outcomeDetail) {
        String d = outcomeDetail == null ? detail : detail == null ? outcomeDetail : detail + "; " + outcomeDetail;
        return new Operation(op, kind, client, key, caseId, eventId, referralId, amount, intendedAt, at, outcome, d);
    }

    /** Read back from a history where it never completed: its effect may or may not have happened. */
    Operation unknown() {
        return new Operation(op, kind, client, key, caseId, eventId, referralId, amount, intendedAt, endedAt,
                Result.UNKNOWN, detail);
    }

    public boolean acknowledged() {
        return result == Result.ACKNOWLEDGED;
    }

    public boolean badInputSent() {
        return detail != null && detail.startsWith(BAD_INPUT);
    }

    /** How an anomaly names it: id, kind, client and what it acted on. */
    public String describe() {
        StringBuilder s = new StringBuilder(op).append(' ').append(kind).append(' ').append(client).append(' ')
                .append(key);
        if (eventId != null) {
            s.append(" event=").append(eventId);
        }
        if (referralId != null) {
            s.append(" referral=").append(referralId);
        }
        if (amount != null) {
            s.append(" amount=").append(amount.toPlainString());
        }
        return s.append(" (").append(result).append(')').toString();
    }
}
