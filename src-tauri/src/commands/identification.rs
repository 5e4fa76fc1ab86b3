//! The login commands: a test person of the built-in test environment; the OpenID Connect login
//! through the system browser (begin, wait, cancel), during which the UI shows what is happening
//! and a cancel button; and logout. The rules are the core's (`identification::current`).

use std::sync::atomic::Ordering;

use kanta_core::{
    i18n::messages,
    identification::{current::IdentificationView, LoginError},
};
use tauri::{AppHandle, Manager, State};
use tauri_plugin_opener::OpenerExt;

use kanta_core::storage::now_ms;

use crate::{error::Error, sending::Sending, state::AppState};

#[tauri::command]
pub async fn identification_status(state: State<'_, AppState>) -> Result<IdentificationView, Error> {
    Ok(state.identification()?.view(now_ms()))
}

#[tauri::command]
pub async fn log_in_test_person(
    state: State<'_, AppState>,
    sending: State<'_, Sending>,
    person_id: String,
) -> Result<IdentificationView, Error> {
    let identification = state.identification()?;
    identification.log_in_test_person(&person_id, now_ms())?;
    sending.logged_in(&state);
    Ok(identification.view(now_ms()))
}

/// Starts a login and opens the issuer's page in the system browser. Answers its URL, which the
/// UI shows as a link should no browser open.
#[tauri::command]
pub async fn begin_login(app: AppHandle) -> Result<String, Error> {
    let handle = app.clone();
    // Discovery is network I/O on a blocking client: off the async runtime.
    let url = blocking(move || {
        let state = handle.state::<AppState>();
        let pending = state.identification()?.begin()?;
        let url = pending.authorize_url();
        state.cancel_login.store(false, Ordering::SeqCst);
        *state.pending_login.lock().unwrap_or_else(|p| p.into_inner()) = Some(pending);
        Ok(url)
    })
    .await?;
    if let Err(err) = app.opener().open_url(&url, None::<&str>) {
        tracing::warn!(%err, "no system browser opened; the UI shows the link");
    }
    Ok(url)
}

/// Waits for the browser to come back, then checks everything and keeps the session.
#[tauri::command]
pub async fn finish_login(app: AppHandle) -> Result<IdentificationView, Error> {
    blocking(move || {
        let state = app.state::<AppState>();
        let pending = state.pending_login.lock().unwrap_or_else(|p| p.into_inner()).take();
        let pending = pending.ok_or(Error::Login(LoginError::Cancelled))?;
        let identification = state.identification()?;
        let language = state.language();
        let page = format!(
            "<!doctype html><html lang=\"{}\"><meta charset=\"utf-8\"><title>{}</title><p>{}</p></html>",
            language.tag(),
            state.catalog.text(language, &messages::app_title()),
            state.catalog.text(language, &messages::login_browser_done())
        );
        identification.finish(pending, &state.cancel_login, &page, now_ms)?;
        app.state::<Sending>().logged_in(&state);
        Ok(identification.view(now_ms()))
    })
    .await
}

/// Stops waiting for the browser; `finish_login` then answers "cancelled".
#[tauri::command]
pub async fn cancel_login(state: State<'_, AppState>) -> Result<(), Error> {
    state.cancel_login.store(true, Ordering::SeqCst);
    Ok(())
}

/// Logs out: the session is forgotten and its tokens deleted from the keychain. The drafts
/// stay as they are.
#[tauri::command]
pub async fn log_out(state: State<'_, AppState>) -> Result<IdentificationView, Error> {
    let identification = state.identification()?;
    identification.log_out().map_err(Error::LogoutKeychain)?;
    Ok(identification.view(now_ms()))
}

async fn blocking<T: Send + 'static>(f: impl FnOnce() -> Result<T, Error> + Send + 'static) -> Result<T, Error> {
    tauri::async_runtime::spawn_blocking(f)
        .await
        .unwrap_or(Err(Error::Crashed))
}
