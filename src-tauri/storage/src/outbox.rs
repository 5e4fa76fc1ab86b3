//! The outbox: applications and change notifications the user has sent, on their way to the
//! Kanta service. Both go the same way; an application's item belongs to its draft, a change's
//! to its organisation.
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
//!
//! Each item remembers where it goes and as whom ([`Origin`]); a pass sees only the items its
//! session may send ([`Scope`]): those queued for the same service, of the organisations the
//! person logged in now may act for. The rest wait for such a login.

use std::collections::HashMap;

use rusqlite::{named_params, params, Connection, OptionalExtension, Row};
use serde::Serialize;

use super::{now_ms, Database, StorageError};
use kanta_domain::{
    delivery::{Delivery, OutboxKind, OutboxState, TryResult},
    model::{ApplicationFile, ChangeNotification, ChangeStatusView, Draft},
};

/// `next_attempt_at` of an item that waits for a login rather than for a time.
const AFTER_LOGIN: i64 = i64::MAX;

/// Waiting items not due at `:now` (`:after_login`: `AFTER_LOGIN`) whose last try met no answer,
/// or that were never tried: those postponed with the one that met none (`postpone_due`).
const UNANSWERED_NOT_DUE: &str = "state = 'waiting' AND next_attempt_at > :now AND next_attempt_at < :after_login \
    AND (problem IS NULL OR json_extract(problem, '$.kind') = 'no-answer')";

/// The destination of items queued in the built-in test environment; a real service's is its
/// address.
pub const TEST_ENVIRONMENT_DESTINATION: &str = "test-environment";

/// Where an item is queued for and by whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The service it may be sent to ([`TEST_ENVIRONMENT_DESTINATION`], or a real service's
    /// address).
    pub destination: String,
    /// The person who queued it: the issuer's subject.
    pub signer: String,
}

/// The items a pass may send: queued for `destination`, of the `organisations` the session in
/// force may act for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    pub destination: String,
    /// Business IDs.
    pub organisations: Vec<String>,
}

impl Scope {
    /// The scope's organisations as the SQL's `json_each` reads them.
    fn organisations_json(&self) -> String {
        to_json(&self.organisations)
    }
}

/// The SQL condition of an item in the scope (`:destination`, `:organisations`).
const IN_SCOPE: &str = "destination = :destination AND organisation IN (SELECT value FROM json_each(:organisations))";

/// An item waiting after a try that met no answer (or untried, postponed with one that met
/// none), as the pass decides whether to bring it forward.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unanswered {
    pub id: i64,
    /// The tries so far.
    pub attempts: u32,
    /// When it was last brought forward, if ever.
    pub brought_forward_at_ms: Option<i64>,
}

/// One queued item, as a try sends it.
#[derive(Debug, Clone, PartialEq)]
pub struct OutboxItem {
    pub id: i64,
    /// An application's draft; `None` for a change notification.
    pub draft_id: Option<i64>,
    pub idempotency_key: String,
    pub payload: Payload,
    pub state: OutboxState,
    /// Tries so far, this one included once claimed.
    pub attempts: u32,
    /// The person who queued it; `None` for an item queued before that was stored.
    pub signer: Option<String>,
}

/// What is sent, as it was when sent.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// The organisation and the application.
    Application(ApplicationFile),
    Change(ChangeNotification),
}

impl Payload {
    pub fn kind(&self) -> OutboxKind {
        match self {
            Payload::Application(_) => OutboxKind::Application,
            Payload::Change(_) => OutboxKind::Change,
        }
    }

    /// The application file, if this is an application.
    pub fn application(&self) -> Option<&ApplicationFile> {
        match self {
            Payload::Application(file) => Some(file),
            Payload::Change(_) => None,
        }
    }
}

/// A delivered item whose status the service may have moved on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusCheck {
    pub kind: OutboxKind,
    /// An application's draft.
    pub draft_id: Option<i64>,
    /// The organisation a change notification is about.
    pub organisation: String,
    pub idempotency_key: String,
}

/// A change notification sent from here, with how its delivery goes and the service's word.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeDelivery {
    pub notification: ChangeNotification,
    pub delivery: Delivery,
    pub status: Option<ChangeStatusView>,
}

