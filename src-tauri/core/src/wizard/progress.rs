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
