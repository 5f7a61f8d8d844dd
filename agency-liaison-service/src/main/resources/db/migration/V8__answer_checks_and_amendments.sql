-- Answers checked against their orders, and amended answers (更正回执).

-- The outcome each answer was published as: an amendment names the one it replaces (ReferralOutcome.replaces).
ALTER TABLE referral
    ADD COLUMN answer_id          uuid,
    ADD COLUMN replaced_answer_id uuid,
    ADD COLUMN amended_at         timestamptz,
    ADD COLUMN amend_reason       varchar(2000);

-- The case's amounts as case-service last told them (the snapshot every case event carries), so a deduction can be
-- refused when it exceeds what is still owed. One row per case; an older event never overwrites a newer one.
CREATE TABLE case_snapshot (
    case_id          uuid          PRIMARY KEY,
    amount_owed      numeric(16,2) NOT NULL,
    amount_recovered numeric(16,2) NOT NULL,
    as_of            timestamptz   NOT NULL,
    event_id         uuid          NOT NULL
);
