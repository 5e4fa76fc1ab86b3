//! The outbox: applications the user has sent, waiting to be delivered to the Kanta service.
//! Queuing is one transaction with the draft's change of status, so an application is either
//! still a draft or queued, never half sent. The application's id is the idempotency key: the
//! same application cannot be queued twice. Delivery comes with the transport (a later issue).

use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{now_ms, Database, StorageError};
use crate::model::{ApplicationFile, Draft};

/// Where an outbox item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum OutboxState {
    /// Queued; delivered when the app is online.
    Waiting,
}

/// One queued application.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxItem {
    pub draft_id: i64,
    pub idempotency_key: String,
    /// What is sent: the organisation and the application as they were when sent.
    pub payload: ApplicationFile,
    pub state: OutboxState,
}

impl Database {
    /// Stores the sent draft and queues `payload` in one transaction. The draft's content must
    /// already carry its sent status.
    pub fn queue_for_sending(&self, draft: &mut Draft, payload: &ApplicationFile) -> Result<(), StorageError> {
        let key = payload
            .application
            .id
            .ok_or(StorageError::MissingApplicationId(draft.id))?
            .to_string();
        let tx = self.conn().unchecked_transaction()?;
        draft.updated_at_ms = self.update_draft(draft.id, &draft.content)?;
        let now = now_ms();
        self.conn().execute(
            "INSERT INTO outbox (draft_id, idempotency_key, payload, state, queued_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![
                draft.id,
                key,
                serde_json::to_string(payload).expect("an application file serialises"),
                crate::codes::name(&OutboxState::Waiting),
                now
            ],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// The outbox item of a draft, if it was sent.
    pub fn outbox_item(&self, draft_id: i64) -> Result<Option<OutboxItem>, StorageError> {
        let row: Option<(String, String, String)> = self
            .conn()
            .query_row(
                "SELECT idempotency_key, payload, state FROM outbox WHERE draft_id = ?1",
                [draft_id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        row.map(|(idempotency_key, payload, state)| {
            let unreadable = || StorageError::UnreadableDraft {
                id: draft_id,
                reason: "its outbox item cannot be read".into(),
            };
            Ok(OutboxItem {
                draft_id,
                idempotency_key,
                payload: serde_json::from_str(&payload).map_err(|_| unreadable())?,
                state: crate::codes::parse(&state).ok_or_else(unreadable)?,
            })
        })
        .transpose()
    }
}
