-- Debtors performing by themselves (执源治理): the deadline of the case's performance notice (执行通知书), from its
-- CASE_FILED event, from which the listing grace period (宽限期, lianxi.credit.listing-grace) is counted; null for
-- cases whose filing carried none.
ALTER TABLE case_record ADD COLUMN performance_due timestamptz;

-- The judge's latest finding on a respondent's capacity to perform (CAPACITY_FOUND): UNWILLING (失信) or UNABLE (失能).
-- Kept apart from case_respondent, which each event's snapshot replaces. An UNABLE respondent is not listed on ground
-- (1) (法释〔2017〕7号 art. 1(1), art. 3).
CREATE TABLE respondent_capacity (
    case_id   uuid         NOT NULL REFERENCES case_record (id),
    id_number varchar(18)  NOT NULL,
    capacity  varchar(20)  NOT NULL,
    reason    varchar(500) NOT NULL,
    found_at  timestamptz  NOT NULL,
    PRIMARY KEY (case_id, id_number)
);
