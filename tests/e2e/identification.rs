//! Identification in the built-in test environment, end to end: filling in needs no login;
//! accepting asks for one (the dialog opens, nothing typed is lost); the person chooses the
//! organisation to act for and signs as themselves; the session outlives a restart (the OS
//! keychain); logging out keeps every draft; a person who may act for no organisation gets the
//! guide's advice in both languages.

use kanta_core::Language;

use crate::{
    harness::{field, one_at_a_time, App},
    steps::{text, FINNISH},
};

const SOCIAL_CARE: &str = "3141593-8";
const EXAMPLE: &str = "../tests/examples/client-data-archive.json";

#[tokio::test(flavor = "multi_thread")]
async fn log_in_choose_an_organisation_sign_log_out_and_the_draft_stays() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path(), FINNISH).await;

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
    let example = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(EXAMPLE);
    app.choose_file("import-file", &example).await;
    app.click("import-confirm").await;
    app.expect_step("instructions").await;
    app.click("start").await;
    for step in ["connection-points", "service-usage", "customer-data", "contacts"] {
        app.expect_step(step).await;
        app.click("save-and-continue").await;
    }
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
    app.expect_text_contains("no-organisations", &text(Language::Fi, "no-organisations-other-means"))
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
