//! The help page (the guide's chapter 5) end to end: reached by keyboard from the header of the
//! start screen, a wizard step and the unlock screen, in one language with a switch to the other
//! midway, axe-clean in both; back from it, the screen is as it was (input included); and a link
//! opens in the system browser from Rust, never in the webview, which a script cannot move off
//! the app either.
//!
//! The browser is observed through the real opener: `BROWSER` names a small script that writes
//! down the address it was given (xdg-open hands a URL to `$BROWSER` on a desktop without its own
//! handler), so the test sees what the user's browser would have been asked to open.

use std::{os::unix::fs::PermissionsExt, path::Path};

use fantoccini::key::Key;
use kanta_domain::{links::Link, Language};

use crate::{
    harness::{field, one_at_a_time, App},
    steps::{text, text_with, FINNISH, SWEDISH},
};

/// A "browser" that appends each address it is asked to open to `opened.txt` beside it.
fn recording_browser(dir: &Path) -> (String, std::path::PathBuf) {
    let log = dir.join("opened.txt");
    let script = dir.join("browser.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n", log.display()),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    (script.display().to_string(), log)
}

fn opened(log: &Path) -> Vec<String> {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Tab (at most `tabs` times) to `button` and press Enter; waits for `shown` and for the focus
/// to move to `focused`.
async fn press_by_keyboard(app: &App, button: &str, tabs: usize, shown: &str, focused: &str) {
    app.tab_to(button, tabs).await;
    app.press(&String::from(char::from(Key::Enter))).await;
    app.wait_for(shown).await;
    app.eventually(&format!("{focused} takes focus"), || async {
        app.focused().await.as_deref() == Some(focused)
    })
    .await;
}

/// Tab to the header's help button and press Enter: the help page, its heading focused.
async fn open_help_by_keyboard(app: &App) {
    press_by_keyboard(app, "nav-help", 40, "help-page", "help-heading").await;
}

/// Back by keyboard: the help page goes, and the focus is where help was asked for.
async fn close_help_by_keyboard(app: &App) {
    app.tab_to("help-back", 40).await;
    app.press(&String::from(char::from(Key::Enter))).await;
    app.eventually("the help page closes and the focus returns to its button", || async {
        !app.exists("help-page").await && app.focused().await.as_deref() == Some("nav-help")
    })
    .await;
}

#[tokio::test(flavor = "multi_thread")]
async fn help_is_reached_by_keyboard_from_every_screen_and_its_links_open_in_the_browser() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let tools = tempfile::tempdir().unwrap();
    let (browser, log) = recording_browser(tools.path());
    let app = App::start_with(data.path(), FINNISH, &[("BROWSER", browser.as_str())]).await;
    app.wait_for("start-heading").await;

    // From the start screen, in Finnish.
    open_help_by_keyboard(&app).await;
    app.expect_text("help-heading", &text(Language::Fi, "help-heading"))
        .await;
    app.expect_accessible("help (fi)").await;
    app.screenshot("fi-help").await;

    // A link, by keyboard: the Finnish page, handed to the system browser.
    app.tab_to("link-kanta-extranet", 60).await;
    app.press(&String::from(char::from(Key::Enter))).await;
    app.eventually("the browser is asked to open the Finnish page", || async {
        opened(&log) == [Link::KantaExtranet.url(Language::Fi)]
    })
    .await;
    let here = app.script("return location.href").await;
    assert!(
        here.as_str().is_some_and(|u| !u.contains("kanta.fi")),
        "the webview stayed on the app: {here}"
    );
    // A navigation away by script (as a link slipped into a text would try): the shell's guard
    // refuses it, and the app stays as it was.
    app.script("window.location.href = 'https://example.com/elsewhere'; return true")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    let here = app.script("return location.href").await;
    assert!(
        here.as_str().is_some_and(|u| u.starts_with("tauri://localhost")),
        "navigated away: {here}"
    );
    app.expect_text("help-heading", &text(Language::Fi, "help-heading"))
        .await;

    // Switched to Swedish midway: the same page re-rendered, and links open Swedish pages.
    app.switch_to(Language::Sv).await;
    app.expect_text("help-heading", &text(Language::Sv, "help-heading"))
        .await;
    app.expect_accessible("help (sv)").await;
    app.click("link-kanta-extranet").await;
    app.eventually("the browser is asked to open the Swedish page", || async {
        opened(&log).last().map(String::as_str) == Some(Link::KantaExtranet.url(Language::Sv))
    })
    .await;
    close_help_by_keyboard(&app).await;
    app.wait_for("start-heading").await;

    // From a wizard step, with something typed: back from help, it is still there.
    app.click("open-client-data-archive").await;
    app.expect_step("instructions").await;
    app.click("start").await;
    app.expect_step("connection-points").await;
    app.fill_connection_point(0, "1.2.246.10.31415938", &[]).await;
    let oid = field("application.connectionPoints[0].oid");
    open_help_by_keyboard(&app).await;
    app.expect_text("help-heading", &text(Language::Sv, "help-heading"))
        .await;
    close_help_by_keyboard(&app).await;
    app.expect_step("connection-points").await;
    assert_eq!(app.value(&oid).await, "1.2.246.10.31415938", "nothing typed was lost");
    app.quit().await;

    // From the unlock screen, on a computer without a keychain.
    let other = tempfile::tempdir().unwrap();
    let app = App::start_without_keychain(other.path(), SWEDISH).await;
    open_help_by_keyboard(&app).await;
    app.expect_accessible("help over the unlock screen (sv)").await;
    close_help_by_keyboard(&app).await;
    app.wait_for("unlock-heading").await;
    app.quit().await;
}

