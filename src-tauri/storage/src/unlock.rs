//! Unlocking the encrypted database: where its key comes from, decided at every start.
//!
//! - On the first start (or for a database written before encryption) a random key is made and
//!   kept in the OS keychain; the database opens with no question asked.
//! - Without a usable keychain the user chooses a passphrase instead, and enters it at each start.
//! - A database whose key cannot be had (the keychain is locked or unreachable, or has lost the
//!   key) stays locked with the reason, and is never deleted, overwritten or re-keyed.
//!
//! Which of the two a database uses is written in a small key file beside it (no secret in it:
//! the keychain entry's name, or "passphrase"). An encrypted database without one can only have
//! a passphrase, the one key that lives nowhere but in the user's head.
//!
//! When the key is gone for good (a forgotten passphrase, a keychain that lost it), the user may
//! start over: the locked database is set aside under a new name beside it, never deleted, and a
//! new one begins.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;

use super::{encryption, Database, DatabaseKey, StorageError, DATABASE_FILE};
use kanta_keychain::{KeychainError, SecretStore};

/// The key file's name inside the data folder.
pub const KEY_FILE: &str = "kanta-extranet.key.json";

/// The shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 10;

/// Where the key of the database is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "source", rename_all = "kebab-case")]
enum KeySource {
    /// A random key in the OS keychain, under this entry name.
    Keychain { entry: String },
    /// A passphrase the user enters.
    Passphrase,
}

/// Why the database is not open, and so what the user is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Locked {
    /// A new database (or one to encrypt), and the keychain cannot keep its key: choose a
    /// passphrase.
    ChoosePassphrase,
    /// The database is protected by a passphrase: enter it.
    EnterPassphrase,
    /// The key is in the keychain, which cannot be reached now (locked, or its service is not
    /// running): unlock it and try again.
    KeychainUnavailable,
    /// The keychain has no key that opens the database (deleted, another user account, a file
    /// copied from another computer). The file is kept as it is.
    KeyMissing,
    /// The key file beside the database, which says where its key is, cannot be read (its
    /// permissions, a damaged file): neither a passphrase nor the keychain is assumed. Fix the
    /// file's permissions and try again; nothing was changed.
    KeyFileUnreadable,
}

/// The outcome of trying to open the database.
pub enum Opening {
    Open(Database),
    Locked(Locked),
}

#[derive(Debug, Error)]
pub enum UnlockError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("the passphrase is shorter than {min} characters")]
    PassphraseTooShort { min: usize },
    #[error("the passphrase and its repetition differ")]
    PassphrasesDiffer,
    /// Asked for a passphrase that the database's state does not call for (a stale screen).
    #[error("the database is not waiting for that")]
    NotNow,
    #[error("the key file cannot be written: {0}")]
    KeyFile(#[source] std::io::Error),
}

/// What the database file is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileState {
    /// No file, or an empty one (nothing to lose).
    Missing,
    /// Written before encryption came: encrypted with the new key when opened.
    Plaintext,
    Encrypted,
}

/// Opens the database in a data folder, with the keys of `store`.
pub struct Unlocker<'a> {
    dir: PathBuf,
    store: &'a dyn SecretStore,
}

