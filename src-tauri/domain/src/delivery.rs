//! An application's way to the Kanta service, as the domain sees it: where its outbox item is
//! (`OutboxState`), why it is not delivered yet (`DeliveryProblem`), the service's word on it
//! (`ServerStatus`), what the user is shown (`Delivery`), and what each outcome means for the
//! application and the organisation: the rules that storage stores and sending follows.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{ApplicationStatus, ChangeStatusView, OrganisationProfile, Service};

/// What an outbox item carries: an application, or a change notification about a service in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum OutboxKind {
    Application,
    Change,
}

/// A status document the service answers a delivery or a status check with: an application's
/// ([`ServerStatus`]) or a change notification's ([`ChangeStatusView`]).
pub trait StatusDocument: Serialize + Sized {
    /// The document in a 2xx answer's body, if it is one this app reads.
    fn read(body: &[u8]) -> Option<Self>;
    /// Decided: not asked again.
    fn is_decided(&self) -> bool;
}

impl StatusDocument for ChangeStatusView {
    fn read(body: &[u8]) -> Option<Self> {
        let mut view: ChangeStatusView = serde_json::from_slice(body).ok()?;
        view.reason = view.reason.map(bounded_reason);
        Some(view)
    }
    fn is_decided(&self) -> bool {
        self.status.is_final()
    }
}

/// The most of a return's reason that is kept and shown: a handler's sentence or two. A longer
/// one is cut (with an ellipsis), so a misbehaving server cannot fill the database or the screen.
pub const MAX_REASON_CHARS: usize = 1_000;

fn bounded_reason(reason: String) -> String {
    match reason.char_indices().nth(MAX_REASON_CHARS) {
        Some((end, _)) => format!("{}…", &reason[..end]),
        None => reason,
    }
}

/// Where an outbox item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum OutboxState {
    /// Queued; delivered when the app is online and the try is due.
    Waiting,
    /// A try is under way.
    Sending,
    /// The service has it.
    Sent,
    /// The service refused it; not tried again.
    Failed,
}

impl OutboxState {
    pub const ALL: [OutboxState; 4] = [
        OutboxState::Waiting,
        OutboxState::Sending,
        OutboxState::Sent,
        OutboxState::Failed,
    ];
}

/// What the user sees of an item's delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Delivery {
    pub state: OutboxState,
    pub attempts: u32,
    /// Waiting after a failed try: when the next one is due (ms since the Unix epoch).
    pub next_attempt_at_ms: Option<i64>,
    /// Why it is not delivered (yet).
    pub problem: Option<DeliveryProblem>,
    pub sent_at_ms: Option<i64>,
    /// The service's latest word on the application.
    pub server: Option<ServerStatus>,
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
    /// The service refused it (403) to a person other than the one who sent it: it waits for a
    /// login by someone who may send it for the organisation, and is not failed.
    AnotherPersonRequired,
    /// The service refused the application for good; its code says why, if it gave one.
    Refused { status: u16, code: Option<String> },
}

impl DeliveryProblem {
    /// Every kind, as serialised: each has its `delivery-problem-<kind>` message.
    pub const KINDS: [&'static str; 5] = [
        "no-answer",
        "service-error",
        "login-required",
        "another-person-required",
        "refused",
    ];

    /// The kind, as serialised (`kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            DeliveryProblem::NoAnswer => Self::KINDS[0],
            DeliveryProblem::ServiceError { .. } => Self::KINDS[1],
            DeliveryProblem::LoginRequired => Self::KINDS[2],
            DeliveryProblem::AnotherPersonRequired => Self::KINDS[3],
            DeliveryProblem::Refused { .. } => Self::KINDS[4],
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
        let mut status: ServerStatus = serde_json::from_slice(body).ok()?;
        status.reason = status.reason.map(bounded_reason);
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

impl StatusDocument for ServerStatus {
    fn read(body: &[u8]) -> Option<Self> {
        ServerStatus::parse(body)
    }
    fn is_decided(&self) -> bool {
        self.is_final()
    }
}

/// What one try of delivering an outbox item led to, as the outbox records it; `S` is the kind
/// of status document the service answers with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TryResult<S = ServerStatus> {
    /// The service has it, with its status document if it answered with one.
    Delivered { server: Option<S> },
    /// It waits, `because` of what the try met: until `until` (ms since the Unix epoch), or for
    /// the next login when `None`.
    Waiting {
        until: Option<i64>,
        because: DeliveryProblem,
    },
    /// The service refused it for good.
    Failed { because: DeliveryProblem },
}

