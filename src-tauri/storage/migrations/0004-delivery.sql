-- 4: delivery. Each outbox item counts its tries and knows when the next is due, why the last
-- one failed (a `delivery::DeliveryProblem`, JSON), when it was delivered and the service's
-- latest status of the application (a `delivery::ServerStatus`, JSON).
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN problem TEXT;
ALTER TABLE outbox ADD COLUMN sent_at INTEGER;
ALTER TABLE outbox ADD COLUMN server_status TEXT;
ALTER TABLE outbox ADD COLUMN status_checked_at INTEGER;
CREATE INDEX outbox_due ON outbox (state, next_attempt_at);
