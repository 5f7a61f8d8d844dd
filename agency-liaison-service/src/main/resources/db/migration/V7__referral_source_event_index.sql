-- The bank fan-out queues the dispatch of every referral it created for one court event by joining on
-- source_event_id (BankFanOut.QUEUE_DISPATCHES): without an index that was a scan of the whole referral table for
-- every nationwide inquiry (issue 22). Partial: most referrals (HTTP-created) have no source event.
-- IF NOT EXISTS: see V4.
CREATE INDEX IF NOT EXISTS referral_source_event ON referral (source_event_id) WHERE source_event_id IS NOT NULL;
