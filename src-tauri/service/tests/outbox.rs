//! The core's outbox against the test service over real HTTP on loopback, with faults: every
//! queued application arrives exactly once (the service counts), none is lost, across a restart
//! of the app in the middle of a try (a real process killed, and the same state made in one
//! process with faults on every application); a service that is down only delays; statuses move
//! on to approved; a refusal and a refused token are told apart from what is tried again.
//!
//! The app's side is the real thing: an encrypted SQLite file, the core's outbox, pass and
//! courier (blocking reqwest); only the worker thread that runs passes in the app is replaced by
//! the loop in `deliver_all`.

use std::{
    path::PathBuf,
    sync::Mutex,
    time::{Duration, Instant},
};

use kanta_domain::{
    delivery::{DeliveryProblem, OutboxState},
    model::{document, ApplicationFile, ApplicationStatus, DraftContent},
    test_environment,
};
use kanta_identification::session::Session;
use kanta_sending::{run_pass, Backoff, Courier, Outcome, Pass, PassRules, SendingAs};
use kanta_service::{Fault, TestService, Timing};
use kanta_storage::{
    now_ms,
    outbox::{Origin, Scope, TEST_ENVIRONMENT_DESTINATION},
    Database, DatabaseKey,
};
use uuid::Uuid;

/// Tiina's social care organisation in the test environment.
const ORGANISATION: &str = "3141593-8";

/// Fast enough for a test: tries 20 ms apart at first, statuses asked every 50 ms.
const RULES: PassRules = PassRules {
    backoff: Backoff {
        base_ms: 20,
        cap_ms: 200,
        jitter: 0.2,
    },
    status_every_ms: 50,
};

/// Queued by Tiina in the test environment.
fn origin() -> Origin {
    Origin {
        destination: TEST_ENVIRONMENT_DESTINATION.into(),
        signer: test_environment::tiina().id.into(),
    }
}

/// Tiina's session as the outbox sends with it: in the test environment, for her organisations.
fn tiina() -> SendingAs {
    let session = Session::of_test_person(test_environment::tiina(), now_ms());
    SendingAs {
        person: session.identified.subject.clone(),
        scope: Scope {
            destination: TEST_ENVIRONMENT_DESTINATION.into(),
            organisations: session
                .representations
                .iter()
                .map(|r| r.organisation.business_id.clone())
                .collect(),
        },
        access_token: session.tokens.access_token.clone(),
    }
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Runtime::new().unwrap()
}

/// Statuses move on within a second.
fn fast() -> Timing {
    Timing {
        in_processing_after: Duration::from_millis(300),
        approved_after: Duration::from_millis(700),
    }
}

/// A try that meets no answer gives up after 3 s (a debug build's first validation on the
/// service side takes about 1 s).
fn courier(service_url: &str) -> Courier {
    Courier::new(service_url, Duration::from_secs(3)).unwrap()
}

/// The app's side: its database file, which a restart closes and opens again.
struct App {
    _dir: tempfile::TempDir,
    data: PathBuf,
    key: DatabaseKey,
    db: Mutex<Database>,
}

impl App {
    fn new() -> App {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().to_owned();
        let key = DatabaseKey::generate().unwrap();
        let db = Mutex::new(Database::open_in(&data, &key).unwrap());
        App {
            _dir: dir,
            data,
            key,
            db,
        }
    }

