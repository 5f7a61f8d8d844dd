package cn.lianxi.cases.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.lianxi.cases.ApprovalRequest;
import cn.lianxi.cases.ApprovalStatus;
import cn.lianxi.cases.SupervisedAction;

/**
 * A request for approval (审批) as the API shows it: the action and its body exactly as the requester sent it (what
 * the approver approves), who asked and when, and, once decided, who decided, when and (a rejection) why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApprovalView(UUID id, UUID caseId, String courtCode, String caseNumber, SupervisedAction action,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "the action's request body as sent")
        String request, ApprovalStatus status, String requestedBy, Instant requestedAt, String decidedBy,
        Instant decidedAt, String rejectionReason) {

    static ApprovalView of(ApprovalRequest a) {
        return new ApprovalView(a.id, a.caseId, a.courtCode, a.caseNumber, a.action, a.body, a.status,
                a.requestedBy, a.requestedAt, a.decidedBy, a.decidedAt, a.rejectionReason);
    }
}
