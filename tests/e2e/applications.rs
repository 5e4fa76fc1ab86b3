//! One application for each service completed and sent in the real app: in Swedish, in
//! Finnish, switching language midway, and by keyboard alone. Every screen is checked with
//! axe-core and photographed in both languages along the way.

use fantoccini::key::Key;
use kanta_domain::Language;

use crate::{
    harness::{field, one_at_a_time, App},
    steps::{text, Customer, Person, ALL_COMMON_ROLES, FINNISH, SWEDISH},
};

const HEALTH_CARE: &str = "2449489-3";
const PRACTITIONER: &str = "2645751-9";

const CUSTOMER_SV: Customer = Customer {
    street: "Åkervägen 3 B",
    postal_code: "00100",
    post_office: "Helsingfors",
    email: "kundtjanst@mantyla-test.fi",
    phone: "09 1234 567",
};

const BO: Person = Person {
    first: "Bo",
    last: "Åström",
    phone: "040 765 4321",
    email: "bo.astrom@mantyla-test.fi",
    card: Some("11122211121"),
};

/// The start screen in `lang`, then the service's wizard on its instructions.
async fn open_service(app: &App, service: &str) {
    app.click(&format!("open-{service}")).await;
    app.expect_step("instructions").await;
    assert_eq!(
        app.focused().await.as_deref(),
        Some("step-heading"),
        "focus moves to the step heading"
    );
}

/// Logs in as the test person who may act for every test organisation, and chooses one.
async fn log_in_for(app: &App, business_id: &str) {
    app.log_in_as("tiina-testaaja").await;
    app.click(&format!("represented-{business_id}")).await;
    app.click("organisation-choice-submit").await;
    app.expect_text_contains("organisation", business_id).await;
}

