package cn.lianxi.liaison.service;

import java.util.UUID;

import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralPayload;

/** A court's request for one referral to one agency, whatever carried it (the REST API maps to this). */
public record ReferralCommand(UUID caseId, String caseNumber, ReferralKind kind, String agencyId,
        ReferralPayload payload) {
}
