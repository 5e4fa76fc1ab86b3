-- 5: lists without the content (issue 9: 10,000 drafts listed within 50 ms). Each draft's
-- current step and completed steps in columns of their own, and one index that holds every
-- column the list reads, in the list's order, so that listing touches no table page (the
-- content is large and encrypted; the columns added later sit after it in the row). A data step
-- (migrations.rs) fills them for the drafts there are.
ALTER TABLE drafts ADD COLUMN current_step TEXT NOT NULL DEFAULT 'instructions';
ALTER TABLE drafts ADD COLUMN completed_steps TEXT NOT NULL DEFAULT '';
DROP INDEX drafts_by_organisation;
CREATE INDEX drafts_list ON drafts
    (organisation, deleted_at, updated_at, id, service, status, current_step, completed_steps);