    fn db(&self) -> std::sync::MutexGuard<'_, Database> {
        self.db.lock().unwrap()
    }

    /// The process is killed where it is and the app starts again: the old connection is never
    /// closed (a killed process closes nothing), a new one opens the same file.
    fn restart(&mut self) {
        let reopened = Database::open_in(&self.data, &self.key).unwrap();
        let killed = std::mem::replace(self.db.get_mut().unwrap(), reopened);
        std::mem::forget(killed);
    }

    /// Queues `count` applications as "Send" does; returns their ids (the idempotency keys).
    fn queue(&self, count: usize, organisation: &str) -> Vec<Uuid> {
        (0..count)
            .map(|_| self.queue_file(application(organisation), &origin()))
            .collect()
    }

    /// Queues `file` from `origin`; returns its id.
    fn queue_file(&self, file: ApplicationFile, origin: &Origin) -> Uuid {
        let mut content = DraftContent::new(file.application.service);
        content.application = file.application.clone();
        content.application.status = ApplicationStatus::WaitingToBeSent;
        let db = self.db();
        let mut draft = db
            .insert_draft(&file.organisation.register.business_id, &content)
            .unwrap();
        db.queue_for_sending(&mut draft, &file, origin).unwrap();
        file.application.id.unwrap()
    }

    fn pass(&self, courier: &Courier, token: Option<&SendingAs>) -> Pass {
        run_pass(&self.db, courier, token, &RULES, &now_ms).unwrap()
    }

    /// Runs passes as the app's worker does, sleeping until the next try is due, until nothing
    /// waits; fails after `limit`.
    fn deliver_all(&self, courier: &Courier, token: &SendingAs, limit: Duration) -> usize {
        let started = Instant::now();
        let mut passes = 0;
        loop {
            let pass = self.pass(courier, Some(token));
            passes += 1;
            if self.db().undelivered_count(TEST_ENVIRONMENT_DESTINATION).unwrap() == 0 {
                return passes;
            }
            assert!(
                started.elapsed() < limit,
                "still undelivered after {passes} passes: {pass:?}"
            );
            let wait = pass.next_due_ms.map_or(50, |due| (due - now_ms()).clamp(0, 500));
            std::thread::sleep(Duration::from_millis(wait as u64));
        }
    }

    fn item(&self, key: Uuid) -> kanta_storage::outbox::OutboxItem {
        let db = self.db();
        let draft_id = db
            .summaries_of(ORGANISATION)
            .unwrap()
            .into_iter()
            .chain(db.summaries_of("1234567-8").unwrap())
            .chain(db.summaries_of("1732050-2").unwrap())
            .find(|listed| db.draft(listed.id).unwrap().content.application.id == Some(key))
            .unwrap()
            .id;
        db.outbox_item(draft_id).unwrap().unwrap()
    }

    fn status(&self, key: Uuid) -> ApplicationStatus {
        let draft_id = self.item(key).draft_id.expect("an application's draft");
        self.db().draft(draft_id).unwrap().status()
    }
}

/// The client data archive example, for `organisation` (its register data from the test
/// environment when it has one), with a fresh id.
fn application(organisation: &str) -> ApplicationFile {
    let mut file = document::parse(include_str!("../../../tests/examples/client-data-archive.json")).unwrap();
    if let Some(org) = test_environment::organisation(organisation) {
        file.organisation.register = org.register();
        file.organisation.customer_type = org.customer_type;
    } else {
        file.organisation.register.business_id = organisation.into();
    }
    file.application.id = Some(Uuid::new_v4());
    file
}

