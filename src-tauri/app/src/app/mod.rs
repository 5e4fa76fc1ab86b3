//! What the app keeps between commands, and every command's body. [`App`] holds the text
//! catalog, the database (open, locked waiting for its key, or why it could not be opened), the
//! current language, identification (the session, and a login waiting for the browser) and
//! sending; the shell calls its methods from its Tauri commands, off the async runtime, and gives
//! it a [`Host`] for what only the window can do.
//!
//! The commands are grouped by what they serve: `database` (its status and unlocking),
//! `screens` (the start screen, the wizard, import), `documents` (export and the PDFs), `login`
//! (identification), `services` (the services in use). Each parses nothing and decides nothing of its own: the rules are the
//! domain's, reached through the workspace and the draft editor.

mod database;
mod documents;
mod links;
mod login;
mod screens;
mod services;

use std::{
    path::PathBuf,
    sync::{atomic::AtomicBool, Arc, Mutex, MutexGuard, OnceLock, Weak},
};

use kanta_domain::{
    codelists::{self, CodeList, ListId},
    Language,
};
use kanta_i18n::{messages, Catalog, FtlFile};
use kanta_identification::{
    current::{CurrentSession, PendingLogin},
    session::Session,
    settings::{IdentificationSettings, SettingsError},
};
use kanta_keychain::{OsKeychain, SecretStore};
use kanta_sending::{ConnectionStatus, OutboxDatabase, SendingAs, WorkerSource};
use kanta_storage::{
    now_ms,
    outbox::{Scope, TEST_ENVIRONMENT_DESTINATION},
    Database, StorageError,
};
use serde::Serialize;
use ts_rs::TS;

pub use database::{DatabaseStatus, DbState, UnlockRequest};
pub use screens::ContactsOf;

use crate::{
    draft_editor::DraftEditor,
    error::{Error, ErrorCode},
    host::Host,
    sending::Sending,
    workspace::{ActingFor, Who},
};

/// The application between commands.
pub struct App {
    catalog: Catalog,
    /// The data folder the database lives in.
    data_dir: PathBuf,
    /// The folder the logs are written to, when the shell set one up (`with_log_folder`).
    log_dir: Option<PathBuf>,
    /// The keychain the database key and the session are kept in.
    keychain: Arc<dyn SecretStore>,
    db: Mutex<DbState>,
    language: Mutex<Language>,
    /// A language chosen while the database was locked, stored when it opens.
    unstored_choice: Mutex<Option<Language>>,
    /// Who is logged in; or why the identification settings cannot be used (drafts still can).
    identification: Result<CurrentSession, SettingsError>,
    /// The service what is sent goes to, by the identification settings; `None` when they
    /// cannot be used.
    destination: Option<String>,
    /// An OpenID Connect login waiting for the browser, and the flag that cancels it.
    pending_login: Mutex<Option<PendingLogin>>,
    cancel_login: AtomicBool,
    /// Started once the app is shared (`start_sending`); until then items wait.
    sending: OnceLock<Sending>,
    host: Box<dyn Host>,
}

/// Everything the UI needs to show text: the language to start in and both languages' files,
/// so switching needs no round trip.
#[derive(Debug, Serialize, TS)]
pub struct I18nPayload {
    pub language: Language,
    pub fi: Vec<FtlFile>,
    pub sv: Vec<FtlFile>,
}

impl App {
    /// The app on the data folder `data_dir`: the database opened with its key from `keychain`
    /// if that needs no question to the user (else it waits, locked), the identification
    /// settings read, the language the one chosen earlier or else `os_language`, and the
    /// window titled in it.
    pub fn new(
        data_dir: PathBuf,
        keychain: Arc<dyn SecretStore>,
        os_language: Language,
        host: Box<dyn Host>,
    ) -> Result<App, Error> {
        // The end-to-end tests' own test service takes the tokens of this run's key only.
        if let Some(hex) = crate::test_hooks::var(kanta_domain::test_environment::tokens::KEY_VAR) {
            if !kanta_domain::test_environment::tokens::use_key(&hex.to_string_lossy()) {
                tracing::warn!("the test token key given is not the one in use");
            }
        }
        let catalog = Catalog::embedded()?;
        let db = DbState::open(&data_dir, &*keychain);
        let identification = IdentificationSettings::load(&data_dir)
            .inspect_err(|err| tracing::error!(%err, "identification settings unusable"))
            .map(|settings| CurrentSession::new(settings, Box::new(keychain.clone()), &data_dir));
        let destination = identification.as_ref().ok().map(|id| destination(id.settings()));
        let app = App {
            catalog,
            data_dir,
            log_dir: None,
            keychain,
            db: Mutex::new(db),
            language: Mutex::new(os_language),
            unstored_choice: Mutex::new(None),
            identification,
            destination,
            pending_login: Mutex::new(None),
            cancel_login: AtomicBool::new(false),
            sending: OnceLock::new(),
            host,
        };
        if let DbState::Open(db) = &*app.db_state() {
            // The language chosen earlier wins over the OS's (one path with unlocking).
            if let Err(err) = app.language_on_open(db) {
                tracing::warn!(%err, "the chosen language cannot be read; the OS's applies");
            }
        }
        app.retitle();
        Ok(app)
    }

