-- Credit repair before full performance (信用修复, issue 19 item 8): the basis it rests on (null: the debt was
-- performed) and what it covers (DISHONEST_LISTING, CONSUMPTION_RESTRICTION, comma-separated), fixed when applied for,
-- so the approver approves what was asked. A repair with a basis lifts sanctions early and needs a second officer:
-- the database refuses its decision by the officer who recorded it.
ALTER TABLE credit_repair ADD COLUMN basis varchar(40);
ALTER TABLE credit_repair ADD COLUMN covers varchar(100);
ALTER TABLE credit_repair ADD CONSTRAINT credit_repair_basis_covers CHECK ((basis IS NULL) = (covers IS NULL));
ALTER TABLE credit_repair ADD CONSTRAINT credit_repair_second_officer
    CHECK (basis IS NULL OR decided_by IS NULL OR decided_by <> recorded_by);

-- Supervision of early liftings (制度铁笼, issue 19 item 1): an officer's lifting of a listing before its term or
-- before performance, or of a restriction before performance, waits here for a second credit officer. Requester and
-- decider are both kept; the database refuses a decision by the requester or a decided row without its decider.
CREATE TABLE lifting_approval (
    id               uuid PRIMARY KEY,
    sanction_kind    varchar(30)   NOT NULL,
    sanction_id      uuid          NOT NULL,
    case_id          uuid          NOT NULL REFERENCES case_record (id),
    reason           varchar(60)   NOT NULL,
    note             varchar(1000),
    status           varchar(20)   NOT NULL,
    requested_by     varchar(200)  NOT NULL,
    requested_at     timestamptz   NOT NULL,
    decided_by       varchar(200),
    decided_at       timestamptz,
    rejection_reason varchar(500),
    CONSTRAINT lifting_approval_decided CHECK ((status = 'PENDING') = (decided_at IS NULL)
        AND (decided_at IS NULL) = (decided_by IS NULL)),
    CONSTRAINT lifting_approval_not_self CHECK (decided_by IS NULL OR decided_by <> requested_by),
    CONSTRAINT lifting_approval_rejection_reason CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);
CREATE UNIQUE INDEX lifting_approval_one_pending ON lifting_approval (sanction_id) WHERE status = 'PENDING';
CREATE INDEX lifting_approval_queue ON lifting_approval (status, requested_at);
