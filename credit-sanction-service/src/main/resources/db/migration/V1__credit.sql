-- credit-sanction-service's own tables. Nothing here is read by another service.

-- Every enforcement case this service has heard of (from enforcement.cases.v1), as of its last event.
CREATE TABLE case_record (
    id                   uuid PRIMARY KEY,
    court_code           varchar(20)    NOT NULL,
    case_number          varchar(60)    NOT NULL,
    status               varchar(30)    NOT NULL,
    conclusion_type      varchar(40),
    amount_owed          numeric(18, 2),
    amount_recovered     numeric(18, 2),
    -- a freeze, deduction, listing or restriction was ordered: performance was not voluntary (守信激励)
    enforcement_measures boolean        NOT NULL DEFAULT false,
    last_event_id        uuid           NOT NULL,
    last_event_at        timestamptz    NOT NULL,
    updated_at           timestamptz    NOT NULL,
    version              bigint         NOT NULL DEFAULT 0
);

CREATE TABLE case_respondent (
    id                   uuid PRIMARY KEY,
    case_id              uuid         NOT NULL REFERENCES case_record (id),
    party_type           varchar(20)  NOT NULL,
    name                 varchar(200) NOT NULL,
    id_number            varchar(18)  NOT NULL,
    minor                boolean      NOT NULL DEFAULT false,
    legal_representative varchar(100)
);
CREATE INDEX case_respondent_case ON case_respondent (case_id);
CREATE INDEX case_respondent_id_number ON case_respondent (id_number);

-- 失信被执行人名单
CREATE TABLE dishonest_listing (
    id              uuid PRIMARY KEY,
    case_id         uuid         NOT NULL REFERENCES case_record (id),
    court_code      varchar(20)  NOT NULL,
    case_number     varchar(60)  NOT NULL,
    subject_type    varchar(20)  NOT NULL,
    subject_name    varchar(200) NOT NULL,
    subject_id      varchar(18)  NOT NULL,
    ground          smallint     NOT NULL CHECK (ground BETWEEN 1 AND 6),
    decision_date   date         NOT NULL,
    document_number varchar(100) NOT NULL,
    period_months   smallint     NOT NULL,
    valid_until     date         NOT NULL,
    status          varchar(20)  NOT NULL,
    lift_reason     varchar(40),
    lift_due_by     date,
    lifted_at       timestamptz,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(200) NOT NULL,
    version         bigint       NOT NULL DEFAULT 0
);
CREATE INDEX dishonest_listing_case ON dishonest_listing (case_id, status);
CREATE INDEX dishonest_listing_subject ON dishonest_listing (subject_id, status);
CREATE INDEX dishonest_listing_name ON dishonest_listing (subject_name, status);
CREATE UNIQUE INDEX dishonest_listing_one_active ON dishonest_listing (case_id, subject_id) WHERE status = 'ACTIVE';

-- 限制消费令
CREATE TABLE restriction_order (
    id              uuid PRIMARY KEY,
    case_id         uuid          NOT NULL REFERENCES case_record (id),
    court_code      varchar(20)   NOT NULL,
    case_number     varchar(60)   NOT NULL,
    subject_type    varchar(20)   NOT NULL,
    subject_name    varchar(200)  NOT NULL,
    subject_id      varchar(18)   NOT NULL,
    order_date      date          NOT NULL,
    document_number varchar(100)  NOT NULL,
    behaviours      varchar(1000) NOT NULL,
    status          varchar(20)   NOT NULL,
    lift_reason     varchar(40),
    lift_due_by     date,
    lifted_at       timestamptz,
    created_at      timestamptz   NOT NULL,
    created_by      varchar(200)  NOT NULL,
    version         bigint        NOT NULL DEFAULT 0
);
CREATE INDEX restriction_order_case ON restriction_order (case_id, status);
CREATE INDEX restriction_order_subject ON restriction_order (subject_id, status);
CREATE UNIQUE INDEX restriction_order_one_active ON restriction_order (case_id, subject_id) WHERE status = 'ACTIVE';

