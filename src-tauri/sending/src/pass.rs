//! One pass over the outbox: deliver every item that is due, then ask the service for the
//! status of delivered applications it has not decided on. The app's worker runs a pass when
//! it wakes (an application sent, a login, the next try due, a timer); the tests run passes
//! against the test service with faults.
//!
//! The database is reached briefly for each step and never held across an HTTP call, so an
//! autosave never waits for the network.

use std::sync::Mutex;

use kanta_storage::{outbox::Scope, Database, StorageError};

use super::{record, Backoff, Courier, Next, Outcome};

/// The database as the pass reaches it. `None`: not open now (locked, say); the pass does
/// nothing and the items wait.
pub trait OutboxDatabase {
    fn with_db<T>(&self, f: impl FnOnce(&Database) -> Result<T, StorageError>) -> Option<Result<T, StorageError>>;
}

impl OutboxDatabase for Mutex<Database> {
    fn with_db<T>(&self, f: impl FnOnce(&Database) -> Result<T, StorageError>) -> Option<Result<T, StorageError>> {
        Some(f(&self.lock().unwrap_or_else(|p| p.into_inner())))
    }
}

/// What a pass found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pass {
    /// The service answered (anything at all); `false`: no network or the service is down.
    pub online: bool,
    /// Something the user sees changed: an item's state or an application's status.
    pub changed: bool,
    /// The service did not accept the access token: items wait for a new login.
    pub login_required: bool,
    /// When the next waiting item is due, if one waits for a time.
    pub next_due_ms: Option<i64>,
    /// Delivered applications are still waiting for the service's decision.
    pub undecided: bool,
}

/// The session a pass sends as: nothing else is sent (`kanta_storage::outbox`, "scope"). Its
/// token is wiped from memory when it is dropped.
#[derive(Clone, PartialEq, Eq, zeroize::ZeroizeOnDrop)]
pub struct SendingAs {
    pub access_token: String,
    /// The person logged in: the issuer's subject.
    #[zeroize(skip)]
    pub person: String,
    /// The items this session may send: for this service, of the organisations the person may
    /// act for.
    #[zeroize(skip)]
    pub scope: Scope,
}

/// Prints what is sent, never the token or who.
impl std::fmt::Debug for SendingAs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SendingAs")
            .field("destination", &self.scope.destination)
            .finish_non_exhaustive()
    }
}

/// How a pass is run: the retry policy and how often statuses are asked.
#[derive(Debug, Clone, Copy)]
pub struct PassRules {
    pub backoff: Backoff,
    /// A delivered application's status is asked at most this often.
    pub status_every_ms: i64,
}

/// Runs one pass as `sending_as` (none: logged out, nothing is sent, items wait). `clock` gives
/// the time in ms since the Unix epoch.
pub fn run_pass(
    db: &impl OutboxDatabase,
    courier: &Courier,
    sending_as: Option<&SendingAs>,
    rules: &PassRules,
    clock: &dyn Fn() -> i64,
) -> Result<Pass, StorageError> {
    let mut pass = Pass::default();
    let mut asked = false;
    // The database closed (locked, say): nothing moves, but the indicator still tells the truth.
    macro_rules! db {
        ($f:expr) => {
            match db.with_db($f) {
                Some(result) => result?,
                None => {
                    pass.online = pass.online || courier.reachable();
                    return Ok(pass);
                }
            }
        };
    }
    if let Some(sending_as) = sending_as {
        let (token, scope) = (sending_as.access_token.as_str(), &sending_as.scope);
        // The network came back (or the service did): what met no answer need not wait out
        // its backoff. One cheap question, asked only while such items wait; only a 2xx health
        // answer brings them forward (a 503 says the service is not ready), and each at most
        // once per its backoff period, so a service whose health answers while its submissions
        // time out is tried at the backoff's pace, not on every pass.
        let now = clock();
        let eligible: Vec<i64> = db!(|db| db.unanswered_waiting(now, scope))
            .into_iter()
            .filter(|u| {
                // The plain delay, without jitter: the middle of the random range.
                let period = rules.backoff.delay_ms(u.attempts, 0.5);
                u.brought_forward_at_ms.is_none_or(|at| now - at >= period)
            })
            .map(|u| u.id)
            .collect();
        if !eligible.is_empty() {
            asked = true;
            let health = courier.health();
            pass.online = health.is_some();
            if health.is_some_and(|status| (200..300).contains(&status)) {
                let due = db!(|db| db.bring_forward(&eligible, clock()));
                tracing::info!(due, "the service answers again");
            }
        }
        while let Some(item) = db!(|db| db.claim_due(clock(), scope)) {
            let outcome = courier.submit(token, &item);
            asked = true;
            pass.online |= matches!(outcome, Outcome::Answered { .. });
            let no_answer = outcome == Outcome::NoAnswer;
            let sender = (item.signer.as_deref(), sending_as.person.as_str());
            let next = rules
                .backoff
                .next_for(outcome, item.attempts, clock(), random(), sender);
            tracing::info!(
                item = item.id,
                attempt = item.attempts,
                next = next_name(&next),
                "delivery tried"
            );
            db!(|db| record::record_attempt(db, &item, &next, clock()));
            pass.changed = true;
            // The rest would meet the same: they wait with this one, without a try counted.
            match next {
                Next::RetryAt { at_ms, .. } if no_answer => {
                    db!(|db| db.postpone_due(clock(), Some(at_ms), scope));
                    break;
                }
                Next::NeedsLogin => {
                    db!(|db| db.postpone_due(clock(), None, scope));
                    pass.login_required = true;
                    break;
                }
                _ => {}
            }
        }
        // No status questions when the token was refused, or when the tries met no answer.
        let answering = !asked || pass.online;
        if !pass.login_required && answering {
            let now = clock();
            for check in db!(|db| db.status_checks_due(now - rules.status_every_ms, scope)) {
                let outcome = courier.status(token, &check);
                asked = true;
                let server = match outcome {
                    Outcome::NoAnswer => {
                        pass.online = false;
                        break;
                    }
                    Outcome::Answered { status: 401, .. } => {
                        pass.online = true;
                        pass.login_required = true;
                        break;
                    }
                    Outcome::Answered { status, ref body, .. } => {
                        pass.online = true;
                        (status == 200).then_some(body.clone())
                    }
                };
                pass.changed |= db!(|db| record::record_status(db, &check, server.as_deref(), clock()));
            }
        }
    }
    if !asked {
        pass.online = courier.reachable();
    }
    // Logged out, nothing is due: the items wait for a login, and no status can be asked.
    if let Some(SendingAs { scope, .. }) = sending_as {
        pass.next_due_ms = db!(|db| db.next_attempt_due(scope));
        pass.undecided = !db!(|db| db.status_checks_due(i64::MAX, scope)).is_empty();
    }
    Ok(pass)
}

/// For the log: which way a try went, without its content.
fn next_name(next: &Next) -> &'static str {
    match next {
        Next::Delivered { .. } => "delivered",
        Next::NeedsLogin => "needs-login",
        Next::NeedsAnotherPerson => "needs-another-person",
        Next::Refused { .. } => "refused",
        Next::RetryAt { .. } => "retry",
    }
}

/// A number in [0, 1) for the backoff's jitter, from the OS's random source.
fn random() -> f64 {
    let mut bytes = [0u8; 8];
    // Without a random source the jitter is simply none.
    if getrandom::fill(&mut bytes).is_err() {
        return 0.5;
    }
    (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64
}
