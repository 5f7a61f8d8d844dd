package cn.lianxi.liaison.service;

import java.util.Map;
import java.util.UUID;

import cn.lianxi.liaison.ReferralKind;

/**
 * What it takes to create one referral.
 *
 * @param sourceEventId      the case event that caused it, or null for staff requests
 * @param criminalReferralId the 拒执罪 workflow it belongs to, or null
 */
public record NewReferral(UUID caseId, String caseNumber, String courtCode, String agencyId, ReferralKind kind,
        Map<String, Object> payload, UUID sourceEventId, String requestedBy, UUID criminalReferralId) {
}
