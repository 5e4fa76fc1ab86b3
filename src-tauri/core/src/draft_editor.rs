//! The operations the UI performs on a draft: open it, and submit a step's input with an
//! action ("save and continue", "previous", or a jump from the step list). Each submission
//! stores what was typed first, whatever the action, so nothing typed is ever lost.

use serde::Deserialize;
use thiserror::Error;
use ts_rs::TS;

use crate::{
    model::{CustomerData, Draft, DraftContent},
    storage::{Database, StorageError},
    test_environment,
    validation::{self, Finding},
    wizard::{
        self,
        progress::StepState,
        view::{SubmitOutcome, WizardView},
        Service, StepId, WizardContext,
    },
};

/// What the user typed on a step, tagged with the step it belongs to.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum StepInput {
    /// The instructions step has nothing to fill in.
    Instructions,
    CustomerData {
        customer: CustomerData,
    },
}

impl StepInput {
    fn step(&self) -> StepId {
        match self {
            StepInput::Instructions => StepId::Instructions,
            StepInput::CustomerData { .. } => StepId::CustomerData,
        }
    }

    /// Stores the input (in its normal form) into the draft and returns its findings.
    fn apply(self, content: &mut DraftContent) -> Vec<Finding> {
        match self {
            StepInput::Instructions => Vec::new(),
            StepInput::CustomerData { mut customer } => {
                validation::customer::normalise(&mut customer);
                let findings = validation::customer::validate(&customer);
                content.customer = customer;
                findings
            }
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            StepInput::Instructions => false,
            StepInput::CustomerData { customer } => customer.is_empty(),
        }
    }
}

/// What the user asked for with the input.
#[derive(Debug, Clone, Copy, Deserialize, TS)]
#[serde(tag = "action", rename_all = "kebab-case")]
pub enum StepAction {
    /// "Tallenna ja jatka / Spara och fortsätt" (on the instructions: "Aloita / Börja").
    Continue,
    /// "Edellinen / Föregående".
    Previous,
    /// A step chosen from the step list.
    GoTo { step: StepId },
}

#[derive(Debug, Error)]
pub enum EditorError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The UI sent input for another step than the draft is on (a stale window, a double click).
    #[error("the input is for step {sent:?} but the draft is on {current:?}")]
    NotOnStep { sent: StepId, current: StepId },
    #[error("step {0:?} cannot be opened yet")]
    NotReachable(StepId),
}

/// The wizard over the drafts in the database.
pub struct DraftEditor<'db> {
    db: &'db Database,
}

/// The rules' context for a draft.
fn context(draft: &Draft) -> WizardContext {
    // Until drafts belong to organisation profiles (the wizard issue), every draft is the test
    // organisation's first application, so the commitment step is shown.
    WizardContext {
        service: draft.service,
        customer_type: test_environment::CUSTOMER_TYPE,
        first_application: true,
    }
}

