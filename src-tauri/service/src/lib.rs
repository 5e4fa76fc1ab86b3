//! `kanta-service`: the built-in Kanta test service: a real HTTP server on loopback implementing
//! the API written down in `openapi.json`, with a small fixture (the test environment's
//! fictional persons and organisations, `kanta_domain::test_environment`). The app starts it as
//! its embedded default environment (`kanta_app::sending`), so that a fresh install can be tried
//! from login to "approved" with no network; the tests use the same server
//! and inject faults before an answer: a delay, an error status, no answer at all, or no answer
//! after storing (the client then delivers again and must not be counted twice).
//!
//! What it received can be kept in a journal file (`TestService::start_with_journal`), so that
//! the app's embedded service still knows, after a restart, the applications sent before: one
//! JSON line per application with its id, when it arrived, the organisation's business ID and
//! the service, and nothing personal (the contacts stay in the app's encrypted database).
//!
//! Tokens: the built-in test environment's access tokens name their test person and carry a MAC
//! of this run's key (`kanta_domain::test_environment::tokens`); any other token, a forged
//! `test.<person>.x` included, is refused with 401. Statuses move on by
//! themselves: received, then in processing, then approved (`Timing`).
//!
//! Invariant: it depends on the domain only; it stands in for Kela's service and shares none of
//! the app's storage or sending.

use std::{
    collections::{BTreeSet, HashMap, VecDeque},
    io::Write,
    path::{Path as FilePath, PathBuf},
    sync::{Arc, Mutex, MutexGuard},
    time::Duration,
};

use axum::{
    body::Bytes,
    extract::{Path, State},
    http::{header, HeaderMap, StatusCode},
    response::{IntoResponse, Response},
    routing::{get, post, MethodRouter},
    Json, Router,
};
use jiff::Timestamp;
use kanta_domain::{
    codelists::{self, ListId},
    model::{
        document, ApplicationFile, ChangeNotification, ChangeRecord, ChangeStatus, ChangeStatusView, Service,
        ServiceInUse,
    },
    test_environment::{self, TestPerson},
    validation,
};
use serde::Serialize;
use serde_json::json;
use uuid::Uuid;

/// Every route, as OpenAPI writes it (method, path): the router is built from this list, and a
/// test holds it against `openapi.json`.
pub const ROUTES: &[(&str, &str)] = &[
    ("get", "/v1/health"),
    ("get", "/v1/organisations"),
    ("get", "/v1/code-lists"),
    ("post", "/v1/applications"),
    ("get", "/v1/applications/{applicationId}"),
    ("get", "/v1/customers/{businessId}/services/{service}"),
    ("post", "/v1/customers/{businessId}/changes"),
    ("get", "/v1/customers/{businessId}/changes/{changeId}"),
];

/// How long an application stays in each status before it moves on.
#[derive(Debug, Clone, Copy)]
pub struct Timing {
    pub in_processing_after: Duration,
    pub approved_after: Duration,
}

impl Default for Timing {
    /// Short enough to watch in the app.
    fn default() -> Timing {
        Timing {
            in_processing_after: Duration::from_secs(5),
            approved_after: Duration::from_secs(20),
        }
    }
}

/// What the next submission meets before it is answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Answered after a delay.
    Delay(Duration),
    /// Answered with this status, storing nothing.
    Status(u16),
    /// Not answered: the connection is held until the client gives up.
    NoAnswer,
    /// Stored, then not answered: the client does not know it arrived and delivers it again.
    StoredNoAnswer,
}

/// The running service.
pub struct TestService {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    shared: Arc<Shared>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl TestService {
    /// Starts the service on 127.0.0.1 at a free port.
    pub async fn start(timing: Timing) -> std::io::Result<TestService> {
        TestService::start_on(0, timing).await
    }

