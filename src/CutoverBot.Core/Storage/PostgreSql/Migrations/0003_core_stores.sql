-- The stores the bot uses while running besides entries: practices and their rosters, the users it can reach,
-- checklist ticks and their audit, the messages entries were logged from, and progress shares. Each row is the
-- record's BSON document as LiteDB stores it (without its id, kept as the key column) and the columns the queries
-- filter by. None of these records holds a patient value.

CREATE TABLE cutover.practices (
    id       text PRIMARY KEY,
    ods_code text,
    name     text NOT NULL,
    active   boolean NOT NULL,
    document bytea NOT NULL
);
CREATE INDEX practices_ods_code ON cutover.practices (upper(ods_code));
CREATE INDEX practices_name ON cutover.practices (upper(name));

-- A roster line's key is practice id | user id, so an upsert by two instances at once leaves one line.
CREATE TABLE cutover.practice_members (
    id            text PRIMARY KEY,
    practice_id   text NOT NULL,
    user_id       text NOT NULL,
    aad_object_id text,
    is_guest      boolean NOT NULL,
    document      bytea NOT NULL
);
CREATE INDEX practice_members_practice ON cutover.practice_members (practice_id);
CREATE INDEX practice_members_user ON cutover.practice_members (user_id);
CREATE INDEX practice_members_object ON cutover.practice_members (aad_object_id) WHERE aad_object_id IS NOT NULL;

CREATE TABLE cutover.chat_users (
    id            text PRIMARY KEY,
    aad_object_id text,
    document      bytea NOT NULL
);
CREATE INDEX chat_users_object ON cutover.chat_users (aad_object_id) WHERE aad_object_id IS NOT NULL;

-- One row per ticked task (and day, for a daily task): the key makes a second tick at once a conflict, not a copy.
CREATE TABLE cutover.checklist_ticks (
    id          text PRIMARY KEY,
    practice_id text NOT NULL,
    document    bytea NOT NULL
);
CREATE INDEX checklist_ticks_practice ON cutover.checklist_ticks (practice_id);

-- Every tick and untick, kept for good; seq orders records of one instant as they were written.
CREATE TABLE cutover.checklist_tick_audit (
    id          uuid PRIMARY KEY,
    seq         bigint GENERATED ALWAYS AS IDENTITY,
    practice_id text NOT NULL,
    at          timestamptz NOT NULL,
    document    bytea NOT NULL
);
CREATE INDEX checklist_tick_audit_practice ON cutover.checklist_tick_audit (practice_id, at, seq);

-- Which Teams message an entry was logged from (ids and a link, never the message's text).
CREATE TABLE cutover.message_sources (
    id       text PRIMARY KEY,
    entry_id uuid NOT NULL,
    document bytea NOT NULL
);
CREATE INDEX message_sources_entry ON cutover.message_sources (entry_id);

-- Which teams a practice shares its progress (counts only) with; the key is practice id | team id.
CREATE TABLE cutover.progress_shares (
    id          text PRIMARY KEY,
    practice_id text NOT NULL,
    team_id     text NOT NULL,
    shared_at   timestamptz NOT NULL,
    document    bytea NOT NULL
);
CREATE INDEX progress_shares_practice ON cutover.progress_shares (practice_id);
CREATE INDEX progress_shares_team ON cutover.progress_shares (team_id);