/// Sends from the summary and checks the thanks page and the start screen after it.
async fn send_and_expect_thanks(app: &App, service: &str) {
    let lang = app.language().await;
    app.click("send").await;
    app.expect_step("thanks").await;
    app.expect_text_contains("thanks-status", &text(lang, "application-status-waiting-to-be-sent"))
        .await;
    for step in ["summary", "thanks"] {
        assert_eq!(
            app.attr(&format!("step-{step}"), "data-state").await.as_deref(),
            Some("completed")
        );
    }
    app.check_screen_in_both_languages(&format!("{service}-thanks")).await;
    app.click("back-to-start").await;
    app.wait_for("start-heading").await;
    app.expect_text_contains(&format!("service-{service}"), &text(lang, "start-offer-sent"))
        .await;
    let statuses = app
        .script("return [...document.querySelectorAll('[data-testid$=\"-status\"]')].map(e => e.textContent)")
        .await;
    assert!(
        statuses
            .to_string()
            .contains(&text(lang, "application-status-waiting-to-be-sent")),
        "{statuses}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn client_data_archive_in_swedish_every_screen_in_both_languages() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path(), SWEDISH).await;
    assert_eq!(app.language().await, Language::Sv);
    log_in_for(&app, "3141593-8").await;
    app.expect_text_contains("identity", "Tiina Testaaja").await;
    app.expect_text_contains("test-environment", &text(Language::Sv, "test-environment-badge"))
        .await;
    app.wait_for("what-you-need").await;
    app.check_screen_in_both_languages("start").await;

    open_service(&app, "client-data-archive").await;
    app.check_screen_in_both_languages("client-data-archive-instructions")
        .await;
    app.click("start").await;

    app.expect_step("connection-points").await;
    app.fill_connection_point(
        0,
        "1.2.246.10.31415938.10.0.13.3",
        &["sample-abilita", "sample-avaintec-x-migrator"],
    )
    .await;
    app.check_screen_in_both_languages("client-data-archive-connection-points")
        .await;
    app.continue_to("service-usage").await;

    app.fill_service_usage().await;
    app.check_screen_in_both_languages("client-data-archive-service-usage")
        .await;
    app.continue_to("customer-data").await;

    app.fill_customer_data(&CUSTOMER_SV).await;
    app.check_screen_in_both_languages("customer-data").await;
    app.continue_to("contacts").await;

    app.add_person(0, &BO, &ALL_COMMON_ROLES, &["archivist"]).await;
    app.eventually("every required role is held", || async {
        app.missing_roles().await.is_empty()
    })
    .await;
    app.check_screen_in_both_languages("client-data-archive-contacts").await;
    app.continue_to("service-description").await;

    app.tick(&field("application.serviceDescription")).await;
    app.continue_to("commitment").await;
    // Back to see the recorded acceptance, and on again.
    app.click("previous").await;
    app.expect_step("service-description").await;
    app.expect_text_contains(
        &format!("{}-recorded", field("application.serviceDescription")),
        "Tiina Testaaja (testperson)",
    )
    .await;
    app.check_screen_in_both_languages("client-data-archive-service-description")
        .await;
    app.continue_to("commitment").await;

    app.tick(&field("application.commitment")).await;
    app.check_screen_in_both_languages("commitment").await;
    app.continue_to("summary").await;

    app.expect_text_contains("summary-customer-data", CUSTOMER_SV.street)
        .await;
    app.expect_text_contains("summary-contacts", "Bo Åström").await;
    app.expect_text_contains(
        "summary-signed",
        &text(Language::Sv, "signing-basis-responsible-person"),
    )
    .await;
    app.check_screen_in_both_languages("client-data-archive-summary").await;

    send_and_expect_thanks(&app, "client-data-archive").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn patient_data_repository_in_finnish_every_screen_in_both_languages() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path(), FINNISH).await;
    log_in_for(&app, HEALTH_CARE).await;
    open_service(&app, "patient-data-repository").await;
    app.check_screen_in_both_languages("patient-data-repository-instructions")
        .await;
    app.click("start").await;

    app.expect_step("connection-points").await;
    app.fill_connection_point(0, "1.2.246.10.24494893.10.0.13.3", &["sample-abilita"])
        .await;
    app.continue_to("customer-data").await;
    app.fill_customer_data(&Customer {
        street: "Koivurannantie 1",
        postal_code: "40100",
        post_office: "Jyväskylä",
        email: "toimisto@koivuranta-test.fi",
        phone: "014 123 4567",
    })
    .await;
    app.continue_to("contacts").await;
    app.add_person(
        0,
        &Person {
            first: "Aino",
            last: "Mäkelä",
            phone: "050 123 4567",
            email: "aino.makela@koivuranta-test.fi",
            card: Some("11122211121"),
        },
        &ALL_COMMON_ROLES,
        &["archivist", "billing-contact"],
    )
    .await;
    app.check_screen_in_both_languages("patient-data-repository-contacts")
        .await;
    app.continue_to("billing").await;

    app.tick(&format!("{}-fi", field("application.billing.language"))).await;
    app.fill("application.billing.eInvoiceAddress", "003724494893").await;
    app.fill("application.billing.operatorId", "003721291126").await;
    app.fill("application.billing.address", "Koivurannantie 1").await;
    app.fill("application.billing.postalCode", "40100").await;
    app.fill("application.billing.postOffice", "Jyväskylä").await;
    app.check_screen_in_both_languages("billing").await;
    app.continue_to("service-description").await;

    app.tick(&field("application.serviceDescription")).await;
    app.continue_to("commitment").await;
    app.tick(&field("application.commitment")).await;
    app.continue_to("summary").await;
    app.expect_text_contains("summary-signed", &text(Language::Fi, "signing-basis-mandate"))
        .await;
    app.expect_text_contains("summary-billing", "003724494893").await;

    // The summary's edit returns to the summary.
    app.click("edit-customer-data").await;
    app.expect_step("customer-data").await;
    app.wait_for("return-to-summary").await;
    app.fill("organisation.customer.postOffice", "Jyväskylä keskus").await;
    app.continue_to("summary").await;
    app.expect_text_contains("summary-customer-data", "Jyväskylä keskus")
        .await;
    app.check_screen_in_both_languages("patient-data-repository-summary")
        .await;

    send_and_expect_thanks(&app, "patient-data-repository").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn prescription_switching_language_midway_keeps_values_errors_and_focus() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path(), FINNISH).await;
    log_in_for(&app, PRACTITIONER).await;
    open_service(&app, "prescription").await;
    app.click("start").await;

    // The renewal request option appears once a system is chosen, with its note about THL.
    app.expect_step("connection-points").await;
    let renewal = field("application.connectionPoints[0].renewalRequests");
    app.fill_connection_point(0, "1.2.246.10.26457519.10.0.13.3", &[]).await;
    assert!(
        !app.exists(&renewal).await,
        "no renewal option before a system is chosen"
    );
    app.tick(&format!(
        "{}-sample-testijarjestelma-a",
        field("application.connectionPoints[0].systems")
    ))
    .await;
    app.tick(&renewal).await;
    app.continue_to("customer-data").await;

    // Half the customer data, a bad postal code, and save: errors in Finnish.
    app.fill("organisation.customer.streetAddress", "Vastaanottotie 2")
        .await;
    app.fill("organisation.customer.postalCode", "331").await;
    app.fill("organisation.customer.postOffice", "Tampere").await;
    app.click("save-and-continue").await;
    app.eventually("the error summary takes focus", || async {
        app.focused().await.as_deref() == Some("error-summary")
    })
    .await;
    let postal_error = format!("{}-error", field("organisation.customer.postalCode"));
    app.expect_text(&postal_error, &text(Language::Fi, "validation-postal-code"))
        .await;
    // A value typed after the save, not saved yet.
    app.fill("organisation.customer.email", "vastaanotto@laine-test.fi")
        .await;

    // Switch to Swedish: every message follows, the values and the focus stay.
    app.click("lang-sv").await;
    app.expect_text(&postal_error, &text(Language::Sv, "validation-postal-code"))
        .await;
    assert_eq!(
        app.focused().await.as_deref(),
        Some("lang-sv"),
        "focus stays on the switch"
    );
    assert!(app
        .text("error-summary")
        .await
        .contains(&text(Language::Sv, "validation-postal-code")));
    assert_eq!(app.value(&field("organisation.customer.postalCode")).await, "331");
    assert_eq!(
        app.value(&field("organisation.customer.email")).await,
        "vastaanotto@laine-test.fi"
    );
    assert_eq!(app.text("step-heading").await, text(Language::Sv, "step-customer-data"));
    assert_eq!(
        app.attr("step-customer-data", "data-state").await.as_deref(),
        Some("has-errors")
    );
    app.screenshot("sv-prescription-customer-data-errors-after-switch")
        .await;

    // Fix in Swedish and go on.
    app.fill("organisation.customer.postalCode", "33100").await;
    app.fill("organisation.customer.phone", "050 987 6543").await;
    app.continue_to("contacts").await;
    app.add_person(
        0,
        &Person {
            first: "Ilona",
            last: "Laine",
            phone: "050 987 6543",
            email: "ilona@laine-test.fi",
            card: None,
        },
        &ALL_COMMON_ROLES,
        &["billing-contact"],
    )
    .await;
    app.continue_to("billing").await;
    app.tick(&format!("{}-sv", field("application.billing.language"))).await;
    app.fill("application.billing.eInvoiceAddress", "FI21 1234 5600 0007 85")
        .await;
    app.fill("application.billing.operatorId", "NDEAFIHH").await;
    app.fill("application.billing.address", "Vastaanottotie 2").await;
    app.fill("application.billing.postalCode", "33100").await;
    app.fill("application.billing.postOffice", "Tammerfors").await;
    // And back to Finnish halfway through the billing step: the typed values stay.
    app.switch_to(Language::Fi).await;
    assert_eq!(app.value(&field("application.billing.postOffice")).await, "Tammerfors");
    app.continue_to("service-description").await;
    app.accept_and_sign().await;
    // The THL reminder is a warning on the summary; it does not block sending.
    app.expect_text_contains(
        "summary-connection-points-warnings",
        &text(Language::Fi, "validation-renewal-requests-report-to-thl"),
    )
    .await;
    app.expect_text_contains(
        "summary-connection-points",
        &text(Language::Fi, "summary-renewal-requests"),
    )
    .await;
    send_and_expect_thanks(&app, "prescription").await;
    app.quit().await;
}

