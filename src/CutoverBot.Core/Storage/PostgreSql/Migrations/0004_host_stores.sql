-- The host's own stores: greetings, files waiting for consent, posted cards, the Graph notice and the outbox.
-- Their records are flat (a handful of scalars, no patient value in plain text), so they are columns rather than a
-- BSON document: a claim, a mark or a key rotation is then one UPDATE of one column. Sealed bytes (a file's content,
-- a queued reply) stay sealed exactly as LiteDB keeps them.

-- One greeting owed per install (team:<id> or personal:<id>). A claim is the row's claimed_by; another instance
-- takes it over only once released (null) or older than the bot's claim lease, so two instances never both greet.
CREATE TABLE cutover.welcomes (
    id           text PRIMARY KEY,
    claimed_by   text,
    claimed_at   timestamptz NOT NULL,
    attempts     integer NOT NULL,
    text_sent_at timestamptz,
    card_sent_at timestamptz,
    completed_at timestamptz
);

-- Files offered in personal chat, waiting for consent: content sealed (AES-256-GCM), taken once by a DELETE.
CREATE TABLE cutover.pending_files (
    id           text PRIMARY KEY,
    user_id      text NOT NULL,
    practice_id  text,
    file_name    text NOT NULL,
    content_type text NOT NULL,
    content      bytea NOT NULL,
    offered_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);
CREATE INDEX pending_files_expires ON cutover.pending_files (expires_at);
CREATE INDEX pending_files_practice ON cutover.pending_files (practice_id);

-- Where each entry's cards were posted (id = conversationId|activityId), the latest few per entry.
CREATE TABLE cutover.entry_posts (
    id              text PRIMARY KEY,
    entry_id        uuid NOT NULL,
    conversation_id text NOT NULL,
    activity_id     text NOT NULL,
    shared          boolean NOT NULL,
    posted_at       timestamptz NOT NULL,
    card_hash       text
);
CREATE INDEX entry_posts_entry ON cutover.entry_posts (entry_id);

-- The go-live cards posted in each practice's channel, the latest few per practice.
CREATE TABLE cutover.golive_posts (
    id              text PRIMARY KEY,
    practice_id     text NOT NULL,
    conversation_id text NOT NULL,
    activity_id     text NOT NULL,
    posted_at       timestamptz NOT NULL,
    card_hash       text
);
CREATE INDEX golive_posts_practice ON cutover.golive_posts (practice_id);

-- Practices told once that the channel copy is off (Graph not set up).
CREATE TABLE cutover.graph_notices (
    practice_id text PRIMARY KEY,
    given_at    timestamptz NOT NULL
);

-- Replies a turn could not deliver in time. Delivered oldest first per conversation by whichever instance claims
-- the conversation's oldest row (claimed_by, claimed_until: a lease, so a stopped instance's claim runs out and
-- another delivers the row); removed only by the instance holding the claim.
CREATE TABLE cutover.outbox (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conversation_id text NOT NULL,
    service_url     text NOT NULL,
    tenant_id       text NOT NULL,
    payload         bytea NOT NULL,
    queued_at       timestamptz NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    tag             text,
    claimed_by      text,
    claimed_until   timestamptz
);
CREATE INDEX outbox_conversation ON cutover.outbox (conversation_id, id);
