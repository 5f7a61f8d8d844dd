-- Member agencies (成员单位) and their referrals (协查/协助执行请求). Owned by agency-liaison-service alone.
CREATE TABLE agency (
    id           varchar(40)   PRIMARY KEY,
    kind         varchar(20)   NOT NULL,
    name         varchar(200)  NOT NULL,
    bank_code    varchar(20),
    jurisdiction varchar(1000) NOT NULL DEFAULT '', -- court codes the agency serves, comma-separated
    contact      varchar(200),
    channel      varchar(10)   NOT NULL DEFAULT 'PULL' CHECK (channel IN ('PULL', 'KAFKA')),
    status       varchar(12)   NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    created_at   timestamptz   NOT NULL DEFAULT now(),
    updated_at   timestamptz   NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX agency_bank_code ON agency (bank_code) WHERE bank_code IS NOT NULL;
CREATE INDEX agency_kind_status ON agency (kind, status);

CREATE TABLE referral (
    id                   uuid          PRIMARY KEY,
    case_id              uuid          NOT NULL,
    case_number          varchar(60)   NOT NULL,
    court_code           varchar(20)   NOT NULL,
    agency_id            varchar(40)   NOT NULL REFERENCES agency (id),
    kind                 varchar(30)   NOT NULL,
    status               varchar(20)   NOT NULL,
    payload              jsonb         NOT NULL,
    source_event_id      uuid,
    requested_by         varchar(200)  NOT NULL,
    created_at           timestamptz   NOT NULL,
    due_at               timestamptz   NOT NULL,
    expires_at           timestamptz   NOT NULL,
    delivered_at         timestamptz,
    acknowledged_at      timestamptz,
    answered_at          timestamptz,
    rejected_at          timestamptz,
    expired_at           timestamptz,
    escalated_at         timestamptz,
    lease_until          timestamptz,
    lease_holder         varchar(200),
    result               jsonb,
    result_digest        char(64),
    reject_reason        varchar(500),
    outcome              varchar(40),
    freeze_until         date,
    freeze_warned_at     timestamptz,
    criminal_referral_id uuid,
    version              bigint        NOT NULL DEFAULT 0
);
CREATE INDEX referral_inbox ON referral (agency_id, status, due_at);
CREATE INDEX referral_case ON referral (case_id, kind);
CREATE INDEX referral_open_due ON referral (due_at) WHERE status IN ('QUEUED', 'DELIVERED', 'ACKNOWLEDGED');
CREATE INDEX referral_lease ON referral (lease_until) WHERE status = 'DELIVERED' AND lease_until IS NOT NULL;
CREATE INDEX referral_freeze ON referral (freeze_until) WHERE freeze_until IS NOT NULL;

-- 拒执罪 criminal referrals: one per lead, moving through police and procuratorate stages
CREATE TABLE criminal_referral (
    id                      uuid          PRIMARY KEY,
    case_id                 uuid          NOT NULL,
    case_number             varchar(60)   NOT NULL,
    court_code              varchar(20)   NOT NULL,
    police_agency_id        varchar(40)   NOT NULL REFERENCES agency (id),
    procuratorate_agency_id varchar(40)   REFERENCES agency (id),
    stage                   varchar(30)   NOT NULL,
    lead_summary            varchar(1000),
    created_at              timestamptz   NOT NULL,
    updated_at              timestamptz   NOT NULL,
    version                 bigint        NOT NULL DEFAULT 0
);
CREATE INDEX criminal_referral_case ON criminal_referral (case_id);
CREATE INDEX criminal_referral_stage ON criminal_referral (stage);

CREATE TABLE criminal_step (
    id                   uuid         PRIMARY KEY,
    criminal_referral_id uuid         NOT NULL REFERENCES criminal_referral (id),
    stage                varchar(30)  NOT NULL,
    at                   timestamptz  NOT NULL,
    actor                varchar(200) NOT NULL,
    note                 varchar(1000)
);
CREATE INDEX criminal_step_referral ON criminal_step (criminal_referral_id, at);

-- Joint meeting (联席会议): member units, yearly key tasks, progress reports
CREATE TABLE jm_member_unit (
    id        varchar(40)  PRIMARY KEY,
    name      varchar(200) NOT NULL,
    role      varchar(20)  NOT NULL,
    agency_id varchar(40)  REFERENCES agency (id),
    joined_on date         NOT NULL
);

CREATE TABLE jm_key_task (
    id          uuid          PRIMARY KEY,
    year        int           NOT NULL,
    title       varchar(300)  NOT NULL,
    description varchar(2000),
    owner_unit  varchar(40)   NOT NULL REFERENCES jm_member_unit (id),
    due_on      date          NOT NULL,
    progress    int           NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    done_on     date,
    created_at  timestamptz   NOT NULL,
    version     bigint        NOT NULL DEFAULT 0
);
CREATE INDEX jm_key_task_year ON jm_key_task (year, due_on);

CREATE TABLE jm_progress_report (
    id          uuid          PRIMARY KEY,
    task_id     uuid          NOT NULL REFERENCES jm_key_task (id),
    unit        varchar(40)   NOT NULL,
    reported_on date          NOT NULL,
    progress    int           NOT NULL CHECK (progress BETWEEN 0 AND 100),
    summary     varchar(2000) NOT NULL,
    actor       varchar(200)  NOT NULL,
    created_at  timestamptz   NOT NULL
);
CREATE INDEX jm_progress_report_task ON jm_progress_report (task_id, created_at);
