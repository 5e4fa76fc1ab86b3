//! Sending in the app: where the Kanta service is, and the worker thread that runs the core's
//! outbox passes (`kanta_core::sending`).
//!
//! In the built-in test environment the app starts the test service (`kanta-service`) on
//! loopback, on Tauri's tokio runtime, with its journal in the data folder, so that a fresh install goes from login to "approved"
//! with no network. `KANTA_EXTRANET_SERVICE_URL` points the test environment at another one
//! instead (the end-to-end tests stop and start theirs); with a real issuer the service is the
//! one its settings name.
//!
//! When the worker runs and what a pass does are `kanta_sending`'s (`worker`, `pass`).

use std::{path::Path, sync::Arc};

use kanta_core::{
    identification::settings::{IdentificationSettings, SERVICE_URL_VAR},
    sending::{ConnectionStatus, Courier, OutboxDatabase, PassRules, Worker, WorkerSource},
    storage::{now_ms, Database, StorageError},
};
use kanta_service::{TestService, Timing};
use tauri::{AppHandle, Manager};

use crate::state::{AppState, DbState};

/// What the embedded test service received, kept in the data folder so that it still knows the
/// applications sent before a restart (ids, times, business IDs and services only).
const TEST_SERVICE_JOURNAL: &str = "test-service.jsonl";

/// The worker and, in the test environment, the service it delivers to.
pub struct Sending {
    worker: Worker,
    /// The embedded test service, kept running as long as the app.
    _service: Option<TestService>,
}

impl Sending {
    /// Sending not set up: the identification settings cannot be read.
    pub fn off() -> Sending {
        Sending {
            worker: Worker::off(),
            _service: None,
        }
    }

    /// Finds the service (starting the embedded one in the test environment) and starts the
    /// worker, which reaches the app's `AppState` (managed before this). Without a usable
    /// service, sending stays off and items wait.
    pub fn start(app: &AppHandle, settings: Option<&IdentificationSettings>, data_dir: &Path) -> Sending {
        let (url, service, rules) = match settings {
            None => return Sending::off(),
            Some(IdentificationSettings::Oidc { service_url, .. }) => (service_url.clone(), None, PassRules::REAL),
            Some(IdentificationSettings::TestEnvironment) => match std::env::var(SERVICE_URL_VAR) {
                Ok(url) if !url.trim().is_empty() => (url, None, PassRules::TEST_ENVIRONMENT),
                _ => match tauri::async_runtime::block_on(TestService::start_with_journal(
                    Timing::default(),
                    &data_dir.join(TEST_SERVICE_JOURNAL),
                )) {
                    Ok(service) => (service.url.clone(), Some(service), PassRules::TEST_ENVIRONMENT),
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
        let worker = Worker::start(Arc::new(FromApp(app.clone())), courier, rules);
        tracing::info!(embedded = service.is_some(), "sending on");
        Sending {
            worker,
            _service: service,
        }
    }

    /// Runs a pass now: something was sent, or someone logged in.
    pub fn wake(&self) {
        self.worker.wake();
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
        self.worker.status(undelivered, logged_in)
    }
}

/// The app as the worker reaches it.
struct FromApp(AppHandle);

/// The database as the worker reaches it: only while open.
impl OutboxDatabase for FromApp {
    fn with_db<T>(&self, f: impl FnOnce(&Database) -> Result<T, StorageError>) -> Option<Result<T, StorageError>> {
        match &*self.0.state::<AppState>().db_state() {
            DbState::Open(db) => Some(f(db)),
            _ => None,
        }
    }
}

impl WorkerSource for FromApp {
    fn access_token(&self) -> Option<String> {
        self.0
            .state::<AppState>()
            .session()
            .map(|s| s.tokens.access_token.clone())
    }
}
