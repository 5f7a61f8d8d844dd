package cn.lianxi.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import cn.lianxi.kit.persistence.CourtCaseRow;

/**
 * A reward notice (悬赏公告, 悬赏执行) the judge publishes on the applicant's written application to find property of
 * the respondent (《最高人民法院关于民事执行中财产调查若干问题的规定》, 法释〔2017〕8号 art. 21), with the reward, what
 * leads are wanted and its validity (art. 22). The public sees it, the respondent masked, while it is published,
 * unexpired and the case open: a concluded case's notice is withdrawn from view with it.
 */
@Entity
@Table(name = "reward_notice")
public class RewardNotice extends CourtCaseRow {

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Column(name = "respondent_party_id", nullable = false)
    public UUID respondentPartyId;

    /** CNY, scale 2: what the applicant promised to pay for a lead that recovers the debt (art. 21 item (2)). */
    @Column(nullable = false)
    public BigDecimal reward;

    @Column(name = "leads_wanted", nullable = false)
    public String leadsWanted;

    @Column(name = "valid_until", nullable = false)
    public Instant validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RewardNoticeStatus status;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    /** Open to leads at {@code now}: published and unexpired (the case's own state is the caller's to check). */
    public boolean openAt(Instant now) {
        return status == RewardNoticeStatus.PUBLISHED && now.isBefore(validUntil);
    }
}