#[test]
fn every_application_arrives_exactly_once_through_faults_and_a_restart_mid_try() {
    let rt = runtime();
    let service = rt.block_on(TestService::start(Timing::default())).unwrap();
    let courier = courier(&service.url);
    let token = tiina();
    let mut app = App::new();
    let keys = app.queue(5, ORGANISATION);
    // A fault on every try before the one that succeeds.
    service.inject_for(keys[0], &[Fault::StoredNoAnswer]);
    service.inject_for(keys[1], &[Fault::Status(500), Fault::Status(503)]);
    service.inject_for(keys[2], &[Fault::NoAnswer]);
    service.inject_for(
        keys[3],
        &[
            Fault::Status(429),
            Fault::Delay(Duration::from_millis(300)),
            Fault::Status(502),
        ],
    );
    service.inject_for(keys[4], &[Fault::Status(408), Fault::StoredNoAnswer]);

    // The first try of the first application: the service stores it, the answer never comes,
    // and the app is killed before it writes down what happened.
    let item = app.db().claim_due(now_ms(), &tiina().scope).unwrap().unwrap();
    assert_eq!(item.idempotency_key, keys[0].to_string());
    assert_eq!(courier.submit(&token.access_token, &item), Outcome::NoAnswer);
    assert_eq!(service.stored(keys[0]), 1, "it did arrive");
    assert_eq!(app.item(keys[0]).state, OutboxState::Sending);
    app.restart();
    assert_eq!(
        app.item(keys[0]).state,
        OutboxState::Waiting,
        "back in the queue after the restart"
    );

    app.deliver_all(&courier, &token, Duration::from_secs(90));

    let mut tries = 0;
    for (n, key) in keys.iter().enumerate() {
        assert_eq!(service.stored(*key), 1, "application {n} stored exactly once");
        let item = app.item(*key);
        assert_eq!(item.state, OutboxState::Sent, "application {n}");
        assert!(
            item.attempts >= 2,
            "application {n} met a fault first: {} tries",
            item.attempts
        );
        let delivery = app.db().delivery(item.draft_id.unwrap()).unwrap().unwrap();
        assert_eq!(delivery.problem, None);
        // Received, or already in processing (the first arrived before the restart).
        let server = delivery.server.expect("the service's answer is kept").status;
        assert_eq!(
            app.status(*key),
            server,
            "application {n}: the draft shows the service's status"
        );
        assert!(delivery.sent_at_ms.is_some());
        tries += item.attempts as usize;
    }
    assert_eq!(
        service.attempts(),
        tries,
        "every try the service saw is one the outbox counted, the killed one included"
    );
}

/// The child process of the test below: where the data is, its key, the service.
const CHILD_VAR: &str = "KANTA_OUTBOX_CHILD";

/// As the app's worker: one pass, whose try the service holds without answering.
fn child(spec: &str) {
    let [data, key, url, tokens] = spec.splitn(4, '|').collect::<Vec<_>>()[..] else {
        panic!("{CHILD_VAR}: data|key|url|token key");
    };
    // The parent's service takes only tokens made with the parent's key.
    assert!(test_environment::tokens::use_key(tokens));
    let db = Mutex::new(Database::open_in(std::path::Path::new(data), &DatabaseKey::from_hex(key).unwrap()).unwrap());
    let courier = Courier::new(url, Duration::from_secs(600)).unwrap();
    run_pass(&db, &courier, Some(&tiina()), &RULES, &now_ms).unwrap();
    panic!("the service was to hold the try until the process is killed");
}

/// A real process, killed (SIGKILL on Unix) while its try is with the service, which has stored
/// the application: the app started again delivers it once more, and it is still stored once.
#[test]
fn a_try_killed_with_its_process_is_delivered_once_after_the_restart() {
    if let Ok(spec) = std::env::var(CHILD_VAR) {
        return child(&spec);
    }
    let rt = runtime();
    let service = rt.block_on(TestService::start(Timing::default())).unwrap();
    let mut app = App::new();
    let key = app.queue(1, ORGANISATION)[0];
    service.inject_for(key, &[Fault::StoredNoAnswer]);

    let hex = app.key.to_hex().unwrap();
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "a_try_killed_with_its_process_is_delivered_once_after_the_restart",
            "--exact",
            "--nocapture",
        ])
        .env(
            CHILD_VAR,
            format!(
                "{}|{}|{}|{}",
                app.data.display(),
                hex.as_str(),
                service.url,
                test_environment::tokens::key_hex()
            ),
        )
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while service.stored(key) == 0 {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the child's try never arrived"
        );
        assert!(
            child.try_wait().unwrap().is_none(),
            "the child ended before its try arrived"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();

    app.restart();
    let item = app.item(key);
    assert_eq!(
        (item.state, item.attempts),
        (OutboxState::Waiting, 1),
        "the killed try was counted"
    );
    app.deliver_all(&courier(&service.url), &tiina(), Duration::from_secs(30));
    let item = app.item(key);
    assert_eq!((item.state, item.attempts), (OutboxState::Sent, 2));
    assert_eq!(service.stored(key), 1, "stored once");
    assert_eq!(service.attempts(), 2);
}

/// Held by a test that stops its service and starts it again on the same port, and by those
/// that bind new ports while it runs: one of them could take the port in between.
static PORT_TURN: Mutex<()> = Mutex::new(());

