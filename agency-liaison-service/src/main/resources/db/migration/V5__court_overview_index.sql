-- A court's overview of its referrals (GET /referrals as a court clerk or judge) is ordered like the inbox,
-- (due_at, id), but narrowed by court: without this index it was a parallel sequential scan and a top-N sort of
-- the whole table (8.1 s at 10 million referrals, issue 9).
-- IF NOT EXISTS: see V4.
CREATE INDEX IF NOT EXISTS referral_court_due ON referral (court_code, due_at, id);
