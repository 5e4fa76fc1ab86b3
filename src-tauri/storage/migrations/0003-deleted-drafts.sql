-- 3: many drafts. Deleting marks a draft (so that "undo" right after can bring it back); marked
-- drafts are removed for good when the database is next opened.
ALTER TABLE drafts ADD COLUMN deleted_at INTEGER;
