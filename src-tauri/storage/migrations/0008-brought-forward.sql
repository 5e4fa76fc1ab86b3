-- 8: when an item that met no answer was last brought forward (the service's health answered
-- again), so the sending pass brings it forward at most once per backoff period: a service whose
-- health answers while its submissions time out is not tried on every pass.
ALTER TABLE outbox ADD COLUMN brought_forward_at INTEGER;
