-- Listings by 法释〔2017〕7号 (issue 15).

-- Art. 1: a ground is stored as the statute's item number. Until now the platform numbered them its own way
-- (1 = art. 1(2), 2 = (3), 3 = (4), 4 = (5), 5 = (6), 6 = (1)).
ALTER TABLE dishonest_listing DROP CONSTRAINT IF EXISTS dishonest_listing_ground_check;
UPDATE dishonest_listing SET ground = CASE ground WHEN 6 THEN 1 ELSE ground + 1 END;
ALTER TABLE dishonest_listing ADD CONSTRAINT dishonest_listing_ground_check CHECK (ground BETWEEN 1 AND 6);

-- Art. 2: a listing on art. 1(1) has no fixed term (it lasts until performance). Active ones lose the 24 months
-- they were wrongly given; ended ones keep their history.
ALTER TABLE dishonest_listing ALTER COLUMN period_months DROP NOT NULL;
ALTER TABLE dishonest_listing ALTER COLUMN valid_until DROP NOT NULL;
UPDATE dishonest_listing SET period_months = NULL, valid_until = NULL WHERE ground = 1 AND status = 'ACTIVE';
ALTER TABLE dishonest_listing ADD CONSTRAINT dishonest_listing_term CHECK (
    status <> 'ACTIVE' OR ((ground = 1) = (period_months IS NULL) AND (period_months IS NULL) = (valid_until IS NULL)));

-- Art. 10 para. 1: the reasons now name each of its grounds (NO_ASSETS_AFTER_TERMINATION_OF_THIS_ROUND is 41 long)
ALTER TABLE dishonest_listing ALTER COLUMN lift_reason TYPE varchar(60);
ALTER TABLE restriction_order ALTER COLUMN lift_reason TYPE varchar(60);
ALTER TABLE lift_obligation ALTER COLUMN reason TYPE varchar(60);

-- Art. 10 para. 4: the six-month bar looks up the last deletion at the applicant's request per case and respondent
CREATE INDEX dishonest_listing_lifted ON dishonest_listing (case_id, subject_id, lift_reason, lifted_at);

-- Art. 12: an upheld request corrects the entry or deletes it; what it did and the three working days it had
ALTER TABLE correction_request ADD COLUMN effect varchar(20);
ALTER TABLE correction_request ADD COLUMN effect_due_by date;
ALTER TABLE correction_request ADD COLUMN corrected_fields varchar(200);

-- 复议 (art. 12): the superior court reconsiders a rejected correction request within 15 days of receipt
CREATE TABLE reconsideration (
    id                    uuid PRIMARY KEY,
    correction_id         uuid          NOT NULL UNIQUE REFERENCES correction_request (id),
    listing_id            uuid          NOT NULL REFERENCES dishonest_listing (id),
    court_code            varchar(20)   NOT NULL,
    superior_court_code   varchar(20)   NOT NULL,
    statement             varchar(2000) NOT NULL,
    received_on           date          NOT NULL,
    due_by                date          NOT NULL,
    status                varchar(20)   NOT NULL,
    decision_reason       varchar(1000),
    decided_by            varchar(200),
    decided_at            timestamptz,
    recorded_by           varchar(200)  NOT NULL
);
CREATE INDEX reconsideration_open ON reconsideration (due_by) WHERE status = 'OPEN';
