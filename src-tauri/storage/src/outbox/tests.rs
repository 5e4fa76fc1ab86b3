//! The outbox's states on a real SQLite file: a killed try is waiting again after a reopen, with
//! its try counted, and an item queued by the previous schema is delivered by this one. What
//! each outcome means (the draft's status, the organisation's services) is sending's to apply:
//! its tests (`kanta-sending`, `record`) store every outcome through this outbox.

use super::*;
use crate::{
    migrations,
    test_support::{example_file, queue_example, test_key, test_origin, test_scope},
    DatabaseKey, DATABASE_FILE,
};
use kanta_domain::model::{ApplicationStatus, DraftContent};

const ORG: &str = "3141593-8";

fn queue(db: &Database) -> i64 {
    queue_example(db, ORG)
}

/// A session of the test environment that may act for `ORG`.
fn scope() -> Scope {
    test_scope(&[ORG])
}

fn open(dir: &tempfile::TempDir) -> Database {
    Database::open_in(dir.path(), &test_key()).unwrap()
}

#[test]
fn a_try_killed_mid_way_is_waiting_again_after_a_reopen_with_its_try_counted() {
    let dir = tempfile::tempdir().unwrap();
    let id = {
        let db = open(&dir);
        let id = queue(&db);
        db.claim_due(now_ms(), &scope()).unwrap().unwrap();
        assert_eq!(db.delivery(id).unwrap().unwrap().state, OutboxState::Sending);
        id
    };
    let db = open(&dir);
    let delivery = db.delivery(id).unwrap().unwrap();
    assert_eq!((delivery.state, delivery.attempts), (OutboxState::Waiting, 1));
    assert_eq!(
        db.claim_due(now_ms(), &scope()).unwrap().unwrap().attempts,
        2,
        "due at once"
    );
}

/// An application sent with an earlier version (schema 3, no delivery columns; schema 8, which
/// stored no organisation with an application) is delivered by this one, to the test
/// environment only, as its organisation's, by whoever may act for it.
#[test]
fn an_item_queued_by_schema_3_or_8_is_due_after_the_upgrade() {
    for schema in [3, 8] {
        item_queued_by(schema);
    }
}

fn item_queued_by(schema: i64) {
    let dir = tempfile::tempdir().unwrap();
    let key = DatabaseKey::generate().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    let id = {
        let mut conn = rusqlite::Connection::open(&path).unwrap();
        key.apply(&conn).unwrap();
        migrations::bring_up_to(&mut conn, schema).unwrap();
        let file = example_file();
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
    let real = Scope {
        destination: "https://kanta.example".into(),
        ..scope()
    };
    assert_eq!(
        db.claim_due(now_ms(), &real).unwrap(),
        None,
        "{schema}: not for a real service"
    );
    assert_eq!(
        db.claim_due(now_ms(), &test_scope(&["2449489-3"])).unwrap(),
        None,
        "{schema}"
    );
    let item = db.claim_due(now_ms(), &scope()).unwrap().unwrap();
    assert_eq!(
        (item.draft_id, item.attempts, item.signer),
        (Some(id), 1, None),
        "{schema}"
    );
    let file = item.payload.application().unwrap();
    assert_eq!(file.application.id.unwrap().to_string(), item.idempotency_key);
}

/// A change notification takes the same way as an application: queued once by its id, claimed
/// before a try, delivered with the service's status document, asked about until it is done,
/// and kept across a reopen with who made it.
#[test]
fn a_change_notification_goes_through_the_outbox_once_until_done() {
    use kanta_domain::{
        delivery::{OutboxKind, TryResult},
        model::{application::SigningBasis, Change, ChangeNotification, ChangeStatus, ChangeStatusView, Service},
    };
    let dir = tempfile::tempdir().unwrap();
    let change = ChangeNotification {
        id: uuid::Uuid::new_v4(),
        business_id: ORG.into(),
        service: Service::ClientDataArchive,
        change: Change::Contacts { contacts: vec![] },
        made_by: "Tiina Testaaja".into(),
        basis: SigningBasis::Mandate,
        made_at: jiff::Timestamp::now(),
    };
    let status = |status| ChangeStatusView {
        change_id: change.id,
        status,
        reason: None,
        updated_at: jiff::Timestamp::now(),
    };
    {
        let db = open(&dir);
        db.queue_change(ORG, &change, &test_origin()).unwrap();
        assert!(
            db.queue_change(ORG, &change, &test_origin()).is_err(),
            "queued once by its id"
        );
        assert_eq!(db.undelivered_count(TEST_ENVIRONMENT_DESTINATION).unwrap(), 1);
        let item = db.claim_due(now_ms(), &scope()).unwrap().unwrap();
        assert_eq!((item.draft_id, item.payload.kind()), (None, OutboxKind::Change));
        assert_eq!(item.idempotency_key, change.id.to_string());
        let delivered = TryResult::Delivered {
            server: Some(status(ChangeStatus::Received)),
        };
        db.record_attempt(item.id, &delivered, now_ms()).unwrap();
    }
    let db = open(&dir);
    let checks = db.status_checks_due(i64::MAX, &scope()).unwrap();
    assert_eq!(checks.len(), 1);
    assert_eq!(
        (checks[0].kind, checks[0].organisation.as_str()),
        (OutboxKind::Change, ORG)
    );
    db.record_status_check(&checks[0], Some(&status(ChangeStatus::Done)), now_ms())
        .unwrap();
    assert!(
        db.status_checks_due(i64::MAX, &scope()).unwrap().is_empty(),
        "done: not asked again"
    );
    let kept = db.changes_of(ORG).unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].notification, change);
    assert_eq!(kept[0].delivery.state, OutboxState::Sent);
    assert_eq!(kept[0].status.as_ref().map(|s| s.status), Some(ChangeStatus::Done));
    assert!(db.deliveries_of(ORG).unwrap().is_empty(), "not an application's");
}
