//! A draft application as stored: the service it is for and its content as versioned JSON.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::CustomerData;
use crate::wizard::{progress::StepState, Service, StepId};

/// The version of [`DraftContent`]'s JSON. Bump it with a conversion when the shape changes;
/// a draft written by a newer app is refused rather than misread.
pub const DRAFT_FORMAT: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DraftContent {
    pub format: u32,
    /// The step the user was on: reopening the app returns there.
    pub current_step: StepId,
    #[serde(default)]
    pub progress: BTreeMap<StepId, StepState>,
    /// Steps the user has been on: the step list lets them return to these.
    #[serde(default)]
    pub visited: BTreeSet<StepId>,
    #[serde(default)]
    pub customer: CustomerData,
}

impl DraftContent {
    pub fn new() -> DraftContent {
        DraftContent {
            format: DRAFT_FORMAT,
            current_step: StepId::Instructions,
            progress: BTreeMap::new(),
            visited: BTreeSet::from([StepId::Instructions]),
            customer: CustomerData::default(),
        }
    }

    pub fn state(&self, step: StepId) -> StepState {
        self.progress.get(&step).copied().unwrap_or_default()
    }
}

impl Default for DraftContent {
    fn default() -> Self {
        DraftContent::new()
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draft {
    pub id: i64,
    pub service: Service,
    pub content: DraftContent,
    /// Milliseconds since the Unix epoch.
    pub updated_at_ms: i64,
}
