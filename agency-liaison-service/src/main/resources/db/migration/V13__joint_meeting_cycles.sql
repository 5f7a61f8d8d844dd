-- The joint meeting (联席会议), issue 18: member units' kind and duties (成员单位职责), meetings (全体会议/办公室会议)
-- whose decisions create key tasks, and reporting cycles (报送周期) with missed reports swept once each.
ALTER TABLE jm_member_unit ADD COLUMN kind   varchar(30)   NOT NULL DEFAULT 'OTHER';
ALTER TABLE jm_member_unit ADD COLUMN duties varchar(2000);

UPDATE jm_member_unit SET kind = 'POLITICAL_LEGAL_COMMITTEE',
    duties = '牵头召集联席会议，统筹协调解决执行难工作中的重大问题，对逾期未报送的重点任务督办' WHERE id = 'ZFW-320500';
UPDATE jm_member_unit SET kind = 'COURT',
    duties = '承担联席会议办公室日常工作，组织实施执行联动，汇总通报重点任务落实情况' WHERE id = 'COURT-C320500';
UPDATE jm_member_unit SET kind = 'POLICE',
    duties = '协助查找被执行人和车辆，依法侦办拒不执行判决、裁定犯罪案件' WHERE id = 'POLICE-320500';
UPDATE jm_member_unit SET kind = 'PROCURATORATE',
    duties = '对拒执犯罪案件立案监督、审查起诉，开展民事执行法律监督' WHERE id = 'PROC-320500';
UPDATE jm_member_unit SET kind = 'BANK',
    duties = '依法协助查询、冻结、扣划被执行人存款，落实信用惩戒措施' WHERE id IN ('BANK-ICBC', 'BANK-BOC');

CREATE TABLE jm_meeting (
    id         uuid          PRIMARY KEY,
    year       int           NOT NULL,
    kind       varchar(12)   NOT NULL CHECK (kind IN ('PLENARY', 'OFFICE')),
    held_on    date          NOT NULL,
    title      varchar(300)  NOT NULL,
    attendees  text          NOT NULL, -- JSON array of member unit ids
    agenda     text          NOT NULL, -- JSON array of agenda items
    minutes    varchar(20000),
    created_by varchar(200)  NOT NULL,
    created_at timestamptz   NOT NULL
);
CREATE INDEX jm_meeting_year ON jm_meeting (year, held_on);

CREATE TABLE jm_decision (
    id         uuid         PRIMARY KEY,
    meeting_id uuid         NOT NULL REFERENCES jm_meeting (id),
    position   int          NOT NULL,
    title      varchar(300) NOT NULL,
    UNIQUE (meeting_id, position)
);

-- cycles are numbered from 1; cycle n runs from created_at + (n-1) lengths to created_at + n lengths
ALTER TABLE jm_key_task ADD COLUMN decision_id          uuid REFERENCES jm_decision (id);
ALTER TABLE jm_key_task ADD COLUMN cycle                varchar(12) NOT NULL DEFAULT 'MONTHLY'
    CHECK (cycle IN ('MONTHLY', 'QUARTERLY', 'HALF_YEARLY'));
ALTER TABLE jm_key_task ADD COLUMN swept_cycles         int         NOT NULL DEFAULT 0;
ALTER TABLE jm_key_task ADD COLUMN next_sweep_at        timestamptz;
ALTER TABLE jm_key_task ADD COLUMN last_reported_cycle  int;
ALTER TABLE jm_key_task ADD COLUMN last_reported_at     timestamptz;
ALTER TABLE jm_key_task ADD COLUMN consecutive_missed   int         NOT NULL DEFAULT 0;
ALTER TABLE jm_key_task ADD COLUMN missed_total         int         NOT NULL DEFAULT 0;
ALTER TABLE jm_key_task ADD COLUMN escalation           varchar(12) NOT NULL DEFAULT 'NONE'
    CHECK (escalation IN ('NONE', 'OVERDUE', 'ESCALATED'));
-- existing tasks: their first cycle ends one month after creation (the default monthly cycle)
UPDATE jm_key_task SET next_sweep_at = created_at + interval '1 month';
ALTER TABLE jm_key_task ALTER COLUMN next_sweep_at SET NOT NULL;
CREATE INDEX jm_key_task_sweep ON jm_key_task (next_sweep_at) WHERE done_on IS NULL;
CREATE INDEX jm_key_task_decision ON jm_key_task (decision_id);

ALTER TABLE jm_progress_report ADD COLUMN cycle int NOT NULL DEFAULT 1;

-- one row per ended cycle without a report (逾期未报送), written once by the sweep
CREATE TABLE jm_missed_report (
    task_id     uuid        NOT NULL REFERENCES jm_key_task (id),
    cycle       int         NOT NULL,
    unit        varchar(40) NOT NULL,
    cycle_start timestamptz NOT NULL,
    cycle_end   timestamptz NOT NULL,
    escalation  varchar(12) NOT NULL,
    marked_at   timestamptz NOT NULL,
    PRIMARY KEY (task_id, cycle)
);
CREATE INDEX jm_missed_report_unit ON jm_missed_report (unit, cycle_end);
