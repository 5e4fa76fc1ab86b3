//! Where the user is with each step, as stored in the draft.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
        crate::codes::code_message_id("step-state", &self)
    }
}

#[cfg(test)]
mod tests {
    use super::StepState;

    #[test]
    fn every_state_has_a_name_in_both_languages() {
        let catalog = crate::i18n::Catalog::embedded().unwrap();
        assert_eq!(
            catalog.missing(StepState::ALL.map(StepState::message_id)),
            Vec::<String>::new()
        );
    }
}
