-- CutoverBot's first PostgreSQL schema. Applied once, in the migrator's transaction, under its advisory lock.
-- A migration never drops or deletes data: a later change adds tables or columns in a new file.

-- Per-practice reference numbers (CALL-0007): one row per practice and prefix, locked while a number is drawn,
-- so two instances saving at once never hand out the same number and never skip one.
CREATE TABLE cutover.reference_counters (
    practice_id text NOT NULL,
    prefix      text NOT NULL,
    value       integer NOT NULL,
    PRIMARY KEY (practice_id, prefix)
);

-- The audit trail, append-only. The columns are what the queries filter and order by; the record itself is the
-- BSON document LiteDB would store (it never holds a patient value), so both engines map it the same way.
CREATE TABLE cutover.audit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entry_id    uuid NOT NULL,
    practice_id text NOT NULL,
    at          timestamptz NOT NULL,
    action      text NOT NULL,
    document    bytea NOT NULL
);
CREATE INDEX audit_entry ON cutover.audit (entry_id);
CREATE INDEX audit_practice ON cutover.audit (practice_id);

-- Entries: the BSON document of the entry as LiteDB stores it, patient details and UBRN sealed inside it
-- (AES-256-GCM), never in a column of their own; the blind index of the NHS number beside it for find.
CREATE TABLE cutover.entries (
    id          uuid PRIMARY KEY,
    practice_id text NOT NULL,
    reference   text NOT NULL,
    author_id   text NOT NULL,
    logged_at   timestamptz NOT NULL,
    status      text NOT NULL,
    deleted     boolean NOT NULL,
    purged      boolean NOT NULL,
    nhs_index   text,
    document    bytea NOT NULL
);
CREATE INDEX entries_practice ON cutover.entries (practice_id, deleted);
CREATE INDEX entries_author ON cutover.entries (author_id, logged_at);
CREATE INDEX entries_reference ON cutover.entries (practice_id, reference);
CREATE INDEX entries_nhs_index ON cutover.entries (nhs_index) WHERE nhs_index IS NOT NULL;