/// Tab, space, enter and typing only: no clicks.
#[tokio::test(flavor = "multi_thread")]
async fn imaging_archive_by_keyboard_alone() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path(), FINNISH).await;
    let enter = String::from(char::from(Key::Enter));
    let down = String::from(char::from(Key::Down));
    let space = " ";

    // Log in as the first test person, then choose the health care organisation.
    app.tab_to("log-in", 10).await;
    app.press(&enter).await;
    app.eventually("the login dialog takes focus", || async {
        app.focused().await.as_deref() == Some("test-person-tiina-testaaja")
            || app.script("return document.activeElement.id").await.as_str() == Some("login-heading")
    })
    .await;
    app.tab_to("login-submit", 10).await;
    app.press(&enter).await;
    app.wait_for("identity").await;
    app.tab_to("represented-3141593-8", 30).await;
    app.press(&down).await;
    app.tab_to("organisation-choice-submit", 5).await;
    app.press(&enter).await;
    app.expect_text_contains("organisation", HEALTH_CARE).await;

    app.tab_to("open-imaging-archive", 40).await;
    app.press(&enter).await;
    app.expect_step("instructions").await;
    app.tab_to("start", 40).await;
    app.press(&enter).await;
    app.expect_step("connection-points").await;

    // Connection points: add one, type its OID, tick a system.
    app.tab_to("add-connection-point", 40).await;
    app.press(&enter).await;
    app.eventually("the new point's OID has the focus", || async {
        app.focused().await == Some(field("application.connectionPoints[0].oid"))
    })
    .await;
    app.press("1.2.246.10.24494893.10.0.20.1").await;
    let system = format!("{}-sample-abilita", field("application.connectionPoints[0].systems"));
    app.tab_to(&system, 10).await;
    app.press(space).await;
    app.tab_to("save-and-continue", 20).await;
    app.press(&enter).await;
    app.expect_step("customer-data").await;

    for (key, value) in [
        ("streetAddress", "Koivurannantie 1"),
        ("postalCode", "40100"),
        ("postOffice", "Jyväskylä"),
        ("email", "kuvat@koivuranta-test.fi"),
        ("phone", "014 123 4567"),
    ] {
        app.tab_to(&field(&format!("organisation.customer.{key}")), 20).await;
        app.press(value).await;
    }
    app.tab_to("save-and-continue", 10).await;
    app.press(&enter).await;
    app.expect_step("contacts").await;

    // A contact added with Enter gets the focus on its first choice.
    app.tab_to("add-contact", 40).await;
    app.press(&enter).await;
    app.eventually("the new contact's kind has the focus", || async {
        app.focused().await.as_deref() == Some(format!("{}-person", field("organisation.contacts[0].kind")).as_str())
    })
    .await;
    for (key, value) in [
        ("firstName", "Kalle"),
        ("lastName", "Kuvaaja"),
        ("phone", "040 111 2222"),
        ("email", "kalle@koivuranta-test.fi"),
    ] {
        app.tab_to(&field(&format!("organisation.contacts[0].{key}")), 10).await;
        app.press(value).await;
    }
    for role in ALL_COMMON_ROLES {
        app.tab_to(&format!("{}-{role}", field("organisation.contacts[0].commonRoles")), 10)
            .await;
        app.press(space).await;
    }
    app.tab_to(
        &format!(
            "{}-imaging-technical-contact",
            field("organisation.contacts[0].serviceRoles")
        ),
        10,
    )
    .await;
    app.press(space).await;
    app.eventually("every required role is held", || async {
        app.missing_roles().await.is_empty()
    })
    .await;
    app.tab_to("save-and-continue", 10).await;
    app.press(&enter).await;
    app.expect_step("service-description").await;

    for approval in ["application.serviceDescription", "application.commitment"] {
        app.tab_to(&field(approval), 30).await;
        app.press(space).await;
        app.tab_to("save-and-continue", 10).await;
        app.press(&enter).await;
    }
    app.expect_step("summary").await;
    app.tab_to("send", 60).await;
    app.press(&enter).await;
    app.expect_step("thanks").await;
    app.expect_text_contains(
        "thanks-status",
        &text(Language::Fi, "application-status-waiting-to-be-sent"),
    )
    .await;
    app.screenshot("fi-imaging-archive-thanks-keyboard").await;
    app.quit().await;
}
