package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import cn.lianxi.cases.service.RewardNotices;
import cn.lianxi.contracts.IdentityNumbers;
import cn.lianxi.contracts.NameMasks;
import cn.lianxi.contracts.PartyType;

/**
 * A reward notice (悬赏公告) as the public reads it: the court, the case number, the reward, the leads wanted and the
 * validity, the respondent masked (name by {@link NameMasks}, identifier by {@link IdentityNumbers#mask}); no lead.
 */
public record PublicRewardNoticeView(UUID id, String courtCode, String caseNumber, PartyType respondentType,
        String respondentName, String respondentIdNumber, BigDecimal reward, String leadsWanted, Instant publishedAt,
        Instant validUntil) {

    static PublicRewardNoticeView of(RewardNotices.Published p) {
        return new PublicRewardNoticeView(p.notice().id, p.notice().courtCode, p.notice().caseNumber,
                p.respondent().type, NameMasks.mask(p.respondent().type, p.respondent().name),
                IdentityNumbers.mask(p.respondent().idNumber), p.notice().reward, p.notice().leadsWanted,
                p.notice().publishedAt, p.notice().validUntil);
    }
}