/// The About section at the end of the help page: the build `kanta-extranet --version` names,
/// the folders this run's data and logs are in, and, asked for by keyboard, the licences of the
/// Rust crates, npm packages and fonts the app ships; axe-clean in both languages.
#[tokio::test(flavor = "multi_thread")]
async fn the_about_section_names_the_build_its_folders_and_the_licences_of_what_it_ships() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path(), FINNISH).await;
    open_help_by_keyboard(&app).await;

    // `kanta-extranet 0.1.0 (2026-12-03, commit 0123456789ab)`
    let cli = std::process::Command::new(env!("CARGO_BIN_EXE_kanta-extranet"))
        .arg("--version")
        .output()
        .unwrap();
    let cli = String::from_utf8(cli.stdout).unwrap();
    let (version, build) = cli
        .trim()
        .trim_start_matches("kanta-extranet ")
        .split_once(" (")
        .unwrap();
    // A build from a checkout names its commit; one without git (a source archive) does not.
    let build = build.trim_end_matches(')');
    let (date, commit) = build
        .split_once(", commit ")
        .map_or((build, None), |(d, c)| (d, Some(c)));
    app.expect_text(
        "about-version",
        &text_with(Language::Fi, "about-version", &[("version", version), ("date", date)]),
    )
    .await;
    match commit {
        Some(commit) => {
            let line = text_with(Language::Fi, "about-commit", &[("commit", commit)]);
            app.expect_text("about-commit", &line).await;
        }
        None => assert!(!app.exists("about-commit").await, "no commit, no commit line"),
    }
    app.expect_text("about-data-folder", &data.path().display().to_string())
        .await;
    app.expect_text("about-log-folder", &data.path().join("logs").display().to_string())
        .await;

    press_by_keyboard(&app, "about-licences-show", 80, "about-licences", "about-licences").await;
    for kind in ["rust-crate", "npm-package", "font"] {
        app.wait_for(&format!("licence-{kind}-0")).await;
    }
    if std::env::var_os("KANTA_REQUIRE_LICENCES").is_some() {
        assert!(
            !app.exists("about-licences-incomplete").await,
            "the test command generates both lists"
        );
    }
    app.expect_accessible("about (fi)").await;
    app.screenshot("fi-about").await;
    app.switch_to(Language::Sv).await;
    app.expect_text(
        "about-version",
        &text_with(Language::Sv, "about-version", &[("version", version), ("date", date)]),
    )
    .await;
    app.expect_accessible("about (sv)").await;
    app.quit().await;
}
