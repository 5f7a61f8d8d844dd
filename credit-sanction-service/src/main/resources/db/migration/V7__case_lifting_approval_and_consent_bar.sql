-- A case-wide lifting under supervision (制度铁笼, issue 19): one request for approval for the whole case, its
-- sanction left empty, so the second officer approves the one act the first asked for. One such request pending per
-- case, as one per sanction for the others.
ALTER TABLE lifting_approval ALTER COLUMN sanction_kind DROP NOT NULL;
ALTER TABLE lifting_approval ALTER COLUMN sanction_id DROP NOT NULL;
ALTER TABLE lifting_approval ADD CONSTRAINT lifting_approval_sanction_or_case
    CHECK ((sanction_kind IS NULL) = (sanction_id IS NULL));
CREATE UNIQUE INDEX lifting_approval_one_pending_case ON lifting_approval (case_id)
    WHERE status = 'PENDING' AND sanction_id IS NULL;

-- The credit repair that deleted a listing (reason CREDIT_REPAIR): one on the applicant's written consent is a
-- deletion at the applicant's request, which bars a new listing for six months (法释〔2017〕7号 art. 10 para. 4).
ALTER TABLE dishonest_listing ADD COLUMN repair_id uuid REFERENCES credit_repair (id);
ALTER TABLE dishonest_listing ADD CONSTRAINT dishonest_listing_repair_reason
    CHECK (repair_id IS NULL OR lift_reason = 'CREDIT_REPAIR');
