-- Audit entries are recorded here by the business transaction (one INSERT, no lock) and moved into the hash chain
-- (audit_log) by AuditChain, one batch per transaction under the chain lock, within about a second. Before, every
-- writing transaction of a service took the chain lock itself and held it until its commit, so all of them ran one
-- at a time (issue 9). Entries waiting here cannot be updated; AuditChain deletes them as it chains them.
CREATE TABLE audit_pending (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       timestamptz  NOT NULL,
    actor    varchar(200) NOT NULL,
    action   varchar(100) NOT NULL,
    subject  varchar(200) NOT NULL,
    detail   text         NOT NULL
);
CREATE TRIGGER audit_pending_no_update BEFORE UPDATE ON audit_pending
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
