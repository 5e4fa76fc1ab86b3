//! The look under the conditions the issue names: a 1024×768 screen, the page zoomed to 200%
//! with the keyboard (Tauri's zoom hotkeys), and the OS dark mode. In each, no horizontal
//! scrolling and no axe-core violations, colour contrast included.

use fantoccini::key::Key;
use kanta_domain::Language;

use crate::{
    harness::{field, one_at_a_time, App},
    steps::{text, FINNISH},
};

impl App {
    async fn number(&self, js: &str) -> f64 {
        self.script(js)
            .await
            .as_f64()
            .unwrap_or_else(|| panic!("{js} is not a number"))
    }

    /// The page fits the window's width: nothing to scroll sideways.
    async fn expect_no_horizontal_scrolling(&self, screen: &str) {
        let overflow = self
            .number("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await;
        assert!(
            overflow <= 0.0,
            "{screen}: the page is {overflow} px wider than the window"
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn usable_at_1024x768_and_at_200_percent_zoom_by_keyboard() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path(), FINNISH).await;
    app.client.set_window_size(1024, 768).await.unwrap();
    app.eventually("the window is 1024 px wide", || async {
        app.number("return window.outerWidth").await <= 1024.0
    })
    .await;
    app.expect_no_horizontal_scrolling("start, 100%").await;

    app.click("open-client-data-archive").await;
    app.click("start").await;
    app.expect_step("connection-points").await;
    let width = app.number("return window.innerWidth").await;

    // Ctrl + "+" five times: 100% → 200% (Tauri's polyfill zooms in steps of 20%).
    app.wait_for("step-heading").await;
    let zoom_in = format!("{}+", char::from(Key::Control));
    for _ in 0..5 {
        app.press(&zoom_in).await;
    }
    app.eventually("the page is zoomed to 200%", || async {
        (app.number("return window.innerWidth").await - width / 2.0).abs() < 2.0
    })
    .await;
    for (name, step) in [
        ("connection-points", "connection-points"),
        ("service-usage", "service-usage"),
    ] {
        app.expect_step(step).await;
        app.expect_no_horizontal_scrolling(&format!("{name} at 200%")).await;
        // The step list stacks above the step: both readable, neither squeezed.
        let list = app
            .number("return document.querySelector('[data-testid=\"step-list\"]').getBoundingClientRect().bottom")
            .await;
        let heading = app
            .number("return document.querySelector('[data-testid=\"step-heading\"]').getBoundingClientRect().top")
            .await;
        assert!(heading >= list, "{name}: the step list is above the step at 200%");
        app.expect_accessible(&format!("{name} at 200% zoom")).await;
        app.screenshot(&format!("fi-zoom-200-{name}")).await;
        if step == "connection-points" {
            // WebDriver's pointer misses on a zoomed page (it computes unzoomed coordinates), so
            // on to the next step by keyboard, as many who zoom work anyway.
            let enter = String::from(char::from(Key::Enter));
            app.tab_to("add-connection-point", 40).await;
            app.press(&enter).await;
            app.eventually("the new point's OID has the focus", || async {
                app.focused().await == Some(field("application.connectionPoints[0].oid"))
            })
            .await;
            app.press("1.2.246.10.31415938.10.0.13.3").await;
            app.tab_to(
                &format!("{}-sample-abilita", field("application.connectionPoints[0].systems")),
                10,
            )
            .await;
            app.press(" ").await;
            app.tab_to("save-and-continue", 20).await;
            app.press(&enter).await;
        }
    }
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_os_dark_mode_is_followed_with_enough_contrast() {
    let _turn = one_at_a_time();
    let data = tempfile::tempdir().unwrap();
    // GTK's dark variant is how a Linux desktop asks applications for dark mode.
    let app = App::start_with(data.path(), FINNISH, &[("GTK_THEME", "Adwaita:dark")]).await;
    app.wait_for("start-heading").await;
    assert_eq!(
        app.script("return matchMedia('(prefers-color-scheme: dark)').matches")
            .await,
        true,
        "WebKit reports the dark preference"
    );
    let background = app
        .script("return getComputedStyle(document.documentElement).backgroundColor")
        .await;
    assert_ne!(background, "rgb(255, 255, 255)", "the page is dark");
    app.expect_accessible("start in dark mode").await;
    app.screenshot("fi-dark-start").await;
    app.click("open-client-data-archive").await;
    app.click("start").await;
    app.expect_step("connection-points").await;
    app.click("save-and-continue").await;
    app.wait_for("error-summary").await;
    app.expect_text_contains("error-summary", &text(Language::Fi, "validation-required"))
        .await;
    app.expect_accessible("connection points with errors in dark mode")
        .await;
    app.screenshot("fi-dark-connection-points-errors").await;
    app.quit().await;
}
