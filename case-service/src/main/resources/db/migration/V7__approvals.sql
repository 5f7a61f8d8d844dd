-- Supervision of enforcement power (制度铁笼): a sensitive case action (终本, an unfreeze before the debt is performed)
-- waits here for a second officer of the case's court. body is the action's request as the requester sent it (the
-- REST body, JSON), event_id the court event id it becomes once approved; requester and decider are both kept, and
-- the database refuses a decision by the requester or a decided row without its decider.
CREATE TABLE approval_request (
    id                     uuid PRIMARY KEY,
    case_id                uuid          NOT NULL REFERENCES enforcement_case (id),
    court_code             varchar(20)   NOT NULL,
    case_number            varchar(60)   NOT NULL,
    action                 varchar(40)   NOT NULL,
    body                   text          NOT NULL,
    event_id               varchar(100)  NOT NULL,
    status                 varchar(20)   NOT NULL,
    requested_by           varchar(200)  NOT NULL,
    requester_officer_id   varchar(200)  NOT NULL,
    requester_officer_name varchar(200)  NOT NULL,
    requested_at           timestamptz   NOT NULL,
    decided_by             varchar(200),
    decided_at             timestamptz,
    rejection_reason       varchar(500),
    version                bigint        NOT NULL DEFAULT 0,
    CONSTRAINT approval_decided CHECK ((status = 'PENDING') = (decided_at IS NULL)
        AND (decided_at IS NULL) = (decided_by IS NULL)),
    CONSTRAINT approval_not_self CHECK (decided_by IS NULL OR decided_by <> requested_by),
    CONSTRAINT approval_rejection_reason CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL))
);
CREATE INDEX approval_court_queue ON approval_request (court_code, status, requested_at);
CREATE INDEX approval_case ON approval_request (case_id, requested_at);
