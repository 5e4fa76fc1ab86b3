//! What the shell keeps between commands: the text catalog, the database (open, locked waiting
//! for its key, or why it could not be opened), the current language, and identification (the
//! session, and a login waiting for the browser).

use std::{
    path::PathBuf,
    sync::{atomic::AtomicBool, Mutex, MutexGuard},
};

use kanta_core::{
    i18n::Catalog,
    identification::{
        current::{CurrentSession, PendingLogin},
        session::Session,
        settings::{IdentificationSettings, SettingsError},
    },
    keychain::OsKeychain,
    storage::{
        now_ms,
        unlock::{Locked, Opening, UnlockError, Unlocker},
        Database,
    },
    Language,
};
use tauri::{AppHandle, Manager};

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
    /// Opens the database in `data_dir` with its key from the OS keychain, if that needs no
    /// question to the user.
    pub fn open(data_dir: &std::path::Path) -> DbState {
        DbState::from_opening(Unlocker::new(data_dir, &OsKeychain).open())
    }

    pub fn from_opening(opening: Result<Opening, UnlockError>) -> DbState {
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

pub struct AppState {
    pub catalog: Catalog,
    /// The data folder the database lives in.
    pub data_dir: PathBuf,
    db: Mutex<DbState>,
    language: Mutex<Language>,
    /// A language chosen while the database was locked, stored when it opens.
    unstored_choice: Mutex<Option<Language>>,
    /// Who is logged in; or why the identification settings cannot be used (drafts still can).
    identification: Result<CurrentSession, SettingsError>,
    /// An OpenID Connect login waiting for the browser, and the flag that cancels it.
    pub pending_login: Mutex<Option<PendingLogin>>,
    pub cancel_login: AtomicBool,
}

impl AppState {
    pub fn new(catalog: Catalog, data_dir: PathBuf, db: DbState, language: Language) -> AppState {
        let identification = IdentificationSettings::load(&data_dir)
            .inspect_err(|err| tracing::error!(%err, "identification settings unusable"))
            .map(|settings| CurrentSession::new(settings, Box::new(OsKeychain)));
        AppState {
            catalog,
            data_dir,
            db: Mutex::new(db),
            language: Mutex::new(language),
            unstored_choice: Mutex::new(None),
            identification,
            pending_login: Mutex::new(None),
            cancel_login: AtomicBool::new(false),
        }
    }

    /// Identification, or the reason its settings cannot be used.
    pub fn identification(&self) -> Result<&CurrentSession, Error> {
        self.identification
            .as_ref()
            .map_err(|err| Error::IdentificationSettings(err.clone()))
    }

    /// The valid session, if someone is logged in.
    pub fn session(&self) -> Option<Session> {
        self.identification.as_ref().ok().and_then(|id| id.active(now_ms()))
    }

    /// Only a settings file that cannot be read leaves the built-in test environment out.
    pub fn is_test_environment(&self) -> bool {
        self.identification
            .as_ref()
            .is_ok_and(CurrentSession::is_test_environment)
    }

    /// The database's state, locked for the caller. A panic while holding the lock leaves a
    /// connection that is still consistent (every write is one transaction), so a poisoned lock
    /// is safe to reuse.
    pub fn db_state(&self) -> MutexGuard<'_, DbState> {
        self.db.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` with the database, or fails with the reason it is not open.
    pub fn with_db<T>(&self, f: impl FnOnce(&Database) -> Result<T, Error>) -> Result<T, Error> {
        match &*self.db_state() {
            DbState::Open(db) => f(db),
            DbState::Locked(_) => Err(Error::Unavailable(ErrorCode::StorageLocked)),
            DbState::Failed(code) => Err(Error::Unavailable(*code)),
        }
    }

    pub fn language(&self) -> Language {
        *self.language.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn set_language(&self, language: Language) {
        *self.language.lock().unwrap_or_else(|p| p.into_inner()) = language;
    }

    /// The user chose a language: stored now if the database is open, else when it opens.
    pub fn choose_language(&self, language: Language) -> Result<(), Error> {
        self.set_language(language);
        match &*self.db_state() {
            DbState::Open(db) => db.set_chosen_language(language)?,
            _ => *self.unstored_choice.lock().unwrap_or_else(|p| p.into_inner()) = Some(language),
        }
        Ok(())
    }

    /// The database has just opened: a choice made while it was locked is stored, else the
    /// stored one applies.
    pub fn language_on_open(&self, db: &Database) -> Result<Language, Error> {
        let unstored = self.unstored_choice.lock().unwrap_or_else(|p| p.into_inner()).take();
        let language = match unstored {
            Some(choice) => {
                db.set_chosen_language(choice)?;
                choice
            }
            None => db.start_language(self.language())?,
        };
        self.set_language(language);
        Ok(language)
    }

    /// The native window title follows the language.
    pub fn apply_window_title(&self, app: &AppHandle) {
        let title = self
            .catalog
            .text(self.language(), &kanta_core::i18n::messages::app_title());
        if let Some(window) = app.get_webview_window("main") {
            if let Err(err) = window.set_title(&title) {
                tracing::warn!(%err, "could not set the window title");
            }
        }
    }
}
