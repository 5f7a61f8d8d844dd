-- The data cage (数据铁笼): every clock of a case, from its start to its stop, with its breach. A clock case-service
-- times itself has due_at and is breached by the sweep once due_at passes unstopped; a clock an agency's deadline
-- times (agency-liaison-service's referral deadlines) has no due_at here and is breached by that service's
-- ESCALATED outcome, naming the late agency. One clock per case, kind and subject (the order's requestId, or '').
CREATE TABLE case_clock (
    id          uuid PRIMARY KEY,
    case_id     uuid         NOT NULL REFERENCES enforcement_case (id),
    court_code  varchar(20)  NOT NULL,
    kind        varchar(40)  NOT NULL,
    subject     varchar(100) NOT NULL,
    officer     varchar(200) NOT NULL,
    started_at  timestamptz  NOT NULL,
    due_at      timestamptz,
    stopped_at  timestamptz,
    breached_at timestamptz,
    breached_by varchar(100),
    CONSTRAINT case_clock_once UNIQUE (case_id, kind, subject),
    CONSTRAINT case_clock_breach CHECK (breached_by IS NULL OR breached_at IS NOT NULL)
);
-- the sweep's work: running clocks with a due time
CREATE INDEX case_clock_due ON case_clock (due_at) WHERE stopped_at IS NULL AND breached_at IS NULL
    AND due_at IS NOT NULL;
-- the superior's list and the figures: breaches per court, newest first
CREATE INDEX case_clock_breaches ON case_clock (court_code, breached_at DESC) WHERE breached_at IS NOT NULL;
