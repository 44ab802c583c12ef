-- Messages taken in over the last two days (conversation id and activity id), so a copy Teams delivers again is
-- recognised. The bot itself forgets ids older than that; a migration never deletes any.
CREATE TABLE cutover.processed_messages (
    id text PRIMARY KEY,
    at timestamptz NOT NULL
);
CREATE INDEX processed_messages_at ON cutover.processed_messages (at);
