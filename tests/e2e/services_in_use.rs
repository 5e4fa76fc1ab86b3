//! A service in use, end to end (guide 4.1): the start screen offers its summary; asked for
//! logged out, the login comes first; the summary shows the test service's current data (the
//! contacts with their roles, the archivist's card number, billing) with when it was fetched;
//! when the service goes away the copy kept in the encrypted database still opens, saying why
//! it is not fresh. In Finnish with a switch to Swedish midway; axe-clean in both.

use kanta_domain::{test_environment::IN_USE_ORGANISATION, Language};
use kanta_identification::settings::SERVICE_URL_VAR;
use kanta_service::{TestService, Timing};

use crate::{
    harness::{field, one_at_a_time, App},
    steps::{text, FINNISH},
};

#[tokio::test(flavor = "multi_thread")]
async fn a_service_in_use_opens_online_after_a_login_then_offline_from_its_kept_copy() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let service = TestService::start(Timing::default()).await.unwrap();
    let app = App::start_with(data.path(), FINNISH, &[(SERVICE_URL_VAR, &service.url)]).await;
    let (fi, sv) = (Language::Fi, Language::Sv);

    // Logged out, the organisation chosen by hand: its services in use are offered as such.
    app.select("choose-organisation", IN_USE_ORGANISATION).await;
    app.click("choose-organisation-submit").await;
    app.expect_text_contains("service-patient-data-repository", &text(fi, "start-offer-in-use"))
        .await;
    app.expect_text("open-patient-data-repository", &text(fi, "start-open-in-use"))
        .await;
    app.expect_text("open-imaging-archive", &text(fi, "start-apply")).await;

    // Nothing kept here yet: the login comes first, then the summary, fresh.
    app.click("open-patient-data-repository").await;
    app.log_in_in_dialog("tiina-testaaja").await;
    app.wait_for("in-use-heading").await;
    assert_eq!(
        app.focused().await.as_deref(),
        Some("in-use-heading"),
        "the heading takes focus"
    );
    assert!(!app.exists("in-use-stale").await, "fetched just now");
    app.expect_text_contains("in-use-status", &text(fi, "application-status-approved"))
        .await;
    app.expect_text_contains("in-use-contacts", "Ahkera Arkistonhoitaja")
        .await;
    app.expect_text_contains("in-use-contacts", "11122211121").await;
    app.expect_text_contains("in-use-contacts", &text(fi, "role-archivist"))
        .await;
    app.expect_text_contains("in-use-contacts", &text(fi, "role-data-protection-officer"))
        .await;
    app.expect_text_contains("in-use-customer-data", IN_USE_ORGANISATION)
        .await;
    app.expect_text_contains("in-use-billing", "003721291126").await;
    let fetched = app.text("in-use-fetched").await;
    app.check_screen_in_both_languages("in-use-summary").await;

    // Midway to Swedish; then the service goes away.
    app.switch_to(sv).await;
    app.expect_text_contains("in-use-status", &text(sv, "in-use-status-heading"))
        .await;
    service.stop();
    app.click("in-use-refresh").await;
    app.expect_text("in-use-stale", &text(sv, "in-use-stale-offline")).await;
    app.expect_text_contains("in-use-contacts", "Ahkera Arkistonhoitaja")
        .await;
    app.switch_to(fi).await;
    assert_eq!(app.text("in-use-fetched").await, fetched, "the copy fetched before");
    app.check_screen_in_both_languages("in-use-summary-offline").await;

    // Back to the start screen and in again: still the kept copy, offline.
    app.click("in-use-back").await;
    app.wait_for("start-heading").await;
    // The prescription service was never fetched: nothing to show, and the page says what to do.
    app.click("open-prescription").await;
    app.expect_text_contains("app-error", &text(fi, "error-service-data-offline"))
        .await;
    assert!(app.exists("start-heading").await, "the start screen stays");
    app.click("open-patient-data-repository").await;
    app.expect_text("in-use-stale", &text(fi, "in-use-stale-offline")).await;
    app.quit().await;
}

/// A billing change (guide 4.1.5, Bild 17) sent offline: refused first with an error summary that
/// takes focus, then queued as a change notification; when the service is back it is delivered,
/// received and done, and the summary shows the new billing. Finnish with Swedish midway.
#[tokio::test(flavor = "multi_thread")]
async fn a_billing_change_sent_offline_is_delivered_then_done_and_the_summary_shows_it() {
    const REFERENCE: &str = "Reseptikeskus 2027";
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let timing = Timing {
        in_processing_after: std::time::Duration::from_secs(2),
        approved_after: std::time::Duration::from_secs(4),
    };
    let service = TestService::start(timing).await.unwrap();
    let port: u16 = service.url.rsplit(':').next().unwrap().parse().unwrap();
    let app = App::start_with(data.path(), FINNISH, &[(SERVICE_URL_VAR, &service.url)]).await;
    let (fi, sv) = (Language::Fi, Language::Sv);

    app.log_in_as("tiina-testaaja").await;
    app.click(&format!("represented-{IN_USE_ORGANISATION}")).await;
    app.click("organisation-choice-submit").await;
    app.click("open-prescription").await;
    app.wait_for("in-use-heading").await;
    assert!(!app.exists("in-use-stale").await);

    // Offline from here.
    service.stop();
    app.click("in-use-edit-billing").await;
    let reference = field("application.billing.invoiceReference");
    let postal = field("application.billing.postalCode");
    app.type_into(&reference, REFERENCE).await;
    app.type_into(&postal, "331").await;
    app.click("change-send").await;
    app.wait_for("error-summary").await;
    assert_eq!(
        app.focused().await.as_deref(),
        Some("error-summary"),
        "the error summary takes focus"
    );
    app.check_screen_in_both_languages("in-use-billing-errors").await;
    assert_eq!(app.value(&reference).await, REFERENCE, "nothing typed is lost");

    // Midway to Swedish: corrected and sent.
    app.switch_to(sv).await;
    app.type_into(&postal, "33100").await;
    app.click("change-send").await;
    app.wait_for("change-queued").await;
    app.expect_text("change-queued", &text(sv, "change-queued")).await;
    app.wait_for("in-use-changes").await;
    assert_eq!(
        app.attr("change-state", "data-status").await.as_deref(),
        Some("waiting")
    );
    app.check_screen_in_both_languages("in-use-change-waiting").await;
    app.switch_to(fi).await;

    // The service is back: delivered, received, in processing, done; then the summary shows it.
    let _service = TestService::start_on(port, timing).await.unwrap();
    app.eventually("the change is done", || async {
        app.attr("change-state", "data-status").await.as_deref() == Some("done")
    })
    .await;
    app.expect_text("change-state", &text(fi, "change-status-done")).await;
    app.expect_text_contains("in-use-billing", REFERENCE).await;
    app.check_screen_in_both_languages("in-use-change-done").await;
    app.quit().await;
}
