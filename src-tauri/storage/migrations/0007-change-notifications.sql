-- 7: change notifications go through the same outbox as applications (exactly once by their
-- idempotency key, the same states, tries and statuses). An item is of a kind: an application,
-- with its draft, or a change, with its organisation. SQLite cannot make draft_id optional in
-- place, so the table is written anew with every row kept, its id included.
CREATE TABLE outbox_7 (
    id                INTEGER PRIMARY KEY,
    kind              TEXT NOT NULL DEFAULT 'application',
    draft_id          INTEGER REFERENCES drafts (id),
    organisation      TEXT NOT NULL DEFAULT '',
    idempotency_key   TEXT NOT NULL UNIQUE,
    payload           TEXT NOT NULL,
    state             TEXT NOT NULL,
    queued_at         INTEGER NOT NULL,
    updated_at        INTEGER NOT NULL,
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   INTEGER NOT NULL DEFAULT 0,
    problem           TEXT,
    sent_at           INTEGER,
    server_status     TEXT,
    status_checked_at INTEGER,
    CHECK ((kind = 'application') = (draft_id IS NOT NULL))
) STRICT;
INSERT INTO outbox_7 (id, kind, draft_id, organisation, idempotency_key, payload, state, queued_at,
                      updated_at, attempts, next_attempt_at, problem, sent_at, server_status, status_checked_at)
    SELECT o.id, 'application', o.draft_id, coalesce(d.organisation, ''), o.idempotency_key, o.payload, o.state,
           o.queued_at, o.updated_at, o.attempts, o.next_attempt_at, o.problem, o.sent_at, o.server_status,
           o.status_checked_at
    FROM outbox o LEFT JOIN drafts d ON d.id = o.draft_id;
DROP TABLE outbox;
ALTER TABLE outbox_7 RENAME TO outbox;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX outbox_changes ON outbox (organisation, kind, queued_at);
