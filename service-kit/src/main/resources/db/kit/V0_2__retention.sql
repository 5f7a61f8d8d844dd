-- Retention: sent outbox rows and old idempotency records are pruned by RetentionJanitor.
CREATE INDEX outbox_sent_at ON outbox (sent_at) WHERE sent_at IS NOT NULL;
CREATE INDEX processed_event_processed_at ON processed_event (processed_at);