fn port_turn() -> std::sync::MutexGuard<'static, ()> {
    PORT_TURN.lock().unwrap_or_else(|p| p.into_inner())
}

#[test]
fn a_service_that_is_down_only_delays_and_statuses_move_on_to_approved() {
    let _turn = port_turn();
    let rt = runtime();
    let service = rt.block_on(TestService::start(fast())).unwrap();
    let port: u16 = service.url.rsplit(':').next().unwrap().parse().unwrap();
    let url = service.url.clone();
    service.stop();
    let courier = courier(&url);
    let token = tiina();
    let app = App::new();
    let keys = app.queue(2, ORGANISATION);

    // A long backoff: the next try would be a minute away (the cap too: a capped one would be
    // due again within the test, and hide an item left waiting).
    let patient = PassRules {
        backoff: Backoff {
            base_ms: 60_000,
            cap_ms: 60_000,
            ..RULES.backoff
        },
        ..RULES
    };
    let offline = run_pass(&app.db, &courier, Some(&token), &patient, &now_ms).unwrap();
    assert!(!offline.online);
    assert!(offline.next_due_ms.is_some(), "a next try is planned");
    let (first, second) = (app.item(keys[0]), app.item(keys[1]));
    assert_eq!((first.state, first.attempts), (OutboxState::Waiting, 1));
    assert_eq!(
        (second.state, second.attempts),
        (OutboxState::Waiting, 0),
        "the other waits untried: it would meet the same"
    );
    let delivery = app.db().delivery(first.draft_id.unwrap()).unwrap().unwrap();
    assert_eq!(delivery.problem, Some(DeliveryProblem::NoAnswer));
    assert!(delivery.next_attempt_at_ms.is_some());
    assert_eq!(app.status(keys[0]), ApplicationStatus::WaitingToBeSent);

    // The service comes back where it was: the next pass delivers, without waiting out the
    // backoff (a long one here).
    let service = rt.block_on(start_again(port));
    let pass = run_pass(&app.db, &courier, Some(&token), &patient, &now_ms).unwrap();
    assert!(pass.online);
    assert_eq!(
        app.db().undelivered_count(TEST_ENVIRONMENT_DESTINATION).unwrap(),
        0,
        "delivered at once: {pass:?}"
    );
    for key in &keys {
        assert_eq!(service.stored(*key), 1);
        assert_eq!(app.status(*key), ApplicationStatus::Received);
    }

    // Passes ask for the statuses until the service decides.
    let mut seen = vec![ApplicationStatus::Received];
    let started = Instant::now();
    while app.status(keys[0]) != ApplicationStatus::Approved || app.status(keys[1]) != ApplicationStatus::Approved {
        assert!(started.elapsed() < Duration::from_secs(20), "not approved: {seen:?}");
        let pass = app.pass(&courier, Some(&token));
        assert!(pass.online);
        let status = app.status(keys[0]);
        if seen.last() != Some(&status) {
            seen.push(status);
        }
        std::thread::sleep(Duration::from_millis(60));
    }
    assert_eq!(
        seen,
        vec![
            ApplicationStatus::Received,
            ApplicationStatus::InProcessing,
            ApplicationStatus::Approved
        ]
    );
    let pass = app.pass(&courier, Some(&token));
    assert!(!pass.undecided, "nothing left to ask about");
    let draft_id = app.item(keys[0]).draft_id.unwrap();
    let server = app.db().delivery(draft_id).unwrap().unwrap().server.unwrap();
    assert_eq!(server.status, ApplicationStatus::Approved);
}

