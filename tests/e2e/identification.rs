//! Identification in the built-in test environment, end to end: filling in needs no login;
//! accepting asks for one (the dialog opens, nothing typed is lost); the person chooses the
//! organisation to act for and signs as themselves; the session outlives a restart (the OS
//! keychain); logging out keeps every draft; a person who may act for no organisation gets the
//! guide's advice in both languages. With a real issuer (the test OpenID provider on loopback)
//! the login goes through the browser, which the test plays.

use kanta_domain::Language;
use kanta_identification::test_provider::{browse, Provider};

use crate::{
    harness::{field, one_at_a_time, App},
    steps::{text, FINNISH},
};

const SOCIAL_CARE: &str = "3141593-8";

#[tokio::test(flavor = "multi_thread")]
async fn log_in_choose_an_organisation_sign_log_out_and_the_draft_stays() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let saves = tempfile::tempdir().unwrap();
    let save_dir = saves.path().to_str().unwrap();
    let app = App::start_with(data.path(), FINNISH, &[("KANTA_EXTRANET_SAVE_DIR", save_dir)]).await;

    // A fresh install: logged out, in the test environment, and already usable.
    app.wait_for("identity-logged-out").await;
    app.expect_text_contains("test-environment", &text(Language::Fi, "test-environment-badge"))
        .await;
    app.wait_for("what-you-need").await;

    // Logging in as Tiina, who may act for five organisations: which one?
    app.click("log-in").await;
    app.wait_for("login-dialog").await;
    app.eventually("the dialog's heading takes focus", || async {
        app.script("return document.activeElement.id").await.as_str() == Some("login-heading")
    })
    .await;
    app.expect_accessible("login dialog (fi)").await;
    app.log_in_in_dialog("tiina-testaaja").await;
    app.expect_text_contains("identity", "Tiina Testaaja (testihenkilö)")
        .await;
    app.wait_for("organisation-choice").await;
    app.check_screen_in_both_languages("organisation-choice").await;
    app.click(&format!("represented-{SOCIAL_CARE}")).await;
    app.click("organisation-choice-submit").await;
    app.expect_text_contains("organisation", SOCIAL_CARE).await;

    // Logged out, the organisation stays and drafts can be filled in.
    app.click("log-out").await;
    app.wait_for("identity-logged-out").await;
    app.expect_text("identification-notice", &text(Language::Fi, "logged-out-notice"))
        .await;
    app.expect_text_contains("organisation", SOCIAL_CARE).await;
    app.import_client_data_archive_example().await;
    app.expect_step("service-description").await;
    app.wait_for("login-required").await;
    app.check_screen_in_both_languages("service-description-logged-out")
        .await;

    // Accepting logged out: the login dialog opens by itself; after the login the same click
    // goes on with the tick still there.
    app.tick(&field("application.serviceDescription")).await;
    app.click("save-and-continue").await;
    app.wait_for("login-dialog").await;
    app.eventually("the login dialog is open", || async {
        app.script("return document.querySelector('[data-testid=\"login-dialog\"]').open")
            .await
            == true
    })
    .await;
    app.log_in_in_dialog("tiina-testaaja").await;
    assert!(
        app.is_checked(&field("application.serviceDescription")).await,
        "the tick stays"
    );
    app.continue_to("commitment").await;
    app.tick(&field("application.commitment")).await;
    app.continue_to("summary").await;
    app.expect_text_contains("summary-signed", "Tiina Testaaja").await;
    app.expect_text_contains(
        "summary-signed",
        &text(Language::Fi, "signing-basis-responsible-person"),
    )
    .await;

    // The signed commitment as a Swedish PDF, and the application file: the PDF's fingerprint
    // is the file's SHA-256.
    app.select("pdf-language", "sv").await;
    app.click("pdf-commitment").await;
    app.expect_text("pdf-status", &text(Language::Fi, "pdf-saved")).await;
    app.click("export-button").await;
    app.expect_text("export-status", &text(Language::Fi, "export-saved"))
        .await;
    let saved = |prefix: &str| {
        std::fs::read_dir(saves.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
            .unwrap_or_else(|| panic!("no {prefix}… saved"))
    };
    let pdf = saved("kanta-commitment-client-data-archive-3141593-8");
    let json = saved("kanta-client-data-archive-3141593-8");
    let pdf_text = command_output("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    assert!(pdf_text.contains("Förbindelse om kundrelationen"), "{pdf_text}");
    assert!(pdf_text.contains("Tiina Testaaja"), "{pdf_text}");
    let sha = command_output("sha256sum", &[json.to_str().unwrap()]);
    let sha = sha.split_whitespace().next().unwrap();
    let squeezed: String = pdf_text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        squeezed.contains(sha),
        "the PDF's fingerprint is the exported file's SHA-256 {sha}"
    );

    // The session is in the OS keychain: a restart finds the person logged in.
    app.quit().await;
    let app = App::start(data.path(), FINNISH).await;
    app.expect_text_contains("identity", "Tiina Testaaja").await;

    // Logging out keeps the draft; logging in again finds it signed, and it can be sent.
    app.click("log-out").await;
    app.wait_for("identity-logged-out").await;
    app.wait_for("applications").await;
    let open = app
        .script("return document.querySelector('[data-testid^=\"open-application-\"]').dataset.testid")
        .await;
    let open = open.as_str().unwrap().to_owned();
    app.log_in_as("tiina-testaaja").await;
    app.click(&open).await;
    app.expect_step("summary").await;
    app.expect_text_contains("summary-signed", "Tiina Testaaja").await;
    app.click("send").await;
    app.expect_step("thanks").await;
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_person_who_may_act_for_no_organisation_gets_the_guides_advice() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path(), FINNISH).await;
    app.log_in_as("essi-esimerkki").await;
    app.wait_for("no-organisations").await;
    app.expect_text_contains("no-organisations", &text(Language::Fi, "login-check-other-means"))
        .await;
    app.check_screen_in_both_languages("no-organisations").await;
    app.switch_to(Language::Sv).await;
    app.expect_text_contains("no-organisations", "Nationella kodtjänsten")
        .await;
    app.switch_to(Language::Fi).await;

    // Logging out from the advice: back to the test environment's first organisation.
    app.click("no-organisations-log-out").await;
    app.wait_for("identity-logged-out").await;
    app.wait_for("what-you-need").await;
    app.quit().await;
}

