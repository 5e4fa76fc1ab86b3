//! A draft as stored: one organisation's application for one service, and where the user is in
//! the wizard. The organisation's own data (customer data, contacts) lives in its profile,
//! shared by all its drafts, never here.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

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
        }
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
