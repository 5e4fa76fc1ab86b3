//! The outbox's states on a real SQLite file: a try is claimed before it goes out, each outcome
//! is stored with the draft's status, a killed try is waiting again after a reopen, and an item
//! queued by the previous schema is delivered by this one.

use super::*;
use crate::{
    delivery::{DeliveryProblem, ServerStatus},
    model::{document, DraftContent},
    storage::{migrations, test_key, DatabaseKey, DATABASE_FILE},
};

const ORG: &str = "3141593-8";

fn file() -> ApplicationFile {
    let mut file = document::parse(include_str!("../../../../../tests/examples/client-data-archive.json")).unwrap();
    file.application.id = Some(uuid::Uuid::new_v4());
    file
}

/// Queues an application as "Send" does; returns its draft id.
fn queue(db: &Database) -> i64 {
    let file = file();
    let mut content = DraftContent::new(file.application.service);
    content.application = file.application.clone();
    content.application.status = ApplicationStatus::WaitingToBeSent;
    let mut draft = db.insert_draft(ORG, &content).unwrap();
    db.queue_for_sending(&mut draft, &file).unwrap();
    draft.id
}

fn open(dir: &tempfile::TempDir) -> Database {
    Database::open_in(dir.path(), &test_key()).unwrap()
}

fn status(db: &Database, draft_id: i64) -> ApplicationStatus {
    db.draft(draft_id).unwrap().status()
}

/// The service's status document.
fn answer(status: &str) -> Vec<u8> {
    format!(r#"{{"applicationId":"0f0c1a52-7c1c-4a4e-9a43-56a4b1c8e001","status":"{status}","updatedAt":"2026-11-23T10:00:00Z"}}"#)
        .into_bytes()
}

fn delivered() -> Next {
    Next::Delivered {
        answer: answer("received"),
    }
}

#[test]
fn a_try_is_claimed_then_retried_when_due_then_delivered_with_the_services_status() {
    let dir = tempfile::tempdir().unwrap();
    let db = open(&dir);
    let id = queue(&db);
    let now = now_ms();

    let item = db.claim_due(now).unwrap().unwrap();
    assert_eq!(
        (item.draft_id, item.state, item.attempts),
        (id, OutboxState::Sending, 1)
    );
    assert_eq!(db.claim_due(now).unwrap(), None, "claimed once");
    assert_eq!(db.undelivered_count().unwrap(), 1);

    let retry = Next::RetryAt {
        at_ms: now + 1_000,
        because: DeliveryProblem::ServiceError { status: 503 },
    };
    db.record_attempt(&item, &retry, now).unwrap();
    let delivery = db.delivery(id).unwrap().unwrap();
    assert_eq!(delivery.state, OutboxState::Waiting);
    assert_eq!(delivery.next_attempt_at_ms, Some(now + 1_000));
    assert_eq!(delivery.problem, Some(DeliveryProblem::ServiceError { status: 503 }));
    assert_eq!(db.next_attempt_due().unwrap(), Some(now + 1_000));
    assert_eq!(db.claim_due(now + 999).unwrap(), None, "not before it is due");

    let item = db.claim_due(now + 1_000).unwrap().unwrap();
    assert_eq!(item.attempts, 2);
    db.record_attempt(&item, &delivered(), now + 1_100).unwrap();
    let delivery = db.delivery(id).unwrap().unwrap();
    assert_eq!(delivery.state, OutboxState::Sent);
    assert_eq!(delivery.problem, None);
    assert_eq!(delivery.sent_at_ms, Some(now + 1_100));
    assert_eq!(delivery.server.unwrap().status, ApplicationStatus::Received);
    assert_eq!(status(&db, id), ApplicationStatus::Received);
    assert_eq!(db.undelivered_count().unwrap(), 0);
    assert_eq!(db.next_attempt_due().unwrap(), None);
    assert_eq!(db.deliveries_of(ORG).unwrap().len(), 1);
    assert!(db.deliveries_of("2449489-3").unwrap().is_empty());
}

#[test]
fn a_status_is_asked_until_the_service_decides() {
    let dir = tempfile::tempdir().unwrap();
    let db = open(&dir);
    let id = queue(&db);
    let now = now_ms();
    let item = db.claim_due(now).unwrap().unwrap();
    db.record_attempt(&item, &delivered(), now).unwrap();
    assert_eq!(
        db.status_checks_due(now).unwrap(),
        vec![],
        "just asked (the delivery's answer)"
    );
    let checks = db.status_checks_due(now + 1).unwrap();
    assert_eq!(checks.len(), 1);
    assert_eq!(checks[0].idempotency_key, item.idempotency_key);

    assert!(
        !db.record_status(&checks[0], None, now + 10).unwrap(),
        "no answer changes nothing"
    );
    let in_processing = ServerStatus::parse(&answer("in-processing")).unwrap();
    assert!(db.record_status(&checks[0], Some(&in_processing), now + 20).unwrap());
    assert!(
        !db.record_status(&checks[0], Some(&in_processing), now + 30).unwrap(),
        "the same again"
    );
    assert_eq!(status(&db, id), ApplicationStatus::InProcessing);
    let edited = db.draft(id).unwrap().updated_at_ms;
    let approved = ServerStatus::parse(&answer("approved")).unwrap();
    assert!(db.record_status(&checks[0], Some(&approved), now + 40).unwrap());
    assert_eq!(status(&db, id), ApplicationStatus::Approved);
    assert_eq!(
        db.draft(id).unwrap().updated_at_ms,
        edited,
        "the user's edit time stays"
    );
    assert_eq!(
        db.status_checks_due(i64::MAX).unwrap(),
        vec![],
        "decided: not asked again"
    );
    let profile = db.organisation(ORG).unwrap().expect("stored on approval");
    assert!(
        profile
            .services_in_use
            .contains(&crate::model::Service::ClientDataArchive),
        "approved: the organisation uses the service"
    );
}

#[test]
fn a_refusal_fails_the_item_for_good_and_a_refused_token_waits_for_a_login() {
    let dir = tempfile::tempdir().unwrap();
    let db = open(&dir);
    let (refused, later) = (queue(&db), queue(&db));
    let now = now_ms();

    let item = db.claim_due(now).unwrap().unwrap();
    assert_eq!(item.draft_id, refused, "the first queued goes first");
    let code = Some("invalid".to_string());
    db.record_attempt(
        &item,
        &Next::Refused {
            status: 422,
            code: code.clone(),
        },
        now,
    )
    .unwrap();
    assert_eq!(status(&db, refused), ApplicationStatus::Refused);
    let delivery = db.delivery(refused).unwrap().unwrap();
    assert_eq!(delivery.state, OutboxState::Failed);
    assert_eq!(delivery.problem, Some(DeliveryProblem::Refused { status: 422, code }));

    let item = db.claim_due(now).unwrap().unwrap();
    assert_eq!(item.draft_id, later);
    db.record_attempt(&item, &Next::NeedsLogin, now).unwrap();
    assert_eq!(
        db.claim_due(i64::MAX - 1).unwrap(),
        None,
        "waits for a login, not for a time"
    );
    assert_eq!(db.next_attempt_due().unwrap(), None);
    assert_eq!(db.delivery(later).unwrap().unwrap().next_attempt_at_ms, None);
    assert_eq!(db.resume_after_login(now + 5).unwrap(), 1);
    assert_eq!(db.claim_due(now + 5).unwrap().unwrap().draft_id, later);
    assert_eq!(
        db.claim_due(i64::MAX - 1).unwrap(),
        None,
        "the refused one is never claimed"
    );
}

#[test]
fn a_try_killed_mid_way_is_waiting_again_after_a_reopen_with_its_try_counted() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let db = open(&dir);
        let id = queue(&db);
        db.claim_due(now_ms()).unwrap().unwrap();
        assert_eq!(db.delivery(id).unwrap().unwrap().state, OutboxState::Sending);
        id
    };
    let db = open(&dir);
    let delivery = db.delivery(id).unwrap().unwrap();
    assert_eq!((delivery.state, delivery.attempts), (OutboxState::Waiting, 1));
    assert_eq!(db.claim_due(now_ms()).unwrap().unwrap().attempts, 2, "due at once");
}

