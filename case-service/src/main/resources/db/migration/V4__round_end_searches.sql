-- 终本 (终结本次执行程序): after it the platform repeats the nationwide asset search every six months for five years
-- (法〔2016〕373号 art. 9 para. 2). One row per 终本 case; the sweep claims rows whose next_search_at is due and
-- advances it in the transaction that queues the search's event, so each search happens once, across restarts and
-- instances. next_search_at is null once the horizon is reached or the case was resumed.
CREATE TABLE round_end_search (
    case_id        uuid PRIMARY KEY REFERENCES enforcement_case (id),
    concluded_at   timestamptz NOT NULL,
    searches_until timestamptz NOT NULL,
    next_search_at timestamptz,
    searches_done  integer     NOT NULL DEFAULT 0 CHECK (searches_done >= 0),
    last_search_at timestamptz
);
CREATE INDEX round_end_search_due ON round_end_search (next_search_at) WHERE next_search_at IS NOT NULL;

-- A bank found assets of a 终本 case's respondent: the case shows it may be resumed (恢复执行)
ALTER TABLE enforcement_case ADD COLUMN assets_found_at timestamptz;
