package cn.lianxi.contracts;

/** What one court asks another to do on a case (事项委托, 异地执行协作; 民事诉讼法 (2017 text) art. 229; 法释〔2011〕11号). */
public enum CourtRequestStep {
    /** 送达: serve a document on a party in the receiving court's area. */
    SERVE_DOCUMENT,
    /** 调查: investigate a party or its property there. */
    INSPECT,
    /** 查封: seize property there. */
    SEIZE
}
