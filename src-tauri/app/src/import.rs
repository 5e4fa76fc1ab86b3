//! Importing an application file (the JSON `kanta-extranet check` reads and export writes),
//! whole or partial: a system vendor's file may hold only the connection points and systems.
//!
//! A file is read and judged first ([`preview`]); nothing is stored until the user has seen
//! what it holds and confirmed ([`import`], which reads the same bytes again, so no half-read
//! state waits between the two). What a file may change:
//!
//! - the application's own sections (connection points, service usage, billing): those the
//!   file fills replace the draft's;
//! - the organisation's customer data and contacts are shared by all its applications: the
//!   file's are taken only where the organisation has none yet, never over what it has;
//! - approvals and signatures are never imported: they are the signer's own act, in this app;
//! - the register data (name, business ID, OID) always comes from the register, not the file.

use serde::Serialize;
use thiserror::Error;
use ts_rs::TS;

use crate::{
    draft_editor::{DraftEditor, EditorError},
    wizard_view::WizardView,
    workspace::{self, ActingFor, ServiceOffer},
};
use kanta_domain::{
    model::{
        document::{self, ParseError},
        Application, ApplicationFile, ApplicationStatus, DraftContent, OrganisationProfile, Service,
    },
    rules,
    validation::{self, Finding},
};
use kanta_storage::{Database, StorageError};

/// A part of an application file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ImportPart {
    ConnectionPoints,
    ServiceUsage,
    Billing,
    CustomerData,
    Contacts,
}

impl ImportPart {
    pub const ALL: [ImportPart; 5] = [
        ImportPart::ConnectionPoints,
        ImportPart::ServiceUsage,
        ImportPart::Billing,
        ImportPart::CustomerData,
        ImportPart::Contacts,
    ];
}

/// Where the imported application goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case", rename_all_fields = "camelCase")]
pub enum ImportTarget {
    /// A new application for the service.
    NewApplication,
    /// Into the service's application not sent yet.
    IntoDraft { draft_id: i64 },
}

/// What importing the file would do, shown before anything is stored.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportPreview {
    pub service: Service,
    pub target: ImportTarget,
    /// The parts the file fills that will be taken.
    pub takes: Vec<ImportPart>,
    /// The parts the file fills that will not be taken, because the organisation has its own.
    pub keeps: Vec<ImportPart>,
    /// The application as it will be after importing.
    pub application: Application,
    /// How many contacts the file holds.
    pub contacts_in_file: u32,
    /// The file had approvals or a signature, which are left out.
    pub approvals_left_out: bool,
    /// The file names another organisation (its business ID); the data goes to the one acted for.
    pub other_organisation: Option<String>,
    /// How many errors the rules find in the application after importing: to fix in the wizard.
    pub errors: u32,
    /// What the rules say of it, at most [`MAX_FINDINGS`] (the wizard shows each on its step).
    pub findings: Vec<Finding>,
}

/// The most findings a preview carries: the count says how many errors there are, and the
/// wizard shows every one where it belongs; an answer to the UI stays small whatever the file.
pub const MAX_FINDINGS: usize = 100;