impl<'a> Unlocker<'a> {
    pub fn new(data_dir: &Path, store: &'a dyn SecretStore) -> Unlocker<'a> {
        Unlocker {
            dir: data_dir.to_owned(),
            store,
        }
    }

    fn database(&self) -> PathBuf {
        self.dir.join(DATABASE_FILE)
    }

    /// Opens the database if its key can be had without asking the user.
    pub fn open(&self) -> Result<Opening, UnlockError> {
        crate::private::create_dir(&self.dir).map_err(StorageError::CreateFolder)?;
        match (self.file_state()?, self.key_source()) {
            (FileState::Missing | FileState::Plaintext, source) => self.open_with_new_key(source.ok().flatten()),
            (FileState::Encrypted, Ok(Some(KeySource::Keychain { entry }))) => self.open_from_keychain(&entry),
            (FileState::Encrypted, Ok(Some(KeySource::Passphrase) | None)) => {
                Ok(Opening::Locked(Locked::EnterPassphrase))
            }
            (FileState::Encrypted, Err(())) => Ok(Opening::Locked(Locked::KeyFileUnreadable)),
        }
    }

    /// For [`Locked::ChoosePassphrase`]: protects the new (or unencrypted) database with a
    /// passphrase the user typed twice.
    pub fn choose_passphrase(&self, passphrase: &str, repeated: &str) -> Result<Database, UnlockError> {
        if self.file_state()? == FileState::Encrypted {
            return Err(UnlockError::NotNow);
        }
        check_passphrase(passphrase, repeated)?;
        self.write_key_source(&KeySource::Passphrase)?;
        let db = Database::open(&self.database(), &DatabaseKey::passphrase(passphrase))?;
        tracing::info!("database protected by a passphrase");
        Ok(db)
    }

    /// Sets the locked database aside (renamed beside it with the moment in its name, its WAL
    /// and key file with it) and opens a new one as on a first start. Returns the set-aside
    /// file's name and the new opening.
    pub fn start_over(&self) -> Result<(String, Opening), UnlockError> {
        // Only a database that cannot be opened without the user: never one the keychain opens.
        if self.file_state()? != FileState::Encrypted || matches!(self.open()?, Opening::Open(_)) {
            return Err(UnlockError::NotNow);
        }
        let stamp = jiff::Zoned::now().strftime("%Y%m%dT%H%M%S").to_string();
        let aside = format!("{DATABASE_FILE}.set-aside-{stamp}");
        // The WAL first: a database renamed without its WAL would lose the commits in it.
        for (from, to) in [
            (format!("{DATABASE_FILE}-wal"), format!("{aside}-wal")),
            (format!("{DATABASE_FILE}-shm"), format!("{aside}-shm")),
            (KEY_FILE.to_owned(), format!("{KEY_FILE}.set-aside-{stamp}")),
            (DATABASE_FILE.to_owned(), aside.clone()),
        ] {
            match std::fs::rename(self.dir.join(&from), self.dir.join(&to)) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(UnlockError::KeyFile(e)),
                _ => {}
            }
        }
        tracing::warn!("the locked database was set aside; starting over");
        Ok((aside, self.open()?))
    }

    /// For [`Locked::EnterPassphrase`]. A wrong passphrase fails with `WrongKey`.
    pub fn enter_passphrase(&self, passphrase: &str) -> Result<Database, UnlockError> {
        if self.file_state()? != FileState::Encrypted {
            return Err(UnlockError::NotNow);
        }
        Ok(Database::open(&self.database(), &DatabaseKey::passphrase(passphrase))?)
    }

    fn file_state(&self) -> Result<FileState, StorageError> {
        let path = self.database();
        match std::fs::metadata(&path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(FileState::Missing),
            Err(e) => Err(StorageError::CreateFolder(e)),
            Ok(meta) if meta.len() == 0 => Ok(FileState::Missing),
            Ok(_) if encryption::is_plaintext(&path).map_err(StorageError::CreateFolder)? => Ok(FileState::Plaintext),
            Ok(_) => Ok(FileState::Encrypted),
        }
    }

    /// A new random key, kept in the keychain (under the entry the key file names, if any),
    /// read back to be sure it is there, and only then used.
    fn open_with_new_key(&self, source: Option<KeySource>) -> Result<Opening, UnlockError> {
        let entry = match source {
            Some(KeySource::Keychain { entry }) => entry,
            _ => format!("database-key-{}", uuid::Uuid::new_v4()),
        };
        let key = DatabaseKey::generate()?;
        let hex = key.to_hex().expect("a generated key is raw");
        let kept = self
            .store
            .set(&entry, &hex)
            .and_then(|()| self.store.get(&entry))
            .map(|read| read.as_deref() == Some(&*hex));
        match kept {
            Ok(true) => {}
            Ok(false) | Err(_) => {
                if let Err(err) = kept {
                    tracing::warn!(%err, "the keychain cannot keep the database key");
                }
                return Ok(Opening::Locked(Locked::ChoosePassphrase));
            }
        }
        self.write_key_source(&KeySource::Keychain { entry })?;
        let db = Database::open(&self.database(), &key)?;
        tracing::info!("database key kept in the OS keychain");
        Ok(Opening::Open(db))
    }

