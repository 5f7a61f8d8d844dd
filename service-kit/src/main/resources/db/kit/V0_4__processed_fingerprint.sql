-- Idempotency that refuses conflicts: the ledger keeps a SHA-256 of each event's content, so the same event id
-- with other content is told apart from a harmless duplicate. Rows from before have none (counted as duplicates).
ALTER TABLE processed_event ADD COLUMN IF NOT EXISTS fingerprint varchar(64);
