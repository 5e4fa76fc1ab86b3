//! Sending in the app: where the Kanta service is, and the worker thread that runs the core's
//! outbox passes (`kanta_core::sending`).
//!
//! In the built-in test environment the app starts the test service (`kanta-service`) on
//! loopback, on Tauri's tokio runtime, with its journal in the data folder, so that a fresh install goes from login to "approved"
//! with no network. `KANTA_EXTRANET_SERVICE_URL` points the test environment at another one
//! instead (the end-to-end tests stop and start theirs); with a real issuer the service is the
//! one its settings name.
//!
//! The worker sleeps until it is woken (an application sent, a login) or until the next thing is
//! due: a try, a status to ask, or the online indicator's check. A pass never holds the database
//! across an HTTP call.

use std::{
    path::Path,
    sync::{
        mpsc::{self, RecvTimeoutError},
        Arc, Mutex,
    },
    time::Duration,
};

use kanta_core::{
    identification::settings::{IdentificationSettings, SERVICE_URL_VAR},
    sending::{run_pass, Backoff, ConnectionStatus, Courier, OutboxDatabase, PassRules},
    storage::{now_ms, Database, StorageError},
};
use kanta_service::{TestService, Timing};
use tauri::{AppHandle, Manager};

use crate::state::{AppState, DbState};

/// What the embedded test service received, kept in the data folder so that it still knows the
/// applications sent before a restart (ids, times, business IDs and services only).
const TEST_SERVICE_JOURNAL: &str = "test-service.jsonl";

/// How often the online indicator is checked while nothing else asks the service.
const CHECK_EVERY: Duration = Duration::from_secs(5);

/// The worker's handle: wakes it, and holds what it last found.
pub struct Sending {
    wake: Mutex<Option<mpsc::Sender<()>>>,
    status: Arc<Mutex<ConnectionStatus>>,
    /// The embedded test service, kept running as long as the app.
    _service: Option<TestService>,
}

impl Sending {
    /// Sending not set up: the identification settings cannot be read.
    pub fn off() -> Sending {
        Sending {
            wake: Mutex::new(None),
            status: Arc::default(),
            _service: None,
        }
    }

    /// Finds the service (starting the embedded one in the test environment) and starts the
    /// worker, which reaches the app's `AppState` (managed before this). Without a usable
    /// service, sending stays off and items wait.
    pub fn start(app: &AppHandle, settings: Option<&IdentificationSettings>, data_dir: &Path) -> Sending {
        let (url, service, rules) = match settings {
            None => return Sending::off(),
            Some(IdentificationSettings::Oidc { service_url, .. }) => (service_url.clone(), None, RULES),
            Some(IdentificationSettings::TestEnvironment) => match std::env::var(SERVICE_URL_VAR) {
                Ok(url) if !url.trim().is_empty() => (url, None, TEST_RULES),
                _ => match tauri::async_runtime::block_on(TestService::start_with_journal(
                    Timing::default(),
                    &data_dir.join(TEST_SERVICE_JOURNAL),
                )) {
                    Ok(service) => (service.url.clone(), Some(service), TEST_RULES),
                    Err(err) => {
                        tracing::error!(%err, "the built-in test service did not start");
                        return Sending::off();
                    }
                },
            },
        };
        let courier = match Courier::new(&url, Courier::TIMEOUT) {
            Ok(courier) => courier,
            Err(err) => {
                tracing::error!(%err, "sending is off");
                return Sending::off();
            }
        };
        let (wake, woken) = mpsc::channel();
        let status: Arc<Mutex<ConnectionStatus>> = Arc::default();
        let (handle, found) = (app.clone(), status.clone());
        let spawned = std::thread::Builder::new()
            .name("outbox".into())
            .spawn(move || work(handle, courier, rules, woken, found));
        if let Err(err) = spawned {
            tracing::error!(%err, "the outbox worker did not start");
        }
        tracing::info!(embedded = service.is_some(), "sending on");
        Sending {
            wake: Mutex::new(Some(wake)),
            status,
            _service: service,
        }
    }

    /// Runs a pass now: something was sent, or someone logged in.
    pub fn wake(&self) {
        if let Some(wake) = &*self.wake.lock().unwrap_or_else(|p| p.into_inner()) {
            let _ = wake.send(());
        }
    }

    /// Someone logged in: what waited for a login is due now.
    pub fn logged_in(&self, state: &AppState) {
        if let Err(err) = state.with_db(|db| Ok(db.resume_after_login(now_ms())?)) {
            tracing::warn!(%err, "the outbox could not be resumed after the login");
        }
        self.wake();
    }

    /// What the worker last found, with what waits now and whether someone is logged in.
    pub fn status(&self, undelivered: u32, logged_in: bool) -> ConnectionStatus {
        let found = self.status.lock().unwrap_or_else(|p| p.into_inner()).clone();
        found.now(undelivered, logged_in)
    }
}

/// Against a real service: the policy's defaults; statuses asked each minute.
const RULES: PassRules = PassRules {
    backoff: Backoff::STANDARD,
    status_every_ms: 60_000,
};

/// The test service's statuses move on within seconds: asked every two.
const TEST_RULES: PassRules = PassRules {
    status_every_ms: 2_000,
    ..RULES
};

/// The database as the worker reaches it: only while open.
impl OutboxDatabase for AppState {
    fn with_db<T>(&self, f: impl FnOnce(&Database) -> Result<T, StorageError>) -> Option<Result<T, StorageError>> {
        match &*self.db_state() {
            DbState::Open(db) => Some(f(db)),
            _ => None,
        }
    }
}

fn work(
    app: AppHandle,
    courier: Courier,
    rules: PassRules,
    woken: mpsc::Receiver<()>,
    found: Arc<Mutex<ConnectionStatus>>,
) {
    loop {
        let state = app.state::<AppState>();
        let token = state.session().map(|s| s.tokens.access_token.clone());
        let wait = match run_pass(&*state, &courier, token.as_deref(), &rules, &now_ms) {
            Ok(pass) => {
                let mut status = found.lock().unwrap_or_else(|p| p.into_inner());
                if status.online != Some(pass.online) {
                    tracing::info!(online = pass.online, "connection to the Kanta service");
                }
                status.online = Some(pass.online);
                status.login_required = pass.login_required;
                if pass.changed {
                    status.revision = status.revision.wrapping_add(1);
                }
                let now = now_ms();
                let mut wait = CHECK_EVERY;
                if let Some(due) = pass.next_due_ms {
                    wait = wait.min(Duration::from_millis((due - now).max(0) as u64));
                }
                if pass.undecided && token.is_some() {
                    wait = wait.min(Duration::from_millis(rules.status_every_ms as u64));
                }
                wait
            }
            Err(err) => {
                tracing::error!(%err, "an outbox pass failed");
                CHECK_EVERY
            }
        };
        match woken.recv_timeout(wait) {
            Ok(()) | Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => return,
        }
        // Several wake-ups while a pass ran make one more pass.
        while woken.try_recv().is_ok() {}
    }
}
