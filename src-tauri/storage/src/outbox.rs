//! The outbox: applications the user has sent, on their way to the Kanta service.
//!
//! Queuing is one transaction with the draft's change of status, so an application is either
//! still a draft or queued, never half sent. The application's id is the idempotency key: the
//! same application cannot be queued twice, and every try carries the same key.
//!
//! An item's life: `waiting` (due at `next_attempt_at`) → `sending` (claimed for one try, marked
//! before the request goes out) → `sent` (the service's answer kept) or `failed` (refused for
//! good, with the reason), or back to `waiting` with the problem and the next try's time.
//! A process killed mid-try leaves `sending`; opening the database puts such items back to
//! `waiting`, due at once. After delivery the service's status of the application is kept here
//! and in the draft's status, which the lists show.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;

use super::{now_ms, Database, StorageError};
use kanta_domain::{
    delivery::{Delivery, OutboxState, ServerStatus, TryResult},
    model::{ApplicationFile, Draft},
};

/// `next_attempt_at` of an item that waits for a login rather than for a time.
const AFTER_LOGIN: i64 = i64::MAX;

/// Waiting items whose last try met no answer and that are not due at `?1` (`?2`: `AFTER_LOGIN`).
const UNANSWERED_NOT_DUE: &str = "state = 'waiting' AND next_attempt_at > ?1 AND next_attempt_at < ?2 \
    AND json_extract(problem, '$.kind') = 'no-answer'";

/// One queued application, as a try sends it.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxItem {
    pub id: i64,
    pub draft_id: i64,
    pub idempotency_key: String,
    /// What is sent: the organisation and the application as they were when sent.
    pub payload: ApplicationFile,
    pub state: OutboxState,
    /// Tries so far, this one included once claimed.
    pub attempts: u32,
}

/// A delivered application whose status the service may have moved on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusCheck {
    pub draft_id: i64,
    pub idempotency_key: String,
}

const DELIVERY_COLUMNS: &str =
    "o.draft_id, o.state, o.attempts, o.next_attempt_at, o.problem, o.sent_at, o.server_status";

fn delivery_row(row: &Row) -> rusqlite::Result<(i64, Delivery)> {
    let state: String = row.get(1)?;
    let next: i64 = row.get(3)?;
    let problem: Option<String> = row.get(4)?;
    let server: Option<String> = row.get(6)?;
    let state = kanta_domain::codes::parse(&state).unwrap_or(OutboxState::Waiting);
    Ok((
        row.get(0)?,
        Delivery {
            state,
            attempts: row.get(2)?,
            next_attempt_at_ms: (state == OutboxState::Waiting && next != AFTER_LOGIN && next > 0).then_some(next),
            problem: problem.and_then(|p| serde_json::from_str(&p).ok()),
            sent_at_ms: row.get(5)?,
            server: server.and_then(|s| serde_json::from_str(&s).ok()),
        },
    ))
}

fn to_json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("outbox values serialise")
}

impl Database {
    /// Stores the sent draft and queues `payload` in one transaction, due at once. The draft's
    /// content must already carry its sent status.
    pub fn queue_for_sending(&self, draft: &mut Draft, payload: &ApplicationFile) -> Result<(), StorageError> {
        let key = payload
            .application
            .id
            .ok_or(StorageError::MissingApplicationId(draft.id))?
            .to_string();
        self.atomically(|| {
            draft.updated_at_ms = self.update_draft(draft.id, &draft.content)?;
            let now = now_ms();
            self.conn().execute(
                "INSERT INTO outbox (draft_id, idempotency_key, payload, state, queued_at, updated_at, next_attempt_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5, ?5)",
                params![
                    draft.id,
                    key,
                    to_json(payload),
                    kanta_domain::codes::name(&OutboxState::Waiting),
                    now
                ],
            )?;
            Ok(())
        })
    }

    /// The outbox item of a draft, if it was sent.
    pub fn outbox_item(&self, draft_id: i64) -> Result<Option<OutboxItem>, StorageError> {
        let row = self
            .conn()
            .query_row(
                "SELECT id, draft_id, idempotency_key, payload, state, attempts FROM outbox WHERE draft_id = ?1",
                [draft_id],
                item_row,
            )
            .optional()?;
        row.map(decode_item).transpose()
    }