    fn open_from_keychain(&self, entry: &str) -> Result<Opening, UnlockError> {
        let hex = match self.store.get(entry) {
            Ok(Some(hex)) => hex,
            Ok(None) | Err(KeychainError::Malformed(_)) => {
                tracing::error!("the database key is not in the keychain");
                return Ok(Opening::Locked(Locked::KeyMissing));
            }
            // A get never says too long; were it to, the keychain is not usable as it is.
            Err(err @ (KeychainError::Unavailable(_) | KeychainError::TooLong { .. })) => {
                tracing::warn!(%err, "the keychain holding the database key cannot be reached");
                return Ok(Opening::Locked(Locked::KeychainUnavailable));
            }
        };
        let Some(key) = DatabaseKey::from_hex(&hex) else {
            return Ok(Opening::Locked(Locked::KeyMissing));
        };
        match Database::open(&self.database(), &key) {
            Ok(db) => Ok(Opening::Open(db)),
            Err(StorageError::WrongKey) => {
                tracing::error!("the keychain's key does not open the database");
                Ok(Opening::Locked(Locked::KeyMissing))
            }
            Err(err) => Err(err.into()),
        }
    }

    /// Where the key is, by the key file: `Ok(None)` when there is no key file (a database from
    /// before key files, protected by a passphrase), `Err` when there is one that cannot be read
    /// or understood (logged: the app cannot tell a passphrase from the keychain then).
    fn key_source(&self) -> Result<Option<KeySource>, ()> {
        let text = match std::fs::read_to_string(self.dir.join(KEY_FILE)) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => {
                tracing::error!(%err, "the key file cannot be read");
                return Err(());
            }
        };
        serde_json::from_str(&text)
            .map(Some)
            .map_err(|err| tracing::error!(%err, "the key file cannot be understood"))
    }

    /// Written beside the database, whole or not at all (a temporary file renamed over it).
    fn write_key_source(&self, source: &KeySource) -> Result<(), UnlockError> {
        let path = self.dir.join(KEY_FILE);
        let staging = path.with_extension("json.new");
        let json = serde_json::to_string_pretty(source).expect("a key source serialises");
        crate::private::write_file(&staging, json.as_bytes())
            .and_then(|()| std::fs::rename(&staging, &path))
            // The rename reaches the disk only with the folder's entry.
            .and_then(|()| crate::private::sync_dir(&self.dir))
            .map_err(UnlockError::KeyFile)
    }
}

