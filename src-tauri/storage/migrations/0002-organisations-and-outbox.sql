-- 2: the whole wizard. Organisation profiles (customer data and contacts, shared by the
-- organisation's applications); each draft belongs to an organisation and carries its
-- application's status for the lists; the outbox of applications waiting to be sent, keyed by
-- the application id so that one application is queued once. A data step (migrations.rs) moves
-- schema 1's customer data into the organisation's profile.
CREATE TABLE organisations (
    id         TEXT PRIMARY KEY NOT NULL,
    profile    TEXT NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
ALTER TABLE drafts ADD COLUMN organisation TEXT NOT NULL DEFAULT '';
ALTER TABLE drafts ADD COLUMN status TEXT NOT NULL DEFAULT 'draft';
DROP INDEX drafts_by_service;
CREATE INDEX drafts_by_organisation ON drafts (organisation, service, updated_at);
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    draft_id        INTEGER NOT NULL REFERENCES drafts (id),
    idempotency_key TEXT NOT NULL UNIQUE,
    payload         TEXT NOT NULL,
    state           TEXT NOT NULL,
    queued_at       INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
) STRICT;
