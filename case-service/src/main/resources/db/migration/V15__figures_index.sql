-- The figures of a period and the assessment per month (GET /cases/figures, /cases/assessment) find the
-- conclusions (CASE_CONCLUDED), resumptions (STATUS_CHANGED) and agencies' answers (OUTCOME_RECORDED) of a period
-- by timeline kind and time.
CREATE INDEX timeline_entry_kind_at ON timeline_entry (kind, at);
