//! The steps of the application wizard, and where the user is with each (as stored in the
//! draft). Which steps an application has, in which order, is the rules' (`rules::STEPS`).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::codes::code_message_id;

/// A step of the application wizard (domain.md, "The application wizard, step by step").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum StepId {
    Instructions,
    ConnectionPoints,
    ServiceUsage,
    CustomerData,
    Contacts,
    Billing,
    ServiceDescription,
    Commitment,
    Summary,
    Thanks,
}

impl StepId {
    /// Its title's Fluent id: `step-<kebab-case>`.
    pub fn title_id(self) -> String {
        code_message_id("step", &self)
    }

    pub const ALL: [StepId; 10] = [
        StepId::Instructions,
        StepId::ConnectionPoints,
        StepId::ServiceUsage,
        StepId::CustomerData,
        StepId::Contacts,
        StepId::Billing,
        StepId::ServiceDescription,
        StepId::Commitment,
        StepId::Summary,
        StepId::Thanks,
    ];
}

/// A step's state in the left-hand list. "Current" is shown separately: the current step also
/// has one of these states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum StepState {
    #[default]
    NotStarted,
    /// Visited, some input saved, not yet checked with "save and continue".
    InProgress,
    /// Saved with "save and continue" and valid.
    Completed,
    /// "Save and continue" found errors that are not fixed yet.
    HasErrors,
}

impl StepState {
    pub const ALL: [StepState; 4] = [
        StepState::NotStarted,
        StepState::InProgress,
        StepState::Completed,
        StepState::HasErrors,
    ];

    /// Its name's Fluent id: `step-state-<kebab-case>`.
    pub fn message_id(self) -> String {
        code_message_id("step-state", &self)
    }
}
