//! An outcome recorded with what it means: a try's or a status check's result in the outbox,
//! the application's new status, and (by the domain's rules, `kanta_domain::delivery`) what that
//! status means for the organisation, all in one transaction. Storage stores each part; the
//! rules of which part follows from which are the domain's.

use kanta_domain::{
    delivery::{self, OutboxKind, ServerStatus, StatusDocument},
    model::{ApplicationStatus, ChangeStatusView},
};
use kanta_storage::{
    outbox::{OutboxItem, Payload, StatusCheck},
    Database, StorageError,
};

use crate::Next;

/// Stores what the try of `item` led to (`next`), and an application's status with it. A change
/// notification's status document is kept with it; the service's data it changes is fetched
/// again by the summary.
pub fn record_attempt(db: &Database, item: &OutboxItem, next: &Next, now: i64) -> Result<(), StorageError> {
    db.atomically(|| match (&item.payload, item.draft_id) {
        (Payload::Application(_), Some(draft_id)) => {
            let result = next.recorded::<ServerStatus>();
            db.record_attempt(item.id, &result, now)?;
            if let Some(status) = result.application_status() {
                apply_status(db, draft_id, status)?;
            }
            Ok(())
        }
        _ => db.record_attempt(item.id, &next.recorded::<ChangeStatusView>(), now),
    })
}

/// Stores the service's answer to a status check (`body`: a 200's; `None`: no usable answer,
/// asked again later). Returns whether what the user sees changed.
pub fn record_status(db: &Database, check: &StatusCheck, body: Option<&[u8]>, now: i64) -> Result<bool, StorageError> {
    db.atomically(|| match (check.kind, check.draft_id) {
        (OutboxKind::Application, Some(draft_id)) => {
            let server = body.and_then(ServerStatus::read);
            db.record_status_check(check, server.as_ref(), now)?;
            match server {
                Some(server) => apply_status(db, draft_id, server.status),
                None => Ok(false),
            }
        }
        _ => {
            let server = body.and_then(ChangeStatusView::read);
            db.record_status_check(check, server.as_ref(), now)?;
            Ok(server.is_some())
        }
    })
}

/// The application's status as the service reports it, and what it means for its organisation.
/// Returns whether the status changed.
fn apply_status(db: &Database, draft_id: i64, status: ApplicationStatus) -> Result<bool, StorageError> {
    let Some(draft) = db.set_draft_status(draft_id, status)? else {
        return Ok(false);
    };
    // The profile is read only for a status that changes it (an approval), not for every step.
    if delivery::changes_organisation(status) {
        let profile = match db.organisation(&draft.organisation)? {
            Some(profile) => Some(profile),
            // Not stored here (yet): the organisation as the application was sent.
            None => db
                .outbox_item(draft_id)?
                .and_then(|item| item.payload.application().map(|file| file.organisation.clone())),
        };
        if let Some(mut profile) = profile {
            if delivery::apply_to_organisation(&mut profile, draft.service, status) {
                db.save_organisation(&draft.organisation, &profile)?;
            }
        }
    }
    Ok(true)
}

/// Every outcome through the real outbox on a real SQLite file: a try is claimed before it goes
/// out, each outcome is stored with the application's status, and an approval makes the
/// organisation a user of the service.
#[cfg(test)]
mod tests {
    use kanta_domain::{
        delivery::{DeliveryProblem, OutboxState},
        model::Service,
    };
    use kanta_storage::{
        now_ms,
        outbox::{Scope, TEST_ENVIRONMENT_DESTINATION},
        test_support::{queue_example, test_key, test_scope},
    };

    use super::*;

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

        let item = db.claim_due(now, &scope()).unwrap().unwrap();
        assert_eq!(
            (item.draft_id, item.state, item.attempts),
            (Some(id), OutboxState::Sending, 1)
        );
        assert_eq!(db.claim_due(now, &scope()).unwrap(), None, "claimed once");
        assert_eq!(db.undelivered_count(TEST_ENVIRONMENT_DESTINATION).unwrap(), 1);

        let retry = Next::RetryAt {
            at_ms: now + 1_000,
            because: DeliveryProblem::ServiceError { status: 503 },
        };
        record_attempt(&db, &item, &retry, now).unwrap();
        let delivery = db.delivery(id).unwrap().unwrap();
        assert_eq!(delivery.state, OutboxState::Waiting);
        assert_eq!(delivery.next_attempt_at_ms, Some(now + 1_000));
        assert_eq!(delivery.problem, Some(DeliveryProblem::ServiceError { status: 503 }));
        assert_eq!(db.next_attempt_due(&scope()).unwrap(), Some(now + 1_000));
        assert_eq!(db.claim_due(now + 999, &scope()).unwrap(), None, "not before it is due");

