-- 6: the services an organisation uses already, as the Kanta service last answered for each
-- (a `model::ServiceInUse`, JSON) and when that answer was fetched, so that the summary of
-- current data opens offline.
CREATE TABLE services_in_use (
    organisation TEXT NOT NULL,
    service      TEXT NOT NULL,
    data         TEXT NOT NULL,
    fetched_at   INTEGER NOT NULL,
    PRIMARY KEY (organisation, service)
) WITHOUT ROWID;
