package cn.lianxi.liaison.mapping;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.lianxi.liaison.CriminalReferral;
import cn.lianxi.liaison.CriminalStep;

/** A 拒执罪 criminal referral with its steps, oldest first. */
public record CriminalReferralView(UUID id, UUID caseId, String caseNumber, String courtCode, String policeAgencyId,
        String procuratorateAgencyId, String stage, String leadSummary, Instant createdAt, Instant updatedAt,
        List<Step> steps) {

    public record Step(String stage, Instant at, String actor, String note) {
    }

    public static CriminalReferralView of(CriminalReferral c, List<CriminalStep> steps) {
        return new CriminalReferralView(c.id, c.caseId, c.caseNumber, c.courtCode, c.policeAgencyId,
                c.procuratorateAgencyId, c.stage.name(), c.leadSummary, c.createdAt, c.updatedAt,
                steps.stream().map(s -> new Step(s.stage.name(), s.at, s.actor, s.note)).toList());
    }
}
