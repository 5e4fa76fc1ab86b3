//! The person logged in now: the session the app's commands read, held in memory and kept in
//! the OS keychain (`session`) so that it outlives a restart.
//!
//! In the built-in test environment, logging in is choosing one of its fictional test persons:
//! no network, no account. With a real issuer it is the OpenID Connect login (`oidc`) through
//! the system browser and the loopback, then the Kanta service's answer about whom the person
//! may act for (`service`). A session is kept only when every check passed.
//!
//! Without a usable keychain the session lives in this process's memory only, never on disk:
//! the person logs in again after a restart.

use std::{
    path::{Path, PathBuf},
    sync::{
        atomic::{AtomicBool, Ordering},
        Mutex, MutexGuard,
    },
    time::Duration,
};

use serde::Serialize;
use ts_rs::TS;

use super::{
    loopback::Loopback,
    service,
    session::{Session, Sessions},
    settings::IdentificationSettings,
    Http, Login, LoginError,
};
use kanta_domain::test_environment;
use kanta_keychain::SecretStore;

/// The keychain entry of the test environment's session (a real issuer's is its URL).
pub const TEST_ENVIRONMENT_KEY: &str = "test-environment";

/// How long the app waits for the browser to come back before it gives up.
pub const LOGIN_TIMEOUT: Duration = Duration::from_secs(10 * 60);

/// Whether someone is logged in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SessionStatus {
    LoggedOut,
    Active(Session),
    /// The session ran out: the person logs in again; nothing else changes.
    Expired(Session),
}

