-- Requests between courts (事项委托 / 异地执行协作, 民事诉讼法 (2017 text) art. 229): the case's court (court_code, the
-- requesting court, with the case number as it was then) asks to_court to serve a document, investigate or seize by
-- due_on; the receiving court answers once (outcome, summary, the evidence as JSON [{name, sha256, mediaType}]).
-- Both steps are on the requesting case's timeline and published; the deadline is the data-cage clock
-- COURT_REQUEST_TO_ANSWER.
CREATE TABLE court_request (
    id           uuid PRIMARY KEY,
    case_id      uuid          NOT NULL REFERENCES enforcement_case (id),
    court_code   varchar(20)   NOT NULL,
    case_number  varchar(60)   NOT NULL,
    to_court     varchar(20)   NOT NULL REFERENCES court (code) CHECK (to_court <> court_code),
    step         varchar(20)   NOT NULL CHECK (step IN ('SERVE_DOCUMENT', 'INSPECT', 'SEIZE')),
    details      varchar(2000) NOT NULL,
    due_on       date          NOT NULL,
    status       varchar(20)   NOT NULL CHECK (status IN ('SENT', 'ANSWERED')),
    requested_by varchar(200)  NOT NULL,
    requested_at timestamptz   NOT NULL,
    outcome      varchar(20)   CHECK (outcome IN ('DONE', 'NOT_POSSIBLE')),
    result       varchar(2000),
    evidence     text,
    answered_by  varchar(200),
    answered_at  timestamptz,
    version      bigint        NOT NULL DEFAULT 0,
    CONSTRAINT court_request_answered CHECK ((status = 'ANSWERED') = (answered_at IS NOT NULL)
        AND (answered_at IS NULL) = (outcome IS NULL))
);
-- the receiving court's inbox, open first
CREATE INDEX court_request_inbox ON court_request (to_court, status, requested_at);
-- the figures: requests by request time
CREATE INDEX court_request_requested ON court_request (requested_at);
