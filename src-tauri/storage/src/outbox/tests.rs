//! The outbox's states on a real SQLite file: a killed try is waiting again after a reopen, with
//! its try counted, and an item queued by the previous schema is delivered by this one. What
//! each outcome means (the draft's status, the organisation's services) is sending's to apply:
//! its tests (`kanta-sending`, `record`) store every outcome through this outbox.

use super::*;
use crate::{
    migrations,
    test_support::{example_file, queue_example, test_key},
    DatabaseKey, DATABASE_FILE,
};
use kanta_domain::model::{ApplicationStatus, DraftContent};

const ORG: &str = "3141593-8";

fn queue(db: &Database) -> i64 {
    queue_example(db, ORG)
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
    let item = db.claim_due(now_ms()).unwrap().unwrap();
    assert_eq!((item.draft_id, item.attempts), (id, 1));
    assert_eq!(item.payload.application.id.unwrap().to_string(), item.idempotency_key);
}
