-- Court event intake, held events, recoveries, and what status transitions need to remember.
ALTER TABLE enforcement_case ADD COLUMN suspended_from varchar(30);
CREATE INDEX enforcement_case_judge ON enforcement_case (judge, filed_on);
CREATE INDEX enforcement_case_filed_on ON enforcement_case (filed_on);
-- respondent look-ups are exact matches on (role, id number)
DROP INDEX case_party_id_number;
CREATE INDEX case_party_role_id_number ON case_party (id_number, role);

-- court event ids are the courts' own strings, not uuids; detail keeps the structured facts as JSON
ALTER TABLE timeline_entry ALTER COLUMN event_id TYPE varchar(120) USING event_id::text;
ALTER TABLE timeline_entry ADD COLUMN detail text;
ALTER TABLE timeline_entry ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE INDEX timeline_entry_case_seq ON timeline_entry (case_id, seq);

-- Every court event that was accepted (applied or held), idempotent on (court, event id). A held event waits for
-- its case to be filed; one that fails when finally applied keeps its rejection reason here.
CREATE TABLE court_event (
    id          uuid PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    court_code  varchar(20)  NOT NULL,
    event_id    varchar(100) NOT NULL,
    case_number varchar(60)  NOT NULL,
    kind        varchar(40)  NOT NULL,
    channel     varchar(10)  NOT NULL,
    state       varchar(10)  NOT NULL,
    reason      varchar(500),
    case_id     uuid REFERENCES enforcement_case (id),
    actor       varchar(200) NOT NULL,
    payload     text         NOT NULL,
    occurred_at timestamptz,
    received_at timestamptz  NOT NULL,
    applied_at  timestamptz,
    CONSTRAINT court_event_once UNIQUE (court_code, event_id)
);
CREATE INDEX court_event_held ON court_event (court_code, case_number, state, occurred_at, seq);

-- Money recovered (执行到位), one row per payment or deduction, for exact sums by day, month and year.
CREATE TABLE recovery (
    id        uuid PRIMARY KEY,
    case_id   uuid           NOT NULL REFERENCES enforcement_case (id),
    amount    numeric(18, 2) NOT NULL CHECK (amount > 0),
    source    varchar(40)    NOT NULL,
    at        timestamptz    NOT NULL,
    event_id  varchar(120)   NOT NULL
);
CREATE INDEX recovery_at ON recovery (at);
CREATE INDEX recovery_case ON recovery (case_id);