/// What the UI shows about identification: how one logs in here, and who is logged in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct IdentificationView {
    /// The built-in test environment: logging in is choosing a test person.
    pub test_environment: bool,
    pub test_persons: Vec<TestPersonChoice>,
    /// Who is logged in, while the session is valid.
    pub person: Option<LoggedIn>,
    /// The session ran out: the UI asks for a new login (the drafts stay as they are).
    pub expired: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct TestPersonChoice {
    pub id: String,
    pub name: String,
    /// How many organisations the person may act for (0: the advice).
    pub organisations: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LoggedIn {
    pub name: String,
    pub test_person: bool,
    /// Milliseconds since the Unix epoch.
    pub expires_at_ms: Option<i64>,
}

/// An OpenID Connect login waiting for the browser.
pub struct PendingLogin {
    login: Login,
    loopback: Loopback,
}

impl PendingLogin {
    /// The URL the system browser opens (the UI also shows it, should no browser open).
    pub fn authorize_url(&self) -> String {
        self.login.authorize_url().to_string()
    }
}

pub struct CurrentSession {
    settings: IdentificationSettings,
    store: Box<dyn SecretStore>,
    /// The data folder, where the kept session is sealed.
    data_dir: PathBuf,
    /// `None` until first read from the keychain.
    held: Mutex<Option<Held>>,
    /// The keychain answered in this run (a read or a save went through): a logout that cannot
    /// delete there may leave a session behind, and says so. A machine with no keychain at all
    /// never had one there.
    keychain_answered: AtomicBool,
}

#[derive(Clone)]
struct Held {
    session: Option<Session>,
}

impl CurrentSession {
    /// The session of `settings`' issuer, kept with `store`'s key in `data_dir`.
    pub fn new(settings: IdentificationSettings, store: Box<dyn SecretStore>, data_dir: &Path) -> CurrentSession {
        CurrentSession {
            settings,
            store,
            data_dir: data_dir.to_owned(),
            held: Mutex::new(None),
            keychain_answered: AtomicBool::new(false),
        }
    }

    fn sessions(&self) -> Sessions<'_> {
        Sessions::new(self.store.as_ref(), &self.data_dir)
    }

    pub fn settings(&self) -> &IdentificationSettings {
        &self.settings
    }

    pub fn is_test_environment(&self) -> bool {
        self.settings == IdentificationSettings::TestEnvironment
    }

    /// The keychain entry's key: one session per issuer.
    fn key(&self) -> &str {
        match &self.settings {
            IdentificationSettings::TestEnvironment => TEST_ENVIRONMENT_KEY,
            IdentificationSettings::Oidc { oidc, .. } => &oidc.issuer,
        }
    }

    /// The session in memory, read from the keychain the first time. An unreadable keychain
    /// means logged out (the person can log in again), never a failure of the app.
    fn held(&self) -> MutexGuard<'_, Option<Held>> {
        let mut held = self.held.lock().unwrap_or_else(|p| p.into_inner());
        if held.is_none() {
            let session = self
                .sessions()
                .load(self.key())
                .inspect(|_| self.keychain_answered.store(true, Ordering::Relaxed))
                .unwrap_or_else(|err| {
                    tracing::warn!(%err, "no session from the keychain");
                    None
                });
            *held = Some(Held { session });
        }
        held
    }

    pub fn status(&self, now_ms: i64) -> SessionStatus {
        let session = self.held().as_ref().and_then(|h| h.session.clone());
        match session {
            None => SessionStatus::LoggedOut,
            Some(session) if session.is_expired(now_ms) => SessionStatus::Expired(session),
            Some(session) => SessionStatus::Active(session),
        }
    }

    pub fn view(&self, now_ms: i64) -> IdentificationView {
        let status = self.status(now_ms);
        let test_environment = self.is_test_environment();
        IdentificationView {
            test_environment,
            test_persons: match test_environment {
                true => test_environment::PERSONS
                    .iter()
                    .map(|p| TestPersonChoice {
                        id: p.id.to_owned(),
                        name: p.name.to_owned(),
                        organisations: p.represents.len() as u32,
                    })
                    .collect(),
                false => Vec::new(),
            },
            person: match &status {
                SessionStatus::Active(session) => Some(LoggedIn {
                    name: session.identified.name.clone(),
                    test_person: session.test_person,
                    expires_at_ms: session.expires_at_ms,
                }),
                _ => None,
            },
            expired: matches!(status, SessionStatus::Expired(_)),
        }
    }

    /// The session, if it is valid now.
    pub fn active(&self, now_ms: i64) -> Option<Session> {
        match self.status(now_ms) {
            SessionStatus::Active(session) => Some(session),
            _ => None,
        }
    }

    /// Logs in as a test person of the built-in test environment.
    pub fn log_in_test_person(&self, person_id: &str, now_ms: i64) -> Result<Session, LoginError> {
        if !self.is_test_environment() {
            return Err(LoginError::Settings(
                "test persons exist only in the test environment".into(),
            ));
        }
        let person = test_environment::person(person_id).ok_or(LoginError::UnknownTestPerson)?;
        let session = Session::of_test_person(person, now_ms);
        self.keep(&session);
        tracing::info!(organisations = session.representations.len(), "test person logged in");
        Ok(session)
    }

    /// Starts an OpenID Connect login: discovers the issuer and listens on the loopback.
    pub fn begin(&self) -> Result<PendingLogin, LoginError> {
        let IdentificationSettings::Oidc { oidc, .. } = &self.settings else {
            return Err(LoginError::Settings("no issuer is configured".into()));
        };
        let loopback = Loopback::bind()?;
        let http = Http::new().map_err(|e| LoginError::Discovery(e.to_string()))?;
        let login = Login::begin(oidc, &loopback.redirect_uri(), http)?;
        tracing::info!("login started");
        Ok(PendingLogin { login, loopback })
    }

    /// Waits for the browser, checks what it brings, asks the service whom the person may act
    /// for, and keeps the session. `page` is what the browser shows afterwards. Nothing is
    /// kept when any step fails.
    pub fn finish(
        &self,
        pending: PendingLogin,
        cancel: &AtomicBool,
        page: &str,
        now_ms: impl Fn() -> i64,
    ) -> Result<Session, LoginError> {
        let IdentificationSettings::Oidc { service_url, .. } = &self.settings else {
            return Err(LoginError::Settings("no issuer is configured".into()));
        };
        let redirect = pending
            .loopback
            .wait(LOGIN_TIMEOUT, cancel, page, pending.login.state())?;
        let (identified, tokens) = pending.login.complete(&redirect)?;
        let http = Http::new().map_err(|e| LoginError::Service(e.to_string()))?;
        let representations = service::representations(&http, service_url, &tokens.access_token)?;
        let mut session = Session::new(identified, tokens, now_ms());
        session.representations = representations;
        self.keep(&session);
        tracing::info!(organisations = session.representations.len(), "logged in");
        Ok(session)
    }

    /// Into memory, and into the keychain if there is one.
    fn keep(&self, session: &Session) {
        // A save that fails leaves nothing kept (not even an earlier person's session).
        match self.sessions().save(self.key(), session) {
            Ok(()) => self.keychain_answered.store(true, Ordering::Relaxed),
            Err(err) => tracing::warn!(%err, "the session is kept in memory only"),
        }
        *self.held.lock().unwrap_or_else(|p| p.into_inner()) = Some(Held {
            session: Some(session.clone()),
        });
    }

    #[cfg(test)]
    pub(crate) fn store(&self) -> &dyn SecretStore {
        self.store.as_ref()
    }

    /// Forgets the session here and in the keychain, always: whatever this process believes it
    /// saved, an entry there (from an earlier run, a save half done) must not outlive a logout.
    /// The memory is cleared first, so even a keychain that cannot delete leaves the app logged
    /// out; the error says the key may still be in the keychain.
    pub fn log_out(&self) -> Result<(), kanta_keychain::KeychainError> {
        *self.held.lock().unwrap_or_else(|p| p.into_inner()) = Some(Held { session: None });
        let deleted = match self.sessions().delete(self.key()) {
            Err(err) if !self.keychain_answered.load(Ordering::Relaxed) => {
                tracing::warn!(%err, "no keychain this run: nothing kept there to delete");
                Ok(())
            }
            deleted => deleted,
        };
        tracing::info!(keychain_deleted = deleted.is_ok(), "logged out");
        deleted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kanta_keychain::doubles::{MemoryStore, NoKeychain};

    const HOUR_MS: i64 = 3_600_000;

    #[test]
    fn a_test_person_logs_in_without_a_network_until_the_session_runs_out_and_logs_out() {
        let dir = tempfile::tempdir().unwrap();
        let current = CurrentSession::new(
            IdentificationSettings::TestEnvironment,
            Box::new(MemoryStore::default()),
            dir.path(),
        );
        assert_eq!(current.status(0), SessionStatus::LoggedOut);
        assert!(matches!(
            current.log_in_test_person("nobody", 0),
            Err(LoginError::UnknownTestPerson)
        ));
        let session = current.log_in_test_person("tiina-testaaja", 0).unwrap();
        assert!(
            session.test_person && session.representations.len() == kanta_domain::test_environment::ORGANISATIONS.len()
        );
        assert_eq!(current.active(7 * HOUR_MS), Some(session.clone()));
        assert_eq!(current.status(8 * HOUR_MS), SessionStatus::Expired(session.clone()));
        assert_eq!(current.active(8 * HOUR_MS), None, "ran out: log in again");
        let view = current.view(8 * HOUR_MS);
        assert!(view.expired && view.person.is_none() && view.test_persons.len() == 3);
        assert_eq!(current.view(0).person.unwrap().name, "Tiina Testaaja");

        // A restart reads it back from the keychain.
        let CurrentSession { store, .. } = current;
        let restarted = CurrentSession::new(IdentificationSettings::TestEnvironment, store, dir.path());
        let read_back = restarted.active(HOUR_MS).unwrap();
        assert_eq!(
            (read_back.identified, read_back.representations, read_back.expires_at_ms),
            (session.identified, session.representations, session.expires_at_ms)
        );
        restarted.log_out().unwrap();
        assert_eq!(restarted.status(HOUR_MS), SessionStatus::LoggedOut);
        let CurrentSession { store, .. } = restarted;
        assert_eq!(
            store.get("session test-environment").unwrap(),
            None,
            "gone from the keychain"
        );
        assert_eq!(
            std::fs::read_dir(dir.path().join("sessions")).unwrap().count(),
            0,
            "and its file"
        );
    }

    /// A keychain that takes the first secret and refuses every later one (full, locked, or
    /// a save interrupted).
    #[derive(Default)]
    struct RefusesAfterFirst(MemoryStore, std::sync::atomic::AtomicBool);

    impl SecretStore for RefusesAfterFirst {
        fn get(&self, name: &str) -> Result<Option<zeroize::Zeroizing<String>>, kanta_keychain::KeychainError> {
            self.0.get(name)
        }
        fn set(&self, name: &str, secret: &str) -> Result<(), kanta_keychain::KeychainError> {
            match self.1.swap(true, std::sync::atomic::Ordering::SeqCst) {
                false => self.0.set(name, secret),
                true => Err(kanta_keychain::KeychainError::Unavailable("refused".into())),
            }
        }
        fn delete(&self, name: &str) -> Result<(), kanta_keychain::KeychainError> {
            self.0.delete(name)
        }
    }

    /// On a shared workstation Tiina's session was kept; Matti logs in and his save fails. A
    /// restart must not bring Tiina back, and Matti's logout leaves nothing behind.
    #[test]
    fn a_failed_save_leaves_no_earlier_person_s_session_and_logout_always_deletes() {
        let dir = tempfile::tempdir().unwrap();
        let store = std::sync::Arc::new(RefusesAfterFirst::default());
        let first = CurrentSession::new(
            IdentificationSettings::TestEnvironment,
            Box::new(store.clone()),
            dir.path(),
        );
        first.log_in_test_person("tiina-testaaja", 0).unwrap();
        assert!(store.get("session test-environment").unwrap().is_some());
        let matti = first.log_in_test_person("matti-meikalainen", 0).unwrap();
        assert_eq!(first.active(1), Some(matti), "in memory");
        assert_eq!(store.get("session test-environment").unwrap(), None, "Tiina's is gone");
        let restarted = CurrentSession::new(
            IdentificationSettings::TestEnvironment,
            Box::new(store.clone()),
            dir.path(),
        );
        assert_eq!(restarted.status(1), SessionStatus::LoggedOut, "nobody, not Tiina");

        // A key left in the keychain by another run is deleted by a logout here, whatever this
        // process saved.
        store.0.set("session test-environment", &"0".repeat(64)).unwrap();
        first.log_out().unwrap();
        assert_eq!(store.get("session test-environment").unwrap(), None);
    }

    #[test]
    fn without_a_keychain_the_session_is_kept_in_memory_only() {
        let dir = tempfile::tempdir().unwrap();
        let current = CurrentSession::new(
            IdentificationSettings::TestEnvironment,
            Box::new(NoKeychain),
            dir.path(),
        );
        let session = current.log_in_test_person("matti-meikalainen", 0).unwrap();
        assert_eq!(current.active(1), Some(session));
        current.log_out().unwrap();
        assert_eq!(current.status(1), SessionStatus::LoggedOut);
    }

    #[test]
    fn a_real_issuer_offers_no_test_persons() {
        let settings = IdentificationSettings::Oidc {
            oidc: crate::OidcSettings {
                issuer: "https://tunnistus.example.fi".into(),
                client_id: "x".into(),
            },
            service_url: "https://palvelu.example.fi".into(),
        };
        let dir = tempfile::tempdir().unwrap();
        let current = CurrentSession::new(settings, Box::new(MemoryStore::default()), dir.path());
        assert!(matches!(
            current.log_in_test_person("tiina-testaaja", 0),
            Err(LoginError::Settings(_))
        ));
    }
}
