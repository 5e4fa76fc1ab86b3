//! The walking skeleton, end to end: languages, the customer data step, saving, restarting.

use crate::harness::{one_at_a_time, App};

const SWEDISH: &str = "sv_FI.UTF-8";
const FINNISH: &str = "fi_FI.UTF-8";

/// Values a user types; the log must never contain them.
const STREET: &str = "Åkervägen 3 B";
const POSTAL_CODE: &str = "00100";
const POST_OFFICE: &str = "Helsingfors";
const EMAIL: &str = "kundtjanst@mantyla-test.fi";
const PHONE: &str = "040 123 4567";
/// The phone number as stored: the core keeps the normal (E.164) form.
const PHONE_STORED: &str = "+358401234567";

#[tokio::test(flavor = "multi_thread")]
async fn swedish_start_live_switch_to_finnish_save_and_restart() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();

    // First start on a Swedish OS: Swedish, on the instructions step.
    let app = App::start(data.path(), SWEDISH).await;
    app.expect_text("step-heading", "Anvisning för ibruktagandet").await;
    assert_eq!(app.text("app-name").await, "Kanta Extranätet");
    assert_eq!(app.text("start").await, "Börja");
    assert_eq!(app.text("service-title").await, "Klientdataarkivet för socialvården");
    assert_eq!(app.client.title().await.unwrap(), "Kanta Extranätet");
    assert_eq!(app.script("return document.documentElement.lang").await, "sv");
    app.eventually("the native window title is Swedish", || async {
        App::native_window_titles().iter().any(|t| t == "Kanta Extranätet")
    })
    .await;
    assert_eq!(
        app.attr("step-instructions", "data-current").await.as_deref(),
        Some("true")
    );
    app.expect_accessible("the instructions in Swedish").await;
    app.screenshot("sv-instructions").await;

    // Start: on to the customer data; the focus follows to the new step's heading.
    app.click("start").await;
    app.expect_text("step-heading", "Kunduppgifter").await;
    assert_eq!(app.focused().await.as_deref(), Some("step-heading"));
    assert_eq!(
        app.attr("step-instructions", "data-state").await.as_deref(),
        Some("completed")
    );
    assert_eq!(
        app.attr("step-customer-data", "data-current").await.as_deref(),
        Some("true")
    );
    assert!(app.text("register-data").await.contains("3141593-8"));
    app.expect_accessible("the customer data step in Swedish").await;
    app.screenshot("sv-customer-data").await;

    // Type without saving, switch to Finnish: every text changes, the typed value and the focus stay.
    app.type_into("customer-streetAddress", STREET).await;
    app.click("lang-fi").await;
    app.expect_text("step-heading", "Asiakastiedot").await;
    assert_eq!(app.text("app-name").await, "Kanta Extranet");
    assert_eq!(app.text("save-and-continue").await, "Tallenna ja jatka");
    assert_eq!(app.text("previous").await, "Edellinen");
    assert_eq!(app.text("service-title").await, "Sosiaalihuollon asiakastiedon arkisto");
    let label = app
        .script("return document.querySelector('label[for=\"customer-streetAddress\"]').textContent")
        .await;
    assert_eq!(
        label.as_str().unwrap().trim(),
        "Lähiosoite*",
        "the asterisk is aria-hidden, so the accessible name is the word alone"
    );
    assert_eq!(
        app.value("customer-streetAddress").await,
        STREET,
        "unsaved input survives the switch"
    );
    assert_eq!(
        app.focused().await.as_deref(),
        Some("lang-fi"),
        "focus stays on the switch"
    );
    assert_eq!(app.attr("lang-fi", "aria-pressed").await.as_deref(), Some("true"));
    assert_eq!(app.script("return document.documentElement.lang").await, "fi");
    assert_eq!(app.client.title().await.unwrap(), "Kanta Extranet");
    app.eventually("the native window title is Finnish", || async {
        App::native_window_titles().iter().any(|t| t == "Kanta Extranet")
    })
    .await;
    app.expect_accessible("the customer data step in Finnish").await;
    app.screenshot("fi-customer-data-typed").await;

    // Fill in the rest and save.
    app.type_into("customer-postalCode", POSTAL_CODE).await;
    app.type_into("customer-postOffice", POST_OFFICE).await;
    app.type_into("customer-email", EMAIL).await;
    app.type_into("customer-phone", PHONE).await;
    app.click("save-and-continue").await;
    app.eventually("the customer data step is completed", || async {
        app.attr("step-customer-data", "data-state").await.as_deref() == Some("completed")
    })
    .await;
    assert!(app.text("status").await.starts_with("Tiedot on tallennettu"));
    app.screenshot("fi-customer-data-saved").await;
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
        STREET,
        POST_OFFICE,
        EMAIL,
        PHONE,
        PHONE_STORED,
        "kundtjanst",
        "Åkervägen",
    ] {
        assert!(!logs.contains(personal), "the log must not contain {personal:?}");
    }

    // Start again, still on a Swedish OS: the chosen Finnish, the step and the values are back.
    let app = App::start(data.path(), SWEDISH).await;
    app.expect_text("step-heading", "Asiakastiedot").await;
    assert_eq!(app.value("customer-streetAddress").await, STREET);
    assert_eq!(app.value("customer-postalCode").await, POSTAL_CODE);
    assert_eq!(app.value("customer-postOffice").await, POST_OFFICE);
    assert_eq!(app.value("customer-email").await, EMAIL);
    assert_eq!(app.value("customer-phone").await, PHONE_STORED);
    assert_eq!(
        app.attr("step-customer-data", "data-state").await.as_deref(),
        Some("completed")
    );
    app.screenshot("fi-after-restart").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn errors_take_focus_follow_the_language_and_lose_nothing() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();

    // A Finnish OS starts in Finnish.
    let app = App::start(data.path(), FINNISH).await;
    app.expect_text("step-heading", "Toimintaohje").await;
    app.expect_accessible("the instructions in Finnish").await;
    app.click("start").await;
    app.expect_text("step-heading", "Asiakastiedot").await;

    app.type_into("customer-postalCode", "123").await;
    app.type_into("customer-email", "ei-osoite").await;
    app.click("save-and-continue").await;
    app.wait_for("error-summary").await;
    app.eventually("the error summary takes focus", || async {
        app.focused().await.as_deref() == Some("error-summary")
    })
    .await;
    let summary = app.text("error-summary").await;
    assert!(summary.starts_with("Lomakkeessa on 5 virhettä"), "{summary}");
    assert!(
        summary.contains("Postinumero: Anna postinumero viitenä numerona, esimerkiksi 00100."),
        "{summary}"
    );
    assert_eq!(
        app.text("customer-postalCode-error").await,
        "Anna postinumero viitenä numerona, esimerkiksi 00100."
    );
    assert_eq!(
        app.attr("customer-postalCode", "aria-invalid").await.as_deref(),
        Some("true")
    );
    assert_eq!(
        app.attr("step-customer-data", "data-state").await.as_deref(),
        Some("has-errors")
    );

    app.expect_accessible("the customer data step with errors in Finnish")
        .await;

    // Switching language re-renders the messages, without validating again and losing nothing.
    app.click("lang-sv").await;
    app.expect_text(
        "customer-postalCode-error",
        "Ange postnumret med fem siffror, till exempel 00100.",
    )
    .await;
    assert!(app
        .text("error-summary")
        .await
        .starts_with("Blanketten innehåller 5 fel"));
    assert_eq!(app.value("customer-postalCode").await, "123");
    assert_eq!(app.value("customer-email").await, "ei-osoite");
    app.expect_accessible("the customer data step with errors in Swedish")
        .await;
    app.screenshot("sv-customer-data-errors").await;

    // An error in the summary leads to its field.
    let link = app.script("const a = document.querySelector('[data-testid=\"error-summary\"] a[href=\"#customer-email\"]'); a.click(); return a.textContent").await;
    assert_eq!(
        link.as_str().unwrap(),
        "E-post: Ange e-postadressen i formen namn@exempel.fi."
    );
    assert_eq!(app.focused().await.as_deref(), Some("customer-email"));

    // "Föregående" keeps the input; the step list leads back to it.
    app.click("previous").await;
    app.expect_text("step-heading", "Anvisning för ibruktagandet").await;
    assert_eq!(
        app.attr("step-customer-data", "data-state").await.as_deref(),
        Some("has-errors")
    );
    let jump = app
        .script("document.querySelector('[data-testid=\"step-customer-data\"] button').click(); return true")
        .await;
    assert_eq!(jump, true);
    app.expect_text("step-heading", "Kunduppgifter").await;
    assert_eq!(app.value("customer-postalCode").await, "123");
    assert_eq!(app.value("customer-email").await, "ei-osoite");
    app.quit().await;
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

    let app = App::start_without_wizard(data.path(), SWEDISH).await;
    app.expect_text_contains("app-error", "Databasen har sparats med en nyare version av appen.")
        .await;
    assert!(app.text("app-error").await.contains("Databasen har inte ändrats."));
    app.click("lang-fi").await;
    app.expect_text_contains(
        "app-error",
        "Tietokanta on tallennettu sovelluksen uudemmalla versiolla.",
    )
    .await;
    app.quit().await;

    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the newer database must be byte for byte as it was"
    );
}