impl TryResult<ServerStatus> {
    /// The application's status after the try: a delivered one is what the service says (sent,
    /// when it said nothing usable), a refused one is refused, a waiting one keeps its status.
    pub fn application_status(&self) -> Option<ApplicationStatus> {
        match self {
            TryResult::Delivered { server } => Some(server.as_ref().map_or(ApplicationStatus::Sent, |s| s.status)),
            TryResult::Waiting { .. } => None,
            TryResult::Failed { .. } => Some(ApplicationStatus::Refused),
        }
    }
}

impl<S> TryResult<S> {
    /// Why it is not delivered after the try, if it is not.
    pub fn problem(&self) -> Option<&DeliveryProblem> {
        match self {
            TryResult::Delivered { .. } => None,
            TryResult::Waiting { because, .. } | TryResult::Failed { because } => Some(because),
        }
    }
}

/// Whether an application's new status changes anything of its organisation's: an approval
/// does; a returned application, or one on its way, does not.
pub fn changes_organisation(status: ApplicationStatus) -> bool {
    status == ApplicationStatus::Approved
}

/// What an application's new status means for its organisation: once approved, the organisation
/// uses the service (the start screen offers no new application for it). Returns whether
/// `profile` changed.
pub fn apply_to_organisation(profile: &mut OrganisationProfile, service: Service, status: ApplicationStatus) -> bool {
    changes_organisation(status) && profile.services_in_use.insert(service)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let long = format!(
            r#"{{"status":"returned","reason":"{}","updatedAt":"2026-11-23T10:00:00Z"}}"#,
            "ö".repeat(100_000)
        );
        let cut = ServerStatus::parse(long.as_bytes()).unwrap().reason.unwrap();
        assert_eq!(cut.chars().count(), MAX_REASON_CHARS + 1, "cut, with an ellipsis");
        let change = format!(
            r#"{{"changeId":"0f0c1a52-7c1c-4a4e-9a43-56a4b1c8e001","status":"returned","reason":"{}","updatedAt":"2026-11-23T10:00:00Z"}}"#,
            "x".repeat(5_000)
        );
        let view = ChangeStatusView::read(change.as_bytes()).unwrap();
        assert!(view.reason.unwrap().ends_with('…'));
        assert!(returned.is_final());
        assert!(!parse("in-processing").unwrap().is_final());
    }

    #[test]
    fn an_outcome_sets_the_status_and_only_an_approval_changes_the_organisation() {
        let server = |status| ServerStatus {
            status,
            reason: None,
            updated_at: Timestamp::UNIX_EPOCH,
        };
        let delivered = TryResult::Delivered {
            server: Some(server(ApplicationStatus::Received)),
        };
        assert_eq!(delivered.application_status(), Some(ApplicationStatus::Received));
        assert_eq!(
            TryResult::Delivered { server: None }.application_status(),
            Some(ApplicationStatus::Sent)
        );
        let waiting = TryResult::Waiting {
            until: None,
            because: DeliveryProblem::LoginRequired,
        };
        assert_eq!(waiting.application_status(), None);
        assert_eq!(waiting.problem(), Some(&DeliveryProblem::LoginRequired));
        let failed = TryResult::Failed {
            because: DeliveryProblem::Refused {
                status: 422,
                code: None,
            },
        };
        assert_eq!(failed.application_status(), Some(ApplicationStatus::Refused));

        let mut profile = OrganisationProfile::default();
        let changing: Vec<_> = ApplicationStatus::ALL
            .into_iter()
            .filter(|s| changes_organisation(*s))
            .collect();
        assert_eq!(changing, [ApplicationStatus::Approved]);
        for status in ApplicationStatus::ALL
            .into_iter()
            .filter(|s| *s != ApplicationStatus::Approved)
        {
            assert!(
                !apply_to_organisation(&mut profile, Service::Prescription, status),
                "{status:?}"
            );
        }
        assert!(apply_to_organisation(
            &mut profile,
            Service::Prescription,
            ApplicationStatus::Approved
        ));
        assert!(profile.services_in_use.contains(&Service::Prescription));
        assert!(
            !apply_to_organisation(&mut profile, Service::Prescription, ApplicationStatus::Approved),
            "in use already"
        );
    }
}
