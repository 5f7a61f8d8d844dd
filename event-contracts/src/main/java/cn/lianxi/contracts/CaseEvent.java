package cn.lianxi.contracts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A state change of an enforcement case (执行案件) on {@link Topics#ENFORCEMENT_CASES}, keyed by case id.
 * Every event carries the case's current snapshot (status, amounts, respondents) so that consumers never need to
 * call case-service back; {@code detail} carries what is specific to the {@code kind}.
 *
 * @param eventId   unique id of this event, equal to its CloudEvents {@code ce_id}; consumers are idempotent on it
 * @param caseId    the case
 * @param courtCode the court that owns the case
 * @param caseNumber the court's case number, e.g. {@code (2023)苏05执123号}
 * @param kind      what happened, see {@link CaseEventKind}
 * @param occurredAt when it happened
 * @param status    the case status after the change
 * @param amountOwed amount owed in CNY
 * @param amountRecovered amount recovered so far in CNY
 * @param respondents the respondents (被执行人)
 * @param detail    kind-specific fields (for example {@code conclusionType}, {@code ground}, {@code bankCode})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseEvent(UUID eventId, UUID caseId, String courtCode, String caseNumber, CaseEventKind kind,
        Instant occurredAt, String status, BigDecimal amountOwed, BigDecimal amountRecovered,
        List<PartyRef> respondents, Map<String, Object> detail) {

    /** The CloudEvents type of this event, e.g. {@code cn.lianxi.case.filed.v1}. */
    public String ceType() {
        return kind.ceType();
    }
}
