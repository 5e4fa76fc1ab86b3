//! Drafts that never lose a keystroke: autosave across a killed process, the list of an
//! organisation's applications with deleting and undoing, and the encrypted database's
//! passphrase when the computer has no keychain.

use kanta_domain::Language;

use crate::{
    harness::{field, one_at_a_time, App},
    steps::{text, text_with, FINNISH, SWEDISH},
};

const OID: &str = "1.2.246.10.31415938.10.0.13.3";
const OID_FIELD: &str = "application.connectionPoints[0].oid";

/// Typed, autosaved, killed (SIGKILL: no closing, no "save and continue"), started again: the
/// typed values are back where they were typed. The database file holds none of them in the clear.
#[tokio::test(flavor = "multi_thread")]
async fn typed_values_are_back_after_the_app_is_killed() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path(), FINNISH).await;
    app.click("open-client-data-archive").await;
    app.click("start").await;
    app.expect_step("connection-points").await;
    app.fill_connection_point(0, OID, &["sample-abilita"]).await;
    // The quiet state says when it is stored; nothing else was pressed.
    app.eventually("the autosave reports it saved", || async {
        app.attr("save-state", "data-state").await.as_deref() == Some("saved")
    })
    .await;
    let saved = app.text("save-state").await;
    assert!(saved.starts_with("Tallennettu klo"), "{saved}");
    app.switch_to(Language::Sv).await;
    assert!(
        app.text("save-state").await.starts_with("Sparat kl."),
        "the state follows the language"
    );
    app.kill().await;

    let app = App::start(data.path(), FINNISH).await;
    app.click("open-client-data-archive").await;
    app.expect_step("connection-points").await;
    assert_eq!(app.value(&field(OID_FIELD)).await, OID);
    assert!(
        app.is_checked(&format!(
            "{}-sample-abilita",
            field("application.connectionPoints[0].systems")
        ))
        .await
    );
    assert_eq!(
        app.attr("step-connection-points", "data-state").await.as_deref(),
        Some("in-progress")
    );
    app.quit().await;

    let db = std::fs::read(data.path().join("kanta-extranet.sqlite3")).unwrap();
    assert!(
        !db.windows(OID.len()).any(|w| w == OID.as_bytes()),
        "the file is encrypted"
    );
}

/// The start screen lists each application with its progress; one is deleted after a
/// confirmation (Escape cancels), brought back with "undo", all by keyboard.
#[tokio::test(flavor = "multi_thread")]
async fn applications_are_listed_deleted_after_confirmation_and_restored() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path(), SWEDISH).await;
    app.select("choose-organisation", "2449489-3").await;
    app.click("choose-organisation-submit").await;
    app.wait_for("open-prescription").await;
    for service in ["patient-data-repository", "prescription"] {
        app.click(&format!("open-{service}")).await;
        app.click("start").await;
        app.expect_step("connection-points").await;
        app.click("nav-start").await;
        app.wait_for("start-heading").await;
    }
    let rows = app
        .script(
            "return [...document.querySelectorAll('[data-testid=applications] tbody tr')].map(r => r.dataset.testid)",
        )
        .await;
    let rows: Vec<String> = serde_json::from_value(rows).unwrap();
    assert_eq!(rows.len(), 2, "{rows:?}");
    // The most recently edited first: the prescription application.
    let prescription = rows[0].trim_start_matches("application-").to_owned();
    let progress = app.text(&format!("application-{prescription}-progress")).await;
    assert!(progress.starts_with("1 / "), "instructions done: {progress}");

    // Delete, then think again: Escape closes the dialog and changes nothing.
    app.click(&format!("delete-application-{prescription}")).await;
    app.wait_for("delete-dialog").await;
    app.eventually("the dialog focuses its safe choice", || async {
        app.focused().await.as_deref() == Some("delete-cancel")
    })
    .await;
    app.expect_accessible("delete confirmation (sv)").await;
    app.screenshot("sv-delete-confirmation").await;
    app.press("\u{e00c}").await; // Escape
    app.eventually("the dialog closed", || async {
        app.script("return document.querySelector('[data-testid=delete-dialog]').open")
            .await
            == serde_json::json!(false)
    })
    .await;
    assert!(app.exists(&format!("application-{prescription}")).await);

    // Delete for real.
    delete_confirmed(&app, &prescription).await;
    let service = text(Language::Sv, "service-prescription");
    app.expect_text_contains(
        "delete-notice",
        &text_with(Language::Sv, "start-deleted", &[("service", &service)]),
    )
    .await;
    assert!(!app.exists(&format!("application-{prescription}")).await);
    assert_eq!(app.focused().await.as_deref(), Some("delete-notice"));
    app.expect_accessible("deleted, with undo (sv)").await;

    // Undo, by keyboard: Tab to the button, Enter.
    app.tab_to("undo-delete", 5).await;
    app.press("\u{e007}").await; // Enter
    app.expect_text_contains(
        "delete-notice",
        &text_with(Language::Sv, "start-restored", &[("service", &service)]),
    )
    .await;
    app.wait_for(&format!("application-{prescription}")).await;
    app.quit().await;
}

