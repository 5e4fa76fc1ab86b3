//! The database's state and the unlock screen's commands: whether the database is open, what the
//! user is asked when it is not (`kanta_storage::unlock` decides), and opening it as they ask.
//! The passphrase is never logged.

use std::path::Path;

use kanta_domain::Language;
use kanta_keychain::SecretStore;
use kanta_storage::{
    unlock::{Locked, Opening, UnlockError, Unlocker, MIN_PASSPHRASE_CHARS},
    Database,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::App;
use crate::error::{Error, ErrorCode};

/// Where the database is.
pub enum DbState {
    Open(Database),
    /// Waiting for the user (a passphrase) or the keychain.
    Locked(Locked),
    /// It cannot be opened; the code says why.
    Failed(ErrorCode),
}

impl DbState {
    /// Opens the database in `data_dir` with its key from `keychain`, if that needs no question
    /// to the user.
    pub fn open(data_dir: &Path, keychain: &dyn SecretStore) -> DbState {
        DbState::from_opening(Unlocker::new(data_dir, keychain).open())
    }

    fn from_opening(opening: Result<Opening, UnlockError>) -> DbState {
        match opening {
            Ok(Opening::Open(db)) => DbState::Open(db),
            Ok(Opening::Locked(why)) => {
                tracing::warn!(?why, "database locked");
                DbState::Locked(why)
            }
            Err(err) => {
                tracing::error!(%err, "database unavailable");
                DbState::Failed(Error::from(err).code())
            }
        }
    }
}

/// Whether the database is open, and if not, what the user is asked for.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DatabaseStatus {
    /// `None` when open.
    pub locked: Option<Locked>,
    /// The language to show: the one chosen earlier, once the database is open.
    pub language: Language,
    pub min_passphrase_chars: u32,
}

/// What the unlock screen asks for. The passphrases are wiped from memory when the request is
/// dropped, and `Debug` prints none.
#[derive(Deserialize, TS, zeroize::Zeroize, zeroize::ZeroizeOnDrop)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum UnlockRequest {
    /// Try the keychain again (after the user unlocked it).
    Retry,
    ChoosePassphrase {
        passphrase: String,
        repeated: String,
    },
    EnterPassphrase {
        passphrase: String,
    },
    /// The key is gone for good: set the database aside (kept, renamed) and begin a new one.
    StartOver,
}

impl std::fmt::Debug for UnlockRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            UnlockRequest::Retry => "Retry",
            UnlockRequest::ChoosePassphrase { .. } => "ChoosePassphrase(..)",
            UnlockRequest::EnterPassphrase { .. } => "EnterPassphrase(..)",
            UnlockRequest::StartOver => "StartOver",
        })
    }
}

impl App {
    pub fn database_status(&self) -> DatabaseStatus {
        self.status_of(&self.db_state())
    }

    /// Opens the locked database as the user asked; a wrong or too short passphrase leaves it
    /// locked, for another try. Once open, the language chosen earlier (or while it was locked)
    /// applies and the window is retitled in it.
    pub fn unlock(&self, request: UnlockRequest) -> Result<DatabaseStatus, Error> {
        let mut db = self.db_state();
        if matches!(*db, DbState::Locked(_)) {
            let unlocker = Unlocker::new(&self.data_dir, &*self.keychain);
            let opened = match &request {
                UnlockRequest::Retry => unlocker.open(),
                UnlockRequest::ChoosePassphrase { passphrase, repeated } => {
                    unlocker.choose_passphrase(passphrase, repeated).map(Opening::Open)
                }
                UnlockRequest::EnterPassphrase { passphrase } => {
                    unlocker.enter_passphrase(passphrase).map(Opening::Open)
                }
                UnlockRequest::StartOver => unlocker.start_over().map(|(_aside, opening)| opening),
            };
            let opened = opened.inspect_err(|err| tracing::warn!(%err, "unlocking failed"))?;
            *db = DbState::from_opening(Ok(opened));
            if let DbState::Open(open) = &*db {
                tracing::info!("database unlocked");
                self.language_on_open(open)?;
                self.retitle();
            }
        }
        Ok(self.status_of(&db))
    }

    fn status_of(&self, db: &DbState) -> DatabaseStatus {
        DatabaseStatus {
            locked: match db {
                DbState::Locked(why) => Some(*why),
                _ => None,
            },
            language: self.language(),
            min_passphrase_chars: MIN_PASSPHRASE_CHARS as u32,
        }
    }
}
