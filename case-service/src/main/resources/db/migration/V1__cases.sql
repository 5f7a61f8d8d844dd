-- Enforcement cases (执行案件), their parties and timeline. Owned by case-service alone.
CREATE TABLE enforcement_case (
    id               uuid PRIMARY KEY,
    court_code       varchar(20)    NOT NULL,
    case_number      varchar(60)    NOT NULL,
    filed_on         date           NOT NULL,
    basis_type       varchar(30)    NOT NULL,
    basis_document   varchar(100)   NOT NULL,
    amount_owed      numeric(18, 2) NOT NULL CHECK (amount_owed >= 0),
    amount_recovered numeric(18, 2) NOT NULL DEFAULT 0 CHECK (amount_recovered >= 0),
    status           varchar(30)    NOT NULL,
    conclusion_type  varchar(40),
    judge            varchar(100),
    created_at       timestamptz    NOT NULL,
    updated_at       timestamptz    NOT NULL,
    version          bigint         NOT NULL DEFAULT 0,
    CONSTRAINT enforcement_case_number_per_court UNIQUE (court_code, case_number)
);
CREATE INDEX enforcement_case_court_status ON enforcement_case (court_code, status, filed_on);

CREATE TABLE case_party (
    id                   uuid PRIMARY KEY,
    case_id              uuid         NOT NULL REFERENCES enforcement_case (id),
    role                 varchar(20)  NOT NULL,
    party_type           varchar(20)  NOT NULL,
    name                 varchar(200) NOT NULL,
    id_number            varchar(18)  NOT NULL,
    minor                boolean      NOT NULL DEFAULT false,
    legal_representative varchar(100)
);
CREATE INDEX case_party_case ON case_party (case_id);
CREATE INDEX case_party_id_number ON case_party (id_number);

CREATE TABLE timeline_entry (
    id         uuid PRIMARY KEY,
    case_id    uuid         NOT NULL REFERENCES enforcement_case (id),
    at         timestamptz  NOT NULL,
    kind       varchar(60)  NOT NULL,
    summary    varchar(500) NOT NULL,
    actor      varchar(200) NOT NULL,
    event_id   uuid
);
CREATE INDEX timeline_entry_case ON timeline_entry (case_id, at);
