package cn.lianxi.cases;

/** A reward notice (悬赏公告) is published until the judge withdraws it; expiry and conclusion are read at query time. */
public enum RewardNoticeStatus {
    PUBLISHED,
    WITHDRAWN
}
