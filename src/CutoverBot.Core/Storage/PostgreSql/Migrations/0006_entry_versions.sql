-- A version per practice's entries, so an instance can keep the practice's outlines in memory and ask the server
-- only what changed since (one indexed lookup when nothing did). A trigger stamps every insert and update, whoever
-- makes it (this bot, an older instance during a rolling deploy, migrate-storage, rotate-key), so no writer can
-- leave another instance's copy stale. A migration never drops or deletes data.

-- The row is locked until the writing transaction ends, so versions commit in the order they are given: a reader
-- that sees version N also sees every entry row stamped N or lower.
CREATE TABLE cutover.entry_versions (
    practice_id text PRIMARY KEY,
    version     bigint NOT NULL
);

ALTER TABLE cutover.entries ADD COLUMN version bigint NOT NULL DEFAULT 0;
CREATE INDEX entries_practice_version ON cutover.entries (practice_id, version);

CREATE FUNCTION cutover.stamp_entry_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO cutover.entry_versions AS v (practice_id, version) VALUES (NEW.practice_id, 1)
    ON CONFLICT (practice_id) DO UPDATE SET version = v.version + 1
    RETURNING v.version INTO NEW.version;
    RETURN NEW;
END
$$;

CREATE TRIGGER entries_stamp_version BEFORE INSERT OR UPDATE ON cutover.entries
    FOR EACH ROW EXECUTE FUNCTION cutover.stamp_entry_version();
