//! The wizard's behaviour end to end: the error paths (inline and in the error summary, in the
//! current language), saving and restarting, what the log holds, and a database from a newer
//! app.

use kanta_domain::Language;

use crate::{
    harness::{field, one_at_a_time, App},
    steps::{service_usage_choice, text, text_with, Customer, Person, ALL_COMMON_ROLES, FINNISH, SWEDISH},
};

/// Values a user types; the log must never contain them.
const CUSTOMER: Customer = Customer {
    street: "Åkervägen 3 B",
    postal_code: "00100",
    post_office: "Helsingfors",
    email: "kundtjanst@mantyla-test.fi",
    phone: "040 123 4567",
};
/// The phone number as stored: the core keeps the normal (E.164) form.
const PHONE_STORED: &str = "+358401234567";

/// The error summary holds an entry with this message, and the field shows it inline.
async fn expect_error(app: &App, path: &str, message: &str) {
    app.expect_text(&format!("{}-error", field(path)), message).await;
    let entries = app.error_summary_entries().await;
    assert!(
        entries.iter().any(|e| e.ends_with(message)),
        "the error summary lacks {message:?}: {entries:#?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn each_error_path_is_shown_inline_and_in_the_summary_in_the_current_language() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path(), SWEDISH).await;
    app.click("open-client-data-archive").await;
    app.expect_step("instructions").await;
    app.click("start").await;

    // A malformed connection point OID (a leading zero in an arc).
    app.expect_step("connection-points").await;
    app.fill_connection_point(0, "1.2.246.10.031415938", &["sample-abilita"])
        .await;
    app.click("save-and-continue").await;
    app.eventually("the error summary takes focus", || async {
        app.focused().await.as_deref() == Some("error-summary")
    })
    .await;
    let oid = "application.connectionPoints[0].oid";
    expect_error(&app, oid, &text(Language::Sv, "validation-oid")).await;
    assert_eq!(app.attr(&field(oid), "aria-invalid").await.as_deref(), Some("true"));
    // The summary's entry leads to the field.
    app.script("document.querySelector('[data-testid=\"error-summary\"] a').click(); return true")
        .await;
    assert_eq!(app.focused().await, Some(field(oid)));
    app.expect_accessible("connection points with an error (sv)").await;
    app.screenshot("sv-error-malformed-oid").await;
    app.switch_to(Language::Fi).await;
    expect_error(&app, oid, &text(Language::Fi, "validation-oid")).await;
    assert_eq!(
        app.value(&field(oid)).await,
        "1.2.246.10.031415938",
        "the input stays as typed"
    );
    app.switch_to(Language::Sv).await;
    app.fill(oid, "1.2.246.10.31415938.10.0.13.3").await;
    app.continue_to("service-usage").await;
    app.fill_service_usage().await;
    app.continue_to("customer-data").await;
    app.fill_customer_data(&CUSTOMER).await;
    app.continue_to("contacts").await;

    // One contact: every common role but the archivist is left out, the phone is a landline.
    app.add_person(
        0,
        &Person {
            first: "Bo",
            last: "Åström",
            phone: "09 1234 567",
            email: "bo@mantyla-test.fi",
            card: None,
        },
        &ALL_COMMON_ROLES,
        &[],
    )
    .await;
    let archivist_missing = text_with(
        Language::Sv,
        "contacts-role-for-service",
        &[
            ("role", &text(Language::Sv, "role-archivist")),
            ("service", &text(Language::Sv, "service-client-data-archive")),
        ],
    );
    app.eventually("the live list names the missing archivist", || async {
        app.missing_roles().await == vec![archivist_missing.clone()]
    })
    .await;
    app.click("save-and-continue").await;
    let role_missing = text_with(Language::Sv, "validation-role-missing", &[("role", "archivist")]);
    expect_error(&app, "organisation.contacts", &role_missing).await;
    let phone = "organisation.contacts[0].phone";
    expect_error(&app, phone, &text(Language::Sv, "validation-phone-not-mobile")).await;
    app.screenshot("sv-error-missing-role-and-landline").await;

    // Make Bo the archivist without a card number.
    app.tick(&format!("{}-archivist", field("organisation.contacts[0].serviceRoles")))
        .await;
    app.click("save-and-continue").await;
    app.eventually("the role is no longer missing", || async {
        !app.error_summary_entries()
            .await
            .iter()
            .any(|e| e.ends_with(&role_missing))
    })
    .await;
    let card = "organisation.contacts[0].certificateCard";
    expect_error(&app, card, &text(Language::Sv, "validation-required")).await;
    expect_error(&app, phone, &text(Language::Sv, "validation-phone-not-mobile")).await;
    assert_eq!(app.attr(&field(card), "aria-required").await.as_deref(), Some("true"));
    app.expect_accessible("contacts with errors (sv)").await;
    app.screenshot("sv-error-archivist-without-card").await;

    // In Finnish, the same errors in Finnish, nothing lost.
    app.switch_to(Language::Fi).await;
    expect_error(&app, card, &text(Language::Fi, "validation-required")).await;
    expect_error(&app, phone, &text(Language::Fi, "validation-phone-not-mobile")).await;
    assert_eq!(app.value(&field(phone)).await, "+35891234567");
    app.expect_accessible("contacts with errors (fi)").await;
    app.screenshot("fi-error-archivist-without-card").await;

    // Fixed: on to the service description.
    app.fill(card, "11122211121").await;
    app.fill(phone, "040 765 4321").await;
    app.continue_to("service-description").await;
    assert_eq!(
        app.attr("step-contacts", "data-state").await.as_deref(),
        Some("completed")
    );
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn typed_values_survive_a_restart_and_never_reach_the_log() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();

    // First start on a Swedish OS: Swedish everywhere, the native title included.
    let app = App::start(data.path(), SWEDISH).await;
    assert_eq!(app.text("app-name").await, "Kanta Extranätet");
    assert_eq!(app.client.title().await.unwrap(), "Kanta Extranätet");
    app.eventually("the native window title is Swedish", || async {
        App::native_window_titles().iter().any(|t| t == "Kanta Extranätet")
    })
    .await;
    app.click("open-client-data-archive").await;
    app.click("start").await;
    app.expect_step("connection-points").await;
    app.fill_connection_point(0, "1.2.246.10.31415938.10.0.13.3", &["sample-abilita"])
        .await;
    app.continue_to("service-usage").await;
    assert!(
        !app.exists("jump-customer-data").await,
        "the step list leads only to steps reached"
    );

    // "Previous" loses nothing.
    app.click("previous").await;
    app.expect_step("connection-points").await;
    assert_eq!(
        app.value(&field("application.connectionPoints[0].oid")).await,
        "1.2.246.10.31415938.10.0.13.3"
    );

    // In Finnish: save the service usage half done, with errors, and leave by the step list.
    app.switch_to(Language::Fi).await;
    app.eventually("the native window title is Finnish", || async {
        App::native_window_titles().iter().any(|t| t == "Kanta Extranet")
    })
    .await;
    app.continue_to("service-usage").await;
    app.tick(&service_usage_choice("systemProfile", "sample-producing-application"))
        .await;
    app.click("save-and-continue").await;
    app.wait_for("error-summary").await;
    app.click("jump-connection-points").await;
    app.expect_step("connection-points").await;
    assert_eq!(
        app.attr("step-service-usage", "data-state").await.as_deref(),
        Some("has-errors")
    );
    app.click("jump-service-usage").await;
    app.expect_step("service-usage").await;
    app.quit().await;

    // Start again, still on a Swedish OS: the chosen Finnish, the draft where it was left, with
    // its errors shown again until they are fixed.
    let app = App::start(data.path(), SWEDISH).await;
    assert_eq!(app.language().await, Language::Fi);
    app.expect_text_contains(
        "service-client-data-archive",
        &text(Language::Fi, "start-offer-continue"),
    )
    .await;
    app.click("open-client-data-archive").await;
    app.expect_step("service-usage").await;
    assert_eq!(app.error_summary_entries().await.len(), 2);
    let profile = service_usage_choice("systemProfile", "sample-producing-application");
    assert!(
        app.is_checked(&profile).await,
        "the choice saved with errors is still there"
    );
    app.tick(&service_usage_choice("documentGroups", "sample-phase-2-documents"))
        .await;
    app.tick(&service_usage_choice("serviceTasks", "sample-working-age-services"))
        .await;
    app.continue_to("customer-data").await;
    app.fill_customer_data(&CUSTOMER).await;
    app.continue_to("contacts").await;
    app.quit().await;

    // The customer data is the organisation's, stored in its normal form.
    let app = App::start(data.path(), FINNISH).await;
    app.click("open-client-data-archive").await;
    app.expect_step("contacts").await;
    app.click("previous").await;
    app.expect_step("customer-data").await;
    assert_eq!(
        app.value(&field("organisation.customer.streetAddress")).await,
        CUSTOMER.street
    );
    assert_eq!(app.value(&field("organisation.customer.phone")).await, PHONE_STORED);
    app.quit().await;

    // The log says what happened and holds none of the typed values.
    let logs = std::fs::read_dir(data.path().join("logs"))
        .unwrap()
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).unwrap())
        .collect::<String>();
    assert!(
        logs.contains("step submitted"),
        "the log records the submissions:\n{logs}"
    );
    for personal in [
        CUSTOMER.street,
        CUSTOMER.post_office,
        CUSTOMER.email,
        CUSTOMER.phone,
        PHONE_STORED,
        "kundtjanst",
        "Åkervägen",
        "Tiina",
    ] {
        assert!(!logs.contains(personal), "the log must not contain {personal:?}");
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_database_from_a_newer_app_is_explained_and_left_untouched() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let db = data.path().join("kanta-extranet.sqlite3");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("CREATE TABLE drafts_of_the_future (x); PRAGMA user_version = 999;")
            .unwrap();
    }
    let before = std::fs::read(&db).unwrap();

    let app = App::start_with(data.path(), SWEDISH, &[]).await;
    app.expect_text_contains("app-error", &text(Language::Sv, "error-storage-newer-schema"))
        .await;
    app.click("lang-fi").await;
    app.expect_text_contains("app-error", &text(Language::Fi, "error-storage-newer-schema"))
        .await;
    app.quit().await;

    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the newer database must be byte for byte as it was"
    );
}