/// Deletes the start screen's application `draft_id`, confirming in the dialog.
async fn delete_confirmed(app: &App, draft_id: &str) {
    app.click(&format!("delete-application-{draft_id}")).await;
    app.eventually("the dialog is open", || async {
        app.script("return document.querySelector('[data-testid=delete-dialog]').open")
            .await
            == serde_json::json!(true)
    })
    .await;
    app.click("delete-confirm").await;
}

/// An organisation with many applications: the list opens on the most recently edited page, says
/// how many there are, and grows a page at a time ("show more", focus on the first new row); a
/// deletion further down keeps the longer list.
#[tokio::test(flavor = "multi_thread")]
async fn a_long_list_of_applications_comes_a_page_at_a_time() {
    use kanta_app::workspace::{ActingFor, Who};
    use kanta_domain::model::{DraftContent, Service};
    use kanta_keychain::OsKeychain;
    use kanta_storage::unlock::Unlocker;
    const PASSPHRASE: &str = "monta monta hakemusta";
    const MANY: usize = 120;
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    // The database is made here, as the app would with a passphrase (choosing one asks no
    // keychain), and filled with many drafts of the test organisation.
    let ids: Vec<i64> = {
        let db = Unlocker::new(data.path(), &OsKeychain)
            .choose_passphrase(PASSPHRASE, PASSPHRASE)
            .unwrap();
        let acting = ActingFor::current(&db, Who::LOGGED_OUT_TEST_ENVIRONMENT).unwrap();
        (0..MANY)
            .map(|_| {
                db.insert_draft(acting.key(), &DraftContent::new(Service::ClientDataArchive))
                    .unwrap()
                    .id
            })
            .collect()
    };
    let newest_first: Vec<i64> = ids.iter().rev().copied().collect();
    let app = App::start_without_keychain(data.path(), FINNISH).await;
    app.type_into("unlock-passphrase", PASSPHRASE).await;
    app.click("unlock-submit").await;
    app.wait_for("start-heading").await;

    let listed = || async {
        let rows = app
            .script("return [...document.querySelectorAll('[data-testid=applications] tbody tr')].map(r => Number(r.dataset.testid.replace('application-', '')))")
            .await;
        serde_json::from_value::<Vec<i64>>(rows).unwrap()
    };
    let shown = |lang, shown: usize| {
        text_with(
            lang,
            "start-applications-shown",
            &[("shown", &shown.to_string()), ("total", &MANY.to_string())],
        )
    };
    assert_eq!(listed().await, newest_first[..50], "the most recently edited page");
    app.expect_text("applications-shown", &shown(Language::Fi, 50)).await;
    app.expect_accessible("a long list (fi)").await;

    // By keyboard: Tab to "show more", Enter. Focus lands on the first new row.
    app.tab_to("show-more-applications", 400).await;
    app.press("\u{e007}").await; // Enter
    app.eventually("a second page", || async { listed().await.len() == 100 })
        .await;
    assert_eq!(listed().await, newest_first[..100]);
    assert_eq!(
        app.focused().await,
        Some(format!("open-application-{}", newest_first[50]))
    );
    app.switch_to(Language::Sv).await;
    app.expect_text("applications-shown", &shown(Language::Sv, 100)).await;
    app.expect_accessible("a long list, two pages (sv)").await;

    // Deleting one on the second page keeps both pages, less the deleted one.
    let gone = newest_first[80];
    delete_confirmed(&app, &gone.to_string()).await;
    app.eventually("the deleted one is gone, the rest stay", || async {
        let rows = listed().await;
        rows.len() == 100 && !rows.contains(&gone)
    })
    .await;

    app.click("show-more-applications").await;
    app.eventually("every application", || async { listed().await.len() == MANY - 1 })
        .await;
    assert!(!app.exists("show-more-applications").await, "nothing more to show");
    app.quit().await;
}