fn check_passphrase(passphrase: &str, repeated: &str) -> Result<(), UnlockError> {
    if passphrase.chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(UnlockError::PassphraseTooShort {
            min: MIN_PASSPHRASE_CHARS,
        });
    }
    if passphrase != repeated {
        return Err(UnlockError::PassphrasesDiffer);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use kanta_keychain::doubles::{MemoryStore, NoKeychain};

    fn open(dir: &Path, store: &dyn SecretStore) -> Opening {
        Unlocker::new(dir, store).open().unwrap()
    }

    fn opened(opening: Opening) -> Database {
        match opening {
            Opening::Open(db) => db,
            Opening::Locked(why) => panic!("locked: {why:?}"),
        }
    }

    fn locked(opening: Opening) -> Locked {
        match opening {
            Opening::Open(_) => panic!("expected it locked"),
            Opening::Locked(why) => why,
        }
    }

    fn snapshot(dir: &Path) -> Vec<u8> {
        std::fs::read(dir.join(DATABASE_FILE)).unwrap()
    }

    #[test]
    fn a_first_start_keeps_a_random_key_in_the_keychain_and_asks_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = MemoryStore::default();
        opened(open(dir.path(), &store))
            .set_chosen_language(kanta_domain::Language::Sv)
            .unwrap();
        let entries = store.0.lock().unwrap().clone();
        assert_eq!(entries.len(), 1);
        let (entry, hex) = entries.iter().next().unwrap();
        assert!(entry.starts_with("database-key-") && hex.len() == 64);
        let key_file = std::fs::read_to_string(dir.path().join(KEY_FILE)).unwrap();
        assert!(
            key_file.contains(entry.as_str()) && !key_file.contains(hex.as_str()),
            "no secret in the key file"
        );

        let db = opened(open(dir.path(), &store));
        assert_eq!(db.chosen_language().unwrap(), Some(kanta_domain::Language::Sv));
        assert_eq!(store.0.lock().unwrap().len(), 1, "the key is made once");
    }

    /// The same with the real OS keychain: the key made on the first start is there on the
    /// second, and opens the database; without it the database stays locked.
    #[test]
    fn the_real_keychain_keeps_the_key_between_starts() {
        let Some(keychain) = kanta_keychain::doubles::os_keychain_or_skip("unlock") else {
            return;
        };
        let dir = tempfile::tempdir().unwrap();
        opened(open(dir.path(), &keychain))
            .set_chosen_language(kanta_domain::Language::Sv)
            .unwrap();
        let db = opened(open(dir.path(), &keychain));
        assert_eq!(db.chosen_language().unwrap(), Some(kanta_domain::Language::Sv));
        let Some(KeySource::Keychain { entry }) = Unlocker::new(dir.path(), &keychain).key_source().unwrap() else {
            panic!("the key file names a keychain entry")
        };
        keychain.delete(&entry).unwrap();
        assert_eq!(locked(open(dir.path(), &keychain)), Locked::KeyMissing);
    }

    #[test]
    fn without_a_keychain_the_user_chooses_a_passphrase_and_enters_it_at_each_start() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(locked(open(dir.path(), &NoKeychain)), Locked::ChoosePassphrase);
        let unlocker = Unlocker::new(dir.path(), &NoKeychain);
        assert!(matches!(
            unlocker.choose_passphrase("lyhyt", "lyhyt"),
            Err(UnlockError::PassphraseTooShort {
                min: MIN_PASSPHRASE_CHARS
            })
        ));
        assert!(matches!(
            unlocker.choose_passphrase("kevät tulee pian", "kevät tulee pain"),
            Err(UnlockError::PassphrasesDiffer)
        ));
        unlocker
            .choose_passphrase("kevät tulee pian", "kevät tulee pian")
            .unwrap()
            .set_chosen_language(kanta_domain::Language::Sv)
            .unwrap();

        assert_eq!(locked(open(dir.path(), &NoKeychain)), Locked::EnterPassphrase);
        assert_eq!(
            locked(open(dir.path(), &MemoryStore::default())),
            Locked::EnterPassphrase,
            "a keychain appearing later does not re-key it"
        );
        let before = snapshot(dir.path());
        assert!(matches!(
            unlocker.enter_passphrase("kevät tulee pia"),
            Err(UnlockError::Storage(StorageError::WrongKey))
        ));
        assert_eq!(snapshot(dir.path()), before, "a wrong passphrase changes nothing");
        assert!(matches!(
            unlocker.choose_passphrase("toinen salasana", "toinen salasana"),
            Err(UnlockError::NotNow)
        ));
        let db = unlocker.enter_passphrase("kevät tulee pian").unwrap();
        assert_eq!(db.chosen_language().unwrap(), Some(kanta_domain::Language::Sv));
    }

    /// The data folder and every file the database keeps in it are the user's alone, whatever
    /// the umask (the tests run with the usual 022), an earlier version's files included.
    #[cfg(unix)]
    #[test]
    fn the_data_folder_and_its_files_are_the_user_s_alone() {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let parent = tempfile::tempdir().unwrap();
        let dir = parent.path().join("data");
        let store = MemoryStore::default();
        let db = opened(open(&dir, &store));
        db.set_chosen_language(kanta_domain::Language::Fi).unwrap();
        assert_eq!(mode(&dir), 0o700);
        for name in [
            DATABASE_FILE.to_owned(),
            format!("{DATABASE_FILE}-wal"),
            format!("{DATABASE_FILE}-shm"),
            KEY_FILE.to_owned(),
        ] {
            assert_eq!(mode(&dir.join(&name)), 0o600, "{name}");
        }
        drop(db);
        // An earlier version's looser modes are tightened at the next open.
        for name in [DATABASE_FILE, KEY_FILE] {
            std::fs::set_permissions(dir.join(name), std::fs::Permissions::from_mode(0o644)).unwrap();
        }
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        drop(opened(open(&dir, &store)));
        assert_eq!((mode(&dir), mode(&dir.join(DATABASE_FILE))), (0o700, 0o600));
    }

    /// A key file that cannot be read (a folder in its place, damaged content) is said to be
    /// so: not "enter the passphrase" for a database that never had one.
    #[test]
    fn an_unreadable_key_file_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let store = MemoryStore::default();
        drop(opened(open(dir.path(), &store)));
        std::fs::write(dir.path().join(KEY_FILE), "{\"source\": \"keych").unwrap();
        assert_eq!(locked(open(dir.path(), &store)), Locked::KeyFileUnreadable);
        std::fs::remove_file(dir.path().join(KEY_FILE)).unwrap();
        std::fs::create_dir(dir.path().join(KEY_FILE)).unwrap();
        assert_eq!(locked(open(dir.path(), &store)), Locked::KeyFileUnreadable);
        std::fs::remove_dir(dir.path().join(KEY_FILE)).unwrap();
        assert_eq!(
            locked(open(dir.path(), &store)),
            Locked::EnterPassphrase,
            "no key file at all: a database from before key files, with a passphrase"
        );
    }

    #[test]
    fn a_lost_or_unreachable_key_keeps_the_database_locked_and_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let store = MemoryStore::default();
        drop(opened(open(dir.path(), &store)));
        let before = snapshot(dir.path());
        let key_file = std::fs::read(dir.path().join(KEY_FILE)).unwrap();

        assert_eq!(locked(open(dir.path(), &NoKeychain)), Locked::KeychainUnavailable);
        let saved = store.0.lock().unwrap().clone();
        store.0.lock().unwrap().clear();
        assert_eq!(locked(open(dir.path(), &store)), Locked::KeyMissing);
        let entry = saved.keys().next().unwrap().clone();
        store
            .set(&entry, &DatabaseKey::generate().unwrap().to_hex().unwrap())
            .unwrap();
        assert_eq!(locked(open(dir.path(), &store)), Locked::KeyMissing, "another key");
        store.set(&entry, "not a key").unwrap();
        assert_eq!(locked(open(dir.path(), &store)), Locked::KeyMissing);

        assert_eq!(snapshot(dir.path()), before, "never overwritten");
        assert_eq!(std::fs::read(dir.path().join(KEY_FILE)).unwrap(), key_file);
        store.set(&entry, &saved[&entry]).unwrap();
        opened(open(dir.path(), &store));
    }

    /// A forgotten passphrase: the database is set aside whole (with its WAL), a new one opens,
    /// and the old one still opens with its passphrase under its new name.
    #[test]
    fn starting_over_sets_the_locked_database_aside_and_begins_a_new_one() {
        let dir = tempfile::tempdir().unwrap();
        let db = Unlocker::new(dir.path(), &NoKeychain)
            .choose_passphrase("unohtunut salasana", "unohtunut salasana")
            .unwrap();
        db.set_chosen_language(kanta_domain::Language::Sv).unwrap();
        std::mem::forget(db); // as after a crash: the last commit only in the WAL

        let store = MemoryStore::default();
        let unlocker = Unlocker::new(dir.path(), &store);
        assert_eq!(locked(unlocker.open().unwrap()), Locked::EnterPassphrase);
        let (aside, opening) = unlocker.start_over().unwrap();
        assert_eq!(opened(opening).chosen_language().unwrap(), None, "a new database");
        assert!(
            matches!(unlocker.start_over(), Err(UnlockError::NotNow)),
            "only a locked one"
        );

        let old = Database::open(&dir.path().join(&aside), &DatabaseKey::passphrase("unohtunut salasana")).unwrap();
        assert_eq!(
            old.chosen_language().unwrap(),
            Some(kanta_domain::Language::Sv),
            "kept whole"
        );
        assert!(dir
            .path()
            .join(format!("{}.set-aside-{}", KEY_FILE, &aside[aside.len() - 15..]))
            .exists());
    }

    #[test]
    fn an_encrypted_database_without_its_key_file_asks_for_a_passphrase() {
        let dir = tempfile::tempdir().unwrap();
        let store = MemoryStore::default();
        drop(opened(open(dir.path(), &store)));
        std::fs::remove_file(dir.path().join(KEY_FILE)).unwrap();
        assert_eq!(locked(open(dir.path(), &store)), Locked::EnterPassphrase);
        assert_eq!(store.0.lock().unwrap().len(), 1, "no new key made over it");
    }

    /// The previous version's database (schema 2, unencrypted) opens: it is encrypted with a
    /// new keychain key and upgraded, with its data.
    #[test]
    fn the_previous_versions_unencrypted_database_is_encrypted_and_upgraded() {
        let dir = tempfile::tempdir().unwrap();
        {
            let mut conn = rusqlite::Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
            crate::migrations::bring_up_to(&mut conn, 2).unwrap();
            conn.execute("INSERT INTO settings VALUES ('language', 'sv')", [])
                .unwrap();
        }
        let store = MemoryStore::default();
        let db = opened(open(dir.path(), &store));
        assert_eq!(db.schema_version().unwrap(), crate::migrations::latest_version());
        assert_eq!(db.chosen_language().unwrap(), Some(kanta_domain::Language::Sv));
        assert!(!encryption::is_plaintext(&dir.path().join(DATABASE_FILE)).unwrap());
    }
}
