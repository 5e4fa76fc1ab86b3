//! The operations the UI performs on an application: open one, submit a step's input with an
//! action ("save and continue", "previous", a jump from the step list, the summary's "edit" and
//! "send"), and check unsaved input. Each submission stores what was typed first, whatever the
//! action, so nothing typed is ever lost; the organisation's shared data and the application
//! are saved in one transaction.
//!
//! Autosave stores the current step's input as it is typed, with no judgement and no move: what
//! "save and continue" would store, minus the move, on the steps `rules::autosaves` names (never
//! an approval: accepting and signing are deliberate acts).

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;

use crate::{
    wizard_view::{SubmitOutcome, ViewInput, WizardView},
    workspace::{self, ActingFor, ServiceOffer},
};
use kanta_domain::{
    delivery::Delivery,
    model::{ApplicationFile, ApplicationStatus, Contact, Draft, DraftContent, OrganisationProfile, Service},
    rules::{self, WizardContext},
    step::{StepId, StepState},
    validation::{self, change::Removal, Finding},
    wizard::{
        input::{StepInput, Target},
        sections::step_of,
    },
};
use kanta_storage::{Database, StorageError};

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
    /// The summary's "Muokkaa / Ändra" for a section: after it, "save and continue" returns to
    /// the summary.
    Edit { step: StepId },
    /// The summary's "Lähetä / Sänd".
    Send,
}

/// The answer to an autosave: the input is stored, crash-safe, as of this moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    pub draft_id: i64,
    /// Milliseconds since the Unix epoch.
    pub saved_at_ms: i64,
}

#[derive(Debug, Error)]
pub enum EditorError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The UI sent input for another step than the draft is on (a stale window, a double click).
    #[error("the input is for step {sent:?} but the draft is on {current:?}")]
    NotOnStep { sent: StepId, current: StepId },
    #[error("step {0:?} cannot be opened now")]
    NotReachable(StepId),
    /// Edit and send are the summary's actions.
    #[error("{0:?} is not an action of step {1:?}")]
    NotAnActionHere(&'static str, StepId),
    #[error("the application has been sent and cannot be changed")]
    AlreadySent,
    #[error("the organisation cannot apply for {0:?} now")]
    ServiceNotOffered(Service),
    /// A draft of another organisation than the one the user acts for.
    #[error("draft {0} belongs to another organisation")]
    OtherOrganisation(i64),
    /// Accepting, signing and sending name the person: they need a valid login. Nothing of the
    /// submission is stored; the UI keeps the input for after the login.
    #[error("accepting, signing and sending need a login")]
    IdentificationRequired,
    /// Only an application the service returned is amended.
    #[error("draft {0} was not returned, so it is not amended")]
    NotReturned(i64),
    /// The screen named a contact the list does not have (a stale window).
    #[error("there is no contact {0}")]
    NoSuchContact(usize),
    /// A step's input beyond what any application holds (a list over 200, a text over 1,000
    /// characters); nothing of it is applied.
    #[error("the step's input is too large: {0}")]
    InputTooLarge(#[from] kanta_domain::model::document::ParseError),
}

/// The wizard over the drafts of the organisation the user acts for.
pub struct DraftEditor<'a> {
    db: &'a Database,
    acting: &'a ActingFor,
}

/// The input applied to a loaded draft, and what the rules say of the result.
struct Applied {
    /// The step's state before the input.
    was: StepState,
    empty: bool,
    findings: Vec<Finding>,
    /// The current step has errors.
    blocked: bool,
    profile_before: OrganisationProfile,
}

/// A draft with everything its rules depend on.
struct Loaded {
    draft: Draft,
    profile: OrganisationProfile,
    ctx: WizardContext,
    /// Sent: its delivery.
    delivery: Option<Delivery>,
}

