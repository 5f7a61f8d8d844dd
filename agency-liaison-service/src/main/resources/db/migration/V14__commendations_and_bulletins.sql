-- Commendations (表彰: 先进集体/先进个人) and the office's bulletins (通报), numbered 联席办〔YYYY〕N号 per year.
CREATE TABLE jm_commendation (
    id         uuid          PRIMARY KEY,
    year       int           NOT NULL,
    kind       varchar(12)   NOT NULL CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL')),
    unit_id    varchar(40)   NOT NULL REFERENCES jm_member_unit (id),
    person     varchar(100),
    reason     varchar(2000) NOT NULL,
    created_by varchar(200)  NOT NULL,
    created_at timestamptz   NOT NULL,
    CHECK (kind = 'COLLECTIVE' OR person IS NOT NULL)
);
CREATE INDEX jm_commendation_year ON jm_commendation (year, created_at);

-- the last number issued per year; issuing takes the row lock, so concurrent issues get distinct numbers
CREATE TABLE jm_bulletin_counter (
    year int PRIMARY KEY,
    last int NOT NULL
);

CREATE TABLE jm_bulletin (
    id          uuid         PRIMARY KEY,
    year        int          NOT NULL,
    seq         int          NOT NULL,
    number      varchar(40)  NOT NULL,
    issuer      varchar(400) NOT NULL,
    issued_on   date         NOT NULL,
    period_from date         NOT NULL,
    period_to   date         NOT NULL,
    title       varchar(300) NOT NULL,
    -- the sections and commendations as issued (snapshot): an issued bulletin never changes
    content     jsonb        NOT NULL,
    created_by  varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    UNIQUE (year, seq),
    UNIQUE (number)
);
CREATE INDEX jm_bulletin_year ON jm_bulletin (year, seq);
