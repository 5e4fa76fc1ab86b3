//! The schema, as an append-only list of migrations; the database's `user_version` counts how
//! many have run. Never edit a released migration: add one.
//!
//! Hand-written rather than rusqlite_migration: no release of that crate supports rusqlite 0.41
//! yet, and the whole mechanism is the short loop below. A migration is SQL and, where data must
//! be reshaped, a Rust step run in the same transaction.

use rusqlite::{params, Connection, Transaction};

use super::StorageError;
use crate::{
    model::{draft::DRAFT_FORMAT, Application, CustomerData, DraftContent, OrganisationProfile},
    test_environment,
};

struct Migration {
    sql: &'static str,
    /// Reshapes existing rows after `sql`, inside the same transaction.
    data: Option<fn(&Transaction) -> rusqlite::Result<()>>,
}

const MIGRATIONS: &[Migration] = &[
    // 1: settings (the language choice, ...) and drafts. A draft's content is versioned JSON
    // (model::draft::DRAFT_FORMAT), so the wizard can grow without a migration per field.
    Migration {
        sql: "CREATE TABLE settings (
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
        CREATE INDEX drafts_by_service ON drafts (service, updated_at);",
        data: None,
    },
    // 2: the whole wizard. Organisation profiles (customer data and contacts, shared by the
    // organisation's applications); each draft belongs to an organisation and carries its
    // application's status for the lists; the outbox of applications waiting to be sent, keyed
    // by the application id so that one application is queued once.
    Migration {
        sql: "CREATE TABLE organisations (
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
        ) STRICT;",
        data: Some(drafts_v1_to_v2),
    },
    // 3: many drafts. Deleting marks a draft (so that "undo" right after can bring it back);
    // marked drafts are removed for good when the database is next opened.
    Migration {
        sql: "ALTER TABLE drafts ADD COLUMN deleted_at INTEGER;",
        data: None,
    },
    // 4: delivery. Each outbox item counts its tries and knows when the next is due, why the
    // last one failed (a `delivery::DeliveryProblem`, JSON), when it was delivered and the
    // service's latest status of the application (a `delivery::ServerStatus`, JSON).
    Migration {
        sql: "ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE outbox ADD COLUMN problem TEXT;
        ALTER TABLE outbox ADD COLUMN sent_at INTEGER;
        ALTER TABLE outbox ADD COLUMN server_status TEXT;
        ALTER TABLE outbox ADD COLUMN status_checked_at INTEGER;
        CREATE INDEX outbox_due ON outbox (state, next_attempt_at);",
        data: None,
    },
    // 5: lists without the content (issue 9: 10,000 drafts listed within 50 ms). Each draft's
    // current step and completed steps in columns of their own, and one index that holds every
    // column the list reads, in the list's order, so that listing touches no table page (the
    // content is large and encrypted; the columns added later sit after it in the row).
    Migration {
        sql: "ALTER TABLE drafts ADD COLUMN current_step TEXT NOT NULL DEFAULT 'instructions';
        ALTER TABLE drafts ADD COLUMN completed_steps TEXT NOT NULL DEFAULT '';
        DROP INDEX drafts_by_organisation;
        CREATE INDEX drafts_list ON drafts
            (organisation, deleted_at, updated_at, id, service, status, current_step, completed_steps);",
        data: Some(summaries_of_existing_drafts),
    },
];

/// Fills schema 5's summary columns of the drafts there are. A draft that cannot be read keeps
/// the defaults (opening it reports it as unreadable, as before).
fn summaries_of_existing_drafts(tx: &Transaction) -> rusqlite::Result<()> {
    let rows: Vec<(i64, String)> = tx
        .prepare("SELECT id, content FROM drafts")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, content) in rows {
        let Ok(content) = serde_json::from_str::<DraftContent>(&content) else {
            continue;
        };
        let summary = super::drafts::SummaryColumns::of(&content);
        tx.execute(
            "UPDATE drafts SET status = ?2, current_step = ?3, completed_steps = ?4 WHERE id = ?1",
            params![id, summary.status, summary.current_step, summary.completed_steps],
        )?;
    }
    Ok(())
}

/// Schema 1's drafts were all the test organisation's Client Data Archive applications (the
/// walking skeleton knew no other) and held the customer data. The customer data of the most
/// recently edited one becomes the organisation's; each draft becomes a format-2 draft of that
/// organisation, keeping its step and progress. A draft that cannot be read is left as it is
/// (the app reports it as unreadable and never overwrites it).
fn drafts_v1_to_v2(tx: &Transaction) -> rusqlite::Result<()> {
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct V1 {
        format: u32,
        current_step: serde_json::Value,
        #[serde(default)]
        progress: serde_json::Value,
        #[serde(default)]
        visited: serde_json::Value,
        #[serde(default)]
        customer: CustomerData,
    }
    let org = test_environment::default_organisation();
    let rows: Vec<(i64, String, String)> = tx
        .prepare("SELECT id, service, content FROM drafts ORDER BY updated_at, id")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut customer = None;
    for (id, service, content) in rows {
        let Ok(v1) = serde_json::from_str::<V1>(&content) else {
            continue;
        };
        let Some(service) = crate::codes::parse(&service) else {
            continue;
        };
        if v1.format != 1 {
            continue;
        }
        let v2 = serde_json::json!({
            "format": DRAFT_FORMAT,
            "currentStep": v1.current_step,
            "progress": v1.progress,
            "visited": v1.visited,
            "application": Application::new(service),
        });
        tx.execute(
            "UPDATE drafts SET content = ?2, organisation = ?3 WHERE id = ?1",
            params![id, v2.to_string(), org.business_id],
        )?;
        customer = Some(v1.customer);
    }
    if let Some(customer) = customer {
        let profile = OrganisationProfile {
            customer_type: org.customer_type,
            register: org.register(),
            customer,
            ..OrganisationProfile::default()
        };
        tx.execute(
            "INSERT INTO organisations (id, profile, updated_at) VALUES (?1, ?2, ?3)",
            params![
                org.business_id,
                serde_json::to_string(&profile).expect("a profile serialises"),
                super::now_ms()
            ],
        )?;
    }
    Ok(())
}

pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Fails with `NewerSchema` when the file was written by a newer version of the app. Reads only.
pub fn refuse_newer(conn: &Connection) -> Result<(), StorageError> {
    let found = user_version(conn).map_err(StorageError::Open)?;
    if found > latest_version() {
        return Err(StorageError::NewerSchema {
            found,
            known: latest_version(),
        });
    }
    Ok(())
}

/// Runs the migrations the database has not had, each in its own transaction together with
/// the version bump, so a crash leaves the database at the old or the new version, never between.
pub fn bring_up_to_date(conn: &mut Connection) -> Result<(), StorageError> {
    bring_up_to(conn, latest_version())
}

/// Runs the migrations up to schema `target`: for tests that need a database as an earlier
/// version of the app left it.
pub(crate) fn bring_up_to(conn: &mut Connection, target: i64) -> Result<(), StorageError> {
    refuse_newer(conn)?;
    let found = user_version(conn)?;
    for (index, migration) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(found as usize)
        .take((target - found).max(0) as usize)
    {
        let version = index as i64 + 1;
        let tx = conn.transaction()?;
        let fail = |source| StorageError::Migration { version, source };
        tx.execute_batch(migration.sql).map_err(fail)?;
        if let Some(data) = migration.data {
            data(&tx).map_err(fail)?;
        }
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        tracing::info!(version, "database schema upgraded");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{model::Service, step::StepId, storage::Database};

    #[test]
    fn every_migration_runs_on_an_empty_database() {
        let mut conn = Connection::open_in_memory().unwrap();
        bring_up_to_date(&mut conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), latest_version());
        bring_up_to_date(&mut conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), latest_version());
    }

    #[test]
    fn a_failing_migration_leaves_the_old_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        // A database where version 1's table already exists cannot run migration 1.
        conn.execute_batch("CREATE TABLE settings (x);").unwrap();
        assert!(matches!(
            bring_up_to_date(&mut conn),
            Err(StorageError::Migration { version: 1, .. })
        ));
        assert_eq!(user_version(&conn).unwrap(), 0);
    }

    /// A database the walking skeleton (schema 1) wrote, with a draft on the customer data step,
    /// opens in this version with nothing lost: the customer data is now the organisation's.
    #[test]
    fn a_schema_1_database_upgrades_without_loss() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(super::super::DATABASE_FILE);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[0].sql).unwrap();
            conn.execute_batch(
                r#"PRAGMA user_version = 1;
                INSERT INTO settings VALUES ('language', 'sv');
                INSERT INTO drafts (service, content, created_at, updated_at) VALUES ('client-data-archive',
                  '{"format":1,"currentStep":"customer-data","progress":{"instructions":"completed","customer-data":"has-errors"},"visited":["instructions","customer-data"],"customer":{"streetAddress":"Åkervägen 3","postalCode":"123","postOffice":"","email":"","phone":""}}',
                  1, 2);"#,
            )
            .unwrap();
        }
        let db = Database::open(&path, &crate::storage::DatabaseKey::generate().unwrap()).unwrap();
        assert_eq!(db.schema_version().unwrap(), latest_version());
        assert_eq!(db.chosen_language().unwrap(), Some(crate::Language::Sv));
        let org = test_environment::default_organisation();
        let summaries = db.summaries_of(org.business_id).unwrap();
        assert_eq!(summaries.len(), 1);
        let draft = db.draft(summaries[0].id).unwrap();
        assert_eq!(summaries[0], draft.summary(), "schema 5 fills the list's columns");
        assert_eq!(summaries[0].completed, vec![StepId::Instructions]);
        assert_eq!(draft.service, Service::ClientDataArchive);
        assert_eq!(draft.content.current_step, StepId::CustomerData);
        assert_eq!(
            draft.content.state(StepId::CustomerData),
            crate::step::StepState::HasErrors
        );
        assert!(draft.content.application.id.is_some());
        let profile = db.organisation(org.business_id).unwrap().unwrap();
        assert_eq!(profile.customer.street_address, "Åkervägen 3");
        assert_eq!(profile.customer.postal_code, "123", "kept as typed, errors and all");
        assert_eq!(profile.register, org.register());
    }
}
