package cn.lianxi.cases.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.lianxi.cases.RewardLead;
import cn.lianxi.cases.RewardNotice;
import cn.lianxi.cases.RewardNoticeStatus;
import cn.lianxi.cases.service.RewardNotices;

/** A reward notice (悬赏公告) with its leads, as the case's court reads it: the leads and their submitters included. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RewardNoticeView(UUID id, UUID caseId, UUID respondentPartyId, BigDecimal reward, String leadsWanted,
        Instant validUntil, RewardNoticeStatus status, String publishedBy, Instant publishedAt, Instant withdrawnAt,
        String withdrawalReason, List<LeadView> leads) {

    /** A lead with its submitter's contact (court staff only, 法释〔2017〕8号 art. 23) and the judge's assessment. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LeadView(UUID id, String lead, String contactName, String contactPhone, Instant submittedAt,
            Boolean useful, BigDecimal rewardPaid, String assessedBy, Instant assessedAt) {

        static LeadView of(RewardLead l) {
            return new LeadView(l.id, l.lead, l.contactName, l.contactPhone, l.submittedAt, l.useful, l.rewardPaid,
                    l.assessedBy, l.assessedAt);
        }
    }

    static RewardNoticeView of(RewardNotices.WithLeads w) {
        return of(w.notice(), w.leads());
    }

    static RewardNoticeView of(RewardNotice n, List<RewardLead> leads) {
        return new RewardNoticeView(n.id, n.caseId, n.respondentPartyId, n.reward, n.leadsWanted, n.validUntil,
                n.status, n.publishedBy, n.publishedAt, n.withdrawnAt, n.withdrawalReason,
                leads.stream().map(LeadView::of).toList());
    }
}