impl Loaded {
    /// Every finding about the application as it is now.
    fn findings(&self) -> Vec<Finding> {
        validation::application::validate(&ApplicationFile::new(
            self.profile.clone(),
            self.draft.content.application.clone(),
        ))
    }
}

impl<'a> DraftEditor<'a> {
    pub fn new(db: &'a Database, acting: &'a ActingFor) -> DraftEditor<'a> {
        DraftEditor { db, acting }
    }

    /// The service's application where the user left it: the draft not sent yet, the one on
    /// its way, or a new one.
    pub fn open_service(&self, service: Service) -> Result<WizardView, EditorError> {
        if !rules::may_apply(self.acting.customer_type, service) {
            return Err(EditorError::ServiceNotOffered(service));
        }
        let profile = self.acting.profile(self.db)?;
        let drafts = self.db.summaries_of(self.acting.key())?;
        match workspace::offer(service, &profile, &drafts) {
            ServiceOffer::Continue { draft_id }
            | ServiceOffer::Sent { draft_id }
            | ServiceOffer::Returned { draft_id } => self.open_draft(draft_id),
            ServiceOffer::InUse => Err(EditorError::ServiceNotOffered(service)),
            ServiceOffer::Apply => {
                let draft = self.db.insert_draft(self.acting.key(), &DraftContent::new(service))?;
                tracing::info!(draft = draft.id, service = %service.as_str(), "draft created");
                self.open_draft(draft.id)
            }
        }
    }

    pub fn open_draft(&self, draft_id: i64) -> Result<WizardView, EditorError> {
        let loaded = self.load(draft_id)?;
        Ok(self.view(&loaded, &loaded.findings()))
    }

    /// Amends the returned application `draft_id`: a new application with its answers (and a
    /// new id, so a new idempotency key), opened on its summary with the reason; the returned
    /// one stays as it was sent. An amendment begun already is opened again, not made twice.
    pub fn amend(&self, draft_id: i64) -> Result<WizardView, EditorError> {
        let loaded = self.load(draft_id)?;
        let returned_id = loaded.draft.content.application.id;
        let service = loaded.draft.service;
        for summary in self.db.summaries_of(self.acting.key())? {
            if summary.service != service || summary.status.is_sent() {
                continue;
            }
            let amends = self.db.draft(summary.id)?.content.amends.map(|a| a.application_id);
            if amends.is_some() && amends == returned_id {
                return self.open_draft(summary.id);
            }
        }
        let reason = loaded.delivery.as_ref().and_then(|d| d.server.as_ref()?.reason.clone());
        let content =
            DraftContent::amending(&loaded.draft.content, reason).ok_or(EditorError::NotReturned(draft_id))?;
        let draft = self.db.insert_draft(self.acting.key(), &content)?;
        tracing::info!(draft = draft.id, returned = draft_id, "amendment created");
        self.open_draft(draft.id)
    }

    /// What deleting contact `index` of `contacts` (the contacts step as on screen) would mean:
    /// refused when a mandatory role of a service in use would be left empty; else the roles the
    /// confirmation names. Stores nothing.
    pub fn check_removal(
        &self,
        draft_id: i64,
        mut contacts: Vec<Contact>,
        index: usize,
    ) -> Result<Removal, EditorError> {
        let loaded = self.load(draft_id)?;
        contacts.iter_mut().for_each(validation::contacts::normalise);
        validation::change::removal(
            &contacts,
            index,
            loaded.draft.service,
            self.acting.customer_type,
            &loaded.profile.services_in_use,
        )
        .ok_or(EditorError::NoSuchContact(index))
    }

    /// The current step's findings for `input` as if it were saved; stores nothing. For what
    /// the screen shows while the user works, such as the contact roles still missing.
    pub fn check(&self, draft_id: i64, input: StepInput) -> Result<Vec<Finding>, EditorError> {
        input.within_limits()?;
        let mut loaded = self.load(draft_id)?;
        let current = self.expect_on_step(&loaded, &input)?;
        self.apply(&mut loaded, input);
        Ok(loaded
            .findings()
            .into_iter()
            .filter(|f| step_of(&f.path) == current)
            .collect())
    }

    /// The application as an application file (what `kanta-extranet check` reads and import
    /// takes): the organisation's data and the application, as the summary shows them.
    pub fn export(&self, draft_id: i64) -> Result<ApplicationFile, EditorError> {
        let loaded = self.load(draft_id)?;
        tracing::info!(draft = draft_id, "application exported");
        Ok(ApplicationFile::new(loaded.profile, loaded.draft.content.application))
    }

    /// Deletes an application not sent yet (it can be restored until the app next starts).
    pub fn delete(&self, draft_id: i64) -> Result<(), EditorError> {
        let loaded = self.load(draft_id)?;
        if loaded.draft.content.is_sent() {
            return Err(EditorError::AlreadySent);
        }
        self.db.delete_draft(draft_id)?;
        tracing::info!(draft = draft_id, "draft deleted");
        Ok(())
    }

    /// Undoes [`DraftEditor::delete`].
    pub fn restore(&self, draft_id: i64) -> Result<(), EditorError> {
        self.db.restore_draft(draft_id, self.acting.key())?;
        tracing::info!(draft = draft_id, "draft restored");
        Ok(())
    }

    /// Stores the current step's input as typed, without judging it or leaving the step.
    pub fn autosave(&self, draft_id: i64, input: StepInput) -> Result<Saved, EditorError> {
        input.within_limits()?;
        let mut loaded = self.load(draft_id)?;
        let current = self.expect_on_step(&loaded, &input)?;
        if loaded.draft.content.is_sent() {
            return Err(EditorError::AlreadySent);
        }
        if !rules::autosaves(current) {
            return Err(EditorError::NotAnActionHere("autosave", current));
        }
        let applied = self.apply_input(&mut loaded, input, current);
        let state = state_on_leaving(applied.was, applied.empty, applied.blocked);
        loaded.draft.content.progress.insert(current, state);
        self.store(&mut loaded, &applied)?;
        tracing::debug!(draft = draft_id, step = ?current, "autosaved");
        Ok(Saved {
            draft_id,
            saved_at_ms: loaded.draft.updated_at_ms,
        })
    }

    pub fn submit(&self, draft_id: i64, input: StepInput, action: StepAction) -> Result<WizardView, EditorError> {
        input.within_limits()?;
        let mut loaded = self.load(draft_id)?;
        let current = self.expect_on_step(&loaded, &input)?;
        if loaded.draft.content.is_sent() {
            return self.move_within_sent(loaded, action);
        }
        let names_person =
            input.records_approval(&loaded.draft.content.application) || matches!(action, StepAction::Send);
        if names_person && self.acting.identity.is_none() {
            tracing::info!(draft = draft_id, step = ?current, "login needed");
            return Err(EditorError::IdentificationRequired);
        }
        let applied = self.apply_input(&mut loaded, input, current);
        let Applied {
            was, empty, blocked, ..
        } = applied;
        let findings = &applied.findings;

        let content = &mut loaded.draft.content;
        let (target, outcome) = match action {
            StepAction::Continue if current == StepId::Summary => {
                return Err(EditorError::NotAnActionHere("continue", current))
            }
            StepAction::Continue if blocked => {
                content.progress.insert(current, StepState::HasErrors);
                (current, SubmitOutcome::Invalid)
            }
            StepAction::Continue => {
                content.progress.insert(current, StepState::Completed);
                let next = if content.return_to_summary {
                    Some(StepId::Summary)
                } else {
                    rules::next(loaded.ctx, current)
                };
                content.return_to_summary = false;
                (next.unwrap_or(current), SubmitOutcome::Moved)
            }
            StepAction::Edit { .. } if current != StepId::Summary => {
                return Err(EditorError::NotAnActionHere("edit", current))
            }
            StepAction::Previous | StepAction::GoTo { .. } | StepAction::Edit { .. } => {
                let target = match action {
                    StepAction::GoTo { step } | StepAction::Edit { step } => reachable(&loaded, step)?,
                    _ => rules::previous(loaded.ctx, current).unwrap_or(current),
                };
                let content = &mut loaded.draft.content;
                content.progress.insert(current, state_on_leaving(was, empty, blocked));
                content.return_to_summary = matches!(action, StepAction::Edit { .. });
                (target, SubmitOutcome::Moved)
            }
            StepAction::Send if current != StepId::Summary => {
                return Err(EditorError::NotAnActionHere("send", current))
            }
            StepAction::Send => {
                let errors: Vec<&Finding> = findings.iter().filter(|f| f.is_error()).collect();
                if errors.is_empty() {
                    return self.send(loaded);
                }
                for finding in &errors {
                    let step = step_of(&finding.path);
                    if step != StepId::Summary {
                        content.progress.insert(step, StepState::HasErrors);
                    }
                }
                tracing::info!(draft = loaded.draft.id, errors = errors.len(), "send refused: errors");
                (current, SubmitOutcome::Invalid)
            }
        };
        let content = &mut loaded.draft.content;
        content.current_step = target;
        content.visited.insert(target);
        if target == StepId::Summary && content.state(StepId::Summary) == StepState::NotStarted {
            content.progress.insert(StepId::Summary, StepState::InProgress);
        }
        self.store(&mut loaded, &applied)?;
        tracing::info!(draft = loaded.draft.id, from = ?current, to = ?target, ?outcome, "step submitted");

        let mut view = self.view(&loaded, &applied.findings);
        if matches!(action, StepAction::Send) {
            view.errors = applied.findings.into_iter().filter(Finding::is_error).collect();
        }
        view.outcome = Some(outcome);
        Ok(view)
    }

    /// Puts a valid application in the outbox, as waiting to be sent, and opens the thanks page.
    fn send(&self, mut loaded: Loaded) -> Result<WizardView, EditorError> {
        let content = &mut loaded.draft.content;
        content.application.status = ApplicationStatus::WaitingToBeSent;
        content.return_to_summary = false;
        for step in [StepId::Summary, StepId::Thanks] {
            content.progress.insert(step, StepState::Completed);
        }
        content.current_step = StepId::Thanks;
        content.visited.insert(StepId::Thanks);
        let payload = ApplicationFile::new(loaded.profile.clone(), content.application.clone());
        let origin = self.acting.origin.as_ref().ok_or(EditorError::IdentificationRequired)?;
        self.db.queue_for_sending(&mut loaded.draft, &payload, origin)?;
        loaded.delivery = self.db.delivery(loaded.draft.id)?;
        tracing::info!(draft = loaded.draft.id, service = %loaded.draft.service.as_str(), "application queued for sending");
        let mut view = self.view(&loaded, &[]);
        view.outcome = Some(SubmitOutcome::Sent);
        Ok(view)
    }

    /// A sent application can still be looked at: its summary and its thanks page. Looking
    /// changes nothing stored (not even the edit time the start screen lists).
    fn move_within_sent(&self, mut loaded: Loaded, action: StepAction) -> Result<WizardView, EditorError> {
        let StepAction::GoTo { step } = action else {
            return Err(EditorError::AlreadySent);
        };
        loaded.draft.content.current_step = reachable(&loaded, step)?;
        let mut view = self.view(&loaded, &[]);
        view.outcome = Some(SubmitOutcome::Moved);
        Ok(view)
    }

    fn load(&self, draft_id: i64) -> Result<Loaded, EditorError> {
        let draft = self.db.draft(draft_id)?;
        if draft.organisation != self.acting.key() {
            return Err(EditorError::OtherOrganisation(draft_id));
        }
        // A sent application shows the organisation's data as it was sent.
        let sent_snapshot = match draft.content.is_sent() {
            true => self
                .db
                .outbox_item(draft_id)?
                .and_then(|item| item.payload.application().map(|file| file.organisation.clone())),
            false => None,
        };
        let profile = match sent_snapshot {
            Some(profile) => profile,
            None => self.acting.profile(self.db)?,
        };
        let ctx = rules::context(&profile, &draft.content.application);
        let delivery = match draft.content.is_sent() {
            true => self.db.delivery(draft_id)?,
            false => None,
        };
        Ok(Loaded {
            draft,
            profile,
            ctx,
            delivery,
        })
    }

    fn expect_on_step(&self, loaded: &Loaded, input: &StepInput) -> Result<StepId, EditorError> {
        let current = loaded.draft.content.current_step;
        if input.step() != current {
            return Err(EditorError::NotOnStep {
                sent: input.step(),
                current,
            });
        }
        Ok(current)
    }

    /// Applies the current step's input and judges the result.
    fn apply_input(&self, loaded: &mut Loaded, input: StepInput, current: StepId) -> Applied {
        let was = loaded.draft.content.state(current);
        let empty = input.is_empty();
        let profile_before = loaded.profile.clone();
        self.apply(loaded, input);
        let findings = loaded.findings();
        let blocked = findings.iter().any(|f| f.is_error() && step_of(&f.path) == current);
        Applied {
            was,
            empty,
            findings,
            blocked,
            profile_before,
        }
    }

    /// Stores the draft with the status its findings give it, and the organisation's profile
    /// only when the input changed it, in one transaction.
    fn store(&self, loaded: &mut Loaded, applied: &Applied) -> Result<(), EditorError> {
        loaded.draft.content.application.status = if applied.findings.iter().any(Finding::is_error) {
            ApplicationStatus::Draft
        } else {
            ApplicationStatus::Ready
        };
        let profile_changed = loaded.profile != applied.profile_before;
        self.db
            .save_draft_with_organisation(&mut loaded.draft, profile_changed.then_some(&loaded.profile))?;
        Ok(())
    }

    fn apply(&self, loaded: &mut Loaded, input: StepInput) {
        input.apply(Target {
            organisation: &mut loaded.profile,
            application: &mut loaded.draft.content.application,
            identity: self.acting.identity.as_ref(),
            now: Timestamp::now(),
        });
    }

    fn view(&self, loaded: &Loaded, findings: &[Finding]) -> WizardView {
        WizardView::new(ViewInput {
            ctx: loaded.ctx,
            draft_id: loaded.draft.id,
            content: &loaded.draft.content,
            organisation: &loaded.profile,
            findings,
            identity: self.acting.identity.as_ref(),
            test_environment: self.acting.test_environment,
            delivery: loaded.delivery.as_ref(),
        })
    }
}

/// Leaving a step without "save and continue" keeps the input but does not judge it: a step
/// completed stays so only while it is still valid, one with errors keeps them until fixed.
fn state_on_leaving(was: StepState, empty: bool, blocked: bool) -> StepState {
    match (was, blocked) {
        (StepState::Completed, false) => StepState::Completed,
        (StepState::HasErrors, true) => StepState::HasErrors,
        (StepState::NotStarted, _) if empty => StepState::NotStarted,
        _ => StepState::InProgress,
    }
}

/// `step`, if the step list lets the user go there now.
fn reachable(loaded: &Loaded, step: StepId) -> Result<StepId, EditorError> {
    let content = &loaded.draft.content;
    let in_application = rules::steps(loaded.ctx).contains(&step);
    let reached = step == content.current_step || content.visited.contains(&step);
    let open = !content.is_sent() || matches!(step, StepId::Summary | StepId::Thanks);
    if in_application && reached && open {
        Ok(step)
    } else {
        Err(EditorError::NotReachable(step))
    }
}

#[cfg(test)]
mod tests;
