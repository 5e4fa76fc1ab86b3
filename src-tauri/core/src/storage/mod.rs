//! Storage: one SQLite file in the OS app-data folder (or where `KANTA_EXTRANET_DATA_DIR`
//! points), in WAL mode, with versioned migrations from the first table on.
//!
//! Journal and sync: WAL lets a reader never block the writer and makes each commit one append
//! to the log; `synchronous = NORMAL` in WAL mode keeps the database consistent after a crash or
//! a killed process and, after an OS crash or power cut, can lose only the last commits, never
//! corrupt the file. Every write is one transaction.

mod drafts;
mod migrations;
mod organisations;
pub mod outbox;
mod settings;

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use thiserror::Error;

/// The database file's name inside the data folder.
pub const DATABASE_FILE: &str = "kanta-extranet.sqlite3";

#[derive(Debug, Error)]
pub enum StorageError {
    #[error("the data folder cannot be created: {0}")]
    CreateFolder(#[source] std::io::Error),
    #[error("the database cannot be opened: {0}")]
    Open(#[source] rusqlite::Error),
    #[error("the database was written by a newer version of the app (schema {found}; this version knows {known})")]
    NewerSchema { found: i64, known: i64 },
    #[error("the database could not be upgraded to schema {version}: {source}")]
    Migration { version: i64, source: rusqlite::Error },
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("draft {0} does not exist")]
    DraftNotFound(i64),
    #[error("draft {id} cannot be read: {reason}")]
    UnreadableDraft { id: i64, reason: String },
    #[error("the organisation's profile cannot be read: {reason}")]
    UnreadableOrganisation { reason: String },
    #[error("draft {0} has no application id to send it with")]
    MissingApplicationId(i64),
}

/// The open database. One connection: the app is single-user and every operation is short.
pub struct Database {
    conn: Connection,
    path: PathBuf,
}

impl Database {
    /// Opens (creating if needed) the database in `data_dir` and brings its schema up to date.
    pub fn open_in(data_dir: &Path) -> Result<Database, StorageError> {
        std::fs::create_dir_all(data_dir).map_err(StorageError::CreateFolder)?;
        Database::open(&data_dir.join(DATABASE_FILE))
    }

    pub fn open(path: &Path) -> Result<Database, StorageError> {
        let mut conn = Connection::open(path).map_err(StorageError::Open)?;
        // Before anything that writes (even switching to WAL rewrites the header): a newer
        // app's database is refused untouched.
        migrations::refuse_newer(&conn)?;
        // journal_mode answers with the mode in force: check it, a network drive may refuse WAL.
        let mode: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
            .map_err(StorageError::Open)?;
        if !mode.eq_ignore_ascii_case("wal") {
            tracing::warn!(mode, "WAL mode refused by the file system; using the mode SQLite chose");
        }
        conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
            .map_err(StorageError::Open)?;
        migrations::bring_up_to_date(&mut conn)?;
        tracing::info!(schema = migrations::latest_version(), "database open");
        Ok(Database {
            conn,
            path: path.to_owned(),
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    pub fn schema_version(&self) -> Result<i64, StorageError> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    pub fn journal_mode(&self) -> Result<String, StorageError> {
        Ok(self.conn.query_row("PRAGMA journal_mode", [], |row| row.get(0))?)
    }
}

pub(crate) fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_is_a_file_in_wal_mode_at_the_latest_schema() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(&dir.path().join("nested/folder")).unwrap();
        assert!(db.path().is_file());
        assert_eq!(db.journal_mode().unwrap(), "wal");
        assert_eq!(db.schema_version().unwrap(), migrations::latest_version());
    }

    #[test]
    fn reopening_keeps_the_schema_and_runs_no_migration_twice() {
        let dir = tempfile::tempdir().unwrap();
        drop(Database::open_in(dir.path()).unwrap());
        let db = Database::open_in(dir.path()).unwrap();
        assert_eq!(db.schema_version().unwrap(), migrations::latest_version());
    }

    #[test]
    fn a_database_from_a_newer_app_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE future(x); PRAGMA user_version = 999;")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        match Database::open(&path) {
            Err(StorageError::NewerSchema { found: 999, known }) => {
                assert_eq!(known, migrations::latest_version())
            }
            other => panic!("expected NewerSchema, got {:?}", other.err()),
        }
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "the file must be byte for byte as it was"
        );
        let conn = Connection::open(&path).unwrap();
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).unwrap();
        assert_eq!(version, 999);
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_master WHERE name = 'future'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(tables, 1);
        drop(conn);
    }

    #[test]
    fn a_file_that_is_not_a_database_is_reported_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DATABASE_FILE);
        std::fs::write(
            &path,
            b"this is not an SQLite database, it is a text file of some length.......",
        )
        .unwrap();
        let before = std::fs::read(&path).unwrap();
        assert!(Database::open(&path).is_err());
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}