        let item = db.claim_due(now + 1_000, &scope()).unwrap().unwrap();
        assert_eq!(item.attempts, 2);
        record_attempt(&db, &item, &delivered(), now + 1_100).unwrap();
        let delivery = db.delivery(id).unwrap().unwrap();
        assert_eq!(delivery.state, OutboxState::Sent);
        assert_eq!(delivery.problem, None);
        assert_eq!(delivery.sent_at_ms, Some(now + 1_100));
        assert_eq!(delivery.server.unwrap().status, ApplicationStatus::Received);
        assert_eq!(status(&db, id), ApplicationStatus::Received);
        assert_eq!(db.undelivered_count(TEST_ENVIRONMENT_DESTINATION).unwrap(), 0);
        assert_eq!(db.next_attempt_due(&scope()).unwrap(), None);
        assert_eq!(db.deliveries_of(ORG).unwrap().len(), 1);
        assert!(db.deliveries_of("2449489-3").unwrap().is_empty());
    }

    #[test]
    fn a_status_is_asked_until_the_service_decides() {
        let dir = tempfile::tempdir().unwrap();
        let db = open(&dir);
        let id = queue(&db);
        let now = now_ms();
        let item = db.claim_due(now, &scope()).unwrap().unwrap();
        record_attempt(&db, &item, &delivered(), now).unwrap();
        assert_eq!(
            db.status_checks_due(now, &scope()).unwrap(),
            vec![],
            "just asked (the delivery's answer)"
        );
        let checks = db.status_checks_due(now + 1, &scope()).unwrap();
        assert_eq!(checks.len(), 1);
        assert_eq!(checks[0].idempotency_key, item.idempotency_key);

        assert!(
            !record_status(&db, &checks[0], None, now + 10).unwrap(),
            "no answer changes nothing"
        );
        let in_processing = answer("in-processing");
        assert!(record_status(&db, &checks[0], Some(&in_processing), now + 20).unwrap());
        assert!(
            !record_status(&db, &checks[0], Some(&in_processing), now + 30).unwrap(),
            "the same again"
        );
        assert_eq!(status(&db, id), ApplicationStatus::InProcessing);
        let edited = db.draft(id).unwrap().updated_at_ms;
        let approved = answer("approved");
        assert!(record_status(&db, &checks[0], Some(&approved), now + 40).unwrap());
        assert_eq!(status(&db, id), ApplicationStatus::Approved);
        assert_eq!(
            db.draft(id).unwrap().updated_at_ms,
            edited,
            "the user's edit time stays"
        );
        assert_eq!(
            db.status_checks_due(i64::MAX, &scope()).unwrap(),
            vec![],
            "decided: not asked again"
        );
        let profile = db.organisation(ORG).unwrap().expect("stored on approval");
        assert!(
            profile.services_in_use.contains(&Service::ClientDataArchive),
            "approved: the organisation uses the service"
        );
    }

    #[test]
    fn a_refusal_fails_the_item_for_good_and_a_refused_token_waits_for_a_login() {
        let dir = tempfile::tempdir().unwrap();
        let db = open(&dir);
        let (refused, later) = (queue(&db), queue(&db));
        let now = now_ms();

        let item = db.claim_due(now, &scope()).unwrap().unwrap();
        assert_eq!(item.draft_id, Some(refused), "the first queued goes first");
        let code = Some("invalid".to_string());
        record_attempt(
            &db,
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

        let item = db.claim_due(now, &scope()).unwrap().unwrap();
        assert_eq!(item.draft_id, Some(later));
        record_attempt(&db, &item, &Next::NeedsLogin, now).unwrap();
        assert_eq!(
            db.claim_due(i64::MAX - 1, &scope()).unwrap(),
            None,
            "waits for a login, not for a time"
        );
        assert_eq!(db.next_attempt_due(&scope()).unwrap(), None);
        assert_eq!(db.delivery(later).unwrap().unwrap().next_attempt_at_ms, None);
        assert_eq!(db.resume_after_login(now + 5).unwrap(), 1);
        assert_eq!(db.claim_due(now + 5, &scope()).unwrap().unwrap().draft_id, Some(later));
        assert_eq!(
            db.claim_due(i64::MAX - 1, &scope()).unwrap(),
            None,
            "the refused one is never claimed"
        );
    }
}
