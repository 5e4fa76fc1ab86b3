-- 1: settings (the language choice, ...) and drafts. A draft's content is versioned JSON
-- (kanta_domain::model::draft::DRAFT_FORMAT), so the wizard can grow without a migration per
-- field.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
CREATE TABLE drafts (
    id         INTEGER PRIMARY KEY,
    service    TEXT NOT NULL,
    content    TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX drafts_by_service ON drafts (service, updated_at);
