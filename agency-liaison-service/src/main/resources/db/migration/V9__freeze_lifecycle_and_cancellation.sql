-- Issue 15: the freeze lifecycle (term, renewal 续冻, lapse, unfreeze and deductions linked to their freeze, the
-- queue of freezes on one account 轮候冻结) and the cancellation of open referrals when the case is concluded.

-- On an answered FREEZE: its state, the account it holds (as the bank answered it), the amount it still holds
ALTER TABLE referral ADD COLUMN freeze_state   varchar(12)
    CHECK (freeze_state IN ('ACTIVE', 'QUEUED', 'RELEASED', 'LAPSED'));
ALTER TABLE referral ADD COLUMN freeze_account varchar(40);
ALTER TABLE referral ADD COLUMN freeze_held    numeric(16, 2);
-- when an ACTIVE freeze stopped holding (released, drawn down or lapsed), or a QUEUED one took effect
ALTER TABLE referral ADD COLUMN freeze_changed_at timestamptz;
-- On a FREEZE_RENEWAL, UNFREEZE or DEDUCTION: the freeze order it names (freezeRequestId of the court's order) and
-- the FREEZE referral it extends, releases or draws on
ALTER TABLE referral ADD COLUMN freeze_request_id  varchar(100);
ALTER TABLE referral ADD COLUMN linked_freeze_id   uuid REFERENCES referral (id);
-- Withdrawn because the case was concluded (status CANCELLED)
ALTER TABLE referral ADD COLUMN cancelled_at  timestamptz;
ALTER TABLE referral ADD COLUMN cancel_reason varchar(500);

-- freezes answered before this migration hold what they were answered with
UPDATE referral SET freeze_state = 'ACTIVE', freeze_account = result ->> 'accountNumber',
                    freeze_held = (result ->> 'amountFrozen')::numeric(16, 2)
 WHERE kind = 'FREEZE' AND status = 'ANSWERED' AND result IS NOT NULL;

-- who else holds this account at this bank (the queue of 轮候冻结, oldest answer first)
CREATE INDEX referral_freeze_account ON referral (agency_id, freeze_account, answered_at)
    WHERE freeze_state IN ('ACTIVE', 'QUEUED');
-- the lapse sweep: active freezes by their end
CREATE INDEX referral_freeze_active_until ON referral (freeze_until) WHERE freeze_state = 'ACTIVE';
-- a case's open referrals, for the cancellation on conclusion
CREATE INDEX referral_case_open ON referral (case_id) WHERE status IN ('QUEUED', 'DELIVERED', 'ACKNOWLEDGED');