/// The port is free again as soon as the old listener has closed.
async fn start_again(port: u16) -> TestService {
    for _ in 0..50 {
        if let Ok(service) = TestService::start_on(port, fast()).await {
            return service;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("port {port} stayed taken");
}

#[test]
fn a_refusal_is_kept_with_its_reason_and_never_tried_again() {
    let rt = runtime();
    let service = rt.block_on(TestService::start(Timing::default())).unwrap();
    let courier = courier(&service.url);
    // The login's answer listed the organisation, but the service refuses Tiina's own
    // application for it (403): a refusal.
    let mut token = tiina();
    token.scope.organisations.push("1234567-8".into());
    let app = App::new();
    let keys = app.queue(1, "1234567-8");
    for _ in 0..3 {
        app.pass(&courier, Some(&token));
    }
    let item = app.item(keys[0]);
    assert_eq!((item.state, item.attempts), (OutboxState::Failed, 1));
    assert_eq!(service.attempts(), 1, "not tried again");
    assert_eq!(service.stored(keys[0]), 0);
    assert_eq!(app.status(keys[0]), ApplicationStatus::Refused);
    let delivery = app.db().delivery(item.draft_id.unwrap()).unwrap().unwrap();
    assert_eq!(
        delivery.problem,
        Some(DeliveryProblem::Refused {
            status: 403,
            code: Some("not-represented".into())
        })
    );
    assert_eq!(app.db().undelivered_count(TEST_ENVIRONMENT_DESTINATION).unwrap(), 0);
}

/// A shared workstation: Tiina sent applications for two organisations, then Matti logs in. He
/// may act for one of them: only that one goes, under his token; the other waits for someone
/// who may act for it, counted for the header, and is not due (no pass spins on it). A 403 to
/// Matti for Tiina's application is not a refusal: it waits, and goes with Tiina's next login.
/// An item queued for a real service never goes to the test service.
#[test]
fn a_session_sends_only_what_its_person_may_send_for_this_service() {
    let rt = runtime();
    let service = rt.block_on(TestService::start(Timing::default())).unwrap();
    let courier = courier(&service.url);
    let app = App::new();
    let tiinas = app.queue(1, ORGANISATION)[0];
    let pharmacy = "1732050-2";
    let mut prescription = document::parse(include_str!("../../../tests/examples/prescription.json")).unwrap();
    prescription.application.id = Some(Uuid::new_v4());
    // The pharmacy's register data on the example's (valid) application: who sends it is the point here.
    prescription.organisation.register = test_environment::organisation(pharmacy).unwrap().register();
    let shared = app.queue_file(prescription, &origin());
    let for_real = Origin {
        destination: "https://kanta.example".into(),
        ..origin()
    };
    let real = app.queue_file(application(ORGANISATION), &for_real);
    let matti_session = Session::of_test_person(test_environment::person("matti-meikalainen").unwrap(), now_ms());
    let matti = SendingAs {
        person: matti_session.identified.subject.clone(),
        scope: Scope {
            organisations: vec![pharmacy.into()],
            ..tiina().scope.clone()
        },
        access_token: matti_session.tokens.access_token.clone(),
    };

    let pass = app.pass(&courier, Some(&matti));
    assert_eq!(service.attempts(), 1, "only the pharmacy's");
    let item = app.item(shared);
    assert_eq!(
        service.stored(shared),
        1,
        "{:?}",
        app.db().delivery(item.draft_id.unwrap())
    );
    assert_eq!(app.item(tiinas).attempts, 0, "not tried under Matti's token");
    assert_eq!(pass.next_due_ms, None, "nothing Matti may send is due");
    assert_eq!(app.db().waiting_for_others(&matti.scope).unwrap(), 1);
    assert_eq!(
        app.db().undelivered_count(TEST_ENVIRONMENT_DESTINATION).unwrap(),
        1,
        "the real service's item is not the test environment's"
    );

    // The login's answer named Tiina's organisation for Matti, but the service does not agree.
    let mut stale = matti.clone();
    stale.scope.organisations = vec![ORGANISATION.into()];
    app.pass(&courier, Some(&stale));
    let item = app.item(tiinas);
    assert_eq!((item.state, item.attempts), (OutboxState::Waiting, 1), "not failed");
    let delivery = app.db().delivery(item.draft_id.unwrap()).unwrap().unwrap();
    assert_eq!(delivery.problem, Some(DeliveryProblem::AnotherPersonRequired));
    assert_eq!(app.status(tiinas), ApplicationStatus::WaitingToBeSent);
    app.pass(&courier, Some(&stale));
    assert_eq!(service.attempts(), 2, "tried once, then it waits for a login");

    app.db().resume_after_login(now_ms()).unwrap();
    app.deliver_all(&courier, &tiina(), Duration::from_secs(30));
    assert_eq!(service.stored(tiinas), 1);
    assert_eq!(service.stored(real), 0, "never sent to the test service");
    assert_eq!(service.attempts(), 3);
}

#[test]
fn a_refused_token_waits_for_the_next_login_then_goes_on() {
    let rt = runtime();
    let service = rt.block_on(TestService::start(Timing::default())).unwrap();
    let courier = courier(&service.url);
    let app = App::new();
    let keys = app.queue(2, ORGANISATION);

    let mut forged = tiina();
    forged.access_token = "expired-or-forged".into();
    let pass = app.pass(&courier, Some(&forged));
    assert!(pass.login_required);
    assert_eq!(pass.next_due_ms, None, "nothing is due before a login");
    assert_eq!(service.attempts(), 1, "the second is not tried with the same token");
    let draft_id = app.item(keys[0]).draft_id.unwrap();
    let delivery = app.db().delivery(draft_id).unwrap().unwrap();
    assert_eq!(delivery.problem, Some(DeliveryProblem::LoginRequired));
    app.pass(&courier, Some(&forged));
    app.pass(&courier, None);
    assert_eq!(service.attempts(), 1, "nothing is sent until the login");

    assert_eq!(app.db().resume_after_login(now_ms()).unwrap(), 2);
    app.deliver_all(&courier, &tiina(), Duration::from_secs(30));
    for key in &keys {
        assert_eq!(service.stored(*key), 1);
    }
}

/// Change notifications go the same way as applications: each arrives exactly once through a
/// fault on every try before the one that succeeds and a restart in the middle of a try, and its
/// status is asked until done; the done billing change is then the service's data.
#[test]
fn every_change_notification_arrives_exactly_once_through_faults_and_a_restart_mid_try() {
    use kanta_domain::{
        model::{application::SigningBasis, Change, ChangeNotification, ChangeStatus, Service, ServiceInUse},
        test_environment::IN_USE_ORGANISATION,
    };
    let rt = runtime();
    let service = rt.block_on(TestService::start(fast())).unwrap();
    let courier = courier(&service.url);
    let token = tiina();
    let mut app = App::new();
    let current = |s| test_environment::service_in_use(IN_USE_ORGANISATION, s).unwrap();
    let mut billing = current(Service::Prescription).billing;
    billing.invoice_reference = "Reseptikeskus".into();
    let mut contacts = current(Service::PatientDataRepository).contacts;
    contacts[1].phone = "040 999 8888".into();
    let changes: Vec<ChangeNotification> = [
        (
            Service::Prescription,
            Change::Billing {
                billing: billing.clone(),
            },
        ),
        (
            Service::PatientDataRepository,
            Change::Contacts {
                contacts: contacts.clone(),
            },
        ),
    ]
    .into_iter()
    .map(|(service, change)| ChangeNotification {
        id: Uuid::new_v4(),
        business_id: IN_USE_ORGANISATION.into(),
        service,
        change,
        made_by: "Tiina Testaaja".into(),
        basis: SigningBasis::ResponsiblePerson,
        made_at: jiff::Timestamp::now(),
    })
    .collect();
    for change in &changes {
        app.db().queue_change(IN_USE_ORGANISATION, change, &origin()).unwrap();
    }
    service.inject_for(changes[0].id, &[Fault::StoredNoAnswer]);
    service.inject_for(changes[1].id, &[Fault::Status(503), Fault::NoAnswer]);

    let item = app.db().claim_due(now_ms(), &tiina().scope).unwrap().unwrap();
    assert_eq!(item.idempotency_key, changes[0].id.to_string());
    assert_eq!(courier.submit(&token.access_token, &item), Outcome::NoAnswer);
    assert_eq!(service.stored(changes[0].id), 1, "it did arrive");
    app.restart();
    app.deliver_all(&courier, &token, Duration::from_secs(60));

    // Statuses are asked until both are done.
    let started = Instant::now();
    loop {
        let pass = app.pass(&courier, Some(&token));
        if !pass.undecided {
            break;
        }
        assert!(started.elapsed() < Duration::from_secs(20), "still undecided: {pass:?}");
        std::thread::sleep(Duration::from_millis(100));
    }
    let kept = app.db().changes_of(IN_USE_ORGANISATION).unwrap();
    assert_eq!(kept.len(), 2);
    for change in &kept {
        assert_eq!(service.stored(change.notification.id), 1, "stored exactly once");
        assert_eq!(change.delivery.state, OutboxState::Sent);
        assert!(change.delivery.attempts >= 2, "met a fault first");
        assert_eq!(change.status.as_ref().map(|s| s.status), Some(ChangeStatus::Done));
    }
    let url = format!(
        "{}/v1/customers/{IN_USE_ORGANISATION}/services/prescription",
        service.url
    );
    let data: ServiceInUse = rt.block_on(async {
        reqwest::Client::new()
            .get(&url)
            .bearer_auth(&token.access_token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    assert_eq!(
        (data.billing, data.contacts),
        (billing, contacts),
        "done: the service's data"
    );
}

/// Tries 1 s apart, always: the pace a storm would break.
const STEADY: PassRules = PassRules {
    backoff: Backoff {
        base_ms: 1_000,
        cap_ms: 1_000,
        jitter: 0.0,
    },
    status_every_ms: 50,
};

/// Runs passes back to back (as a worker woken often would) for `window`; returns how many
/// times the item of `key` was tried.
fn tries_in(app: &App, courier: &Courier, key: Uuid, window: Duration) -> u32 {
    let token = tiina();
    let started = Instant::now();
    while started.elapsed() < window {
        run_pass(&app.db, courier, Some(&token), &STEADY, &now_ms).unwrap();
        std::thread::sleep(Duration::from_millis(20));
    }
    app.item(key).attempts
}

/// A service whose health answers while its submissions time out: an item that met no answer
/// is brought forward at most once per backoff period, so it is tried about twice a second here,
/// not on every pass (about 20 times in 4 s without the bound).
#[test]
fn a_healthy_service_whose_submissions_time_out_is_tried_at_the_backoff_s_pace() {
    let _turn = port_turn();
    let runtime = runtime();
    let service = runtime.block_on(TestService::start(fast())).unwrap();
    let app = App::new();
    let key = app.queue(1, ORGANISATION)[0];
    service.inject_for(key, &[Fault::NoAnswer; 100]);
    let courier = Courier::new(&service.url, Duration::from_millis(150)).unwrap();
    let tries = tries_in(&app, &courier, key, Duration::from_secs(4));
    // The first try, then at most one brought forward per second and one due per second.
    assert!((3..=9).contains(&tries), "{tries} tries in 4 s");
}

/// A health that answers 503 says the service is not ready: nothing is brought forward, and the
/// item waits out its backoff (about 2 tries in 2 s here, a dozen without).
#[test]
fn a_503_health_brings_nothing_forward() {
    let _turn = port_turn();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        use std::io::{Read, Write};
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            std::thread::spawn(move || {
                let mut head = [0u8; 8192];
                let n = stream.read(&mut head).unwrap_or(0);
                if head[..n].starts_with(b"GET /v1/health") {
                    let _ = stream.write_all(b"HTTP/1.1 503 Unavailable\r\nContent-Length: 0\r\n\r\n");
                } else {
                    // A submission: no answer, until the client gives up.
                    std::thread::sleep(Duration::from_millis(500));
                }
            });
        }
    });
    let app = App::new();
    let key = app.queue(1, ORGANISATION)[0];
    let courier = Courier::new(&url, Duration::from_millis(150)).unwrap();
    let tries = tries_in(&app, &courier, key, Duration::from_secs(2));
    assert!((1..=3).contains(&tries), "{tries} tries in 2 s");
    let pass = run_pass(&app.db, &courier, Some(&tiina()), &STEADY, &now_ms).unwrap();
    assert!(pass.online, "a 503 is an answer: online, not ready");
}
