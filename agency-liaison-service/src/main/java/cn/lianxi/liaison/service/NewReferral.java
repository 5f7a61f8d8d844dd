package cn.lianxi.liaison.service;

import java.util.UUID;

import cn.lianxi.contracts.ReferralKind;
import cn.lianxi.contracts.ReferralPayload;
import cn.lianxi.liaison.mapping.SealedOrder;

/**
 * What it takes to create one referral.
 *
 * @param sourceEventId      the case event that caused it, or null for staff requests
 * @param criminalReferralId the 拒执罪 workflow it belongs to, or null
 * @param order              the court's sealed order it carries out, or null (staff requests, unsealed events)
 */
public record NewReferral(UUID caseId, String caseNumber, String courtCode, String agencyId, ReferralKind kind,
        ReferralPayload payload, UUID sourceEventId, String requestedBy, UUID criminalReferralId, SealedOrder order) {
}