const DELIVERY_COLUMNS: &str =
    "o.draft_id, o.state, o.attempts, o.next_attempt_at, o.problem, o.sent_at, o.server_status";

fn delivery_row(row: &Row) -> rusqlite::Result<(i64, Delivery)> {
    let state: String = row.get(1)?;
    let next: i64 = row.get(3)?;
    let problem: Option<String> = row.get(4)?;
    let server: Option<String> = row.get(6)?;
    let state = kanta_domain::codes::parse(&state).unwrap_or(OutboxState::Waiting);
    // A change notification has no draft; its rows are read by `changes_of`, which drops the 0.
    let draft_id: Option<i64> = row.get(0)?;
    Ok((
        draft_id.unwrap_or_default(),
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
    /// Stores the sent draft and queues `payload` from `origin` in one transaction, due at
    /// once. The draft's content must already carry its sent status.
    pub fn queue_for_sending(
        &self,
        draft: &mut Draft,
        payload: &ApplicationFile,
        origin: &Origin,
    ) -> Result<(), StorageError> {
        let key = payload
            .application
            .id
            .ok_or(StorageError::MissingApplicationId(draft.id))?
            .to_string();
        self.atomically(|| {
            draft.updated_at_ms = self.update_draft(draft.id, &draft.content)?;
            let now = now_ms();
            self.conn().execute(
                "INSERT INTO outbox (draft_id, organisation, idempotency_key, payload, state, queued_at, updated_at, \
                 next_attempt_at, destination, signer) VALUES (?1, ?2, ?3, ?4, 'waiting', ?5, ?5, ?5, ?6, ?7)",
                params![
                    draft.id,
                    draft.organisation,
                    key,
                    to_json(payload),
                    now,
                    origin.destination,
                    origin.signer
                ],
            )?;
            Ok(())
        })
    }

    /// Queues a change notification of `organisation` from `origin`, due at once; its id is its
    /// idempotency key, so the same change cannot be queued twice.
    pub fn queue_change(
        &self,
        organisation: &str,
        change: &ChangeNotification,
        origin: &Origin,
    ) -> Result<(), StorageError> {
        let now = now_ms();
        self.conn().execute(
            "INSERT INTO outbox (kind, organisation, idempotency_key, payload, state, queued_at, updated_at, \
             next_attempt_at, destination, signer) VALUES ('change', ?1, ?2, ?3, 'waiting', ?4, ?4, ?4, ?5, ?6)",
            params![
                organisation,
                change.id.to_string(),
                to_json(change),
                now,
                origin.destination,
                origin.signer
            ],
        )?;
        Ok(())
    }

    /// The organisation's change notifications, the latest first.
    pub fn changes_of(&self, organisation: &str) -> Result<Vec<ChangeDelivery>, StorageError> {
        let mut statement = self.conn().prepare_cached(&format!(
            "SELECT {DELIVERY_COLUMNS}, o.payload FROM outbox o \
             WHERE o.organisation = ?1 AND o.kind = 'change' ORDER BY o.queued_at DESC, o.id DESC"
        ))?;
        let rows = statement.query_map([organisation], |row| {
            let (_, delivery) = delivery_row(row)?;
            let server: Option<String> = row.get(6)?;
            let payload: String = row.get(7)?;
            Ok((delivery, server, payload))
        })?;
        let mut changes = Vec::new();
        for row in rows {
            let (mut delivery, server, payload) = row?;
            let notification = serde_json::from_str(&payload).map_err(|_| StorageError::UnreadableServiceData {
                reason: "a change notification cannot be read".into(),
            })?;
            delivery.server = None;
            changes.push(ChangeDelivery {
                notification,
                delivery,
                status: server.and_then(|s| serde_json::from_str(&s).ok()),
            });
        }
        Ok(changes)
    }

    /// The outbox item of a draft, if it was sent.
    pub fn outbox_item(&self, draft_id: i64) -> Result<Option<OutboxItem>, StorageError> {
        let row = self
            .conn()
            .query_row(
                &format!("SELECT {ITEM_COLUMNS} FROM outbox WHERE draft_id = ?1"),
                [draft_id],
                item_row,
            )
            .optional()?;
        row.map(decode_item).transpose()
    }

    /// Claims the item of `scope` due first at `now` for one try: it is marked `sending` and its
    /// try counted before the request goes out.
    pub fn claim_due(&self, now: i64, scope: &Scope) -> Result<Option<OutboxItem>, StorageError> {
        self.atomically(|| {
            let row = self
                .conn()
                .query_row(
                    &format!(
                        "SELECT {ITEM_COLUMNS} FROM outbox WHERE state = 'waiting' AND next_attempt_at <= :now \
                         AND {IN_SCOPE} ORDER BY next_attempt_at, id LIMIT 1"
                    ),
                    named_params! {
                        ":now": now,
                        ":destination": scope.destination,
                        ":organisations": scope.organisations_json(),
                    },
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
    pub fn record_attempt<S: Serialize>(&self, id: i64, result: &TryResult<S>, now: i64) -> Result<(), StorageError> {
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

    /// Items of `scope` due at `now` wait until `until` (`None`: the next login) with no try
    /// counted: a try just met no network, or a refused token, and the rest would meet the same.
    pub fn postpone_due(&self, now: i64, until: Option<i64>, scope: &Scope) -> Result<usize, StorageError> {
        Ok(self.conn().execute(
            &format!("UPDATE outbox SET next_attempt_at = :until WHERE state = 'waiting' AND next_attempt_at <= :now AND {IN_SCOPE}"),
            named_params! {
                ":now": now,
                ":until": until.unwrap_or(AFTER_LOGIN),
                ":destination": scope.destination,
                ":organisations": scope.organisations_json(),
            },
        )?)
    }

    /// Items of `scope` waiting because their last try met no answer (or postponed untried with
    /// one that did), not due yet at `now`: those the sending pass may bring forward when the
    /// service answers again.
    pub fn unanswered_waiting(&self, now: i64, scope: &Scope) -> Result<Vec<Unanswered>, StorageError> {
        let mut statement = self.conn().prepare_cached(&format!(
            "SELECT id, attempts, brought_forward_at FROM outbox WHERE {UNANSWERED_NOT_DUE} AND {IN_SCOPE} ORDER BY id"
        ))?;
        let params = named_params! {
            ":now": now,
            ":after_login": AFTER_LOGIN,
            ":destination": scope.destination,
            ":organisations": scope.organisations_json(),
        };
        let rows = statement.query_map(params, |row| {
            Ok(Unanswered {
                id: row.get(0)?,
                attempts: row.get(1)?,
                brought_forward_at_ms: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Items `ids` (still waiting) are due at `now` instead of waiting out their backoff, and
    /// remember it. Returns how many.
    pub fn bring_forward(&self, ids: &[i64], now: i64) -> Result<usize, StorageError> {
        self.atomically(|| {
            let mut changed = 0;
            for id in ids {
                changed += self.conn().execute(
                    "UPDATE outbox SET next_attempt_at = ?2, brought_forward_at = ?2 \
                     WHERE id = ?1 AND state = 'waiting'",
                    params![id, now],
                )?;
            }
            Ok(changed)
        })
    }

    /// A new login: items that waited for one are due at once. Returns how many.
    pub fn resume_after_login(&self, now: i64) -> Result<usize, StorageError> {
        Ok(self.conn().execute(
            "UPDATE outbox SET next_attempt_at = ?1 WHERE state = 'waiting' AND next_attempt_at = ?2",
            params![now, AFTER_LOGIN],
        )?)
    }

    /// When the next waiting item of `scope` is due, if any waits for a time (not for a login).
    pub fn next_attempt_due(&self, scope: &Scope) -> Result<Option<i64>, StorageError> {
        Ok(self.conn().query_row(
            &format!("SELECT min(next_attempt_at) FROM outbox WHERE state = 'waiting' AND next_attempt_at < :after_login AND {IN_SCOPE}"),
            named_params! {
                ":after_login": AFTER_LOGIN,
                ":destination": scope.destination,
                ":organisations": scope.organisations_json(),
            },
            |row| row.get(0),
        )?)
    }

    /// How many items for `destination` are not delivered yet and not refused.
    pub fn undelivered_count(&self, destination: &str) -> Result<u32, StorageError> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM outbox WHERE state IN ('waiting', 'sending') AND destination = ?1",
            [destination],
            |row| row.get(0),
        )?)
    }

    /// How many items for the scope's destination wait for a login by someone else: their
    /// organisation is not one the session in force may act for.
    pub fn waiting_for_others(&self, scope: &Scope) -> Result<u32, StorageError> {
        Ok(self.conn().query_row(
            "SELECT count(*) FROM outbox WHERE state IN ('waiting', 'sending') AND destination = :destination \
             AND organisation NOT IN (SELECT value FROM json_each(:organisations))",
            named_params! {
                ":destination": scope.destination,
                ":organisations": scope.organisations_json(),
            },
            |row| row.get(0),
        )?)
    }

    /// Delivered items of `scope` the service has not decided on, last asked about before
    /// `asked_before` (or never): applications by their draft's status, changes by the
    /// service's last word.
    pub fn status_checks_due(&self, asked_before: i64, scope: &Scope) -> Result<Vec<StatusCheck>, StorageError> {
        let mut statement = self.conn().prepare_cached(
            "SELECT o.kind, o.draft_id, o.organisation, o.idempotency_key FROM outbox o \
             LEFT JOIN drafts d ON d.id = o.draft_id \
             WHERE o.state = 'sent' AND coalesce(o.status_checked_at, 0) < :asked_before \
             AND o.destination = :destination AND o.organisation IN (SELECT value FROM json_each(:organisations)) \
             AND ((o.kind = 'application' AND d.status NOT IN ('approved', 'returned')) \
               OR (o.kind = 'change' AND coalesce(json_extract(o.server_status, '$.status'), '') NOT IN ('done', 'returned'))) \
             ORDER BY o.status_checked_at, o.id",
        )?;
        let checks = statement
            .query_map(
                named_params! {
                    ":asked_before": asked_before,
                    ":destination": scope.destination,
                    ":organisations": scope.organisations_json(),
                },
                |row| {
                    let kind: String = row.get(0)?;
                    Ok(StatusCheck {
                        kind: kanta_domain::codes::parse(&kind).unwrap_or(OutboxKind::Application),
                        draft_id: row.get(1)?,
                        organisation: row.get(2)?,
                        idempotency_key: row.get(3)?,
                    })
                },
            )?
            .collect::<rusqlite::Result<_>>()?;
        Ok(checks)
    }

    /// The service's answer to a status check (`None`: no usable answer, asked again later). The
    /// draft's status follows from it, which the caller applies in the same transaction.
    pub fn record_status_check<S: Serialize>(
        &self,
        check: &StatusCheck,
        server: Option<&S>,
        now: i64,
    ) -> Result<(), StorageError> {
        self.conn().execute(
            "UPDATE outbox SET status_checked_at = ?2 WHERE idempotency_key = ?1",
            params![check.idempotency_key, now],
        )?;
        if let Some(server) = server {
            self.conn().execute(
                "UPDATE outbox SET server_status = ?2, updated_at = ?3 WHERE idempotency_key = ?1",
                params![check.idempotency_key, to_json(server), now],
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

const ITEM_COLUMNS: &str = "id, draft_id, idempotency_key, payload, state, attempts, kind, signer";

type ItemRow = (i64, Option<i64>, String, String, String, u32, String, Option<String>);

fn item_row(row: &Row) -> rusqlite::Result<ItemRow> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
        row.get(6)?,
        row.get(7)?,
    ))
}

fn decode_item(
    (id, draft_id, idempotency_key, payload, state, attempts, kind, signer): ItemRow,
) -> Result<OutboxItem, StorageError> {
    let unreadable = || StorageError::UnreadableDraft {
        id: draft_id.unwrap_or(id),
        reason: "its outbox item cannot be read".into(),
    };
    let payload = match kanta_domain::codes::parse(&kind).ok_or_else(unreadable)? {
        OutboxKind::Application => Payload::Application(serde_json::from_str(&payload).map_err(|_| unreadable())?),
        OutboxKind::Change => Payload::Change(serde_json::from_str(&payload).map_err(|_| unreadable())?),
    };
    Ok(OutboxItem {
        id,
        draft_id,
        idempotency_key,
        payload,
        state: kanta_domain::codes::parse(&state).ok_or_else(unreadable)?,
        attempts,
        signer,
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
