-- 9: where an item goes and as whom. An item is sent only to the service it was queued for
-- (`destination`: 'test-environment' for the built-in test service, else the real service's
-- address) and only under a session that may act for its organisation, so that on a shared
-- workstation person A's application for X never goes under person B's token for Y.
-- `signer` is the person who queued it (the issuer's subject): a 403 met under someone else's
-- session is not the service refusing the item. Applications queued since 7 were stored without
-- their organisation: it is filled from the draft. Every earlier item was queued before any
-- release could name a real service, so it belongs to the test environment; its signer is not
-- known (NULL: any 403 waits for another login rather than failing it).
ALTER TABLE outbox ADD COLUMN destination TEXT NOT NULL DEFAULT 'test-environment';
ALTER TABLE outbox ADD COLUMN signer TEXT;
UPDATE outbox SET organisation = coalesce((SELECT d.organisation FROM drafts d WHERE d.id = outbox.draft_id), '')
    WHERE kind = 'application' AND organisation = '';
CREATE INDEX outbox_scope ON outbox (destination, organisation, state);
