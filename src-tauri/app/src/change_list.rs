//! The change notifications of a service in use, as the summary and the start screen list
//! them: those sent from this computer (the outbox knows how their delivery goes) merged with
//! those the service lists in its answer (sent from another computer, or before this install),
//! each shown once.

use serde::Serialize;
use ts_rs::TS;

use kanta_domain::{
    delivery::Delivery,
    model::{ChangeKind, ChangeRecord, ChangeStatusView, Service},
};
use kanta_storage::outbox::ChangeDelivery;

/// A change notification, as the summary and the start screen list it: one sent from here, or
/// one the service lists (sent from another computer, or before this install).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeView {
    #[ts(type = "string")]
    pub id: uuid::Uuid,
    pub kind: ChangeKind,
    pub made_by: String,
    #[ts(type = "string")]
    pub made_at: jiff::Timestamp,
    /// How its delivery from this computer goes; `None`: not sent from here.
    pub delivery: Option<Delivery>,
    /// The service's latest word on it, once delivered.
    pub status: Option<ChangeStatusView>,
}

/// The change notifications that concern `service`: those sent from here (`sent`, the
/// organisation's from the outbox: `Database::changes_of`, read once by the caller however many
/// services it lists) and those the service lists (`listed`, from its latest answer), each once,
/// the latest first, at most `ChangeRecord::MAX`. The newer of the two words on a change is the
/// one shown.
pub fn of(sent: &[ChangeDelivery], service: Service, listed: &[ChangeRecord]) -> Vec<ChangeView> {
    let listed_status = |id: uuid::Uuid| listed.iter().map(|r| &r.status).find(|s| s.change_id == id);
    let mut changes: Vec<ChangeView> = sent
        .iter()
        .filter(|c| c.notification.change.concerns(c.notification.service, service))
        .map(|c| {
            let id = c.notification.id;
            let status = match (&c.status, listed_status(id)) {
                (Some(here), Some(there)) if there.updated_at > here.updated_at => Some(there.clone()),
                (None, there) => there.cloned(),
                (here, _) => here.clone(),
            };
            ChangeView {
                id,
                kind: c.notification.change.kind(),
                made_by: c.notification.made_by.clone(),
                made_at: c.notification.made_at,
                delivery: Some(c.delivery.clone()),
                status,
            }
        })
        .collect();
    let elsewhere: Vec<ChangeView> = listed
        .iter()
        .filter(|r| !changes.iter().any(|c| c.id == r.status.change_id))
        .map(|r| ChangeView {
            id: r.status.change_id,
            kind: r.kind,
            made_by: r.made_by.clone(),
            made_at: r.made_at,
            delivery: None,
            status: Some(r.status.clone()),
        })
        .collect();
    changes.extend(elsewhere);
    changes.sort_by(|a, b| b.made_at.cmp(&a.made_at));
    changes.truncate(ChangeRecord::MAX);
    changes
}