    /// Claims the item due first at `now` for one try: it is marked `sending` and its try
    /// counted before the request goes out.
    pub fn claim_due(&self, now: i64) -> Result<Option<OutboxItem>, StorageError> {
        self.atomically(|| {
            let row = self
                .conn()
                .query_row(
                    "SELECT id, draft_id, idempotency_key, payload, state, attempts FROM outbox \
                     WHERE state = 'waiting' AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT 1",
                    [now],
                    item_row,
                )
                .optional()?;
            let Some(row) = row else {
                return Ok(None);
            };
            let mut item = decode_item(row)?;
            self.conn().execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1, updated_at = ?2 WHERE id = ?1",
                params![item.id, now],
            )?;
            item.state = OutboxState::Sending;
            item.attempts += 1;
            Ok(Some(item))
        })
    }

    /// Stores what the try of item `id` led to. The draft's status and the organisation's
    /// services follow from it by the domain's rules (`delivery::TryResult`), which the caller
    /// applies in the same transaction.
    pub fn record_attempt(&self, id: i64, result: &TryResult, now: i64) -> Result<(), StorageError> {
        let problem = result.problem().map(to_json);
        match result {
            TryResult::Delivered { server } => {
                self.conn().execute(
                    "UPDATE outbox SET state = 'sent', problem = NULL, sent_at = ?2, server_status = ?3, \
                     status_checked_at = ?2, updated_at = ?2 WHERE id = ?1",
                    params![id, now, server.as_ref().map(to_json)],
                )?;
            }
            TryResult::Waiting { until, .. } => {
                self.back_to_waiting(id, until.unwrap_or(AFTER_LOGIN), problem, now)?;
            }
            TryResult::Failed { .. } => {
                self.conn().execute(
                    "UPDATE outbox SET state = 'failed', problem = ?2, updated_at = ?3 WHERE id = ?1",
                    params![id, problem, now],
                )?;
            }
        }
        Ok(())
    }

    fn back_to_waiting(&self, id: i64, at: i64, problem: Option<String>, now: i64) -> Result<(), StorageError> {
        self.conn().execute(
            "UPDATE outbox SET state = 'waiting', next_attempt_at = ?2, problem = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, at, problem, now],
        )?;
        Ok(())
    }

    /// Items due at `now` wait until `until` (`None`: the next login) with no try counted:
    /// a try just met no network, or a refused token, and the rest would meet the same.
    pub fn postpone_due(&self, now: i64, until: Option<i64>) -> Result<usize, StorageError> {
        Ok(self.conn().execute(
            "UPDATE outbox SET next_attempt_at = ?2 WHERE state = 'waiting' AND next_attempt_at <= ?1",
            params![now, until.unwrap_or(AFTER_LOGIN)],
        )?)
    }

    /// Items waiting because a try met no answer, not due yet at `now`: whether there are any.
    pub fn has_unanswered_waiting(&self, now: i64) -> Result<bool, StorageError> {
        Ok(self.conn().query_row(
            &format!("SELECT EXISTS (SELECT 1 FROM outbox WHERE {UNANSWERED_NOT_DUE})"),
            params![now, AFTER_LOGIN],
            |row| row.get(0),
        )?)
    }

    /// The service answers again: items that met no answer are due at `now` instead of waiting
    /// out their backoff. Returns how many.
    pub fn bring_forward_unanswered(&self, now: i64) -> Result<usize, StorageError> {
        Ok(self.conn().execute(
            &format!("UPDATE outbox SET next_attempt_at = ?1 WHERE {UNANSWERED_NOT_DUE}"),
            params![now, AFTER_LOGIN],
        )?)
    }

    /// A new login: items that waited for one are due at once. Returns how many.
    pub fn resume_after_login(&self, now: i64) -> Result<usize, StorageError> {
        Ok(self.conn().execute(
            "UPDATE outbox SET next_attempt_at = ?1 WHERE state = 'waiting' AND next_attempt_at = ?2",
            params![now, AFTER_LOGIN],
        )?)
    }

    /// When the next waiting item is due, if any waits for a time (not for a login).
    pub fn next_attempt_due(&self) -> Result<Option<i64>, StorageError> {
        Ok(self.conn().query_row(
            "SELECT min(next_attempt_at) FROM outbox WHERE state = 'waiting' AND next_attempt_at < ?1",
            [AFTER_LOGIN],
            |row| row.get(0),
        )?)
    }

    /// How many items are not delivered yet and not refused.
    pub fn undelivered_count(&self) -> Result<u32, StorageError> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM outbox WHERE state IN ('waiting', 'sending')",
            [],
            |row| row.get(0),
        )?)
    }

    /// Delivered applications the service has not decided on, last asked about before
    /// `asked_before` (or never).
    pub fn status_checks_due(&self, asked_before: i64) -> Result<Vec<StatusCheck>, StorageError> {
        let mut statement = self.conn().prepare_cached(
            "SELECT o.draft_id, o.idempotency_key FROM outbox o JOIN drafts d ON d.id = o.draft_id \
             WHERE o.state = 'sent' AND d.status NOT IN ('approved', 'returned') \
             AND coalesce(o.status_checked_at, 0) < ?1 ORDER BY o.status_checked_at, o.id",
        )?;
        let checks = statement
            .query_map([asked_before], |row| {
                Ok(StatusCheck {
                    draft_id: row.get(0)?,
                    idempotency_key: row.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(checks)
    }

    /// The service's answer to a status check (`None`: no usable answer, asked again later). The
    /// draft's status follows from it, which the caller applies in the same transaction.
    pub fn record_status_check(
        &self,
        check: &StatusCheck,
        server: Option<&ServerStatus>,
        now: i64,
    ) -> Result<(), StorageError> {
        self.conn().execute(
            "UPDATE outbox SET status_checked_at = ?2 WHERE draft_id = ?1",
            params![check.draft_id, now],
        )?;
        if let Some(server) = server {
            self.conn().execute(
                "UPDATE outbox SET server_status = ?2, updated_at = ?3 WHERE draft_id = ?1",
                params![check.draft_id, to_json(server), now],
            )?;
        }
        Ok(())
    }

    /// The delivery of a draft, if it was sent.
    pub fn delivery(&self, draft_id: i64) -> Result<Option<Delivery>, StorageError> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {DELIVERY_COLUMNS} FROM outbox o WHERE o.draft_id = ?1"),
                [draft_id],
                delivery_row,
            )
            .optional()?
            .map(|(_, delivery)| delivery))
    }

    /// The deliveries of an organisation's sent applications, by draft id.
    pub fn deliveries_of(&self, organisation: &str) -> Result<HashMap<i64, Delivery>, StorageError> {
        let mut statement = self.conn().prepare_cached(&format!(
            "SELECT {DELIVERY_COLUMNS} FROM outbox o JOIN drafts d ON d.id = o.draft_id WHERE d.organisation = ?1"
        ))?;
        let deliveries = statement
            .query_map([organisation], delivery_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(deliveries)
    }
}

type ItemRow = (i64, i64, String, String, String, u32);

fn item_row(row: &Row) -> rusqlite::Result<ItemRow> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
    ))
}

fn decode_item((id, draft_id, idempotency_key, payload, state, attempts): ItemRow) -> Result<OutboxItem, StorageError> {
    let unreadable = || StorageError::UnreadableDraft {
        id: draft_id,
        reason: "its outbox item cannot be read".into(),
    };
    Ok(OutboxItem {
        id,
        draft_id,
        idempotency_key,
        payload: serde_json::from_str(&payload).map_err(|_| unreadable())?,
        state: kanta_domain::codes::parse(&state).ok_or_else(unreadable)?,
        attempts,
    })
}

/// Items a killed process left `sending` go back to `waiting`, due at once: their try may or
/// may not have arrived, and the idempotency key makes a repeat harmless. Run at open.
pub(super) fn recover_interrupted(conn: &Connection) -> Result<usize, StorageError> {
    Ok(conn.execute(
        "UPDATE outbox SET state = 'waiting', next_attempt_at = 0 WHERE state = 'sending'",
        [],
    )?)
}

#[cfg(test)]
mod tests;
