package cn.lianxi.contracts;

/**
 * The stages of an order's delivery that the platform attests with a signed receipt (送达回执), as e-CODEX returns
 * evidence of submission, delivery and retrieval.
 */
public enum ReceiptStage {
    /** The platform accepted the court's order (its seal verified) and made it a referral. */
    ACCEPTED,
    /** The referral reached the agency: placed in its pull queue, or handed to the relay for its Kafka topic. */
    DELIVERED,
    /** The agency took it: claimed from its queue, or (a Kafka-connected agency) first replied to it. */
    RETRIEVED,
    /** The agency answered; the receipt names the answer's digest and carries the agency's seal over it. */
    ANSWERED
}
