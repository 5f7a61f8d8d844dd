package cn.lianxi.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import cn.lianxi.contracts.constraints.Amount;

/**
 * A state change of an enforcement case (执行案件) on {@link Topics#ENFORCEMENT_CASES}, keyed by case id. Every event
 * carries the case's snapshot after the change (status, amounts, respondents) so that consumers never call
 * case-service back; {@code detail} is the typed record of its {@code kind} ({@link CaseEventDetail}). In JSON,
 * {@code kind} stands beside {@code detail} and names its shape.
 *
 * @param eventId   unique id of this event, equal to its CloudEvents {@code ce_id}; consumers are idempotent on it
 * @param caseId    the case
 * @param courtCode the court that owns the case
 * @param caseNumber the court's case number, e.g. {@code (2023)苏05执123号}
 * @param occurredAt when it happened
 * @param status    the case status after the change
 * @param amountOwed amount owed, CNY
 * @param amountRecovered amount recovered so far, CNY
 * @param respondents the respondents (被执行人)
 * @param detail    what happened, one record per kind
 * @param seal      the court's seal (电子签章) over this event: a detached JWS (module {@code evidence}) by the key of
 *                  {@code courtCode} over the canonical JSON of the event without {@code seal}; null when the court
 *                  has no seal key (allowed only where seals are not required)
 */
public record CaseEvent(
        @NotNull UUID eventId,
        @NotNull UUID caseId,
        @NotBlank String courtCode,
        @NotBlank String caseNumber,
        @NotNull Instant occurredAt,
        @NotNull CaseStatus status,
        @NotNull @Amount BigDecimal amountOwed,
        @NotNull @Amount(min = "0.00") BigDecimal amountRecovered,
        @NotNull List<@Valid @NotNull PartyRef> respondents,
        @NotNull @Valid @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXTERNAL_PROPERTY,
                property = "kind") CaseEventDetail detail,
        String seal) {

    /** An event as built, before the court's seal is put on it. */
    public CaseEvent(UUID eventId, UUID caseId, String courtCode, String caseNumber, Instant occurredAt,
            CaseStatus status, BigDecimal amountOwed, BigDecimal amountRecovered, List<PartyRef> respondents,
            CaseEventDetail detail) {
        this(eventId, caseId, courtCode, caseNumber, occurredAt, status, amountOwed, amountRecovered, respondents, detail,
                null);
    }

    /** The same event with {@code seal} set (null: the content the court seals). */
    public CaseEvent withSeal(String seal) {
        return new CaseEvent(eventId, caseId, courtCode, caseNumber, occurredAt, status, amountOwed, amountRecovered,
                respondents, detail, seal);
    }

    /** What happened, derived from the detail's type. */
    @JsonIgnore
    public CaseEventKind kind() {
        return detail.kind();
    }

    /** The CloudEvents type of this event, e.g. {@code cn.lianxi.case.case-filed.v1}. */
    public String ceType() {
        return kind().ceType();
    }
}
