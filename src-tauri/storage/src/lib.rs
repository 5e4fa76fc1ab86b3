//! `kanta-storage`: one SQLite file in the OS app-data folder (or where `KANTA_EXTRANET_DATA_DIR`
//! points), in WAL mode, with numbered migrations from the first table on.
//!
//! The file is encrypted (see `encryption`); `unlock` decides where its key comes from.
//!
//! Invariant: storage stores. It reads and writes the domain's types (settings, organisation
//! profiles, drafts with their summaries, the outbox) and decides nothing about them: what an
//! outcome of sending means, which step comes next, what is valid, are the domain's and
//! sending's. What must change together is written together: [`Database::atomically`] runs a
//! caller's writes as one transaction, and nests.
//!
//! Journal and sync: WAL makes each commit one append to the log, and a reader never blocks the
//! writer. `synchronous = FULL` flushes the log to the disk at every commit, so a save the app
//! has acknowledged survives not only a killed process (which NORMAL already survives) but a
//! laptop whose battery dies or an OS crash, which with NORMAL could roll back the last commits.
//! Autosave commits a few times a second at most, and one flush of a small WAL append costs
//! about a millisecond on an SSD. Every write is one transaction; neither mode can corrupt the file.

pub mod drafts;
pub mod encryption;
mod migrations;
mod organisations;
pub mod outbox;
pub mod private;
pub mod services_in_use;
mod settings;
pub mod unlock;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode};
use thiserror::Error;

pub use encryption::DatabaseKey;

/// The database file's name inside the data folder.
pub const DATABASE_FILE: &str = "kanta-extranet.sqlite3";

