-- Orders checked against the case (issue 15): the local copy of the agency directory, the case's register of its
-- freezes with the orders linked to them, and one money ledger per case.

-- The member agencies as agency-liaison-service publishes them on liaison.agencies.v1 (compacted, key agency id):
-- the latest entry per agency. A measure addressed to an agency missing here, or SUSPENDED, is refused at once.
CREATE TABLE agency_directory (
    agency_id   varchar(60)  PRIMARY KEY,
    kind        varchar(30)  NOT NULL,
    name        varchar(200) NOT NULL,
    bank_code   varchar(40),
    status      varchar(20)  NOT NULL,
    changed_at  timestamptz  NOT NULL,
    event_id    uuid         NOT NULL
);
CREATE INDEX agency_directory_bank_code ON agency_directory (bank_code) WHERE bank_code IS NOT NULL;

-- The case's freezes (冻结登记): one row per freeze order, its status following the banks' outcomes.
CREATE TABLE case_freeze (
    id                    uuid           PRIMARY KEY,
    case_id               uuid           NOT NULL REFERENCES enforcement_case (id),
    request_id            varchar(120)   NOT NULL,
    respondent_id_number  varchar(18)    NOT NULL,
    bank_code             varchar(40),
    agency_id             varchar(60),
    account_number        varchar(40)    NOT NULL,
    ordered_amount        numeric(18, 2) NOT NULL,
    frozen_amount         numeric(18, 2),
    frozen_until          date,
    status                varchar(20)    NOT NULL,
    ordered_at            timestamptz    NOT NULL,
    updated_at            timestamptz    NOT NULL,
    CONSTRAINT case_freeze_once UNIQUE (case_id, request_id)
);

-- Renewal, unfreeze and deduction orders linked to the freeze they extend, release or draw on; answered_amount is
-- what the bank's answer (or its amendment) released or deducted.
CREATE TABLE freeze_link (
    id               uuid           PRIMARY KEY,
    case_id          uuid           NOT NULL REFERENCES enforcement_case (id),
    request_id       varchar(120)   NOT NULL,
    freeze_id        uuid           NOT NULL REFERENCES case_freeze (id),
    kind             varchar(30)    NOT NULL,
    ordered_amount   numeric(18, 2),
    answered_amount  numeric(18, 2),
    CONSTRAINT freeze_link_once UNIQUE (case_id, request_id)
);
CREATE INDEX freeze_link_freeze ON freeze_link (freeze_id);

-- The ledger: every report of money received (a bank's deduction, the court's payment report) is kept; a transfer
-- (transfer_reference) counts once, an amended report replaces the one it names (replaces = that report's event id).
-- counted marks the rows whose sum is the case's amount recovered; the dashboard sums only those.
ALTER TABLE recovery ADD COLUMN transfer_reference varchar(120);
UPDATE recovery SET transfer_reference = 'event:' || event_id WHERE transfer_reference IS NULL;
ALTER TABLE recovery ALTER COLUMN transfer_reference SET NOT NULL;
ALTER TABLE recovery ADD COLUMN replaces varchar(120);
ALTER TABLE recovery ADD COLUMN from_agency boolean NOT NULL DEFAULT false;
ALTER TABLE recovery ADD COLUMN counted boolean NOT NULL DEFAULT true;
UPDATE recovery SET from_agency = true WHERE source = 'AGENCY_DEDUCTION';
CREATE INDEX recovery_case_reference ON recovery (case_id, transfer_reference);
-- an amended answer may say that nothing was deducted after all (0.00): it still replaces the report it names
ALTER TABLE recovery DROP CONSTRAINT recovery_amount_check;
ALTER TABLE recovery ADD CONSTRAINT recovery_amount_check CHECK (amount >= 0);
