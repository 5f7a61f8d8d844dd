-- Issue 20, evidence that holds in court (电子签章, 送达回执).

-- The court's order exactly as the court sealed it (the canonical JSON of its case event without the seal), the
-- court's detached JWS over it and the court code that sealed it; null for referrals created by staff.
ALTER TABLE referral ADD COLUMN order_document text;
ALTER TABLE referral ADD COLUMN order_seal text;
ALTER TABLE referral ADD COLUMN order_sealed_by varchar(60);

-- The latest answer or amendment exactly as the agency sent it (the request body or the Kafka record value), the
-- agency's seal over those bytes (null when it answered unsealed) and their SHA-256.
ALTER TABLE referral ADD COLUMN answer_document text;
ALTER TABLE referral ADD COLUMN answer_seal text;
ALTER TABLE referral ADD COLUMN answer_digest char(64);

-- The agency's public seal key (SubjectPublicKeyInfo PEM); its key id is the agency id.
ALTER TABLE agency ADD COLUMN seal_key text;

-- When the agency took the referral (claimed it, or first replied without claiming): its RETRIEVED receipt's time.
ALTER TABLE referral ADD COLUMN retrieved_at timestamptz;

-- The platform's signed delivery receipts (回执), one per referral and stage; receipt is the canonical JSON that
-- seal covers, kept as text so its bytes stay exactly as sealed.
CREATE TABLE referral_receipt (
    referral_id uuid        NOT NULL REFERENCES referral (id),
    stage       varchar(20) NOT NULL,
    at          timestamptz NOT NULL,
    receipt     text        NOT NULL,
    seal        text        NOT NULL,
    -- an answer and each amendment are receipted: ANSWERED may repeat, the other stages happen once
    seq         bigserial   PRIMARY KEY
);
CREATE INDEX referral_receipt_referral ON referral_receipt (referral_id, seq);
CREATE UNIQUE INDEX referral_receipt_once ON referral_receipt (referral_id, stage) WHERE stage <> 'ANSWERED';