/// A real issuer: nothing is known before a login; the login waits for the browser, shows its
/// address and can be cancelled; the browser's part is done by the test; the organisations
/// come from the service's answer.
#[tokio::test(flavor = "multi_thread")]
async fn a_real_issuer_logs_in_through_the_browser_and_can_be_cancelled() {
    let _turn = one_at_a_time();
    let Some(provider) = Provider::start("e2e login", &[]) else {
        return;
    };
    let data = tempfile::tempdir().unwrap();
    let service = provider.service_url();
    let env = [
        ("KANTA_EXTRANET_OIDC_ISSUER", provider.issuer.as_str()),
        ("KANTA_EXTRANET_SERVICE_URL", service.as_str()),
        // No real browser opens: the test is the browser.
        ("BROWSER", "true"),
    ];
    let app = App::start_with(data.path(), FINNISH, &env).await;
    app.wait_for("log-in-first").await;
    assert!(!app.exists("test-environment").await, "no test environment badge");
    app.expect_accessible("log in first (fi)").await;

    // Waiting for the browser: what is happening, the address, and cancel.
    app.click("log-in-first").await;
    app.click("login-submit").await;
    app.expect_text("login-waiting", &text(Language::Fi, "login-waiting-text"))
        .await;
    assert!(app.text("login-url").await.starts_with(&provider.issuer));
    app.expect_accessible("waiting for the browser (fi)").await;
    app.screenshot("fi-login-waiting").await;
    app.click("login-cancel").await;
    app.expect_text_contains("app-error", &text(Language::Fi, "error-login-cancelled"))
        .await;
    app.wait_for("identity-logged-out").await;

    // Again, and this time the browser comes back.
    app.click("login-submit").await;
    let url = app.text("login-url").await;
    tokio::task::spawn_blocking(move || browse(&url, "tiina-testaaja"))
        .await
        .unwrap();
    app.expect_text_contains("identity", "Tiina Testaaja").await;
    app.wait_for("organisation-choice").await;
    app.click("represented-1732050-2").await;
    app.click("organisation-choice-submit").await;
    app.expect_text_contains("organisation", "1732050-2").await;
    app.quit().await;
}

fn command_output(program: &str, args: &[&str]) -> String {
    let output = std::process::Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e} (tests/dev/setup.sh installs it)"));
    assert!(output.status.success(), "{program} failed");
    String::from_utf8(output.stdout).unwrap()
}
