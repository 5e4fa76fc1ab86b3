//! The start screen's, the wizard's and import's commands: each finds the organisation the user
//! acts for and hands the request to the workspace, the draft editor or import.

use kanta_domain::{
    model::{Contact, Service},
    validation::{change::Removal, Finding},
    wizard::input::StepInput,
};

use super::App;
use crate::{
    draft_editor::{DraftEditor, Saved, StepAction},
    error::Error,
    import::{self, ImportPreview},
    service_summary,
    wizard_view::{SubmitOutcome, WizardView},
    workspace::{ActingFor, ApplicationList, Start, StartView},
};

/// Whose contacts a screen edits: a draft's contacts step, or the contacts of a service in use
/// (the customer's, which a change notification replaces).
#[derive(Debug, Clone, Copy, serde::Deserialize, ts_rs::TS)]
#[serde(tag = "kind", rename_all = "kebab-case", rename_all_fields = "camelCase")]
pub enum ContactsOf {
    Draft { draft_id: i64 },
    InUse { service: Service },
}

impl App {
    /// The start screen of the organisation the user acts for, or what must happen first
    /// (choose an organisation, log in).
    pub fn open_start(&self) -> Result<Start, Error> {
        self.with_who(|db, who| Ok(Start::open(db, who)?))
    }

    pub fn choose_organisation(&self, business_id: &str) -> Result<StartView, Error> {
        self.with_who(|db, who| Ok(StartView::new(db, &ActingFor::choose(db, who, business_id)?, who)?))
    }

    /// The first `limit` of the organisation's applications: the start screen's "show more".
    pub fn list_applications(&self, limit: u32) -> Result<ApplicationList, Error> {
        self.with_acting(|db, acting, _| Ok(ApplicationList::first(db, acting, limit)?))
    }

    /// Deletes an unsent application; the start screen offers to undo it right after.
    pub fn delete_draft(&self, draft_id: i64) -> Result<StartView, Error> {
        self.with_acting(|db, acting, who| {
            DraftEditor::new(db, acting).delete(draft_id)?;
            Ok(StartView::new(db, acting, who)?)
        })
    }

    /// Undoes a deletion made since the app started.
    pub fn restore_draft(&self, draft_id: i64) -> Result<StartView, Error> {
        self.with_acting(|db, acting, who| {
            DraftEditor::new(db, acting).restore(draft_id)?;
            Ok(StartView::new(db, acting, who)?)
        })
    }

    /// The service's application where the user left it, or a new one.
    pub fn open_service(&self, service: Service) -> Result<WizardView, Error> {
        self.with_editor(|editor| Ok(editor.open_service(service)?))
    }

    /// What deleting contact `index` of `contacts` (as on screen) would mean, in a draft's
    /// contacts step or a service in use's contacts; stores nothing.
    pub fn check_contact_removal(
        &self,
        of: ContactsOf,
        contacts: Vec<Contact>,
        index: usize,
    ) -> Result<Removal, Error> {
        match of {
            ContactsOf::Draft { draft_id } => {
                self.with_editor(|editor| Ok(editor.check_removal(draft_id, contacts, index)?))
            }
            ContactsOf::InUse { service } => self.with_acting(|db, acting, _| {
                Ok(service_summary::check_contact_removal(
                    db, acting, service, contacts, index,
                )?)
            }),
        }
    }

    /// A returned application amended: a new one with its answers, opened on its summary.
    pub fn amend_application(&self, draft_id: i64) -> Result<WizardView, Error> {
        self.with_editor(|editor| Ok(editor.amend(draft_id)?))
    }

    pub fn open_draft(&self, draft_id: i64) -> Result<WizardView, Error> {
        self.with_editor(|editor| Ok(editor.open_draft(draft_id)?))
    }

    /// A step's input with what the user asked for; a sent application wakes the outbox worker.
    pub fn submit_step(&self, draft_id: i64, input: StepInput, action: StepAction) -> Result<WizardView, Error> {
        let view = self
            .with_editor(|editor| Ok(editor.submit(draft_id, input, action)?))
            .inspect_err(|err| tracing::warn!(%err, "step submission failed"))?;
        if view.outcome == Some(SubmitOutcome::Sent) {
            self.wake_sending();
        }
        Ok(view)
    }

    /// The current step's findings for unsaved input; stores nothing.
    pub fn check_step(&self, draft_id: i64, input: StepInput) -> Result<Vec<Finding>, Error> {
        self.with_editor(|editor| Ok(editor.check(draft_id, input)?))
    }

    /// Stores the current step's input as typed (the autosave behind every field change).
    pub fn autosave_step(&self, draft_id: i64, input: StepInput) -> Result<Saved, Error> {
        self.with_editor(|editor| Ok(editor.autosave(draft_id, input)?))
    }

    /// What importing the file would do; stores nothing. `bytes` may stop at the import limit;
    /// `size` is the whole file's.
    pub fn preview_import(&self, bytes: &[u8], size: u64) -> Result<ImportPreview, Error> {
        self.with_acting(|db, acting, _| Ok(import::preview(db, acting, bytes, size)?))
    }

    /// Imports the file the user has seen previewed, and opens its application.
    pub fn import_application(&self, bytes: &[u8], size: u64) -> Result<WizardView, Error> {
        self.with_acting(|db, acting, _| Ok(import::import(db, acting, bytes, size)?))
    }
}
