-- 执行公开 (openness to the parties): a party checks its own case's progress with the case number and a query code
-- (查询码) issued at filing, without an officer account (issue 19 item 4).

-- One code per party: only a salted SHA-256 of it is kept. The clerk sees the code once (the filing answer, or a
-- reissue, which replaces the row and so invalidates the old code).
CREATE TABLE party_query_code (
    party_id   uuid         PRIMARY KEY REFERENCES case_party (id),
    case_id    uuid         NOT NULL REFERENCES enforcement_case (id),
    salt       bytea        NOT NULL CHECK (length(salt) = 16),
    code_hash  bytea        NOT NULL CHECK (length(code_hash) = 32),
    issued_at  timestamptz  NOT NULL,
    issued_by  varchar(200) NOT NULL
);
CREATE INDEX party_query_code_case ON party_query_code (case_id);

-- Wrong codes per case in the current window: at the limit the case refuses every code, the right one too, until the
-- window ends. The row is locked by each attempt, so concurrent guesses are counted one after another.
CREATE TABLE party_query_failure (
    case_id       uuid        PRIMARY KEY REFERENCES enforcement_case (id),
    window_start  timestamptz NOT NULL,
    failures      integer     NOT NULL CHECK (failures >= 0)
);
