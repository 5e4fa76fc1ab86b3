//! A draft as stored: one organisation's application for one service, and where the user is in
//! the wizard. The organisation's own data (customer data, contacts) lives in its profile,
//! shared by all its drafts, never here.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::Service;
use super::{Application, ApplicationStatus};
use crate::step::{StepId, StepState};

/// The version of [`DraftContent`]'s JSON. Bump it with a conversion when the shape changes;
/// a draft written by a newer app is refused rather than misread.
/// - 1: the walking skeleton's draft, holding the customer data (schema migration 2 moves it to
///   the organisation profile and rewrites the draft as format 2).
/// - 2: the application and the wizard's progress.
pub const DRAFT_FORMAT: u32 = 2;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DraftContent {
    pub format: u32,
    /// The step the user was on: reopening the draft returns there.
    pub current_step: StepId,
    #[serde(default)]
    pub progress: BTreeMap<StepId, StepState>,
    /// Steps the user has been on: the step list lets them return to these.
    #[serde(default)]
    pub visited: BTreeSet<StepId>,
    /// The current step was opened with the summary's edit button: "save and continue" returns
    /// to the summary.
    #[serde(default)]
    pub return_to_summary: bool,
    pub application: Application,
    /// This application amends one the service returned: which, and why it was returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amends: Option<Amendment>,
}

/// The returned application an amendment is made of (guide: a returned application is corrected
/// and sent again). The returned one stays as sent, a record; the amendment is a new
/// application with an id of its own, so its delivery has an idempotency key of its own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Amendment {
    #[ts(type = "string")]
    pub application_id: Uuid,
    /// The service's reason for returning it, as it gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reason: Option<String>,
}

impl DraftContent {
    /// A new application for `service`, with a fresh id, on its instructions.
    pub fn new(service: Service) -> DraftContent {
        DraftContent {
            format: DRAFT_FORMAT,
            current_step: StepId::Instructions,
            progress: BTreeMap::new(),
            visited: BTreeSet::from([StepId::Instructions]),
            return_to_summary: false,
            application: Application::new(service),
            amends: None,
        }
    }

    /// A new application amending `returned` (which the service returned with `reason`): the
    /// same answers under a new id, opened on the summary so the user sees what was sent and
    /// what to correct. The acceptance and the signature are not carried over: they were given
    /// for what was sent then, and what is sent now is accepted and signed again.
    pub fn amending(returned: &DraftContent, reason: Option<String>) -> Option<DraftContent> {
        if !returned.application.status.may_be_amended() {
            return None;
        }
        let old = &returned.application;
        let mut application = Application::new(old.service);
        application.connection_points = old.connection_points.clone();
        application.service_usage = old.service_usage.clone();
        application.billing = old.billing.clone();
        // The approvals are given again; the summary is not "sent with errors" but yet to send.
        let mut progress = returned.progress.clone();
        for step in [
            StepId::ServiceDescription,
            StepId::Commitment,
            StepId::Summary,
            StepId::Thanks,
        ] {
            progress.remove(&step);
        }
        let mut visited = returned.visited.clone();
        visited.remove(&StepId::Thanks);
        Some(DraftContent {
            format: DRAFT_FORMAT,
            current_step: StepId::Summary,
            progress,
            visited,
            return_to_summary: false,
            application,
            amends: Some(Amendment {
                application_id: old.id?,
                reason,
            }),
        })
    }

    pub fn state(&self, step: StepId) -> StepState {
        self.progress.get(&step).copied().unwrap_or_default()
    }

    /// Sent (or further): the application can no longer be edited here.
    pub fn is_sent(&self) -> bool {
        self.application.status.is_sent()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub id: i64,
    /// The organisation's key (its business ID), see `storage::organisations`.
    pub organisation: String,
    pub service: Service,
    pub content: DraftContent,
    /// Milliseconds since the Unix epoch.
    pub updated_at_ms: i64,
}

impl Draft {
    pub fn status(&self) -> ApplicationStatus {
        self.content.application.status
    }

