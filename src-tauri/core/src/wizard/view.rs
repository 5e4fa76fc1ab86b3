//! What the UI renders: the wizard as the rules and the draft make it, ready to display.

use serde::Serialize;
use ts_rs::TS;

use super::{has_screen, next, previous, progress::StepState, steps, Service, StepId, WizardContext};
use crate::{
    model::{CustomerData, Draft, RegisterData},
    validation::{self, FieldSpec, Finding},
};

/// One entry of the left-hand step list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepView {
    pub id: StepId,
    pub title_id: String,
    pub state: StepState,
    /// The state's Fluent id.
    pub state_id: String,
    pub current: bool,
    /// This version of the app has a screen for it.
    pub has_screen: bool,
    /// The user may jump to it from the list: it has a screen and was reached already.
    pub reachable: bool,
}

/// What a step submission did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SubmitOutcome {
    /// Saved, and now on another step.
    Moved,
    /// Saved and valid, but there is no further step with a screen yet.
    SavedAtLastStep,
    /// Saved, but the step has errors; the user stays.
    Invalid,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WizardView {
    pub draft_id: i64,
    pub service: Service,
    pub service_title_id: String,
    pub current: StepId,
    pub steps: Vec<StepView>,
    pub previous: Option<StepId>,
    pub next: Option<StepId>,
    /// From the base registers; read-only.
    pub register: RegisterData,
    pub customer: CustomerData,
    /// The current step's fields, in order.
    pub fields: Vec<FieldSpec>,
    /// The current step's errors, after "save and continue" found some.
    pub errors: Vec<Finding>,
    pub outcome: Option<SubmitOutcome>,
    /// The built-in, fictional test environment is in use.
    pub test_environment: bool,
}

impl WizardView {
    pub fn new(ctx: WizardContext, draft: &Draft, register: RegisterData) -> WizardView {
        let content = &draft.content;
        let current = content.current_step;
        let steps = steps(ctx)
            .into_iter()
            .map(|id| {
                let state = content.state(id);
                StepView {
                    id,
                    title_id: id.title_id(),
                    state,
                    state_id: state.message_id(),
                    current: id == current,
                    has_screen: has_screen(id),
                    reachable: has_screen(id) && (id == current || content.visited.contains(&id)),
                }
            })
            .collect();
        WizardView {
            draft_id: draft.id,
            service: draft.service,
            service_title_id: draft.service.title_id(),
            current,
            steps,
            previous: previous(ctx, current),
            next: next(ctx, current),
            register,
            customer: content.customer.clone(),
            fields: match current {
                StepId::CustomerData => validation::customer::fields(),
                _ => Vec::new(),
            },
            errors: Vec::new(),
            outcome: None,
            test_environment: true,
        }
    }
}
