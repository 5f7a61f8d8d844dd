-- The register of the case's measures that became referrals (执行措施登记): one row per court order (its requestId, the
-- court event id the order was published with), whether its agency has answered, and whether it was cancelled
-- (撤销, with a second officer's approval). A measure can be cancelled only while it is PENDING: an answered one
-- stands. Agency outcomes move it (any outcome but an escalation or a freeze's expiry notice is the agency's answer).
CREATE TABLE case_measure (
    id            uuid PRIMARY KEY,
    case_id       uuid          NOT NULL REFERENCES enforcement_case (id),
    request_id    varchar(100)  NOT NULL,
    referral_kind varchar(30)   NOT NULL,
    respondent_id_number varchar(18) NOT NULL,
    state         varchar(20)   NOT NULL CHECK (state IN ('PENDING', 'ANSWERED', 'CANCELLED')),
    last_outcome  varchar(40),
    ordered_at    timestamptz   NOT NULL,
    updated_at    timestamptz   NOT NULL,
    CONSTRAINT case_measure_request UNIQUE (case_id, request_id)
);
