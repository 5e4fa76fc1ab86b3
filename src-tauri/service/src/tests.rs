//! The test service over real HTTP on loopback: its routes are the ones `openapi.json` names; an
//! application arrives exactly once whatever faults its deliveries meet; statuses move on; the
//! token decides what the person may see.

use std::collections::BTreeSet;

use super::*;
use kanta_domain::model::ApplicationStatus;

/// Tokens issued in this run, as the app's login gives them.
static TIINA_TOKEN: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| test_environment::tokens::issue(test_environment::tiina()));
static ESSI_TOKEN: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| test_environment::tokens::issue(test_environment::person("essi-esimerkki").unwrap()));

/// A client that gives up after 3 s (a debug build's first validation takes about 1 s).
fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(Duration::from_secs(3))
        .build()
        .unwrap()
}

/// The client data archive example, for the test environment's social care organisation.
fn application(key: Uuid) -> String {
    let mut file = example_file();
    let org = test_environment::organisation("3141593-8").unwrap();
    file.organisation.register = org.register();
    file.organisation.customer_type = org.customer_type;
    file.application.id = Some(key);
    file.to_json_pretty()
}

fn example_file() -> ApplicationFile {
    document::parse(include_str!("../../../tests/examples/client-data-archive.json")).unwrap()
}

/// A GET with `token` (none: no header): the status and the JSON body (null when none).
async fn get(url: &str, token: Option<&str>) -> (u16, serde_json::Value) {
    let mut request = client().get(url);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let answer = request.send().await.unwrap();
    let status = answer.status().as_u16();
    (status, answer.json().await.unwrap_or(serde_json::Value::Null))
}

async fn submit(service: &TestService, token: &str, key: Uuid) -> Result<reqwest::Response, reqwest::Error> {
    client()
        .post(format!("{}/v1/applications", service.url))
        .bearer_auth(token)
        .header("Idempotency-Key", key.to_string())
        .header("Content-Type", "application/json")
        .body(application(key))
        .send()
        .await
}

#[test]
fn openapi_documents_every_route_and_no_other() {
    let doc: serde_json::Value = serde_json::from_str(include_str!("../openapi.json")).unwrap();
    let documented: BTreeSet<(String, String)> = doc["paths"]
        .as_object()
        .unwrap()
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .unwrap()
                .keys()
                .filter(|k| ["get", "post", "put", "patch", "delete"].contains(&k.as_str()))
                .map(move |method| (method.clone(), path.clone()))
        })
        .collect();
    let served: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|(method, path)| (method.to_string(), path.to_string()))
        .collect();
    assert_eq!(documented, served);
}

#[tokio::test]
async fn an_application_arrives_once_whatever_its_deliveries_meet() {
    let service = TestService::start(Timing::default()).await.unwrap();
    let key = Uuid::new_v4();
    service.inject(Fault::Status(500));
    service.inject(Fault::NoAnswer);
    service.inject(Fault::Delay(Duration::from_millis(100)));
    service.inject(Fault::StoredNoAnswer);

    assert_eq!(submit(&service, TIINA_TOKEN.as_str(), key).await.unwrap().status(), 500);
    assert!(submit(&service, TIINA_TOKEN.as_str(), key)
        .await
        .unwrap_err()
        .is_timeout());
    // Delayed, then stored: 201.
    assert_eq!(submit(&service, TIINA_TOKEN.as_str(), key).await.unwrap().status(), 201);
    // Stored again? No: the answer is lost, but the key is known.
    assert!(submit(&service, TIINA_TOKEN.as_str(), key)
        .await
        .unwrap_err()
        .is_timeout());
    let again = submit(&service, TIINA_TOKEN.as_str(), key).await.unwrap();
    assert_eq!(again.status(), 200, "a repeat gets the first answer");
    let body: serde_json::Value = again.json().await.unwrap();
    assert_eq!(body["status"], "received");
    assert_eq!(body["applicationId"], key.to_string());
    assert_eq!(service.stored(key), 1, "exactly once");
    assert_eq!(service.attempts(), 5);
}

