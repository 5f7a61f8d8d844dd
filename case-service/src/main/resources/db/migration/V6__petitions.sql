-- Petitions about enforcement cases (涉执信访): a party's complaint, routed to the case's court (court_code is the
-- case's), answered within the term of 《信访工作条例》(2022) art. 32 (deadline: 60 days from receipt, extended at
-- most once by 30), then the party's word on the answer. repeat_of links a petition to the earlier unresolved one on
-- the same case (重复信访). Overdue is derived from deadline and answered_at at query time, never stored.
CREATE TABLE petition (
    id                          uuid PRIMARY KEY,
    case_id                     uuid          NOT NULL REFERENCES enforcement_case (id),
    court_code                  varchar(20)   NOT NULL,
    case_number                 varchar(60)   NOT NULL,
    petitioner_party_id         uuid          NOT NULL REFERENCES case_party (id),
    petitioner_role             varchar(20)   NOT NULL,
    petitioner_name             varchar(200)  NOT NULL,
    channel                     varchar(20)   NOT NULL,
    category                    varchar(30)   NOT NULL,
    complaint                   varchar(4000) NOT NULL,
    received_at                 timestamptz   NOT NULL,
    deadline                    timestamptz   NOT NULL CHECK (deadline > received_at),
    extended_at                 timestamptz,
    extension_reason            varchar(500),
    status                      varchar(20)   NOT NULL,
    answer                      varchar(4000),
    answered_by                 varchar(200),
    answered_at                 timestamptz,
    acknowledgement             varchar(30),
    acknowledged_at             timestamptz,
    acknowledgement_recorded_by varchar(200),
    repeat_of                   uuid REFERENCES petition (id),
    repeat_number               integer       NOT NULL DEFAULT 0 CHECK (repeat_number >= 0),
    registered_by               varchar(200)  NOT NULL,
    registered_at               timestamptz   NOT NULL,
    version                     bigint        NOT NULL DEFAULT 0,
    CONSTRAINT petition_extension_has_reason CHECK ((extended_at IS NULL) = (extension_reason IS NULL)),
    CONSTRAINT petition_answered CHECK ((status = 'REGISTERED') = (answered_at IS NULL)),
    CONSTRAINT petition_acknowledged CHECK ((status = 'ACKNOWLEDGED') = (acknowledged_at IS NOT NULL))
);
CREATE INDEX petition_case ON petition (case_id, registered_at);
-- a court's queue, most urgent first
CREATE INDEX petition_court_queue ON petition (court_code, status, deadline);