#[derive(Debug, Error)]
pub enum ImportError {
    /// The file cannot be read as an application file; nothing was stored.
    #[error("the file cannot be imported: {0}")]
    Unreadable(#[from] ParseError),
    /// The service is in use, its application is on its way, or this customer may not apply.
    #[error("an application for {0:?} cannot be imported now")]
    NotOffered(Service),
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Editor(#[from] EditorError),
}

/// The plan for one file: the preview and what to store.
struct Plan {
    preview: ImportPreview,
    profile: OrganisationProfile,
    profile_changed: bool,
}

/// Reads `bytes` (of a file of `size` bytes) and says what importing it would do. Stores nothing.
pub fn preview(db: &Database, acting: &ActingFor, bytes: &[u8], size: u64) -> Result<ImportPreview, ImportError> {
    Ok(plan(db, acting, bytes, size)?.preview)
}

/// Imports the file as [`preview`] described it, and opens the application in the wizard.
pub fn import(db: &Database, acting: &ActingFor, bytes: &[u8], size: u64) -> Result<WizardView, ImportError> {
    let plan = plan(db, acting, bytes, size)?;
    let profile = plan.profile_changed.then_some(&plan.profile);
    // The plan's application is the target's (a new one, or the draft's, with its own id) with
    // the file's sections in it.
    let imported = plan.preview.application;
    let draft_id = match plan.preview.target {
        ImportTarget::NewApplication => {
            let mut content = DraftContent::new(imported.service);
            content.application = imported;
            db.insert_draft_with_organisation(acting.key(), &content, profile)?.id
        }
        ImportTarget::IntoDraft { draft_id } => {
            let mut draft = db.draft(draft_id)?;
            draft.content.application = imported;
            db.save_draft_with_organisation(&mut draft, profile)?;
            draft_id
        }
    };
    tracing::info!(draft = draft_id, service = %plan.preview.service.as_str(), takes = ?plan.preview.takes, "application imported");
    Ok(DraftEditor::new(db, acting).open_draft(draft_id)?)
}

fn plan(db: &Database, acting: &ActingFor, bytes: &[u8], size: u64) -> Result<Plan, ImportError> {
    let file = document::parse_bytes(bytes, size)?;
    let service = file.application.service;
    if !rules::may_apply(acting.customer_type, service) {
        return Err(ImportError::NotOffered(service));
    }
    let mut profile = acting.profile(db)?;
    let drafts = db.summaries_of(acting.key())?;
    let (target, mut application) = match workspace::offer(service, &profile, &drafts) {
        // After a return, an imported file is a new application (amending is the thanks page's).
        ServiceOffer::Apply | ServiceOffer::Returned { .. } => {
            (ImportTarget::NewApplication, Application::new(service))
        }
        ServiceOffer::Continue { draft_id } => (
            ImportTarget::IntoDraft { draft_id },
            db.draft(draft_id)?.content.application,
        ),
        ServiceOffer::Sent { .. } | ServiceOffer::InUse => return Err(ImportError::NotOffered(service)),
    };

    let ApplicationFile {
        organisation: from_file,
        application: incoming,
        ..
    } = file;
    let (mut takes, mut keeps) = (Vec::new(), Vec::new());
    let mut take = |part, in_file: bool, take_it: bool| {
        if in_file {
            if take_it { &mut takes } else { &mut keeps }.push(part);
        }
        in_file && take_it
    };
    if take(
        ImportPart::ConnectionPoints,
        !incoming.connection_points.is_empty(),
        true,
    ) {
        application.connection_points = incoming.connection_points;
    }
    if take(ImportPart::ServiceUsage, !incoming.service_usage.is_empty(), true) {
        application.service_usage = incoming.service_usage;
    }
    if take(ImportPart::Billing, !incoming.billing.is_empty(), true) {
        application.billing = incoming.billing;
    }
    let before = profile.clone();
    if take(
        ImportPart::CustomerData,
        !from_file.customer.is_empty(),
        profile.customer.is_empty(),
    ) {
        profile.customer = from_file.customer;
    }
    let contacts_in_file = from_file.contacts.len() as u32;
    if take(
        ImportPart::Contacts,
        !from_file.contacts.is_empty(),
        profile.contacts.is_empty(),
    ) {
        profile.contacts = from_file.contacts;
    }
    // The application's own approvals stay as they are; the file's are never taken.
    let approvals_left_out = incoming.service_description.is_some() || incoming.commitment.is_some();
    application.status = ApplicationStatus::Draft;
    let business_id = &from_file.register.business_id;
    let other_organisation = (!business_id.is_empty() && business_id != acting.key()).then(|| business_id.clone());

    let mut findings = validation::application::validate(&ApplicationFile::new(profile.clone(), application.clone()));
    let errors = findings.iter().filter(|f| f.is_error()).count() as u32;
    findings.truncate(MAX_FINDINGS);
    Ok(Plan {
        profile_changed: profile != before,
        profile,
        preview: ImportPreview {
            service,
            target,
            takes,
            keeps,
            application,
            contacts_in_file,
            approvals_left_out,
            other_organisation,
            errors,
            findings,
        },
    })
}

#[cfg(test)]
mod tests;
