-- Property declaration (财产报告制度): the judge's 报告财产令 to a respondent with its deadline (法释〔2017〕8号 arts. 3-4),
-- the respondent's report (assets and the changes in the year before the notice, arts. 5-6; kept as JSON with their
-- total value) and the judge's finding of a breach (no report by the deadline, or a false one, art. 9), which is the
-- basis of a 失信 listing on 法释〔2017〕7号 art. 1(4).
CREATE TABLE property_report_order (
    id                    uuid PRIMARY KEY,
    case_id               uuid          NOT NULL REFERENCES enforcement_case (id),
    court_code            varchar(20)   NOT NULL,
    case_number           varchar(60)   NOT NULL,
    respondent_party_id   uuid          NOT NULL REFERENCES case_party (id),
    status                varchar(20)   NOT NULL,
    ordered_by            varchar(200)  NOT NULL,
    ordered_at            timestamptz   NOT NULL,
    due                   timestamptz   NOT NULL CHECK (due > ordered_at),
    declaration           text,
    declared_value        numeric(16, 2) CHECK (declared_value >= 0),
    reported_by           varchar(200),
    reported_at           timestamptz,
    breach                varchar(30),
    breach_finding        varchar(2000),
    breach_found_by       varchar(200),
    breach_found_at       timestamptz,
    version               bigint        NOT NULL DEFAULT 0,
    CONSTRAINT property_report_reported CHECK ((reported_at IS NULL) = (declaration IS NULL)),
    CONSTRAINT property_report_breach_found CHECK ((breach IS NULL) = (breach_found_at IS NULL)),
    CONSTRAINT property_report_false_needs_report CHECK (breach IS DISTINCT FROM 'FALSE_REPORT' OR reported_at IS NOT NULL)
);
CREATE INDEX property_report_order_case ON property_report_order (case_id, ordered_at);

-- Reward notices (悬赏执行, 法释〔2017〕8号 arts. 21-24): published by the judge on the applicant's application with the
-- reward (CNY, two decimals), the leads wanted and a validity period; shown publicly with the respondent masked while
-- published, unexpired and the case open. Leads anyone submits are kept for the judge; the submitter's contact never
-- leaves court staff's view (art. 23: kept confidential).
CREATE TABLE reward_notice (
    id                  uuid PRIMARY KEY,
    case_id             uuid           NOT NULL REFERENCES enforcement_case (id),
    court_code          varchar(20)    NOT NULL,
    case_number         varchar(60)    NOT NULL,
    respondent_party_id uuid           NOT NULL REFERENCES case_party (id),
    reward              numeric(16, 2) NOT NULL CHECK (reward > 0),
    leads_wanted        varchar(2000)  NOT NULL,
    valid_until         timestamptz    NOT NULL,
    status              varchar(20)    NOT NULL,
    published_by        varchar(200)   NOT NULL,
    published_at        timestamptz    NOT NULL CHECK (valid_until > published_at),
    withdrawn_at        timestamptz,
    withdrawal_reason   varchar(500),
    version             bigint         NOT NULL DEFAULT 0,
    CONSTRAINT reward_notice_withdrawn CHECK ((status = 'WITHDRAWN') = (withdrawn_at IS NOT NULL))
);
CREATE INDEX reward_notice_case ON reward_notice (case_id);
CREATE INDEX reward_notice_public ON reward_notice (status, valid_until);

CREATE TABLE reward_lead (
    id            uuid PRIMARY KEY,
    notice_id     uuid           NOT NULL REFERENCES reward_notice (id),
    case_id       uuid           NOT NULL REFERENCES enforcement_case (id),
    lead          varchar(4000)  NOT NULL,
    contact_name  varchar(200)   NOT NULL,
    contact_phone varchar(40)    NOT NULL,
    submitted_at  timestamptz    NOT NULL,
    useful        boolean,
    reward_paid   numeric(16, 2) CHECK (reward_paid > 0),
    assessed_by   varchar(200),
    assessed_at   timestamptz,
    version       bigint         NOT NULL DEFAULT 0,
    CONSTRAINT reward_lead_assessed CHECK ((useful IS NULL) = (assessed_at IS NULL)),
    CONSTRAINT reward_lead_paid_if_useful CHECK (reward_paid IS NULL OR useful)
);
CREATE INDEX reward_lead_notice ON reward_lead (notice_id, submitted_at);