    /// Starts the service on 127.0.0.1 at `port` (0: a free one): a test that stops the
    /// service starts it again where the app expects it.
    pub async fn start_on(port: u16, timing: Timing) -> std::io::Result<TestService> {
        TestService::serve(port, timing, Store::default()).await
    }

    /// Starts the service at a free port, knowing the applications its journal file (created
    /// if missing) names, and adding each new one to it.
    pub async fn start_with_journal(timing: Timing, journal: &FilePath) -> std::io::Result<TestService> {
        let store = Store {
            applications: read_journal(journal)?,
            journal: Some(journal.to_owned()),
            ..Store::default()
        };
        TestService::serve(0, timing, store).await
    }

    async fn serve(port: u16, timing: Timing, store: Store) -> std::io::Result<TestService> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        let url = format!("http://{}", listener.local_addr()?);
        let shared = Arc::new(Shared {
            timing,
            state: Mutex::new(store),
        });
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let app = router(shared.clone());
        tokio::spawn(async move {
            let served = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = stopped.await;
                })
                .await;
            if let Err(err) = served {
                tracing::error!(%err, "the test service stopped");
            }
        });
        tracing::info!("test service started");
        Ok(TestService {
            url,
            shared,
            stop: Some(stop),
        })
    }

    /// Queues a fault for the next submission that finds none queued before it.
    pub fn inject(&self, fault: Fault) {
        self.shared.store().faults.push_back(fault);
    }

    /// Queues faults for the next submissions of the application with this idempotency key,
    /// one per try, before those `inject` queued for any.
    pub fn inject_for(&self, key: Uuid, faults: &[Fault]) {
        self.shared.store().faults_for.entry(key).or_default().extend(faults);
    }

    /// How many times the application with this idempotency key was stored (never more than 1).
    pub fn stored(&self, key: Uuid) -> usize {
        self.shared.store().stored.get(&key).copied().unwrap_or(0)
    }

    /// Returns the application with this idempotency key for correction, with `reason`, as a
    /// handler at Kela would: its status is `returned` from now on. False if it never arrived.
    pub fn return_application(&self, key: Uuid, reason: &str) -> bool {
        let mut store = self.shared.store();
        match store.applications.get_mut(&key) {
            Some(received) => {
                received.returned = Some((Timestamp::now(), reason.to_owned()));
                true
            }
            None => false,
        }
    }

    /// Returns the change notification with this id, with `reason`: nothing of it is made.
    /// False if it never arrived.
    pub fn return_change(&self, id: Uuid, reason: &str) -> bool {
        let mut store = self.shared.store();
        match store.changes.get_mut(&id) {
            Some(change) => {
                change.returned = Some((Timestamp::now(), reason.to_owned()));
                true
            }
            None => false,
        }
    }

    /// How many submissions arrived, faults and repeats included.
    pub fn attempts(&self) -> usize {
        self.shared.store().attempts
    }

    pub fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

impl Drop for TestService {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

struct Shared {
    timing: Timing,
    state: Mutex<Store>,
}

impl Shared {
    fn store(&self) -> MutexGuard<'_, Store> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[derive(Default)]
struct Store {
    applications: HashMap<Uuid, Received>,
    /// Times each key was stored: the exactly-once count the tests read.
    stored: HashMap<Uuid, usize>,
    attempts: usize,
    faults: VecDeque<Fault>,
    faults_for: HashMap<Uuid, VecDeque<Fault>>,
    journal: Option<PathBuf>,
    /// Change notifications received, by id (their idempotency key).
    changes: HashMap<Uuid, ReceivedChange>,
}

struct ReceivedChange {
    at: Timestamp,
    notification: ChangeNotification,
    /// Returned: when, and why; nothing of it is made.
    returned: Option<(Timestamp, String)>,
}

impl ReceivedChange {
    fn record(&self, timing: Timing, now: Timestamp) -> ChangeRecord {
        ChangeRecord {
            kind: self.notification.change.kind(),
            made_by: self.notification.made_by.clone(),
            made_at: self.notification.made_at,
            status: self.status(timing, now),
        }
    }

