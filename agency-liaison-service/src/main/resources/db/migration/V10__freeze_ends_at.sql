-- When an answered freeze stops holding (issue 15): the end of the bank's last day in China, or the earlier end of a
-- shortened configured term (lianxi.referral.deposit-freeze-term as a duration). The sweep lapses and warns by it.
ALTER TABLE referral ADD COLUMN freeze_ends_at timestamptz;
UPDATE referral SET freeze_ends_at = ((freeze_until + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')
 WHERE freeze_until IS NOT NULL AND freeze_state IS NOT NULL;
DROP INDEX IF EXISTS referral_freeze_active_until;
CREATE INDEX IF NOT EXISTS referral_freeze_active_ends ON referral (freeze_ends_at) WHERE freeze_state = 'ACTIVE';