#[tokio::test]
async fn statuses_move_on_and_the_approved_service_is_the_customers() {
    let timing = Timing {
        in_processing_after: Duration::from_secs(1),
        approved_after: Duration::from_secs(2),
    };
    let service = TestService::start(timing).await.unwrap();
    let key = Uuid::new_v4();
    let customer = format!("{}/v1/customers/3141593-8/services/client-data-archive", service.url);
    let application = format!("{}/v1/applications/{key}", service.url);
    let status = || async { get(&application, Some(TIINA_TOKEN.as_str())).await.1["status"].clone() };
    assert_eq!(submit(&service, TIINA_TOKEN.as_str(), key).await.unwrap().status(), 201);
    assert_eq!(status().await, "received");
    assert_eq!(get(&customer, Some(TIINA_TOKEN.as_str())).await.0, 404);
    tokio::time::sleep(Duration::from_millis(1200)).await;
    assert_eq!(status().await, "in-processing");
    tokio::time::sleep(Duration::from_millis(1000)).await;
    assert_eq!(status().await, "approved");
    let (_, data) = get(&customer, Some(TIINA_TOKEN.as_str())).await;
    let data: ServiceInUse = serde_json::from_value(data).unwrap();
    let sent = example_file();
    assert_eq!(data.customer, sent.organisation.customer);
    assert_eq!(
        (data.service, data.status),
        (Service::ClientDataArchive, ApplicationStatus::Approved)
    );
    assert_eq!(
        data.contacts, sent.organisation.contacts,
        "the contacts it was sent with"
    );
    assert_eq!(data.connection_points, sent.application.connection_points);
    let unknown = format!("{}/v1/applications/{}", service.url, Uuid::new_v4());
    assert_eq!(get(&unknown, Some(TIINA_TOKEN.as_str())).await.0, 404);
}

#[tokio::test]
async fn the_token_decides_who_sees_and_sends_what() {
    let service = TestService::start(Timing::default()).await.unwrap();
    let organisations = format!("{}/v1/organisations", service.url);
    assert_eq!(get(&organisations, None).await.0, 401);
    assert_eq!(get(&organisations, Some("someone-elses")).await.0, 401);
    let (_, answer) = get(&organisations, Some(TIINA_TOKEN.as_str())).await;
    assert_eq!(answer["organisations"].as_array().unwrap().len(), 6);
    let (_, answer) = get(&organisations, Some(ESSI_TOKEN.as_str())).await;
    assert_eq!(answer["organisations"].as_array().unwrap().len(), 0);
    let (_, lists) = get(&format!("{}/v1/code-lists", service.url), Some(TIINA_TOKEN.as_str())).await;
    assert_eq!(lists.as_array().unwrap().len(), 4);

    // Essi may not send for an organisation she does not act for; nothing is stored.
    let key = Uuid::new_v4();
    assert_eq!(submit(&service, ESSI_TOKEN.as_str(), key).await.unwrap().status(), 403);
    assert_eq!(service.stored(key), 0);
    let no_key = client()
        .post(format!("{}/v1/applications", service.url))
        .bearer_auth(TIINA_TOKEN.as_str())
        .body(application(key))
        .send()
        .await
        .unwrap();
    assert_eq!(no_key.status(), 400);

    // A token in the shape the service takes, but not issued in this run: refused.
    for forged in ["test.tiina-testaaja.0123456789abcdef", "test.tiina-testaaja.x.00"] {
        assert_eq!(get(&organisations, Some(forged)).await.0, 401, "{forged}");
        assert_eq!(submit(&service, forged, Uuid::new_v4()).await.unwrap().status(), 401);
    }

    // Tiina's application, its status and its contacts are for those who may act for its
    // organisation: to Matti (the pharmacy's) it does not exist, and its key is not his to use.
    let matti = test_environment::tokens::issue(test_environment::person("matti-meikalainen").unwrap());
    let key = Uuid::new_v4();
    assert_eq!(submit(&service, TIINA_TOKEN.as_str(), key).await.unwrap().status(), 201);
    let status = format!("{}/v1/applications/{key}", service.url);
    assert_eq!(get(&status, Some(TIINA_TOKEN.as_str())).await.0, 200);
    assert_eq!(get(&status, Some(&matti)).await.0, 404);
    let customer = format!("{}/v1/customers/3141593-8/services/client-data-archive", service.url);
    assert_eq!(get(&customer, Some(&matti)).await.0, 403);
    let mut file = example_file();
    file.organisation.register = test_environment::organisation("1732050-2").unwrap().register();
    file.application.id = Some(key);
    let reused = client()
        .post(format!("{}/v1/applications", service.url))
        .bearer_auth(&matti)
        .header("Idempotency-Key", key.to_string())
        .header("Content-Type", "application/json")
        .body(file.to_json_pretty())
        .send()
        .await
        .unwrap();
    assert_eq!(reused.status(), 400, "another organisation's key");

    // A malformed id or service in the path is the contract's JSON 404, not the router's
    // plain-text 400 (found by the API fuzzing).
    for path in [
        "/v1/applications/not-a-uuid",
        "/v1/customers/3141593-8/services/x-ray",
        "/v1/customers/3141593-8/changes/null,null",
    ] {
        let (status, body) = get(&format!("{}{path}", service.url), Some(TIINA_TOKEN.as_str())).await;
        assert_eq!(status, 404, "{path}");
        assert!(body["code"].is_string(), "{path}: {body}");
    }
}

