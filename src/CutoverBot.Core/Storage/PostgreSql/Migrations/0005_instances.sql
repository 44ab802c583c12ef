-- Several instances on one database: the morning posts' log, the lease on the morning fan-out, and the tenant-wide
-- send budget. A migration never drops or deletes data.

-- One row per morning post (practice, kind, London date, and recipient for nudges), claimed before it is sent: the
-- primary key makes a second claim of the same post fail on any instance. The record is the BSON document LiteDB
-- stores (it holds no patient value); the columns are what the queries filter by.
CREATE TABLE cutover.morning_posts (
    id            text PRIMARY KEY,
    practice_id   text NOT NULL,
    kind          text NOT NULL,
    date          date NOT NULL,
    status        text NOT NULL,
    retry_at      timestamptz,
    superseded_at timestamptz,
    document      bytea NOT NULL
);
CREATE INDEX morning_posts_practice ON cutover.morning_posts (practice_id, date);
CREATE INDEX morning_posts_failed ON cutover.morning_posts (date, retry_at) WHERE status = 'Failed';

-- A practice's day whose planned posts were all handled, with the settings they were planned from.
CREATE TABLE cutover.morning_plans (
    practice_id text NOT NULL,
    date        date NOT NULL,
    settings    text NOT NULL,
    planned_at  timestamptz NOT NULL,
    PRIMARY KEY (practice_id, date)
);

-- Who runs the morning fan-out: one holder at a time, renewed while it posts. The fence goes up each time another
-- instance takes the lease over, and every claim checks it, so a holder that lost the lease cannot post again.
CREATE TABLE cutover.fan_out_leases (
    name       text PRIMARY KEY,
    holder     text NOT NULL,
    fence      bigint NOT NULL,
    expires_at timestamptz NOT NULL
);

-- The tenant-wide proactive limit across instances: when each of the tenant's last requests left (as many as the limit),
-- so any instance can tell whether one more fits in the last second. One row per tenant, locked while it is changed.
CREATE TABLE cutover.tenant_sends (
    tenant_id text PRIMARY KEY,
    times     timestamptz[] NOT NULL
);
