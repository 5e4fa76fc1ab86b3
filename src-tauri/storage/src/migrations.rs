//! The schema, as an append-only list of numbered migrations (`storage/migrations/NNNN-*.sql`);
//! the database's `user_version` counts how many have run. Never edit a released migration: add
//! one.
//!
//! Hand-written rather than rusqlite_migration: no release of that crate supports rusqlite 0.41
//! yet, and the whole mechanism is the short loop below. A migration is SQL and, where data must
//! be reshaped, a Rust step run in the same transaction. A data step reads and writes the JSON of
//! its own schema through the frozen structs and names beside it, never today's model: a later
//! change to the model must not change what an old migration does.

use rusqlite::{params, Connection, Transaction};
use serde::{Deserialize, Serialize};

use super::StorageError;

struct Migration {
    sql: &'static str,
    /// Reshapes existing rows after `sql`, inside the same transaction.
    data: Option<fn(&Transaction) -> rusqlite::Result<()>>,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: include_str!("../migrations/0001-settings-and-drafts.sql"),
        data: None,
    },
    Migration {
        sql: include_str!("../migrations/0002-organisations-and-outbox.sql"),
        data: Some(schema_2::drafts_v1_to_v2),
    },
    Migration {
        sql: include_str!("../migrations/0003-deleted-drafts.sql"),
        data: None,
    },
    Migration {
        sql: include_str!("../migrations/0004-delivery.sql"),
        data: None,
    },
    Migration {
        sql: include_str!("../migrations/0005-draft-summaries.sql"),
        data: Some(schema_5::summaries_of_existing_drafts),
    },
    Migration {
        sql: include_str!("../migrations/0006-services-in-use.sql"),
        data: None,
    },
    Migration {
        sql: include_str!("../migrations/0007-change-notifications.sql"),
        data: None,
    },
    Migration {
        sql: include_str!("../migrations/0008-brought-forward.sql"),
        data: None,
    },
    Migration {
        sql: include_str!("../migrations/0009-sender-and-destination.sql"),
        data: None,
    },
];

/// Schema 2's data step, with the shapes of its day.
mod schema_2 {
    use super::*;

    /// The services of schema 2's day, as stored.
    const SERVICES: [&str; 4] = [
        "patient-data-repository",
        "client-data-archive",
        "prescription",
        "imaging-archive",
    ];

    /// The test environment's default organisation of schema 2's day, whose every draft schema 1's
    /// were (there was no other organisation yet).
    const BUSINESS_ID: &str = "3141593-8";
    const NAME: &str = "Mäntylän Sosiaalipalvelut Oy (testi)";
    const OID: &str = "1.2.246.10.31415938.10.0";
    const CUSTOMER_TYPE: &str = "social-care-organisation";

    /// A schema 1 draft (format 1): the walking skeleton's, with the customer data in it.
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct DraftV1 {
        format: u32,
        current_step: serde_json::Value,
        #[serde(default)]
        progress: serde_json::Value,
        #[serde(default)]
        visited: serde_json::Value,
        #[serde(default)]
        customer: CustomerV1,
    }

    /// The customer data as format 1 and the format 2 profile both hold it.
    #[derive(Default, Deserialize, Serialize)]
    #[serde(rename_all = "camelCase", default)]
    struct CustomerV1 {
        street_address: String,
        postal_code: String,
        post_office: String,
        email: String,
        phone: String,
    }