#[tokio::test]
async fn a_journal_keeps_what_arrived_across_a_restart_and_nothing_personal_readable_by_the_user_alone() {
    let dir = tempfile::tempdir().unwrap();
    let journal = dir.path().join("test-service.jsonl");
    let key = Uuid::new_v4();
    let first = TestService::start_with_journal(Timing::default(), &journal)
        .await
        .unwrap();
    assert_eq!(submit(&first, TIINA_TOKEN.as_str(), key).await.unwrap().status(), 201);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&journal).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the journal is the user's alone");
    }
    first.stop();
    // A line cut short by a crash is skipped, not fatal.
    std::fs::OpenOptions::new()
        .append(true)
        .open(&journal)
        .unwrap()
        .write_all(b"{\"applicationId\":\"0f0c")
        .unwrap();

    let again = TestService::start_with_journal(Timing::default(), &journal)
        .await
        .unwrap();
    let (status, body) = get(
        &format!("{}/v1/applications/{key}", again.url),
        Some(TIINA_TOKEN.as_str()),
    )
    .await;
    assert_eq!((status, body["status"].as_str()), (200, Some("received")));
    assert_eq!(
        submit(&again, TIINA_TOKEN.as_str(), key).await.unwrap().status(),
        200,
        "a repeat after the restart is known"
    );
    assert_eq!(again.stored(key), 0, "nothing stored anew");
    let text = std::fs::read_to_string(&journal).unwrap();
    assert!(text.contains(&key.to_string()) && text.contains("3141593-8"));
    for personal in ["Bo", "Exempel", "@", "06 123"] {
        assert!(!text.contains(personal), "{personal} in the journal: {text}");
    }
}