    /// Names the folder the logs go to, for the About page.
    pub fn with_log_folder(mut self, log_dir: PathBuf) -> App {
        self.log_dir = Some(log_dir);
        self
    }

    /// The About page's facts: this build, and where its data and logs are.
    pub fn about(&self) -> crate::about::About {
        crate::about::About::new(&self.data_dir, self.log_dir.as_deref())
    }

    /// The licences of everything the app ships (compiled in).
    pub fn licences() -> crate::about::Licences {
        crate::about::licences()
    }

    /// The app on the data folder `data_dir` with the OS keychain and the OS's language: what
    /// the shell starts.
    pub fn open(data_dir: PathBuf, host: Box<dyn Host>) -> Result<App, Error> {
        App::new(data_dir, Arc::new(OsKeychain), Language::from_current_os(), host)
    }

    /// Finds the Kanta service (starting the embedded test service on `runtime` in the test
    /// environment) and starts the outbox worker on this app. Without usable identification
    /// settings sending stays off, and items wait.
    pub fn start_sending(self: &Arc<Self>, runtime: &tokio::runtime::Handle) {
        let settings = self.identification.as_ref().ok().map(CurrentSession::settings);
        let source = Arc::new(Shared(Arc::downgrade(self)));
        let sending = Sending::start(source, settings, &self.data_dir, runtime);
        if self.sending.set(sending).is_err() {
            tracing::warn!("sending was started already");
        }
    }

    /// Identification, or the reason its settings cannot be used.
    fn identification(&self) -> Result<&CurrentSession, Error> {
        self.identification
            .as_ref()
            .map_err(|err| Error::IdentificationSettings(err.clone()))
    }

    /// The valid session, if someone is logged in.
    fn session(&self) -> Option<Session> {
        self.identification.as_ref().ok().and_then(|id| id.active(now_ms()))
    }

    /// Only a settings file that cannot be read leaves the built-in test environment out.
    fn is_test_environment(&self) -> bool {
        self.identification
            .as_ref()
            .is_ok_and(CurrentSession::is_test_environment)
    }

    /// The database's state, locked for the caller. A panic while holding the lock leaves a
    /// connection that is still consistent (every write is one transaction), so a poisoned lock
    /// is safe to reuse.
    fn db_state(&self) -> MutexGuard<'_, DbState> {
        self.db.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `f` with the database, or fails with the reason it is not open.
    fn with_db<T>(&self, f: impl FnOnce(&Database) -> Result<T, Error>) -> Result<T, Error> {
        match &*self.db_state() {
            DbState::Open(db) => f(db),
            DbState::Locked(_) => Err(Error::Unavailable(ErrorCode::StorageLocked)),
            DbState::Failed(code) => Err(Error::Unavailable(*code)),
        }
    }

    /// Runs `f` with the database and who is using the app (the valid session, if any).
    fn with_who<T>(&self, f: impl FnOnce(&Database, Who) -> Result<T, Error>) -> Result<T, Error> {
        let session = self.session();
        let who = Who {
            session: session.as_ref(),
            test_environment: self.is_test_environment(),
            destination: self.destination.as_deref(),
        };
        self.with_db(|db| f(db, who))
    }

    /// Runs `f` with the database, the organisation the user acts for, and who they are.
    fn with_acting<T>(&self, f: impl FnOnce(&Database, &ActingFor, Who) -> Result<T, Error>) -> Result<T, Error> {
        self.with_who(|db, who| f(db, &ActingFor::current(db, who)?, who))
    }

    /// Runs `f` with the editor of the organisation the user acts for.
    fn with_editor<T>(&self, f: impl FnOnce(&DraftEditor) -> Result<T, Error>) -> Result<T, Error> {
        self.with_acting(|db, acting, _| f(&DraftEditor::new(db, acting)))
    }