    /// What the lists show of this draft.
    pub fn summary(&self) -> DraftSummary {
        DraftSummary {
            id: self.id,
            service: self.service,
            status: self.status(),
            current_step: self.content.current_step,
            completed: self.content.completed_steps(),
            updated_at_ms: self.updated_at_ms,
        }
    }
}

impl DraftContent {
    /// The steps saved complete, in the wizard's order of step ids.
    pub fn completed_steps(&self) -> Vec<StepId> {
        let completed = self
            .progress
            .iter()
            .filter(|(_, state)| **state == StepState::Completed);
        completed.map(|(step, _)| *step).collect()
    }
}

/// What the start screen and the service offers need of a draft, without its content: storage
/// keeps these in columns of their own, written with every save, so that listing thousands of
/// drafts reads neither the encrypted content nor its JSON (issue 9's budget is 50 ms for
/// 10,000).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftSummary {
    pub id: i64,
    pub service: Service,
    pub status: ApplicationStatus,
    pub current_step: StepId,
    /// The steps saved complete. Which steps count depends on the organisation (a first
    /// application has more), so the list's progress is worked out when it is read.
    pub completed: Vec<StepId>,
    /// Milliseconds since the Unix epoch.
    pub updated_at_ms: i64,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{application::SigningBasis, Acceptance, Commitment, ConnectionPoint};

    fn returned() -> DraftContent {
        let mut content = DraftContent::new(Service::PatientDataRepository);
        let app = &mut content.application;
        app.connection_points.push(ConnectionPoint {
            oid: "1.2.246.10.27182828.10.0.1".into(),
            ..Default::default()
        });
        app.billing.invoice_reference = "Kanta".into();
        let at = "2026-11-30T10:00:00Z".parse().unwrap();
        app.service_description = Some(Acceptance {
            accepted_by: "Tiina Testaaja".into(),
            accepted_at: at,
        });
        app.commitment = Some(Commitment {
            signed_by: "Tiina Testaaja".into(),
            basis: SigningBasis::ResponsiblePerson,
            signed_at: at,
            text_version: crate::model::application::COMMITMENT_TEXT_VERSION.into(),
        });
        for step in [
            StepId::ConnectionPoints,
            StepId::Billing,
            StepId::ServiceDescription,
            StepId::Commitment,
        ] {
            content.progress.insert(step, StepState::Completed);
        }
        content.visited.extend([StepId::Summary, StepId::Thanks]);
        content.current_step = StepId::Thanks;
        app.status = ApplicationStatus::Returned;
        content
    }

    #[test]
    fn an_amendment_is_a_new_application_with_the_answers_and_without_the_approvals() {
        let old = returned();
        let new = DraftContent::amending(&old, Some("Liityntäpisteen OID on väärä".into())).unwrap();
        let (a, b) = (&old.application, &new.application);
        assert_ne!(a.id, b.id, "a new id: a new idempotency key");
        assert_eq!(b.status, ApplicationStatus::Draft);
        assert_eq!((&b.connection_points, &b.billing), (&a.connection_points, &a.billing));
        assert_eq!(
            (&b.service_description, &b.commitment),
            (&None, &None),
            "accepted and signed again"
        );
        assert_eq!(new.state(StepId::ConnectionPoints), StepState::Completed);
        assert_eq!(new.state(StepId::Commitment), StepState::NotStarted);
        assert_eq!(new.state(StepId::Summary), StepState::NotStarted);
        assert_eq!(new.current_step, StepId::Summary);
        assert!(!new.visited.contains(&StepId::Thanks));
        let amends = new.amends.unwrap();
        assert_eq!(Some(amends.application_id), a.id);
        assert_eq!(amends.reason.as_deref(), Some("Liityntäpisteen OID on väärä"));
    }

    #[test]
    fn only_a_returned_application_is_amended() {
        for status in ApplicationStatus::ALL {
            let mut old = returned();
            old.application.status = status;
            let amended = DraftContent::amending(&old, None).is_some();
            assert_eq!(amended, status == ApplicationStatus::Returned, "{status:?}");
        }
    }
}