    /// Schema 1's drafts were all the test organisation's applications (the walking skeleton had
    /// no other): the customer data of the most recently edited one becomes the organisation's;
    /// each draft becomes a format-2 draft of that organisation with a new, empty application,
    /// keeping its step and progress. A draft that cannot be read is left as it is (the app
    /// reports it as unreadable and never overwrites it).
    pub(super) fn drafts_v1_to_v2(tx: &Transaction) -> rusqlite::Result<()> {
        let rows: Vec<(i64, String, String)> = tx
            .prepare("SELECT id, service, content FROM drafts ORDER BY updated_at, id")?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut customer = None;
        for (id, service, content) in rows {
            let Ok(v1) = serde_json::from_str::<DraftV1>(&content) else {
                continue;
            };
            if v1.format != 1 || !SERVICES.contains(&service.as_str()) {
                continue;
            }
            let v2 = serde_json::json!({
                "format": 2,
                "currentStep": v1.current_step,
                "progress": v1.progress,
                "visited": v1.visited,
                "application": {
                    "id": uuid::Uuid::new_v4(),
                    "service": service,
                    "status": "draft",
                    "connectionPoints": [],
                },
            });
            tx.execute(
                "UPDATE drafts SET content = ?2, organisation = ?3 WHERE id = ?1",
                params![id, v2.to_string(), BUSINESS_ID],
            )?;
            customer = Some(v1.customer);
        }
        if let Some(customer) = customer {
            let profile = serde_json::json!({
                "customerType": CUSTOMER_TYPE,
                "register": {"name": NAME, "businessId": BUSINESS_ID, "oid": OID},
                "customer": customer,
                "contacts": [],
            });
            tx.execute(
                "INSERT INTO organisations (id, profile, updated_at) VALUES (?1, ?2, ?3)",
                params![BUSINESS_ID, profile.to_string(), crate::now_ms()],
            )?;
        }
        Ok(())
    }
}

/// Schema 5's data step, with the shapes of its day.
mod schema_5 {
    use std::collections::BTreeMap;

    use super::*;

    /// The steps in the wizard's order, and the application statuses, of schema 5's day.
    const STEPS: [&str; 10] = [
        "instructions",
        "connection-points",
        "service-usage",
        "customer-data",
        "contacts",
        "billing",
        "service-description",
        "commitment",
        "summary",
        "thanks",
    ];
    const STATUSES: [&str; 9] = [
        "draft",
        "ready",
        "waiting-to-be-sent",
        "sent",
        "received",
        "in-processing",
        "approved",
        "returned",
        "refused",
    ];

    /// What the list's columns are made of, in a format 2 draft.
    #[derive(Deserialize)]
    #[serde(rename_all = "camelCase")]
    struct DraftV2 {
        current_step: String,
        #[serde(default)]
        progress: BTreeMap<String, String>,
        application: ApplicationV2,
    }

    #[derive(Deserialize)]
    struct ApplicationV2 {
        #[serde(default = "draft")]
        status: String,
    }

    fn draft() -> String {
        "draft".to_owned()
    }

    /// Fills the summary columns of the drafts there are: the status, the current step, and the
    /// steps saved complete in the wizard's order. A draft that cannot be read keeps the columns'
    /// defaults (opening it reports it as unreadable, as before).
    pub(super) fn summaries_of_existing_drafts(tx: &Transaction) -> rusqlite::Result<()> {
        let rows: Vec<(i64, String)> = tx
            .prepare("SELECT id, content FROM drafts")?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (id, content) in rows {
            let Ok(draft) = serde_json::from_str::<DraftV2>(&content) else {
                continue;
            };
            let known = STATUSES.contains(&draft.application.status.as_str())
                && STEPS.contains(&draft.current_step.as_str())
                && draft.progress.keys().all(|step| STEPS.contains(&step.as_str()));
            if !known {
                continue;
            }
            let completed: Vec<&str> = STEPS
                .into_iter()
                .filter(|step| draft.progress.get(*step).is_some_and(|state| state == "completed"))
                .collect();
            tx.execute(
                "UPDATE drafts SET status = ?2, current_step = ?3, completed_steps = ?4 WHERE id = ?1",
                params![id, draft.application.status, draft.current_step, completed.join(" ")],
            )?;
        }
        Ok(())
    }
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
    use kanta_domain::{model::Service, step::StepId, test_environment};

    use crate::Database;

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
        let path = dir.path().join(crate::DATABASE_FILE);
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
        let db = Database::open(&path, &crate::DatabaseKey::generate().unwrap()).unwrap();
        assert_eq!(db.schema_version().unwrap(), latest_version());
        assert_eq!(db.chosen_language().unwrap(), Some(kanta_domain::Language::Sv));
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
            kanta_domain::step::StepState::HasErrors
        );
        assert!(draft.content.application.id.is_some());
        let profile = db.organisation(org.business_id).unwrap().unwrap();
        assert_eq!(profile.customer.street_address, "Åkervägen 3");
        assert_eq!(profile.customer.postal_code, "123", "kept as typed, errors and all");
        assert_eq!(profile.register, org.register());
    }
}