    /// Received, then in processing, then done (or returned), by the same timing as applications.
    fn status(&self, timing: Timing, now: Timestamp) -> ChangeStatusView {
        let since = |d: Duration| self.at + jiff::SignedDuration::try_from(d).unwrap_or_default();
        let (status, updated_at, reason) = match &self.returned {
            Some((at, reason)) => (ChangeStatus::Returned, *at, Some(reason.clone())),
            None if now >= since(timing.approved_after) => (ChangeStatus::Done, since(timing.approved_after), None),
            None if now >= since(timing.in_processing_after) => {
                (ChangeStatus::InProcessing, since(timing.in_processing_after), None)
            }
            None => (ChangeStatus::Received, self.at, None),
        };
        ChangeStatusView {
            change_id: self.notification.id,
            status,
            reason,
            updated_at,
        }
    }
}

struct Received {
    at: Timestamp,
    business_id: String,
    service: Service,
    /// The application as received; not kept in the journal, so not known after a restart.
    file: Option<ApplicationFile>,
    /// Returned for correction: when, and why.
    returned: Option<(Timestamp, String)>,
}

/// One line of the journal.
#[derive(Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
struct JournalLine {
    application_id: Uuid,
    at: Timestamp,
    business_id: String,
    service: Service,
}

/// The applications a journal names. A line cut short by a crash is skipped.
fn read_journal(path: &FilePath) -> std::io::Result<HashMap<Uuid, Received>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(err) => return Err(err),
    };
    Ok(text
        .lines()
        .filter_map(|line| serde_json::from_str::<JournalLine>(line).ok())
        .map(|l| {
            let received = Received {
                at: l.at,
                business_id: l.business_id,
                service: l.service,
                file: None,
                returned: None,
            };
            (l.application_id, received)
        })
        .collect())
}

fn append_to_journal(path: &FilePath, key: Uuid, received: &Received) -> std::io::Result<()> {
    let line = JournalLine {
        application_id: key,
        at: received.at,
        business_id: received.business_id.clone(),
        service: received.service,
    };
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    // The journal names business IDs: the user's alone, like the rest of the data folder.
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    writeln!(file, "{}", serde_json::to_string(&line)?)?;
    file.sync_data()
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct StatusView {
    application_id: Uuid,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    updated_at: Timestamp,
}

impl Received {
    fn status(&self, id: Uuid, timing: Timing, now: Timestamp) -> StatusView {
        let since = |d: Duration| self.at + jiff::SignedDuration::try_from(d).unwrap_or_default();
        if let Some((at, reason)) = &self.returned {
            return StatusView {
                application_id: id,
                status: "returned",
                reason: Some(reason.clone()),
                updated_at: *at,
            };
        }
        let (status, updated_at) = if now >= since(timing.approved_after) {
            ("approved", since(timing.approved_after))
        } else if now >= since(timing.in_processing_after) {
            ("in-processing", since(timing.in_processing_after))
        } else {
            ("received", self.at)
        };
        StatusView {
            application_id: id,
            status,
            reason: None,
            updated_at,
        }
    }
}

fn router(shared: Arc<Shared>) -> Router {
    let mut router = Router::new();
    for (method, path) in ROUTES {
        let route: MethodRouter<Arc<Shared>> = match (*method, *path) {
            ("get", "/v1/health") => get(|| async { StatusCode::NO_CONTENT }),
            ("get", "/v1/organisations") => get(organisations),
            ("get", "/v1/code-lists") => get(code_lists),
            ("post", "/v1/applications") => post(submit),
            ("get", "/v1/applications/{applicationId}") => get(application_status),
            ("get", "/v1/customers/{businessId}/services/{service}") => get(customer_service),
            ("post", "/v1/customers/{businessId}/changes") => post(submit_change),
            ("get", "/v1/customers/{businessId}/changes/{changeId}") => get(change_status),
            _ => unreachable!("every route in ROUTES has a handler"),
        };
        router = router.route(path, route);
    }
    router.with_state(shared)
}

fn problem(status: StatusCode, code: &str) -> Response {
    (status, Json(json!({ "code": code }))).into_response()
}

/// The test person the bearer token names.
fn person(headers: &HeaderMap) -> Option<&'static TestPerson> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .and_then(test_environment::tokens::person_of)
}

