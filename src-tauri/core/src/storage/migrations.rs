//! The schema, as an append-only list of migrations; the database's `user_version` counts how
//! many have run. Never edit a released migration: add one.
//!
//! Hand-written rather than rusqlite_migration: no release of that crate supports rusqlite 0.41
//! yet, and the whole mechanism is the short loop below.

use rusqlite::Connection;

use super::StorageError;

const MIGRATIONS: &[&str] = &[
    // 1: settings (the language choice, ...) and drafts. A draft's content is versioned JSON
    // (model::draft::DRAFT_FORMAT), so the wizard can grow without a migration per field.
    "CREATE TABLE settings (
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
];

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
    refuse_newer(conn)?;
    let found = user_version(conn)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let version = index as i64 + 1;
        let tx = conn.transaction()?;
        tx.execute_batch(sql)
            .map_err(|source| StorageError::Migration { version, source })?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
        tracing::info!(version, "database schema upgraded");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