/// An application sent with the previous version (schema 3, no delivery columns) is delivered
/// by this one.
#[test]
fn an_item_queued_by_schema_3_is_due_after_the_upgrade() {
    let dir = tempfile::tempdir().unwrap();
    let key = DatabaseKey::generate().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    let id = {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        key.apply(&conn).unwrap();
        migrations::bring_up_to(&mut conn, 3).unwrap();
        let file = file();
        let mut content = DraftContent::new(file.application.service);
        content.application = file.application.clone();
        content.application.status = ApplicationStatus::WaitingToBeSent;
        conn.execute(
            "INSERT INTO drafts (organisation, service, status, content, created_at, updated_at) \
             VALUES (?1, ?2, 'waiting-to-be-sent', ?3, 1, 1)",
            params![
                ORG,
                file.application.service.as_str(),
                serde_json::to_string(&content).unwrap()
            ],
        )
        .unwrap();
        let id = conn.last_insert_rowid();
        conn.execute(
            "INSERT INTO outbox (draft_id, idempotency_key, payload, state, queued_at, updated_at) \
             VALUES (?1, ?2, ?3, 'waiting', 1, 1)",
            params![
                id,
                file.application.id.unwrap().to_string(),
                serde_json::to_string(&file).unwrap()
            ],
        )
        .unwrap();
        id
    };
    let db = Database::open(&path, &key).unwrap();
    let item = db.claim_due(now_ms()).unwrap().unwrap();
    assert_eq!((item.draft_id, item.attempts), (id, 1));
    assert_eq!(item.payload.application.id.unwrap().to_string(), item.idempotency_key);
}
