//! Sending, end to end: the real app, its outbox worker and the test service over loopback HTTP.
//! Offline, "Send" queues the application and the page says it waits and why; when the service
//! comes back it is delivered once, and the status moves on to approved by itself, on the
//! thanks page and in the start screen's list. A fresh install's embedded test service takes
//! what is sent with no settings at all.
//!
//! Every other end-to-end test points the app at a service that is not there (the harness's
//! default), so that their pages stay as sent; these two say where the service is.

use std::time::Duration;

use kanta_domain::Language;
use kanta_identification::settings::SERVICE_URL_VAR;
use kanta_service::{TestService, Timing};

use crate::{
    harness::{one_at_a_time, App},
    steps::{text, FINNISH},
};

const SOCIAL_CARE: &str = "3141593-8";

/// Logs in as Tiina for the social care organisation, imports the client data archive example,
/// signs it and sends it; waits for the thanks page.
async fn send_example(app: &App) {
    app.log_in_as("tiina-testaaja").await;
    app.click(&format!("represented-{SOCIAL_CARE}")).await;
    app.click("organisation-choice-submit").await;
    app.expect_text_contains("organisation", SOCIAL_CARE).await;
    app.import_client_data_archive_example().await;
    app.accept_and_sign().await;
    app.click("send").await;
    app.expect_step("thanks").await;
}

/// A loopback port with nothing listening on it (yet).
fn unused_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread")]
async fn sent_offline_it_waits_then_is_delivered_once_and_approved() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let port = unused_port();
    let url = format!("http://127.0.0.1:{port}");
    let app = App::start_with(data.path(), FINNISH, &[(SERVICE_URL_VAR, &url)]).await;
    app.wait_for("start-heading").await;
    app.eventually("the header says there is no connection", || async {
        app.attr("connection", "data-online").await.as_deref() == Some("offline")
    })
    .await;
    app.expect_text("connection-state", &text(Language::Fi, "connection-offline"))
        .await;

    send_example(&app).await;
    let fi = Language::Fi;
    app.expect_text_contains("thanks-status", &text(fi, "application-status-waiting-to-be-sent"))
        .await;
    app.expect_text("delivery-problem", &text(fi, "delivery-problem-no-answer"))
        .await;
    app.wait_for("delivery-next-attempt").await;
    app.expect_text_contains("connection-undelivered", "1 hakemus").await;
    app.check_screen_in_both_languages("thanks-offline").await;

    // The service comes back: delivered, then in processing, then approved, while the page is open.
    let service = TestService::start_on(
        port,
        Timing {
            in_processing_after: Duration::from_secs(3),
            approved_after: Duration::from_secs(6),
        },
    )
    .await
    .unwrap();
    app.expect_text_contains("thanks-status", &text(fi, "application-status-received"))
        .await;
    assert_eq!(app.attr("delivery", "data-state").await.as_deref(), Some("sent"));
    app.eventually("the header says the connection works", || async {
        app.attr("connection", "data-online").await.as_deref() == Some("online")
    })
    .await;
    assert!(!app.exists("connection-undelivered").await, "nothing waits");
    app.expect_text_contains("thanks-status", &text(fi, "application-status-approved"))
        .await;
    app.check_screen_in_both_languages("thanks-approved").await;
    let key = app.text("application-id").await;
    let key = key.rsplit(' ').next().unwrap().parse().unwrap();
    assert_eq!(service.stored(key), 1, "received exactly once");
    assert_eq!(service.attempts(), 1, "one try once the service was back");

    // The start screen: approved, and the organisation now uses the service.
    app.click("back-to-start").await;
    app.wait_for("applications").await;
    app.expect_text_contains("service-client-data-archive", &text(fi, "start-offer-in-use"))
        .await;
    let statuses = app
        .script("return [...document.querySelectorAll('[data-testid$=\"-status-name\"]')].map(e => e.textContent)")
        .await;
    assert_eq!(statuses, serde_json::json!([text(fi, "application-status-approved")]));
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fresh_install_sends_to_its_embedded_test_service() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    // No service named: the app starts its own.
    let app = App::start_with(data.path(), FINNISH, &[(SERVICE_URL_VAR, "")]).await;
    app.wait_for("start-heading").await;
    app.eventually("the header says the connection works", || async {
        app.attr("connection", "data-online").await.as_deref() == Some("online")
    })
    .await;
    send_example(&app).await;
    app.expect_text_contains("thanks-status", &text(Language::Fi, "application-status-received"))
        .await;
    app.wait_for("delivery").await;
    assert_eq!(app.attr("delivery", "data-state").await.as_deref(), Some("sent"));
    app.quit().await;
}

/// A returned application (guide: returned for correction) shows why on its thanks page and in
/// the start screen; "amend" opens a new application with its answers on the summary, the reason
/// on top; accepted and signed again and sent, it arrives under a key of its own, once, and the
/// returned one stays in the list as it was. Finnish, with Swedish midway; axe in both.
#[tokio::test(flavor = "multi_thread")]
async fn a_returned_application_is_amended_and_sent_again_under_a_new_key() {
    const REASON: &str = "Liityntäpisteen OID on väärä";
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let slow = Timing {
        in_processing_after: Duration::from_secs(600),
        approved_after: Duration::from_secs(1200),
    };
    let service = TestService::start(slow).await.unwrap();
    let app = App::start_with(data.path(), FINNISH, &[(SERVICE_URL_VAR, &service.url)]).await;
    let (fi, sv) = (Language::Fi, Language::Sv);
    let key_on_page = || async {
        let id = app.text("application-id").await;
        id.rsplit(' ').next().unwrap().parse::<uuid::Uuid>().unwrap()
    };

    send_example(&app).await;
    app.expect_text_contains("thanks-status", &text(fi, "application-status-received"))
        .await;
    let returned_key = key_on_page().await;
    assert!(service.return_application(returned_key, REASON));
    app.expect_text_contains("thanks-status", &text(fi, "application-status-returned"))
        .await;
    app.expect_text_contains("delivery-returned-reason", REASON).await;
    app.check_screen_in_both_languages("thanks-returned").await;

    // Midway to Swedish: amend.
    app.switch_to(sv).await;
    app.click("amend").await;
    app.expect_step("summary").await;
    app.expect_text_contains("amending-reason", REASON).await;
    app.wait_for("not-ready").await;
    app.check_screen_in_both_languages("summary-amending").await;
    for (step, path) in [
        ("service-description", "application.serviceDescription"),
        ("commitment", "application.commitment"),
    ] {
        app.click(&format!("edit-{step}")).await;
        app.expect_step(step).await;
        app.tick(&crate::harness::field(path)).await;
        app.continue_to("summary").await;
    }
    app.click("send").await;
    app.expect_step("thanks").await;
    app.expect_text_contains("thanks-status", &text(sv, "application-status-received"))
        .await;
    let new_key = key_on_page().await;
    assert_ne!(new_key, returned_key, "a key of its own");
    assert_eq!((service.stored(new_key), service.stored(returned_key)), (1, 1));

    // The start screen: both, the returned one as it was.
    app.click("back-to-start").await;
    app.wait_for("applications").await;
    let statuses = app
        .script(
            "return [...document.querySelectorAll('[data-testid$=\"-status-name\"]')].map(e => e.textContent).sort()",
        )
        .await;
    let mut expected = vec![
        text(sv, "application-status-received"),
        text(sv, "application-status-returned"),
    ];
    expected.sort();
    assert_eq!(statuses, serde_json::json!(expected));
    app.quit().await;
}
