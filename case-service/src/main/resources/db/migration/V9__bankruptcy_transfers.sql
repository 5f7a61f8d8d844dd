-- 执转破 as a hand-off (《最高人民法院关于执行案件移送破产审查若干问题的指导意见》法发〔2017〕2号). The enforcing court's
-- transfer decision (移送决定) of one enterprise respondent's case to a named bankruptcy court, on the written consent of
-- an applicant or of the debtor (art. 2 item (2): who, when, which document), and the receiving court's answer: accepted
-- (受理裁定: the case concludes as BANKRUPTCY_TRANSFER, preservation released, 企业破产法 art. 19) or refused (不予受理:
-- enforcement resumes, art. 18 of the opinion). court_code / case_number are the enforcing court's; receiving_court is
-- the court whose judges see and answer the transfer.
CREATE TABLE bankruptcy_transfer (
    id                   uuid PRIMARY KEY,
    case_id              uuid          NOT NULL REFERENCES enforcement_case (id),
    court_code           varchar(20)   NOT NULL,
    case_number          varchar(60)   NOT NULL,
    respondent_party_id  uuid          NOT NULL REFERENCES case_party (id),
    -- the debtor as the receiving court reads it (a company: its name and unified social credit code)
    respondent_name      varchar(200)  NOT NULL,
    respondent_id_number varchar(18)   NOT NULL,
    receiving_court      varchar(20)   NOT NULL CHECK (receiving_court <> court_code),
    status               varchar(20)   NOT NULL,
    consent_party_id     uuid          NOT NULL REFERENCES case_party (id),
    consent_given_on     date          NOT NULL,
    consent_document     varchar(100),
    reason               varchar(500),
    decided_by           varchar(200)  NOT NULL,
    decided_on           date          NOT NULL,
    decided_at           timestamptz   NOT NULL,
    ruling_date          date,
    ruling_document      varchar(100),
    ruling_reason        varchar(500),
    answered_by          varchar(200),
    answered_at          timestamptz,
    version              bigint        NOT NULL DEFAULT 0,
    CONSTRAINT bankruptcy_transfer_consent_first CHECK (consent_given_on <= decided_on),
    CONSTRAINT bankruptcy_transfer_answered CHECK ((status = 'TRANSFERRED') = (answered_at IS NULL)
        AND (answered_at IS NULL) = (ruling_date IS NULL)),
    CONSTRAINT bankruptcy_transfer_refusal_reason CHECK (status <> 'REFUSED' OR ruling_reason IS NOT NULL)
);
CREATE INDEX bankruptcy_transfer_case ON bankruptcy_transfer (case_id, decided_at);
CREATE INDEX bankruptcy_transfer_receiving ON bankruptcy_transfer (receiving_court, status, decided_at);
-- one transfer awaiting its answer per case: a second one waits for the first ruling
CREATE UNIQUE INDEX bankruptcy_transfer_one_pending ON bankruptcy_transfer (case_id) WHERE status = 'TRANSFERRED';
