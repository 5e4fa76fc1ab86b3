//! A change notification (muutosilmoitus / ändringsanmälan): a change to a service in use (guide
//! chapter 4), sent to the Kanta service as its own kind of message, with an id of its own that
//! is also its idempotency key. It records who made it and on what basis, as an application
//! records who signed it.
//!
//! What can change is what the guide lets a customer update here: the contacts (the archivist,
//! the data protection officer, the other contact persons) and the billing details. Technical
//! changes (connection points) go by Kela's own form and are not sent from here.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::{application::SigningBasis, Billing, Contact, Service, ServiceInUse};

/// One change notification, as sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ChangeNotification {
    /// Its id, and the idempotency key of every try of delivering it.
    #[ts(type = "string")]
    pub id: Uuid,
    /// The customer's business ID.
    pub business_id: String,
    /// The service in use it changes.
    pub service: Service,
    pub change: Change,
    /// Who made it: the identified person's name, from the session.
    pub made_by: String,
    /// On what basis they act for the customer, as the service named it.
    pub basis: SigningBasis,
    #[ts(type = "string")]
    pub made_at: Timestamp,
}

/// What is changed: the part is replaced as a whole, as the summary's "Muokkaa" edits it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case", rename_all_fields = "camelCase")]
pub enum Change {
    /// Laskutustiedot / Faktureringsuppgifter.
    Billing { billing: Billing },
    /// Yhteyshenkilöt / Kontaktpersoner: the customer's contacts, with their common roles (for
    /// all of its services) and their roles per service.
    Contacts { contacts: Vec<Contact> },
}

impl Change {
    pub fn kind(&self) -> ChangeKind {
        match self {
            Change::Billing { .. } => ChangeKind::Billing,
            Change::Contacts { .. } => ChangeKind::Contacts,
        }
    }

    /// Whether a change made to `to` (a service in use) concerns `service`: the contacts are
    /// the customer's, so a change of them concerns every service; billing is the service's own.
    pub fn concerns(&self, to: Service, service: Service) -> bool {
        matches!(self, Change::Contacts { .. }) || to == service
    }

    /// What a done change makes current in the service's data.
    pub fn apply_to(&self, data: &mut ServiceInUse) {
        match self {
            Change::Billing { billing } => data.billing = billing.clone(),
            Change::Contacts { contacts } => data.contacts = contacts.clone(),
        }
    }
}

/// What a change notification changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    Billing,
    Contacts,
}

impl ChangeKind {
    pub const ALL: [ChangeKind; 2] = [ChangeKind::Billing, ChangeKind::Contacts];
}

/// A change notification as the service holds it, in its answer for a service in use
/// (`ChangeRecord` in the OpenAPI): the customer's changes are known there whichever computer
/// sent them, so one returned earlier, or sent from another workstation, shows here too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeRecord {
    pub kind: ChangeKind,
    pub made_by: String,
    #[ts(type = "string")]
    pub made_at: Timestamp,
    pub status: ChangeStatusView,
}

impl ChangeRecord {
    /// The most the service lists, the latest first: an answer stays small however long the
    /// customer relationship has lasted.
    pub const MAX: usize = 20;
}

/// Where the service says a change notification is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeStatus {
    Received,
    InProcessing,
    /// Made: the service's data is as the change says.
    Done,
    /// Returned with a reason: nothing was changed.
    Returned,
}

impl ChangeStatus {
    pub const ALL: [ChangeStatus; 4] = [
        ChangeStatus::Received,
        ChangeStatus::InProcessing,
        ChangeStatus::Done,
        ChangeStatus::Returned,
    ];

    /// Decided: not asked again.
    pub fn is_final(self) -> bool {
        matches!(self, ChangeStatus::Done | ChangeStatus::Returned)
    }
}

/// The service's word on a change notification (`ChangeStatus` in the OpenAPI).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeStatusView {
    #[ts(type = "string")]
    pub change_id: Uuid,
    pub status: ChangeStatus,
    /// Why it was returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub reason: Option<String>,
    #[ts(type = "string")]
    pub updated_at: Timestamp,
}
