//! `kanta-sending`: sending applications to the Kanta service, offline first. "Send" in the
//! wizard only queues the application in the outbox (`kanta_storage::outbox`), in the same
//! transaction that marks the draft sent; delivering it is this crate's job, whenever the app is
//! online:
//!
//! - `policy`: what one attempt's outcome means and when the next try is due (capped
//!   exponential backoff with jitter; 4xx refused for good; 401 waits for a login);
//! - `courier`: the HTTP calls of `src-tauri/service/openapi.json` (reqwest, rustls);
//! - `record`: an outcome stored with what it means, by the domain's rules (`delivery`): the
//!   application's status and the organisation's services, in one transaction;
//! - `fetch`: a service in use's current data for its summary, and what the answer means;
//! - `pass`: one pass over the outbox: deliver what is due, then refresh the statuses of
//!   applications the service has not decided on yet;
//! - `worker`: the thread that runs passes, and when: woken, when a try is due, while a status
//!   is undecided, and to keep the online indicator true.
//!
//! Invariant: every rule of delivering is here or in the domain; storage stores what this crate
//! tells it, and the app only starts the worker and wakes it.
//!
//! Exactly once: every try of an application carries the same `Idempotency-Key` (its id), so
//! a try whose answer was lost and is repeated is stored once by the service. An item is marked
//! `sending` in the database before its request goes out; a crash then leaves it `sending`, and
//! the next start puts it back to `waiting` (delivering it again is safe for the same reason).

pub mod courier;
pub mod fetch;
pub mod pass;
pub mod policy;
pub mod record;
pub mod worker;

use serde::Serialize;
use ts_rs::TS;

pub use courier::Courier;
pub use pass::{run_pass, OutboxDatabase, Pass, PassRules, SendingAs};
pub use policy::{Backoff, Next, Outcome};
pub use worker::{Worker, WorkerSource};

/// What the app shows of sending: the online indicator, what waits, and whether a new login
/// is needed for it to go on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConnectionStatus {
    /// Whether the Kanta service answered the last time it was asked; `None`: not asked yet,
    /// or sending is not set up (the identification settings cannot be read).
    pub online: Option<bool>,
    /// Applications waiting to be delivered (or being delivered now).
    pub undelivered: u32,
    /// Of those, the ones the person logged in now may not send (their organisation is not one
    /// the person may act for): they wait for a login by someone who may.
    pub for_others: u32,
    /// Delivery goes on only after a login: the service did not accept the session, or nobody
    /// is logged in while applications wait.
    pub login_required: bool,
    /// Counts the passes that changed something the user sees (an item's state, a status):
    /// the UI refreshes what it shows when it moves.
    pub revision: u32,
}

impl ConnectionStatus {
    /// The worker's last finding with what waits now (`undelivered`, `for_others` of them for
    /// someone else): logged out (or the session ran out), what waits goes only after a login,
    /// and the status says so.
    pub fn now(self, (undelivered, for_others): (u32, u32), logged_in: bool) -> ConnectionStatus {
        ConnectionStatus {
            undelivered,
            for_others: if logged_in { for_others } else { 0 },
            login_required: self.login_required || (undelivered > 0 && !logged_in),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waiting_while_logged_out_asks_for_a_login() {
        let found = ConnectionStatus {
            online: Some(true),
            ..ConnectionStatus::default()
        };
        assert!(found.clone().now((1, 0), false).login_required);
        assert!(!found.clone().now((1, 0), true).login_required);
        assert!(!found.clone().now((0, 0), false).login_required, "nothing waits");
        let refused = ConnectionStatus {
            login_required: true,
            ..found
        };
        assert!(
            refused.now((1, 0), true).login_required,
            "the service refused the session"
        );
    }
}