#[derive(Debug, Error)]
pub enum StorageError {
    #[error("the data folder cannot be created: {0}")]
    CreateFolder(#[source] std::io::Error),
    #[error("the database cannot be opened: {0}")]
    Open(#[source] rusqlite::Error),
    /// The key or passphrase does not open the file (or the file is not a database at all:
    /// the two cannot be told apart in an encrypted file). The file is left as it is.
    #[error("the database does not open with this key")]
    WrongKey,
    #[error("encryption: {0}")]
    Encryption(String),
    #[error("the database was written by a newer version of the app (schema {found}; this version knows {known})")]
    NewerSchema { found: i64, known: i64 },
    #[error("the database could not be upgraded to schema {version}: {source}")]
    Migration { version: i64, source: rusqlite::Error },
    #[error("database error: {0}")]
    Sql(#[from] rusqlite::Error),
    #[error("draft {0} does not exist")]
    DraftNotFound(i64),
    #[error("draft {0} has been sent and is kept as a record")]
    SentDraft(i64),
    #[error("draft {id} cannot be read: {reason}")]
    UnreadableDraft { id: i64, reason: String },
    #[error("the organisation's profile cannot be read: {reason}")]
    UnreadableOrganisation { reason: String },
    #[error("a service's stored data cannot be read: {reason}")]
    UnreadableServiceData { reason: String },
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
    pub fn open_in(data_dir: &Path, key: &DatabaseKey) -> Result<Database, StorageError> {
        private::create_dir(data_dir).map_err(StorageError::CreateFolder)?;
        Database::open(&data_dir.join(DATABASE_FILE), key)
    }

    /// Opens the database at `path` with `key`, creating it if there is none. A database written
    /// before encryption is encrypted with `key` first; a wrong key fails with `WrongKey` and
    /// changes nothing.
    pub fn open(path: &Path, key: &DatabaseKey) -> Result<Database, StorageError> {
        if path.exists() {
            if encryption::is_plaintext(path).map_err(StorageError::CreateFolder)? {
                encryption::encrypt_in_place(path, key)?;
            }
            encryption::check_key(path, key)?;
        }
        let mut conn = Connection::open(path).map_err(StorageError::Open)?;
        // Before WAL mode: SQLite gives the WAL and shared-memory files the database's mode.
        for suffix in ["", "-wal", "-shm"] {
            let mut file = path.as_os_str().to_owned();
            file.push(suffix);
            private::restrict_file(Path::new(&file)).map_err(StorageError::CreateFolder)?;
        }
        key.apply(&conn)?;
        // The first read decrypts page 1: with a wrong key SQLCipher answers "not a database".
        conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
            .map_err(|err| match err.sqlite_error_code() {
                Some(ErrorCode::NotADatabase) => StorageError::WrongKey,
                _ => StorageError::Open(err),
            })?;
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
        conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")
            .map_err(StorageError::Open)?;
        migrations::bring_up_to_date(&mut conn)?;
        let purged = drafts::purge_deleted(&conn)?;
        if purged > 0 {
            tracing::info!(purged, "deleted drafts removed for good");
        }
        let interrupted = outbox::recover_interrupted(&conn)?;
        if interrupted > 0 {
            tracing::info!(interrupted, "outbox items interrupted mid-try are waiting again");
        }
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

    /// Runs `f` as one transaction: all its writes are stored, or (when it fails or panics) none
    /// is. Inside another it is a savepoint of that one, so operations that are atomic on their
    /// own compose into a larger whole (a try's outcome with the draft's status and the
    /// organisation's services, say).
    pub fn atomically<T>(&self, f: impl FnOnce() -> Result<T, StorageError>) -> Result<T, StorageError> {
        let savepoint = Savepoint::begin(&self.conn)?;
        let value = f()?;
        savepoint.release()?;
        Ok(value)
    }

    pub fn schema_version(&self) -> Result<i64, StorageError> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }

    /// SQLite's own check of the whole file: "ok", or what is wrong.
    pub fn integrity_check(&self) -> Result<String, StorageError> {
        Ok(self.conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?)
    }

    pub fn journal_mode(&self) -> Result<String, StorageError> {
        Ok(self.conn.query_row("PRAGMA journal_mode", [], |row| row.get(0))?)
    }

    /// Where temporary tables go: 2 is memory.
    pub fn temp_store(&self) -> Result<i64, StorageError> {
        Ok(self.conn.query_row("PRAGMA temp_store", [], |row| row.get(0))?)
    }
}

/// An open savepoint; dropped without [`Savepoint::release`] (an error, a panic), it rolls its
/// writes back. SQLite nests savepoints, and an outermost one is a transaction.
struct Savepoint<'a> {
    conn: &'a Connection,
    released: bool,
}

impl<'a> Savepoint<'a> {
    fn begin(conn: &'a Connection) -> Result<Savepoint<'a>, StorageError> {
        conn.execute_batch("SAVEPOINT atomically")?;
        Ok(Savepoint { conn, released: false })
    }

    fn release(mut self) -> Result<(), StorageError> {
        self.conn.execute_batch("RELEASE atomically")?;
        self.released = true;
        Ok(())
    }
}

impl Drop for Savepoint<'_> {
    fn drop(&mut self) {
        if !self.released {
            if let Err(err) = self.conn.execute_batch("ROLLBACK TO atomically; RELEASE atomically") {
                tracing::error!(%err, "a failed transaction could not be rolled back");
            }
        }
    }
}

/// Milliseconds since the Unix epoch: what stored times and sessions' expiry are counted in.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// For tests, here and in the crates above (feature `test-support`).
#[cfg(any(test, feature = "test-support"))]
pub mod test_support {
    use kanta_domain::model::{document, ApplicationFile, ApplicationStatus, DraftContent};

    use super::{
        outbox::{Origin, Scope, TEST_ENVIRONMENT_DESTINATION},
        Database, DatabaseKey,
    };

    /// The person the tests' items are queued by.
    pub const TEST_SIGNER: &str = "tiina-testaaja";

    /// Queued in the test environment by [`TEST_SIGNER`].
    pub fn test_origin() -> Origin {
        Origin {
            destination: TEST_ENVIRONMENT_DESTINATION.into(),
            signer: TEST_SIGNER.into(),
        }
    }

    /// A session of the test environment acting for `organisations`.
    pub fn test_scope(organisations: &[&str]) -> Scope {
        Scope {
            destination: TEST_ENVIRONMENT_DESTINATION.into(),
            organisations: organisations.iter().map(|o| o.to_string()).collect(),
        }
    }

    /// One random key for all of a test run's databases.
    pub fn test_key() -> DatabaseKey {
        static KEY: std::sync::OnceLock<DatabaseKey> = std::sync::OnceLock::new();
        KEY.get_or_init(|| DatabaseKey::generate().unwrap()).clone()
    }

    /// The Client Data Archive example file (`tests/examples`), with an id of its own.
    pub fn example_file() -> ApplicationFile {
        let mut file = document::parse(include_str!("../../../tests/examples/client-data-archive.json")).unwrap();
        file.application.id = Some(uuid::Uuid::new_v4());
        file
    }

    /// Queues an application of `organisation` as "Send" does; returns its draft id.
    pub fn queue_example(db: &Database, organisation: &str) -> i64 {
        let file = example_file();
        let mut content = DraftContent::new(file.application.service);
        content.application = file.application.clone();
        content.application.status = ApplicationStatus::WaitingToBeSent;
        let mut draft = db.insert_draft(organisation, &content).unwrap();
        db.queue_for_sending(&mut draft, &file, &test_origin()).unwrap();
        draft.id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_is_a_file_in_wal_mode_at_the_latest_schema() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(&dir.path().join("nested/folder"), &DatabaseKey::generate().unwrap()).unwrap();
        assert!(db.path().is_file());
        assert_eq!(db.journal_mode().unwrap(), "wal");
        assert_eq!(db.schema_version().unwrap(), migrations::latest_version());
    }

    #[test]
    fn reopening_keeps_the_schema_and_runs_no_migration_twice() {
        let dir = tempfile::tempdir().unwrap();
        let key = DatabaseKey::generate().unwrap();
        drop(Database::open_in(dir.path(), &key).unwrap());
        let db = Database::open_in(dir.path(), &key).unwrap();
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
        match Database::open(&path, &DatabaseKey::generate().unwrap()) {
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
        assert!(matches!(
            Database::open(&path, &DatabaseKey::generate().unwrap()),
            Err(StorageError::WrongKey)
        ));
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}
