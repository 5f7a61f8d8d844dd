-- Transactional outbox: a service writes its state change and the event to publish in one transaction.
-- The relay (OutboxRelay) publishes unsent rows in seq order and marks them sent.
CREATE TABLE outbox (
    id          uuid PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    topic       varchar(200) NOT NULL,
    message_key varchar(200) NOT NULL,
    ce_type     varchar(200) NOT NULL,
    ce_subject  varchar(200),
    payload     jsonb        NOT NULL,
    traceparent varchar(100),
    created_at  timestamptz  NOT NULL DEFAULT now(),
    sent_at     timestamptz
);
CREATE UNIQUE INDEX outbox_seq ON outbox (seq);
CREATE INDEX outbox_unsent ON outbox (seq) WHERE sent_at IS NULL;

-- Wake the relay at commit time: NOTIFY is delivered only when the inserting transaction commits,
-- and notifications of one transaction are folded into one.
CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('outbox', '');
    RETURN NULL;
END $$;
CREATE TRIGGER outbox_inserted AFTER INSERT ON outbox FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify();

-- Idempotent consumers: one row per (consumer, event id) written in the same transaction as the effect.
CREATE TABLE processed_event (
    consumer     varchar(100) NOT NULL,
    event_id     varchar(100) NOT NULL,
    processed_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);

-- Append-only, hash-chained audit log: each entry's hash covers its content and the previous entry's hash,
-- so altering or deleting a row breaks the chain from there on.
CREATE TABLE audit_log (
    seq        bigint PRIMARY KEY,
    at         timestamptz  NOT NULL,
    actor      varchar(200) NOT NULL,
    action     varchar(100) NOT NULL,
    subject    varchar(200) NOT NULL,
    detail     text         NOT NULL,
    prev_hash  char(64)     NOT NULL,
    hash       char(64)     NOT NULL
);
CREATE INDEX audit_log_subject ON audit_log (subject, seq);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END $$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