#[tokio::test]
async fn an_organisation_in_use_is_answered_from_the_customer_register_to_those_who_act_for_it() {
    let service = TestService::start(Timing::default()).await.unwrap();
    let id = test_environment::IN_USE_ORGANISATION;
    let url = |s: &str| format!("{}/v1/customers/{id}/services/{s}", service.url);
    let (status, data) = get(&url("patient-data-repository"), Some(TIINA_TOKEN.as_str())).await;
    assert_eq!(status, 200);
    let data: ServiceInUse = serde_json::from_value(data).unwrap();
    assert_eq!(
        Some(data),
        test_environment::service_in_use(id, Service::PatientDataRepository)
    );
    assert_eq!(
        get(&url("imaging-archive"), Some(TIINA_TOKEN.as_str())).await.0,
        404,
        "not in use"
    );
    assert_eq!(
        get(&url("patient-data-repository"), Some(ESSI_TOKEN.as_str())).await.0,
        403
    );
    assert_eq!(get(&url("patient-data-repository"), None).await.0, 401);
    let (_, answer) = get(&format!("{}/v1/organisations", service.url), Some(TIINA_TOKEN.as_str())).await;
    let in_use = answer["organisations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["organisation"]["businessId"] == id)
        .unwrap();
    assert_eq!(
        in_use["servicesInUse"],
        json!(["patient-data-repository", "prescription"])
    );
}

#[tokio::test]
async fn an_application_returned_for_correction_says_why_and_is_not_in_use() {
    let timing = Timing {
        in_processing_after: Duration::from_millis(100),
        approved_after: Duration::from_millis(200),
    };
    let service = TestService::start(timing).await.unwrap();
    let key = Uuid::new_v4();
    assert!(!service.return_application(key, "unknown"), "nothing to return yet");
    assert_eq!(submit(&service, TIINA_TOKEN.as_str(), key).await.unwrap().status(), 201);
    assert!(service.return_application(key, "Liityntäpisteen OID on väärä"));
    tokio::time::sleep(Duration::from_millis(300)).await;
    let (_, status) = get(
        &format!("{}/v1/applications/{key}", service.url),
        Some(TIINA_TOKEN.as_str()),
    )
    .await;
    assert_eq!(status["status"], "returned", "returned stays, whatever the timing");
    assert_eq!(status["reason"], "Liityntäpisteen OID on väärä");
    let customer = format!("{}/v1/customers/3141593-8/services/client-data-archive", service.url);
    assert_eq!(get(&customer, Some(TIINA_TOKEN.as_str())).await.0, 404);
}

mod changes {
    use kanta_domain::{
        model::{application::SigningBasis, Change, CommonRole},
        test_environment::IN_USE_ORGANISATION,
    };

    use super::*;

    fn current(service: Service) -> ServiceInUse {
        test_environment::service_in_use(IN_USE_ORGANISATION, service).unwrap()
    }

    fn notification(service: Service, change: Change) -> ChangeNotification {
        ChangeNotification {
            id: Uuid::new_v4(),
            business_id: IN_USE_ORGANISATION.into(),
            service,
            change,
            made_by: "Tiina Testaaja".into(),
            basis: SigningBasis::ResponsiblePerson,
            made_at: Timestamp::now(),
        }
    }

    async fn send(
        service: &TestService,
        token: &str,
        change: &ChangeNotification,
    ) -> Result<reqwest::Response, reqwest::Error> {
        client()
            .post(format!("{}/v1/customers/{}/changes", service.url, change.business_id))
            .bearer_auth(token)
            .header("Idempotency-Key", change.id.to_string())
            .json(change)
            .send()
            .await
    }

    /// The service's answer for the test organisation's `name`d service in use.
    async fn answer_for(service: &TestService, name: &str) -> ServiceInUse {
        let url = format!("{}/v1/customers/{IN_USE_ORGANISATION}/services/{name}", service.url);
        serde_json::from_value(get(&url, Some(TIINA_TOKEN.as_str())).await.1).unwrap()
    }

    fn quick() -> Timing {
        Timing {
            in_processing_after: Duration::from_millis(300),
            approved_after: Duration::from_millis(600),
        }
    }

    #[tokio::test]
    async fn a_change_arrives_once_whatever_its_deliveries_meet_and_once_done_is_the_current_data() {
        let service = TestService::start(quick()).await.unwrap();
        let mut billing = current(Service::Prescription).billing;
        billing.invoice_reference = "Kanta / reseptikeskus".into();
        let change = notification(
            Service::Prescription,
            Change::Billing {
                billing: billing.clone(),
            },
        );
        service.inject_for(change.id, &[Fault::Status(503), Fault::StoredNoAnswer]);
        assert_eq!(
            send(&service, TIINA_TOKEN.as_str(), &change).await.unwrap().status(),
            503
        );
        assert!(send(&service, TIINA_TOKEN.as_str(), &change)
            .await
            .unwrap_err()
            .is_timeout());
        let again = send(&service, TIINA_TOKEN.as_str(), &change).await.unwrap();
        assert_eq!(again.status(), 200, "known already: the first answer");
        let status: ChangeStatusView = again.json().await.unwrap();
        assert_eq!(status.change_id, change.id);
        assert_eq!(service.stored(change.id), 1, "exactly once");

        let url = format!(
            "{}/v1/customers/{IN_USE_ORGANISATION}/changes/{}",
            service.url, change.id
        );
        tokio::time::sleep(Duration::from_millis(700)).await;
        let (_, status) = get(&url, Some(TIINA_TOKEN.as_str())).await;
        assert_eq!(status["status"], "done");
        let customer = |s: &str| format!("{}/v1/customers/{IN_USE_ORGANISATION}/services/{s}", service.url);
        let (_, data) = get(&customer("prescription"), Some(TIINA_TOKEN.as_str())).await;
        let data: ServiceInUse = serde_json::from_value(data).unwrap();
        assert_eq!(data.billing, billing, "the change is the current data");
        let (_, other) = get(&customer("patient-data-repository"), Some(TIINA_TOKEN.as_str())).await;
        let other: ServiceInUse = serde_json::from_value(other).unwrap();
        assert_eq!(
            other.billing,
            current(Service::PatientDataRepository).billing,
            "billing is per service"
        );
    }

    #[tokio::test]
    async fn contacts_change_for_every_service_and_a_returned_change_changes_nothing() {
        let service = TestService::start(quick()).await.unwrap();
        let mut contacts = current(Service::PatientDataRepository).contacts;
        contacts[1].certificate_card = "22233322232".into();
        let change = notification(
            Service::PatientDataRepository,
            Change::Contacts {
                contacts: contacts.clone(),
            },
        );
        assert_eq!(
            send(&service, TIINA_TOKEN.as_str(), &change).await.unwrap().status(),
            201
        );
        let mut billing = current(Service::Prescription).billing;
        billing.postal_code = "33200".into();
        let returned = notification(Service::Prescription, Change::Billing { billing });
        assert_eq!(
            send(&service, TIINA_TOKEN.as_str(), &returned).await.unwrap().status(),
            201
        );
        assert!(service.return_change(returned.id, "Laskutusosoite puuttuu"));
        tokio::time::sleep(Duration::from_millis(700)).await;

        let url = format!(
            "{}/v1/customers/{IN_USE_ORGANISATION}/changes/{}",
            service.url, returned.id
        );
        let (_, status) = get(&url, Some(TIINA_TOKEN.as_str())).await;
        assert_eq!(
            (status["status"].as_str(), status["reason"].as_str()),
            (Some("returned"), Some("Laskutusosoite puuttuu"))
        );
        let data = answer_for(&service, "prescription").await;
        assert_eq!(
            data.contacts, contacts,
            "the contacts are the customer's, for every service"
        );
        assert_eq!(
            data.billing,
            current(Service::Prescription).billing,
            "returned: nothing changed"
        );
        let listed: Vec<(Uuid, ChangeStatus)> = data
            .changes
            .iter()
            .map(|c| (c.status.change_id, c.status.status))
            .collect();
        let earlier = current(Service::Prescription).changes[0].status.change_id;
        assert_eq!(
            listed,
            vec![
                (returned.id, ChangeStatus::Returned),
                (change.id, ChangeStatus::Done),
                (earlier, ChangeStatus::Returned)
            ],
            "the changes that concern the service, whoever sent them, the latest first"
        );
        assert_eq!(data.changes[0].status.reason.as_deref(), Some("Laskutusosoite puuttuu"));
        let other = answer_for(&service, "patient-data-repository").await;
        let other: Vec<Uuid> = other.changes.iter().map(|c| c.status.change_id).collect();
        assert_eq!(other, vec![change.id], "another service's billing is not this one's");
    }

    #[tokio::test]
    async fn a_change_is_refused_when_it_would_empty_a_role_or_comes_from_someone_else() {
        let service = TestService::start(quick()).await.unwrap();
        let without_dpo: Vec<_> = current(Service::PatientDataRepository)
            .contacts
            .into_iter()
            .filter(|c| !c.holds(CommonRole::DataProtectionOfficer))
            .collect();
        let change = notification(
            Service::PatientDataRepository,
            Change::Contacts { contacts: without_dpo },
        );
        assert_eq!(
            send(&service, TIINA_TOKEN.as_str(), &change).await.unwrap().status(),
            422
        );
        assert_eq!(
            send(&service, ESSI_TOKEN.as_str(), &change).await.unwrap().status(),
            403
        );
        let imaging = notification(
            Service::ImagingArchive,
            Change::Billing {
                billing: Default::default(),
            },
        );
        assert_eq!(
            send(&service, TIINA_TOKEN.as_str(), &imaging).await.unwrap().status(),
            404,
            "not in use"
        );
        assert_eq!(service.stored(change.id) + service.stored(imaging.id), 0);
        let unknown = format!(
            "{}/v1/customers/{IN_USE_ORGANISATION}/changes/{}",
            service.url,
            Uuid::new_v4()
        );
        assert_eq!(get(&unknown, Some(TIINA_TOKEN.as_str())).await.0, 404);
    }
}
