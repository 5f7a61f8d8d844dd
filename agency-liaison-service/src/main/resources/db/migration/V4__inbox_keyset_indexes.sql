-- Inbox pages in queue order (due_at, id), with and without a status filter, come straight off an index: keyset
-- pages start at (due_at, id) > cursor inside the agency's range, and the capped count reads index entries only
-- (once VACUUM has set the visibility map). The id makes the order total, so a page boundary between referrals
-- due at the same instant is exact. referral_inbox (agency_id, status, due_at) is a prefix of the first one.
-- IF [NOT] EXISTS: on a live table of millions of referrals an operator builds these CONCURRENTLY before the
-- rollout (OPERATIONS.md §4); Flyway cannot, because it keeps a transaction open that CREATE INDEX CONCURRENTLY
-- would wait for forever.
CREATE INDEX IF NOT EXISTS referral_inbox_status_due ON referral (agency_id, status, due_at, id);
CREATE INDEX IF NOT EXISTS referral_inbox_due ON referral (agency_id, due_at, id);
DROP INDEX IF EXISTS referral_inbox;