/// The person the token names, if they may act for `business_id`; else the refusal to answer.
fn acting_for(headers: &HeaderMap, business_id: &str) -> Result<&'static TestPerson, Response> {
    let person = person(headers).ok_or_else(unauthorised)?;
    match represents(person, business_id) {
        true => Ok(person),
        false => Err(problem(StatusCode::FORBIDDEN, "not-represented")),
    }
}

/// The answer to a submission stored (`created`) or known already: none at all when the fault
/// says the answer is lost after storing.
async fn answer_stored(created: bool, fault: Option<Fault>, view: impl Serialize) -> Response {
    if fault == Some(Fault::StoredNoAnswer) {
        return never().await;
    }
    let status = if created { StatusCode::CREATED } else { StatusCode::OK };
    (status, Json(view)).into_response()
}

/// No valid token: the app asks for a new login.
fn unauthorised() -> Response {
    problem(StatusCode::UNAUTHORIZED, "invalid-token")
}

fn represents(person: &TestPerson, business_id: &str) -> bool {
    person.represents.iter().any(|(id, _)| *id == business_id)
}

async fn organisations(headers: HeaderMap) -> Response {
    match person(&headers) {
        Some(person) => Json(json!({ "organisations": person.representations() })).into_response(),
        None => unauthorised(),
    }
}

async fn code_lists(headers: HeaderMap) -> Response {
    match person(&headers) {
        Some(_) => Json(ListId::ALL.map(|id| codelists::list(id).clone()).to_vec()).into_response(),
        None => unauthorised(),
    }
}

/// A submission (of an application or a change) counted, its idempotency key read, and the fault
/// queued for it met: `Err` is the answer the fault gives instead of the service's.
async fn before_answer(shared: &Shared, headers: &HeaderMap) -> Result<(Option<Uuid>, Option<Fault>), Response> {
    let key = headers
        .get("idempotency-key")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<Uuid>().ok());
    let fault = {
        let mut store = shared.store();
        store.attempts += 1;
        let own = key.and_then(|key| store.faults_for.get_mut(&key)?.pop_front());
        own.or_else(|| store.faults.pop_front())
    };
    match fault {
        Some(Fault::Delay(delay)) => tokio::time::sleep(delay).await,
        Some(Fault::Status(code)) => {
            return Err(problem(
                StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR),
                "injected",
            ))
        }
        Some(Fault::NoAnswer) => return Err(never().await),
        Some(Fault::StoredNoAnswer) | None => {}
    }
    Ok((key, fault))
}

