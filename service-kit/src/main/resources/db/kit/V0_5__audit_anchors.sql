-- Audit anchoring (锚定): the chain's hashes leave the service's own database, sealed, on audit.anchors.v1, and the
-- other services keep copies. Whoever could rewrite this database (and so the whole chain, consistently) cannot
-- rewrite the copies: a bundle checked against them shows what was changed after it was anchored.

-- What this service published: seq range and head; a heartbeat (no new entries) has from_seq = to_seq + 1.
-- Heartbeats repeat the head, hence an identity key.
CREATE TABLE audit_anchor (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    from_seq     bigint      NOT NULL,
    to_seq       bigint      NOT NULL,
    head_hash    char(64)    NOT NULL,
    at           timestamptz NOT NULL,
    published_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_anchor_to_seq ON audit_anchor (to_seq);
CREATE TRIGGER audit_anchor_no_update BEFORE UPDATE OR DELETE ON audit_anchor
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

-- The anchors of the OTHER services, as received and with their seal, the witness copies (见证副本).
CREATE TABLE audit_anchor_copy (
    service     varchar(100) NOT NULL,
    from_seq    bigint       NOT NULL,
    to_seq      bigint       NOT NULL,
    head_hash   char(64)     NOT NULL,
    hashes      text         NOT NULL,
    at          timestamptz  NOT NULL,
    seal        text,
    received_at timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (service, from_seq, to_seq)
);
CREATE TRIGGER audit_anchor_copy_no_update BEFORE UPDATE OR DELETE ON audit_anchor_copy
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
