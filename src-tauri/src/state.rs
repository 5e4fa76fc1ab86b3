//! What the shell keeps between commands: the text catalog, the database (or why it could not
//! be opened) and the current language.

use std::sync::Mutex;

use kanta_core::{i18n::Catalog, storage::Database, Language};
use tauri::{AppHandle, Manager};

use crate::error::{Error, ErrorCode};

pub struct AppState {
    pub catalog: Catalog,
    db: Result<Mutex<Database>, ErrorCode>,
    language: Mutex<Language>,
}

impl AppState {
    pub fn new(catalog: Catalog, db: Result<Database, ErrorCode>, language: Language) -> AppState {
        AppState {
            catalog,
            db: db.map(Mutex::new),
            language: Mutex::new(language),
        }
    }

    /// Runs `f` with the database, or fails with the reason it could not be opened.
    pub fn with_db<T>(&self, f: impl FnOnce(&Database) -> Result<T, Error>) -> Result<T, Error> {
        let db = self.db.as_ref().map_err(|code| Error::Unavailable(*code))?;
        // A panic while holding the lock leaves a connection that is still consistent (every
        // write is one transaction), so a poisoned lock is safe to reuse.
        let db = db.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        f(&db)
    }

    pub fn language(&self) -> Language {
        *self.language.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn set_language(&self, language: Language) {
        *self.language.lock().unwrap_or_else(|p| p.into_inner()) = language;
    }

    /// The native window title follows the language.
    pub fn apply_window_title(&self, app: &AppHandle) {
        let title = self
            .catalog
            .format(self.language(), kanta_core::i18n::ids::APP_TITLE, None);
        if let Some(window) = app.get_webview_window("main") {
            if let Err(err) = window.set_title(&title) {
                tracing::warn!(%err, "could not set the window title");
            }
        }
    }
}
