//! Sending applications to the Kanta service, offline first. "Send" in the wizard only queues
//! the application in the outbox (`storage::outbox`), in the same transaction that marks the
//! draft sent; delivering it is this module's job, whenever the app is online:
//!
//! - `policy`: what one attempt's outcome means and when the next try is due (capped
//!   exponential backoff with jitter; 4xx refused for good; 401 waits for a login);
//! - `courier`: the HTTP calls of `src-tauri/service/openapi.json` (reqwest, rustls);
//! - `pass`: one pass over the outbox: deliver what is due, then refresh the statuses of
//!   applications the service has not decided on yet.
//!
//! Exactly once: every try of an application carries the same `Idempotency-Key` (its id), so
//! a try whose answer was lost and is repeated is stored once by the service. An item is marked
//! `sending` in the database before its request goes out; a crash then leaves it `sending`, and
//! the next start puts it back to `waiting` (delivering it again is safe for the same reason).

pub mod courier;
pub mod pass;
pub mod policy;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::ApplicationStatus;

pub use courier::Courier;
pub use pass::{run_pass, OutboxDatabase, Pass, PassRules};
pub use policy::{Backoff, Next, Outcome};

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
    /// Delivery goes on only after a login: the service did not accept the session, or nobody
    /// is logged in while applications wait.
    pub login_required: bool,
    /// Counts the passes that changed something the user sees (an item's state, a status):
    /// the UI refreshes what it shows when it moves.
    pub revision: u32,
}

impl ConnectionStatus {
    /// The worker's last finding with what waits now (`undelivered`): logged out (or the
    /// session ran out), what waits goes only after a login, and the status says so.
    pub fn now(self, undelivered: u32, logged_in: bool) -> ConnectionStatus {
        ConnectionStatus {
            undelivered,
            login_required: self.login_required || (undelivered > 0 && !logged_in),
            ..self
        }
    }
}

/// Why an item is not delivered (yet): stored with the item, shown to the user in their
/// language (`delivery-problem-*` messages).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case", rename_all_fields = "camelCase")]
pub enum DeliveryProblem {
    /// No answer: no network, the service down, a timeout. Tried again.
    NoAnswer,
    /// The service answered with a temporary error (408, 429, 5xx). Tried again.
    ServiceError { status: u16 },
    /// The session ran out: delivered after the next login.
    LoginRequired,
    /// The service refused the application for good; its code says why, if it gave one.
    Refused { status: u16, code: Option<String> },
}

impl DeliveryProblem {
    /// Every kind, as serialised: each has its `delivery-problem-<kind>` message.
    pub const KINDS: [&'static str; 4] = ["no-answer", "service-error", "login-required", "refused"];

    /// The kind, as serialised (`kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            DeliveryProblem::NoAnswer => Self::KINDS[0],
            DeliveryProblem::ServiceError { .. } => Self::KINDS[1],
            DeliveryProblem::LoginRequired => Self::KINDS[2],
            DeliveryProblem::Refused { .. } => Self::KINDS[3],
        }
    }
}

/// Where the service says a delivered application is (`ApplicationStatus` in the OpenAPI).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServerStatus {
    pub status: ApplicationStatus,
    /// Why it was returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reason: Option<String>,
    #[ts(type = "string")]
    pub updated_at: Timestamp,
}

impl ServerStatus {
    /// The service's answer, if it is a status document naming one of the statuses the
    /// service reports (a server never sets an application back to a draft).
    pub fn parse(body: &[u8]) -> Option<ServerStatus> {
        let status: ServerStatus = serde_json::from_slice(body).ok()?;
        matches!(
            status.status,
            ApplicationStatus::Received
                | ApplicationStatus::InProcessing
                | ApplicationStatus::Approved
                | ApplicationStatus::Returned
        )
        .then_some(status)
    }

    /// Decided: the status does not move on any more, so it is not asked again.
    pub fn is_final(&self) -> bool {
        matches!(self.status, ApplicationStatus::Approved | ApplicationStatus::Returned)
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
        assert!(found.clone().now(1, false).login_required);
        assert!(!found.clone().now(1, true).login_required);
        assert!(!found.clone().now(0, false).login_required, "nothing waits");
        let refused = ConnectionStatus {
            login_required: true,
            ..found
        };
        assert!(refused.now(1, true).login_required, "the service refused the session");
    }

    #[test]
    fn each_problem_serialises_as_its_kind() {
        let all = [
            DeliveryProblem::NoAnswer,
            DeliveryProblem::ServiceError { status: 503 },
            DeliveryProblem::LoginRequired,
            DeliveryProblem::Refused {
                status: 422,
                code: None,
            },
        ];
        for problem in all {
            let json = serde_json::to_value(&problem).unwrap();
            assert_eq!(json["kind"], problem.kind(), "{problem:?}");
        }
    }

    #[test]
    fn only_the_statuses_a_service_reports_are_read() {
        let parse = |status: &str| {
            ServerStatus::parse(
                format!(r#"{{"applicationId":"0f0c1a52-7c1c-4a4e-9a43-56a4b1c8e001","status":"{status}","updatedAt":"2026-11-23T10:00:00Z"}}"#)
                    .as_bytes(),
            )
        };
        for (name, status) in [
            ("received", ApplicationStatus::Received),
            ("in-processing", ApplicationStatus::InProcessing),
            ("approved", ApplicationStatus::Approved),
            ("returned", ApplicationStatus::Returned),
        ] {
            assert_eq!(parse(name).map(|s| s.status), Some(status), "{name}");
        }
        for name in ["draft", "ready", "sent", "lost"] {
            assert_eq!(parse(name), None, "{name}");
        }
        assert_eq!(ServerStatus::parse(b"not json"), None);
        let returned = ServerStatus::parse(
            br#"{"status":"returned","reason":"Liitteen allekirjoitus puuttuu","updatedAt":"2026-11-23T10:00:00Z"}"#,
        )
        .unwrap();
        assert_eq!(returned.reason.as_deref(), Some("Liitteen allekirjoitus puuttuu"));
        assert!(returned.is_final());
        assert!(!parse("in-processing").unwrap().is_final());
    }
}
