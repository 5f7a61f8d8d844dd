-- Every measure names its officer (承办人) and the enforcement document it rests on (issue 16): both travel in the
-- referral's typed payload (ReferralPayload.orderedBy, .legalBasis), so an auditor's listing of one officer's or one
-- document's measures (GET /referrals?officer= / ?document=) reads these expression indexes, in the listing's
-- order (due_at, id), not every payload. Referrals created before carry neither and index as null.
CREATE INDEX IF NOT EXISTS referral_by_officer ON referral ((payload->'orderedBy'->>'id'), due_at, id);
CREATE INDEX IF NOT EXISTS referral_by_document ON referral ((payload->'legalBasis'->>'documentNumber'), due_at, id);
