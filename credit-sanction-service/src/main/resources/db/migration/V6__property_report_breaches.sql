-- Breaches of the property-reporting duty (违反财产报告制度) the case's judge found, from PROPERTY_REPORT_BREACHED
-- events: no report by the 报告财产令's deadline, or a false one (法释〔2017〕8号 art. 9). A listing on ground (4) of
-- 法释〔2017〕7号 art. 1 is accepted only for a respondent with one on record in the case. One row per order.
CREATE TABLE property_report_breach (
    case_id   uuid         NOT NULL REFERENCES case_record (id),
    order_id  uuid         NOT NULL,
    id_number varchar(18)  NOT NULL,
    breach    varchar(30)  NOT NULL,
    found_at  timestamptz  NOT NULL,
    PRIMARY KEY (case_id, order_id)
);
CREATE INDEX property_report_breach_respondent ON property_report_breach (case_id, id_number);