impl<'db> DraftEditor<'db> {
    pub fn new(db: &'db Database) -> DraftEditor<'db> {
        DraftEditor { db }
    }

    /// The service's most recent draft where the user left it, or a new one.
    pub fn open(&self, service: Service) -> Result<WizardView, EditorError> {
        let draft = match self.db.latest_draft(service)? {
            Some(draft) => draft,
            None => {
                let draft = self.db.insert_draft(service, &DraftContent::new())?;
                tracing::info!(draft = draft.id, service = %service.as_str(), "draft created");
                draft
            }
        };
        Ok(view(&draft))
    }

    pub fn submit(&self, draft_id: i64, input: StepInput, action: StepAction) -> Result<WizardView, EditorError> {
        let mut draft = self.db.draft(draft_id)?;
        let ctx = context(&draft);
        let current = draft.content.current_step;
        if input.step() != current {
            return Err(EditorError::NotOnStep {
                sent: input.step(),
                current,
            });
        }
        let was = draft.content.state(current);
        let empty = input.is_empty();
        let findings = input.apply(&mut draft.content);
        let blocked = findings.iter().any(Finding::is_error);

        let (target, outcome, shown_errors) = match action {
            StepAction::Continue if blocked => {
                draft.content.progress.insert(current, StepState::HasErrors);
                (current, SubmitOutcome::Invalid, findings)
            }
            StepAction::Continue => {
                draft.content.progress.insert(current, StepState::Completed);
                match wizard::next(ctx, current) {
                    Some(next) => (next, SubmitOutcome::Moved, Vec::new()),
                    None => (current, SubmitOutcome::SavedAtLastStep, Vec::new()),
                }
            }
            StepAction::Previous | StepAction::GoTo { .. } => {
                let target = match action {
                    StepAction::GoTo { step } => check_reachable(&draft, step)?,
                    _ => wizard::previous(ctx, current).unwrap_or(current),
                };
                // Leaving without "save and continue" keeps the input but does not judge it:
                // a step already completed stays so only while it is still valid.
                let state = match (!blocked, was) {
                    (true, StepState::Completed) => StepState::Completed,
                    (_, StepState::NotStarted) if empty => StepState::NotStarted,
                    (false, StepState::HasErrors) => StepState::HasErrors,
                    _ => StepState::InProgress,
                };
                draft.content.progress.insert(current, state);
                (target, SubmitOutcome::Moved, Vec::new())
            }
        };
        draft.content.current_step = target;
        draft.content.visited.insert(target);
        draft.updated_at_ms = self.db.update_draft(draft.id, &draft.content)?;
        tracing::info!(draft = draft.id, from = ?current, to = ?target, ?outcome, errors = shown_errors.len(), "step submitted");

        let mut view = view(&draft);
        view.errors = shown_errors;
        view.outcome = Some(outcome);
        Ok(view)
    }
}

fn check_reachable(draft: &Draft, step: StepId) -> Result<StepId, EditorError> {
    match view(draft).steps.iter().find(|s| s.id == step) {
        Some(s) if s.reachable => Ok(step),
        _ => Err(EditorError::NotReachable(step)),
    }
}

fn view(draft: &Draft) -> WizardView {
    WizardView::new(context(draft), draft, test_environment::organisation())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::ValidationCode;

    fn state(view: &WizardView, step: StepId) -> StepState {
        view.steps.iter().find(|s| s.id == step).unwrap().state
    }

    #[test]
    fn a_fresh_install_opens_the_instructions_of_a_new_draft() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path()).unwrap();
        let view = DraftEditor::new(&db).open(Service::ClientDataArchive).unwrap();
        assert_eq!(view.current, StepId::Instructions);
        assert_eq!(view.steps.len(), 9);
        assert!(view.steps.iter().all(|s| s.state == StepState::NotStarted));
        assert_eq!(view.next, Some(StepId::CustomerData));
        assert_eq!(view.previous, None);
    }

    #[test]
    fn the_whole_skeleton_walk_survives_a_restart() {
        let dir = tempfile::tempdir().unwrap();
        let draft_id = {
            let db = Database::open_in(dir.path()).unwrap();
            let editor = DraftEditor::new(&db);
            let view = editor.open(Service::ClientDataArchive).unwrap();
            let view = editor
                .submit(view.draft_id, StepInput::Instructions, StepAction::Continue)
                .unwrap();
            assert_eq!(view.current, StepId::CustomerData);
            assert_eq!(state(&view, StepId::Instructions), StepState::Completed);

            let bad = CustomerData {
                postal_code: "123".into(),
                ..CustomerData::guide_example()
            };
            let view = editor
                .submit(
                    view.draft_id,
                    StepInput::CustomerData { customer: bad },
                    StepAction::Continue,
                )
                .unwrap();
            assert_eq!(view.outcome, Some(SubmitOutcome::Invalid));
            assert_eq!(view.current, StepId::CustomerData);
            assert_eq!(
                view.errors
                    .iter()
                    .map(|e| (e.path.as_str(), e.code))
                    .collect::<Vec<_>>(),
                vec![("organisation.customer.postalCode", ValidationCode::PostalCode)]
            );
            assert_eq!(view.customer.postal_code, "123", "invalid input is kept, not dropped");
            assert_eq!(state(&view, StepId::CustomerData), StepState::HasErrors);

            let view = editor
                .submit(
                    view.draft_id,
                    StepInput::CustomerData {
                        customer: CustomerData::guide_example(),
                    },
                    StepAction::Continue,
                )
                .unwrap();
            assert_eq!(view.outcome, Some(SubmitOutcome::SavedAtLastStep));
            assert!(view.errors.is_empty());
            assert_eq!(state(&view, StepId::CustomerData), StepState::Completed);
            view.draft_id
        };
        let db = Database::open_in(dir.path()).unwrap();
        let view = DraftEditor::new(&db).open(Service::ClientDataArchive).unwrap();
        assert_eq!(view.draft_id, draft_id);
        assert_eq!(view.current, StepId::CustomerData);
        let mut stored = CustomerData::guide_example();
        validation::customer::normalise(&mut stored);
        assert_eq!(view.customer, stored, "the normal form is what is stored");
        assert_eq!(view.customer.phone, "+35810020020");
    }

    #[test]
    fn previous_keeps_unsaved_input_without_judging_it() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path()).unwrap();
        let editor = DraftEditor::new(&db);
        let id = editor.open(Service::ClientDataArchive).unwrap().draft_id;
        editor
            .submit(id, StepInput::Instructions, StepAction::Continue)
            .unwrap();
        let half = CustomerData {
            street_address: "Osoitetie 1".into(),
            ..Default::default()
        };
        let view = editor
            .submit(
                id,
                StepInput::CustomerData { customer: half.clone() },
                StepAction::Previous,
            )
            .unwrap();
        assert_eq!(view.current, StepId::Instructions);
        assert!(view.errors.is_empty());
        assert_eq!(state(&view, StepId::CustomerData), StepState::InProgress);
        assert_eq!(view.customer, half);
    }

    #[test]
    fn the_step_list_jumps_only_to_reached_steps() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path()).unwrap();
        let editor = DraftEditor::new(&db);
        let id = editor.open(Service::ClientDataArchive).unwrap().draft_id;
        let jump = |step| editor.submit(id, StepInput::Instructions, StepAction::GoTo { step });
        assert!(matches!(
            jump(StepId::CustomerData),
            Err(EditorError::NotReachable(StepId::CustomerData))
        ));
        assert!(matches!(
            jump(StepId::Contacts),
            Err(EditorError::NotReachable(StepId::Contacts))
        ));
        editor
            .submit(id, StepInput::Instructions, StepAction::Continue)
            .unwrap();
        let view = editor
            .submit(
                id,
                StepInput::CustomerData {
                    customer: CustomerData::default(),
                },
                StepAction::GoTo {
                    step: StepId::Instructions,
                },
            )
            .unwrap();
        assert_eq!(view.current, StepId::Instructions);
        assert_eq!(
            state(&view, StepId::CustomerData),
            StepState::NotStarted,
            "nothing was typed"
        );
        assert!(jump(StepId::CustomerData).is_ok(), "visited, so reachable again");
    }

    #[test]
    fn input_for_another_step_is_refused_and_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path()).unwrap();
        let editor = DraftEditor::new(&db);
        let id = editor.open(Service::ClientDataArchive).unwrap().draft_id;
        let before = db.draft(id).unwrap();
        let err = editor
            .submit(
                id,
                StepInput::CustomerData {
                    customer: CustomerData::guide_example(),
                },
                StepAction::Continue,
            )
            .unwrap_err();
        assert!(matches!(
            err,
            EditorError::NotOnStep {
                sent: StepId::CustomerData,
                current: StepId::Instructions
            }
        ));
        assert_eq!(db.draft(id).unwrap(), before);
    }
}
