-- Debtors performing by themselves (执源治理, 前端自动履行). At filing the court serves a performance notice
-- (执行通知书, 民事诉讼法 art. 251, 2023 text) with a deadline: performance_due. When the debtor's own payments cover
-- the debt by then, performed_within_notice_at records it (good faith, counted in the figures). Cases filed before
-- this migration have no notice recorded (both null), so nothing waits on them.
ALTER TABLE enforcement_case
    ADD COLUMN performance_due            timestamptz,
    ADD COLUMN performed_within_notice_at timestamptz,
    ADD CONSTRAINT case_performed_within_notice CHECK (performed_within_notice_at IS NULL OR performance_due IS NOT NULL);

-- The judge's finding on a respondent's capacity to perform: UNWILLING (失信) or UNABLE (失能), with the reason. An
-- UNABLE respondent is not listed on ground (1) (法释〔2017〕7号 art. 1(1), art. 3). The latest finding stands.
ALTER TABLE case_party
    ADD COLUMN capacity          varchar(20),
    ADD COLUMN capacity_reason   varchar(500),
    ADD COLUMN capacity_found_at timestamptz,
    ADD CONSTRAINT party_capacity_found CHECK ((capacity IS NULL) = (capacity_reason IS NULL)
        AND (capacity IS NULL) = (capacity_found_at IS NULL));
