//! The outbox worker: one thread that runs passes. It sleeps until it is woken (an application
//! sent, a login) or until the next thing is due: a try, a status to ask, or the online
//! indicator's check. When that is, is decided here ([`next_wait`]), from what the last pass
//! found and the environment's timing ([`PassRules::REAL`], [`PassRules::TEST_ENVIRONMENT`]).
//! A pass never holds the database across an HTTP call.

use std::{
    sync::{
        mpsc::{self, RecvTimeoutError},
        Arc, Mutex,
    },
    time::Duration,
};

use kanta_storage::now_ms;

use crate::{run_pass, Backoff, ConnectionStatus, Courier, OutboxDatabase, Pass, PassRules, SendingAs};

/// How often the online indicator is checked while nothing else asks the service.
pub const CHECK_EVERY: Duration = Duration::from_secs(5);

impl PassRules {
    /// Against a real service: the policy's backoff; statuses asked each minute (Kela decides
    /// in days, not seconds).
    pub const REAL: PassRules = PassRules {
        backoff: Backoff::STANDARD,
        status_every_ms: 60_000,
    };

    /// The built-in test service's statuses move on within seconds: asked every two.
    pub const TEST_ENVIRONMENT: PassRules = PassRules {
        status_every_ms: 2_000,
        ..PassRules::REAL
    };
}

/// How long the worker sleeps after a pass at `now_ms`, unless woken: until the next try is due,
/// or the next status question while applications are undecided and someone is logged in to
/// ask, and never longer than the online indicator's check.
pub fn next_wait(pass: &Pass, now_ms: i64, logged_in: bool, rules: &PassRules) -> Duration {
    let mut wait = CHECK_EVERY;
    if let Some(due) = pass.next_due_ms {
        wait = wait.min(Duration::from_millis((due - now_ms).max(0) as u64));
    }
    if pass.undecided && logged_in {
        wait = wait.min(Duration::from_millis(rules.status_every_ms.max(0) as u64));
    }
    wait
}

/// What the worker needs of the app: the database while it is open, and the session in force
/// as it sends (none: logged out, and nothing is sent).
pub trait WorkerSource: OutboxDatabase + Send + Sync + 'static {
    fn sending_as(&self) -> Option<SendingAs>;
}

/// The worker's handle: wakes it, and holds what it last found.
pub struct Worker {
    wake: Mutex<Option<mpsc::Sender<()>>>,
    status: Arc<Mutex<ConnectionStatus>>,
}

impl Worker {
    /// No worker: sending is not set up, and items wait.
    pub fn off() -> Worker {
        Worker {
            wake: Mutex::new(None),
            status: Arc::default(),
        }
    }

    /// Starts the worker thread on `source`, delivering through `courier` by `rules`.
    pub fn start<S: WorkerSource>(source: Arc<S>, courier: Courier, rules: PassRules) -> Worker {
        let (wake, woken) = mpsc::channel();
        let status: Arc<Mutex<ConnectionStatus>> = Arc::default();
        let found = status.clone();
        let spawned = std::thread::Builder::new()
            .name("outbox".into())
            .spawn(move || work(&*source, &courier, &rules, &woken, &found));
        match spawned {
            Ok(_) => Worker {
                wake: Mutex::new(Some(wake)),
                status,
            },
            Err(err) => {
                tracing::error!(%err, "the outbox worker did not start");
                Worker::off()
            }
        }
    }

    /// Runs a pass now: something was sent, or someone logged in.
    pub fn wake(&self) {
        if let Some(wake) = &*self.wake.lock().unwrap_or_else(|p| p.into_inner()) {
            let _ = wake.send(());
        }
    }

    /// What the worker last found, with what waits now (all, and for others) and whether someone
    /// is logged in.
    pub fn status(&self, waiting: (u32, u32), logged_in: bool) -> ConnectionStatus {
        let found = self.status.lock().unwrap_or_else(|p| p.into_inner()).clone();
        found.now(waiting, logged_in)
    }
}

fn work(
    source: &impl WorkerSource,
    courier: &Courier,
    rules: &PassRules,
    woken: &mpsc::Receiver<()>,
    found: &Mutex<ConnectionStatus>,
) {
    loop {
        let sending_as = source.sending_as();
        let wait = match run_pass(source, courier, sending_as.as_ref(), rules, &now_ms) {
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
                next_wait(&pass, now_ms(), sending_as.is_some(), rules)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_sleeps_until_the_next_thing_is_due_and_never_past_the_indicators_check() {
        let rules = PassRules::TEST_ENVIRONMENT;
        let idle = Pass::default();
        assert_eq!(next_wait(&idle, 0, true, &rules), CHECK_EVERY);
        let due = Pass {
            next_due_ms: Some(1_500),
            ..Pass::default()
        };
        assert_eq!(next_wait(&due, 1_000, true, &rules), Duration::from_millis(500));
        let overdue = Pass {
            next_due_ms: Some(900),
            ..Pass::default()
        };
        assert_eq!(next_wait(&overdue, 1_000, true, &rules), Duration::ZERO);
        let undecided = Pass {
            undecided: true,
            ..Pass::default()
        };
        assert_eq!(next_wait(&undecided, 0, true, &rules), Duration::from_secs(2));
        assert_eq!(
            next_wait(&undecided, 0, false, &rules),
            CHECK_EVERY,
            "nobody to ask the status as"
        );
        assert_eq!(
            next_wait(&undecided, 0, true, &PassRules::REAL),
            CHECK_EVERY,
            "a minute's status question waits for the indicator's check"
        );
    }
}