async fn submit(State(shared): State<Arc<Shared>>, headers: HeaderMap, body: Bytes) -> Response {
    let (key, fault) = match before_answer(&shared, &headers).await {
        Ok(met) => met,
        Err(answer) => return answer,
    };
    let Some(person) = person(&headers) else {
        return unauthorised();
    };
    let Some(key) = key else {
        return problem(StatusCode::BAD_REQUEST, "idempotency-key");
    };
    let Ok(file) = document::parse_bytes(&body, body.len() as u64) else {
        return problem(StatusCode::BAD_REQUEST, "unreadable");
    };
    if !represents(person, &file.organisation.register.business_id) {
        return problem(StatusCode::FORBIDDEN, "not-represented");
    }
    // A key already used for another organisation's application: its status (and that it
    // exists at all) is that organisation's, not this sender's.
    let taken = shared.store().applications.get(&key).map(|r| r.business_id.clone());
    if taken.is_some_and(|owner| owner != file.organisation.register.business_id) {
        return problem(StatusCode::BAD_REQUEST, "idempotency-key");
    }
    if validation::application::validate(&file).iter().any(|f| f.is_error()) {
        return problem(StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    }
    let now = Timestamp::now();
    let (created, view) = {
        let mut store = shared.store();
        let created = !store.applications.contains_key(&key);
        if created {
            let received = Received {
                at: now,
                business_id: file.organisation.register.business_id.clone(),
                service: file.application.service,
                file: Some(file),
                returned: None,
            };
            if let Some(journal) = &store.journal {
                if let Err(err) = append_to_journal(journal, key, &received) {
                    tracing::error!(%err, "the test service's journal cannot be written");
                }
            }
            store.applications.insert(key, received);
            *store.stored.entry(key).or_default() += 1;
        }
        (created, store.applications[&key].status(key, shared.timing, now))
    };
    tracing::info!(created, "application received");
    answer_stored(created, fault, view).await
}

async fn application_status(State(shared): State<Arc<Shared>>, headers: HeaderMap, Path(id): Path<String>) -> Response {
    let Some(person) = person(&headers) else {
        return unauthorised();
    };
    // A malformed id names no application: 404 as the contract says, not the router's 400.
    let Ok(id) = id.parse::<Uuid>() else {
        return problem(StatusCode::NOT_FOUND, "unknown-application");
    };
    let store = shared.store();
    // Only to someone who may act for its organisation; to anyone else it does not exist.
    match store
        .applications
        .get(&id)
        .filter(|r| represents(person, &r.business_id))
    {
        Some(received) => Json(received.status(id, shared.timing, Timestamp::now())).into_response(),
        None => problem(StatusCode::NOT_FOUND, "unknown-application"),
    }
}

async fn customer_service(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path((business_id, service)): Path<(String, String)>,
) -> Response {
    if let Err(refused) = acting_for(&headers, &business_id) {
        return refused;
    }
    let Some(service) = kanta_domain::codes::parse::<Service>(&service) else {
        return problem(StatusCode::NOT_FOUND, "no-customer-relationship");
    };
    let now = Timestamp::now();
    let store = shared.store();
    // The latest approved application received here makes its data current; before any, the
    // test environment's customer register answers (the organisations already in use).
    let approved = store
        .applications
        .iter()
        .filter(|(_, r)| r.business_id == business_id && r.service == service)
        .filter_map(|(id, r)| {
            let status = r.status(*id, shared.timing, now);
            (status.status == "approved").then(|| Some(ServiceInUse::approved(r.file.as_ref()?, status.updated_at)))?
        })
        .max_by_key(|data| data.updated_at);
    let Some(mut data) = approved.or_else(|| test_environment::service_in_use(&business_id, service)) else {
        return problem(StatusCode::NOT_FOUND, "no-customer-relationship");
    };
    // The changes made since, in the order they were made: the contacts are the customer's
    // (any service's change replaces them), billing is the service's own.
    let mut concerning: Vec<&ReceivedChange> = store
        .changes
        .values()
        .filter(|c| c.notification.business_id == business_id)
        .filter(|c| c.notification.change.concerns(c.notification.service, service))
        .collect();
    concerning.sort_by_key(|c| c.at);
    for change in &concerning {
        let status = change.status(shared.timing, now);
        if status.status == ChangeStatus::Done {
            change.notification.change.apply_to(&mut data);
            data.updated_at = data.updated_at.max(status.updated_at);
        }
    }
    // The changes it lists: those received here and those the register held before, the
    // latest first, as many as the contract allows.
    data.changes
        .extend(concerning.iter().map(|c| c.record(shared.timing, now)));
    data.changes.sort_by(|a, b| b.made_at.cmp(&a.made_at));
    data.changes.truncate(ChangeRecord::MAX);
    Json(data).into_response()
}

/// The services the customer uses, as this service knows: the test environment's customer
/// register, and those approved here.
fn services_in_use(store: &Store, timing: Timing, business_id: &str, now: Timestamp) -> BTreeSet<Service> {
    let mut in_use: BTreeSet<Service> = test_environment::organisation(business_id)
        .map(|org| org.services_in_use.iter().copied().collect())
        .unwrap_or_default();
    in_use.extend(
        store
            .applications
            .iter()
            .filter(|(id, r)| r.business_id == business_id && r.status(**id, timing, now).status == "approved")
            .map(|(_, r)| r.service),
    );
    in_use
}

/// A change notification, stored once by its id (the idempotency key), checked by the same
/// rules as in the app; answered with its status.
async fn submit_change(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path(business_id): Path<String>,
    body: Bytes,
) -> Response {
    let (key, fault) = match before_answer(&shared, &headers).await {
        Ok(met) => met,
        Err(answer) => return answer,
    };
    if let Err(refused) = acting_for(&headers, &business_id) {
        return refused;
    }
    let Some(key) = key else {
        return problem(StatusCode::BAD_REQUEST, "idempotency-key");
    };
    if body.len() > document::MAX_FILE_BYTES {
        return problem(StatusCode::PAYLOAD_TOO_LARGE, "too-large");
    }
    let Ok(notification) = serde_json::from_slice::<ChangeNotification>(&body) else {
        return problem(StatusCode::BAD_REQUEST, "unreadable");
    };
    if notification.id != key || notification.business_id != business_id {
        return problem(StatusCode::BAD_REQUEST, "mismatch");
    }
    let Some(org) = test_environment::organisation(&business_id) else {
        return problem(StatusCode::NOT_FOUND, "no-customer-relationship");
    };
    let now = Timestamp::now();
    let in_use = services_in_use(&shared.store(), shared.timing, &business_id, now);
    if !in_use.contains(&notification.service) {
        return problem(StatusCode::NOT_FOUND, "no-customer-relationship");
    }
    let findings = validation::change::validate(&notification.change, &business_id, org.customer_type, &in_use);
    if findings.iter().any(|f| f.is_error()) {
        return problem(StatusCode::UNPROCESSABLE_ENTITY, "invalid");
    }
    let (created, view) = {
        let mut store = shared.store();
        if store
            .changes
            .get(&key)
            .is_some_and(|c| c.notification.business_id != business_id)
        {
            return problem(StatusCode::BAD_REQUEST, "idempotency-key");
        }
        let created = !store.changes.contains_key(&key);
        if created {
            let received = ReceivedChange {
                at: now,
                notification,
                returned: None,
            };
            store.changes.insert(key, received);
            *store.stored.entry(key).or_default() += 1;
        }
        (created, store.changes[&key].status(shared.timing, now))
    };
    tracing::info!(created, "change notification received");
    answer_stored(created, fault, view).await
}

async fn change_status(
    State(shared): State<Arc<Shared>>,
    headers: HeaderMap,
    Path((business_id, id)): Path<(String, String)>,
) -> Response {
    if let Err(refused) = acting_for(&headers, &business_id) {
        return refused;
    }
    let Ok(id) = id.parse::<Uuid>() else {
        return problem(StatusCode::NOT_FOUND, "unknown-change");
    };
    let store = shared.store();
    match store
        .changes
        .get(&id)
        .filter(|c| c.notification.business_id == business_id)
    {
        Some(change) => Json(change.status(shared.timing, Timestamp::now())).into_response(),
        None => problem(StatusCode::NOT_FOUND, "unknown-change"),
    }
}

/// An answer that never comes: the client times out, as with a dead connection.
async fn never() -> Response {
    std::future::pending::<()>().await;
    unreachable!("pending never resolves")
}

#[cfg(test)]
mod tests;
