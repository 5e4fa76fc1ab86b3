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
    steps::{text, Person, FINNISH, SWEDISH},
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
    let timing = Timing {
        in_processing_after: std::time::Duration::from_secs(2),
        approved_after: std::time::Duration::from_secs(4),
    };
    let (service, app, _data) = open_in_use(FINNISH, "prescription", timing).await;
    let port: u16 = service.url.rsplit(':').next().unwrap().parse().unwrap();
    let (fi, sv) = (Language::Fi, Language::Sv);
    assert!(!app.exists("in-use-stale").await);
    // The billing change Kela returned before this install: listed by the service, with its
    // reason, though no computer here sent it.
    app.wait_for("change-elsewhere").await;
    app.expect_text_contains("in-use-changes", "Verkkolaskuosoite ei ole voimassa")
        .await;
    assert_eq!(
        app.attr("change-state", "data-status").await.as_deref(),
        Some("returned")
    );

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
    // The worker tries at once and finds no service: sending for a moment, then waiting.
    app.eventually("the change waits for the service", || async {
        app.attr("change-state", "data-status").await.as_deref() == Some("waiting")
    })
    .await;
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

    // The start screen says where the service's latest change is.
    app.click("in-use-back").await;
    let latest = "service-prescription-latest-change";
    app.wait_for(latest).await;
    assert_eq!(app.attr(latest, "data-status").await.as_deref(), Some("done"));
    app.expect_text_contains(latest, &text(fi, "change-status-done")).await;
    app.check_screen_in_both_languages("start-latest-change").await;
    app.quit().await;
}

/// The contacts of a service in use (guide 4.1.1-4.1.4, Bild 16), in Swedish with Finnish midway:
/// the only data protection officer cannot be deleted, and the refusal names the services in use;
/// the archivist is replaced (the new one added with the card number, the old one deleted after
/// the confirmation, which can be undone), and the change, delivered and done, is what the
/// summary shows. The form, the refusal and the dialog are axe-clean in both languages.
#[tokio::test(flavor = "multi_thread")]
async fn the_archivist_is_replaced_and_the_only_data_protection_officer_cannot_be_deleted() {
    const NEW_CARD: &str = "22233322232";
    let _turn = one_at_a_time();
    let timing = Timing {
        in_processing_after: std::time::Duration::from_secs(1),
        approved_after: std::time::Duration::from_secs(2),
    };
    let (_service, app, _data) = open_in_use(SWEDISH, "patient-data-repository", timing).await;
    let (fi, sv) = (Language::Fi, Language::Sv);
    app.click("in-use-edit-contacts").await;
    app.wait_for("change-contacts-form").await;
    // The contacts as a list to pick from (Bild 16): the archivist opens for editing.
    assert!(!app.exists(&field("organisation.contacts[1].certificateCard")).await);
    app.expect_text_contains("contact-1-roles", &text(sv, "role-archivist"))
        .await;
    app.click("edit-contact-1").await;
    assert_eq!(
        app.value(&field("organisation.contacts[1].certificateCard")).await,
        "11122211121",
        "the service's contacts, the archivist's card number with them"
    );
    app.check_screen_in_both_languages("in-use-contacts-form").await;

    // Tieto Suojanen is the only data protection officer: refused, the services in use named.
    app.click("remove-contact-3").await;
    app.wait_for("contact-3-refused").await;
    assert_eq!(app.focused().await.as_deref(), Some("contact-3-refused"));
    for name in ["service-patient-data-repository", "service-prescription"] {
        app.expect_text_contains("contact-3-refused", &text(sv, name)).await;
    }
    assert!(!app.exists("contact-removed").await, "nothing deleted");
    app.check_screen_in_both_languages("in-use-contact-refused").await;

    // Midway to Finnish: the new archivist, with the card number the role needs.
    app.switch_to(fi).await;
    app.expect_text_contains("contact-3-refused", &text(fi, "service-prescription"))
        .await;
    let new = Person {
        first: "Uusi",
        last: "Arkistonhoitaja",
        phone: "040 555 6666",
        email: "uusi.arkistonhoitaja@jarvelan-terveyskeskus.example",
        card: Some(NEW_CARD),
    };
    app.add_person(4, &new, &[], &["archivist"]).await;

    // The old one goes after the confirmation; undone, then deleted for good. The modal dialog
    // keeps the language switch out of reach: it is checked open in each language, cancelled.
    for lang in [fi, sv] {
        app.switch_to(lang).await;
        app.click("remove-contact-1").await;
        app.wait_for("remove-contact-dialog").await;
        app.expect_text_contains("remove-contact-dialog", &text(lang, "contact-remove-caution"))
            .await;
        app.expect_accessible(&format!("in-use-contact-remove-dialog ({})", lang.tag()))
            .await;
        app.screenshot(&format!("{}-in-use-contact-remove-dialog", lang.tag()))
            .await;
        app.click("remove-contact-cancel").await;
    }
    app.switch_to(fi).await;
    app.click("remove-contact-1").await;
    app.wait_for("remove-contact-dialog").await;
    app.click("remove-contact-confirm").await;
    app.wait_for("contact-removed").await;
    app.expect_text_contains("contact-removed", "Ahkera Arkistonhoitaja")
        .await;
    app.click("undo-remove-contact").await;
    app.expect_text_contains("contact-1", "Ahkera").await;
    app.click("remove-contact-1").await;
    app.wait_for("remove-contact-dialog").await;
    app.click("remove-contact-confirm").await;
    app.wait_for("contact-removed").await;
    assert_eq!(app.missing_roles().await, Vec::<String>::new(), "every role held");

    app.click("change-send").await;
    app.wait_for("change-queued").await;
    app.eventually("the change is done", || async {
        app.attr("change-state", "data-status").await.as_deref() == Some("done")
    })
    .await;
    app.expect_text_contains("in-use-contacts", NEW_CARD).await;
    app.expect_text_contains("in-use-contacts", "Uusi Arkistonhoitaja")
        .await;
    assert!(
        !app.text("in-use-contacts").await.contains("11122211121"),
        "the old archivist is gone"
    );
    app.check_screen_in_both_languages("in-use-contacts-done").await;
    app.quit().await;
}

/// A test service with these timings and the app on it in `locale`, logged in for the
/// Järvelä health centre, on the summary of `service` (its test id's name) in use.
async fn open_in_use(locale: &str, service: &str, timing: Timing) -> (TestService, App, tempfile::TempDir) {
    let data = tempfile::tempdir().unwrap();
    let test_service = TestService::start(timing).await.unwrap();
    let app = App::start_with(data.path(), locale, &[(SERVICE_URL_VAR, &test_service.url)]).await;
    app.log_in_as("tiina-testaaja").await;
    app.click(&format!("represented-{IN_USE_ORGANISATION}")).await;
    app.click("organisation-choice-submit").await;
    app.click(&format!("open-{service}")).await;
    app.wait_for("in-use-heading").await;
    (test_service, app, data)
}