-- A company's restriction binds its legal representative and the persons in charge named in the order
CREATE TABLE restriction_bound_person (
    id             uuid PRIMARY KEY,
    restriction_id uuid         NOT NULL REFERENCES restriction_order (id),
    role           varchar(30)  NOT NULL,
    name           varchar(200) NOT NULL,
    id_number      varchar(18)
);
CREATE INDEX restriction_bound_person_order ON restriction_bound_person (restriction_id);
CREATE INDEX restriction_bound_person_id ON restriction_bound_person (id_number);

-- A duty to lift a case's sanctions within three working days of its trigger (SPC 2017 art. 10)
CREATE TABLE lift_obligation (
    id           uuid PRIMARY KEY,
    case_id      uuid        NOT NULL REFERENCES case_record (id),
    reason       varchar(40) NOT NULL,
    triggered_on date        NOT NULL,
    due_by       date        NOT NULL,
    created_at   timestamptz NOT NULL,
    fulfilled_at timestamptz
);
CREATE INDEX lift_obligation_open ON lift_obligation (case_id) WHERE fulfilled_at IS NULL;

-- 纠正申请: decided within 15 days of receipt (SPC 2017 art. 12)
CREATE TABLE correction_request (
    id              uuid PRIMARY KEY,
    listing_id      uuid          NOT NULL REFERENCES dishonest_listing (id),
    kind            varchar(40)   NOT NULL,
    statement       varchar(2000) NOT NULL,
    received_on     date          NOT NULL,
    due_by          date          NOT NULL,
    status          varchar(20)   NOT NULL,
    decision_reason varchar(1000),
    decided_by      varchar(200),
    decided_at      timestamptz,
    recorded_by     varchar(200)  NOT NULL
);
CREATE INDEX correction_request_open ON correction_request (due_by) WHERE status = 'OPEN';

-- The exchange history (联合惩戒): the same events as credit.sanctions.v1, in commit order, for cursor pulls
CREATE TABLE sanction_change (
    seq         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    uuid        NOT NULL UNIQUE,
    case_id     uuid        NOT NULL,
    payload     jsonb       NOT NULL,
    occurred_at timestamptz NOT NULL
);

-- Each "is this ID restricted?" query by a partner agency
CREATE TABLE sanction_check (
    id         uuid PRIMARY KEY,
    agency_id  varchar(100) NOT NULL,
    actor      varchar(200) NOT NULL,
    masked_id  varchar(18)  NOT NULL,
    restricted boolean      NOT NULL,
    checked_at timestamptz  NOT NULL
);
CREATE INDEX sanction_check_agency ON sanction_check (agency_id, checked_at);

-- 信用修复
CREATE TABLE credit_repair (
    id                uuid PRIMARY KEY,
    case_id           uuid          NOT NULL REFERENCES case_record (id),
    subject_name      varchar(200)  NOT NULL,
    subject_id        varchar(18)   NOT NULL,
    statement         varchar(2000) NOT NULL,
    status            varchar(20)   NOT NULL,
    applied_at        timestamptz   NOT NULL,
    recorded_by       varchar(200)  NOT NULL,
    decided_by        varchar(200),
    decided_at        timestamptz,
    decision_reason   varchar(1000),
    certificate_code  varchar(32) UNIQUE,
    certificate_date  date
);
CREATE INDEX credit_repair_status ON credit_repair (status, applied_at);

-- 守信激励: voluntary full performance without enforcement measures
CREATE TABLE good_faith_record (
    id           uuid PRIMARY KEY,
    case_id      uuid         NOT NULL REFERENCES case_record (id),
    court_code   varchar(20)  NOT NULL,
    case_number  varchar(60)  NOT NULL,
    subject_name varchar(200) NOT NULL,
    subject_id   varchar(18)  NOT NULL,
    performed_on date         NOT NULL,
    CONSTRAINT good_faith_once UNIQUE (case_id, subject_id)
);
CREATE INDEX good_faith_subject ON good_faith_record (subject_id);