/// Without a keychain the user chooses a passphrase (judged by the core, in the user's
/// language), and enters it at the next start; a wrong one changes nothing.
#[tokio::test(flavor = "multi_thread")]
async fn without_a_keychain_a_passphrase_protects_the_database() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start_without_keychain(data.path(), FINNISH).await;
    assert_eq!(
        app.attr("unlock-reason", "data-reason").await.as_deref(),
        Some("choose-passphrase")
    );
    assert_eq!(app.focused().await.as_deref(), Some("unlock-heading"));
    app.expect_accessible("choose a passphrase (fi)").await;
    app.screenshot("fi-unlock-choose-passphrase").await;

    app.type_into("unlock-passphrase", "lyhyt").await;
    app.type_into("unlock-passphrase-repeat", "lyhyt").await;
    app.click("unlock-submit").await;
    app.expect_text_contains("app-error", &text(Language::Fi, "error-passphrase-too-short"))
        .await;
    app.switch_to(Language::Sv).await;
    app.expect_text_contains("app-error", &text(Language::Sv, "error-passphrase-too-short"))
        .await;
    assert_eq!(app.value("unlock-passphrase").await, "lyhyt", "nothing typed is lost");

    app.type_into("unlock-passphrase", "lyhyt men längre nu").await;
    app.type_into("unlock-passphrase-repeat", "lyhyt men längre nu!").await;
    app.click("unlock-submit").await;
    app.expect_text_contains("app-error", &text(Language::Sv, "error-passphrases-differ"))
        .await;
    app.type_into("unlock-passphrase-repeat", "lyhyt men längre nu").await;
    app.click("unlock-submit").await;
    app.wait_for("start-heading").await;
    app.quit().await;

    let db = data.path().join("kanta-extranet.sqlite3");
    let before = std::fs::read(&db).unwrap();
    let app = App::start_without_keychain(data.path(), FINNISH).await;
    assert_eq!(
        app.language().await,
        Language::Fi,
        "the language is in the locked database"
    );
    assert_eq!(
        app.attr("unlock-reason", "data-reason").await.as_deref(),
        Some("enter-passphrase")
    );
    app.type_into("unlock-passphrase", "lyhyt men längre").await;
    app.click("unlock-submit").await;
    app.expect_text_contains("app-error", &text(Language::Fi, "error-wrong-passphrase"))
        .await;
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "a wrong passphrase changes nothing"
    );
    app.type_into("unlock-passphrase", "lyhyt men längre nu").await;
    app.click("unlock-submit").await;
    app.wait_for("start-heading").await;
    assert_eq!(app.language().await, Language::Sv, "then the language chosen earlier");
    app.quit().await;

    // The passphrase forgotten: start over, after a confirmation; the old file is kept aside.
    let app = App::start_without_keychain(data.path(), FINNISH).await;
    app.click("start-over-button").await;
    app.eventually("the confirmation focuses its safe choice", || async {
        app.focused().await.as_deref() == Some("start-over-cancel")
    })
    .await;
    app.expect_accessible("start over confirmation (fi)").await;
    app.click("start-over-confirm").await;
    app.eventually("a new database asks for its passphrase", || async {
        app.attr("unlock-reason", "data-reason").await.as_deref() == Some("choose-passphrase")
    })
    .await;
    app.quit().await;
    let kept: Vec<String> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with("kanta-extranet.sqlite3.set-aside-"))
        .collect();
    assert!(!kept.is_empty(), "the old database is kept aside");
}

/// A vendor's partial file is shown before it is stored, then imported into a new application;
/// a broken file and a huge one are refused with their reason, in the user's language, and
/// change nothing.
#[tokio::test(flavor = "multi_thread")]
async fn a_vendors_file_is_previewed_then_imported_and_bad_files_are_refused() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let vendor =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/examples/vendor-connection-points.json");
    let app = App::start(data.path(), FINNISH).await;

    // A broken file: the reason with its place, in Finnish, then in Swedish.
    let broken = files.path().join("rikki.json");
    std::fs::write(
        &broken,
        "{\n  \"format\": 1,\n  \"application\": {\"service\": \"client-data-archive\",,}\n}",
    )
    .unwrap();
    app.choose_file("import-file", &broken).await;
    app.expect_text_contains("import-error", "rivillä 3").await;
    assert_eq!(app.focused().await.as_deref(), Some("import-error"));
    app.switch_to(Language::Sv).await;
    app.expect_text_contains("import-error", "på rad 3").await;
    app.switch_to(Language::Fi).await;

    // A huge file is refused by its size.
    let huge = files.path().join("suuri.json");
    std::fs::write(&huge, vec![b' '; 5 * 1024 * 1024]).unwrap();
    app.choose_file("import-file", &huge).await;
    app.expect_text_contains("import-error", "liian suuri").await;
    assert!(app.exists("no-applications").await, "nothing was stored");

    // The vendor's file: previewed, nothing stored yet.
    app.choose_file("import-file", &vendor).await;
    app.wait_for("import-preview").await;
    app.expect_text("import-file-name", "vendor-connection-points.json")
        .await;
    assert_eq!(app.focused().await.as_deref(), Some("import-preview-heading"));
    app.expect_text_contains("import-takes", &text(Language::Fi, "import-part-connection-points"))
        .await;
    app.expect_text_contains("import-connection-points", "1.2.246.10.31415938.10.0.13.4")
        .await;
    app.expect_accessible("import preview (fi)").await;
    app.screenshot("fi-import-preview").await;
    assert!(app.exists("no-applications").await, "a preview stores nothing");
    app.click("import-confirm").await;
    app.expect_step("instructions").await;
    app.click("start").await;
    app.expect_step("connection-points").await;
    assert_eq!(app.value(&field(OID_FIELD)).await, OID);
    assert_eq!(
        app.value(&field("application.connectionPoints[1].oid")).await,
        "1.2.246.10.31415938.10.0.13.4"
    );
    app.quit().await;
}