    pub fn language(&self) -> Language {
        *self.language.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn set_current_language(&self, language: Language) {
        *self.language.lock().unwrap_or_else(|p| p.into_inner()) = language;
    }

    /// The database has just opened: a choice made while it was locked is stored, else the
    /// stored one applies.
    fn language_on_open(&self, db: &Database) -> Result<Language, Error> {
        let unstored = self.unstored_choice.lock().unwrap_or_else(|p| p.into_inner()).take();
        let language = match unstored {
            Some(choice) => {
                db.set_chosen_language(choice)?;
                choice
            }
            None => db.start_language(self.language())?,
        };
        self.set_current_language(language);
        Ok(language)
    }

    /// The native window title follows the language.
    fn retitle(&self) {
        self.host
            .retitle(&self.catalog.text(self.language(), &messages::app_title()));
    }

    /// The texts and the language to start in.
    pub fn i18n(&self) -> I18nPayload {
        I18nPayload {
            language: self.language(),
            fi: Catalog::files(Language::Fi),
            sv: Catalog::files(Language::Sv),
        }
    }

    /// The code lists the choices come from, with their names in both languages.
    pub fn code_lists() -> Vec<CodeList> {
        ListId::ALL.iter().map(|id| codelists::list(*id).clone()).collect()
    }

    /// The user chose a language: remembered (in the database once it is open) and the window
    /// retitled. The UI has re-rendered already.
    pub fn set_language(&self, language: Language) -> Result<(), Error> {
        self.set_current_language(language);
        match &*self.db_state() {
            DbState::Open(db) => db.set_chosen_language(language)?,
            _ => *self.unstored_choice.lock().unwrap_or_else(|p| p.into_inner()) = Some(language),
        }
        self.retitle();
        tracing::info!(language = language.tag(), "language chosen");
        Ok(())
    }

    /// The online indicator and what waits to be sent; `revision` moves when the outbox changed
    /// something the screens show.
    pub fn connection_status(&self) -> ConnectionStatus {
        let session = self.session();
        let waiting = self
            .with_db(|db| {
                let Some(destination) = &self.destination else {
                    return Ok((0, 0));
                };
                let for_others = match self.sending_as(session.as_ref()) {
                    Some(sending_as) => db.waiting_for_others(&sending_as.scope)?,
                    None => 0,
                };
                Ok((db.undelivered_count(destination)?, for_others))
            })
            .unwrap_or((0, 0));
        let logged_in = session.is_some();
        match self.sending.get() {
            Some(sending) => sending.status(waiting, logged_in),
            None => ConnectionStatus::default().now(waiting, logged_in),
        }
    }

    /// The session as the outbox sends with it: its token, the person, and what they may send
    /// (to this destination, for the organisations the service said they may act for).
    fn sending_as(&self, session: Option<&Session>) -> Option<SendingAs> {
        let (session, destination) = (session?, self.destination.as_ref()?);
        Some(SendingAs {
            access_token: session.tokens.access_token.clone(),
            person: session.identified.subject.clone(),
            scope: Scope {
                destination: destination.clone(),
                organisations: session
                    .representations
                    .iter()
                    .map(|r| r.organisation.business_id.clone())
                    .collect(),
            },
        })
    }

    /// Something was queued: the worker delivers it now.
    fn wake_sending(&self) {
        if let Some(sending) = self.sending.get() {
            sending.wake();
        }
    }

    /// Someone logged in: what waited for a login is due now, and the worker goes.
    fn resume_sending(&self) {
        if let Err(err) = self.with_db(|db| Ok(db.resume_after_login(now_ms())?)) {
            tracing::warn!(%err, "the outbox could not be resumed after the login");
        }
        self.wake_sending();
    }
}

/// Logs a failed `what` (a login, an export, a PDF) with its technical detail: the error's own
/// words, which carry codes, ids and what the OS, the provider or the service said, never a
/// value the user typed (those errors that could quote one, an unreadable file's, are not
/// logged through here).
fn logged<T>(what: &'static str, result: Result<T, Error>) -> Result<T, Error> {
    if let Err(err) = &result {
        tracing::warn!(what, code = ?err.code(), error = %err, "failed");
    }
    result
}

/// The app as the outbox worker reaches it: weakly, so that the worker ends with the app.
struct Shared(Weak<App>);

/// The database as the worker reaches it: only while open.
impl OutboxDatabase for Shared {
    fn with_db<T>(&self, f: impl FnOnce(&Database) -> Result<T, StorageError>) -> Option<Result<T, StorageError>> {
        let app = self.0.upgrade()?;
        let state = app.db_state();
        match &*state {
            DbState::Open(db) => Some(f(db)),
            _ => None,
        }
    }
}

impl WorkerSource for Shared {
    fn sending_as(&self) -> Option<SendingAs> {
        let app = self.0.upgrade()?;
        app.sending_as(app.session().as_ref())
    }
}

/// Where the identification settings send to: the built-in test service (whatever its
/// address this run), or the real service they name.
fn destination(settings: &IdentificationSettings) -> String {
    match settings {
        IdentificationSettings::TestEnvironment => TEST_ENVIRONMENT_DESTINATION.to_owned(),
        IdentificationSettings::Oidc { service_url, .. } => service_url.clone(),
    }
}

#[cfg(test)]
mod tests;
