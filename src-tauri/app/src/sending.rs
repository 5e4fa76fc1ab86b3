//! Sending in the app: which Kanta service the outbox delivers to, and its worker
//! (`kanta_sending::Worker`).
//!
//! In the built-in test environment the app starts the test service (`kanta-service`) on
//! loopback, on the shell's tokio runtime, with its journal in the data folder, so that a fresh
//! install goes from login to "approved" with no network. `KANTA_EXTRANET_SERVICE_URL` points the
//! test environment at another one instead (the end-to-end tests stop and start theirs); with a
//! real issuer the service is the one its settings name. When the worker runs and what a pass
//! does are `kanta_sending`'s.

use std::{path::Path, sync::Arc};

use kanta_identification::settings::{IdentificationSettings, SERVICE_URL_VAR};
use kanta_sending::{ConnectionStatus, Courier, PassRules, Worker, WorkerSource};
use kanta_service::{TestService, Timing};

/// What the embedded test service received, kept in the data folder so that it still knows the
/// applications sent before a restart (ids, times, business IDs and services only).
const TEST_SERVICE_JOURNAL: &str = "test-service.jsonl";

/// The worker and, in the test environment, the service it delivers to.
pub struct Sending {
    worker: Worker,
    /// The same service's client, for the calls the screens make (a service in use's data).
    courier: Option<Courier>,
    /// The embedded test service, kept running as long as the app.
    _service: Option<TestService>,
}

impl Sending {
    /// Sending not set up: the identification settings cannot be read.
    fn off() -> Sending {
        Sending {
            worker: Worker::off(),
            courier: None,
            _service: None,
        }
    }

    /// Finds the service (starting the embedded one on `runtime` in the test environment) and
    /// starts the worker on `source`. Without a usable service, sending stays off and items wait.
    pub fn start<S: WorkerSource>(
        source: Arc<S>,
        settings: Option<&IdentificationSettings>,
        data_dir: &Path,
        runtime: &tokio::runtime::Handle,
    ) -> Sending {
        let (url, service, rules) = match settings {
            None => return Sending::off(),
            Some(IdentificationSettings::Oidc { service_url, .. }) => (service_url.clone(), None, PassRules::REAL),
            Some(IdentificationSettings::TestEnvironment) => match std::env::var(SERVICE_URL_VAR) {
                Ok(url) if !url.trim().is_empty() => (url, None, PassRules::TEST_ENVIRONMENT),
                _ => match runtime.block_on(TestService::start_with_journal(
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
        let worker = Worker::start(source, courier.clone(), rules);
        tracing::info!(embedded = service.is_some(), "sending on");
        Sending {
            worker,
            courier: Some(courier),
            _service: service,
        }
    }

    /// The service's client; `None` when sending is off.
    pub fn courier(&self) -> Option<&Courier> {
        self.courier.as_ref()
    }

    /// Runs a pass now: something was sent, or someone logged in.
    pub fn wake(&self) {
        self.worker.wake();
    }

    /// What the worker last found, with what waits now (all, and for others) and whether someone
    /// is logged in.
    pub fn status(&self, waiting: (u32, u32), logged_in: bool) -> ConnectionStatus {
        self.worker.status(waiting, logged_in)
    }
}
