//! Files the user saves from an application: the application file (JSON, for another computer
//! or `kanta-extranet check`) and the PDFs (the signed commitment, the whole application). The
//! OS's save dialog is opened from Rust (tauri-plugin-dialog), so the web side has no file
//! access; a file is written whole or not at all; a PDF then opens in the OS's viewer to print.
//!
//! `KANTA_EXTRANET_SAVE_DIR` (for the end-to-end tests, which cannot drive a native dialog):
//! files are saved in that folder under their proposed names, without the dialog, and no
//! viewer is opened.

use std::path::PathBuf;

use kanta_core::{
    i18n::messages,
    pdf::{self, Document},
    Language,
};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

use super::with_editor;
use crate::{error::Error, state::AppState};

pub const SAVE_DIR_VAR: &str = "KANTA_EXTRANET_SAVE_DIR";

/// Saves the application as a JSON file where the user chooses. Answers whether it was saved
/// (false: the user cancelled).
#[tauri::command]
pub async fn export_application(app: AppHandle, state: State<'_, AppState>, draft_id: i64) -> Result<bool, Error> {
    let file = with_editor(&state, |editor| Ok(editor.export(draft_id)?))?;
    let name = format!(
        "kanta-{}-{}.json",
        file.application.service.as_str(),
        file.organisation.register.business_id
    );
    let title = state.catalog.text(state.language(), &messages::export_dialog_title());
    let saved = save_as(&app, title, name, ("JSON", "json"), file.to_json_pretty().into_bytes()).await?;
    tracing::info!(saved = saved.is_some(), "application file");
    Ok(saved.is_some())
}

/// Saves the PDF of `document` in `language` where the user chooses, then opens it in the OS's
/// viewer for printing. Answers whether it was saved.
#[tauri::command]
pub async fn save_pdf(
    app: AppHandle,
    state: State<'_, AppState>,
    draft_id: i64,
    document: Document,
    language: Language,
) -> Result<bool, Error> {
    let file = with_editor(&state, |editor| Ok(editor.export(draft_id)?))?;
    let bytes = pdf::render(document, &file, language, &state.catalog, pdf::Timestamp::now())?;
    let name = format!(
        "kanta-{}-{}-{}.pdf",
        document.as_str(),
        file.application.service.as_str(),
        file.organisation.register.business_id
    );
    let title = state.catalog.text(state.language(), &messages::pdf_dialog_title());
    let Some(path) = save_as(&app, title, name, ("PDF", "pdf"), bytes).await? else {
        return Ok(false);
    };
    if std::env::var_os(SAVE_DIR_VAR).is_none() {
        if let Err(err) = app.opener().open_path(path.display().to_string(), None::<&str>) {
            tracing::warn!(%err, "the PDF viewer did not open");
        }
    }
    tracing::info!(document = document.as_str(), "PDF saved");
    Ok(true)
}

/// Asks where to save (`name` proposed) and writes `bytes` there, whole or not at all: a
/// temporary file beside the target, renamed over it. `None`: the user cancelled.
async fn save_as(
    app: &AppHandle,
    title: String,
    name: String,
    (filter_name, extension): (&str, &str),
    bytes: Vec<u8>,
) -> Result<Option<PathBuf>, Error> {
    let chosen = match std::env::var_os(SAVE_DIR_VAR) {
        Some(dir) => Some(PathBuf::from(dir).join(&name)),
        None => {
            let app = app.clone();
            let filter_name = filter_name.to_owned();
            let extension = extension.to_owned();
            tauri::async_runtime::spawn_blocking(move || {
                app.dialog()
                    .file()
                    .set_title(title)
                    .set_file_name(name)
                    .add_filter(filter_name, &[extension.as_str()])
                    .blocking_save_file()
            })
            .await
            .ok()
            .flatten()
            .and_then(|p| p.into_path().ok())
        }
    };
    let Some(path) = chosen else {
        return Ok(None);
    };
    let staging = path.with_extension(format!("{extension}.part"));
    std::fs::write(&staging, bytes)
        .and_then(|()| std::fs::rename(&staging, &path))
        .map_err(|err| {
            let _ = std::fs::remove_file(&staging);
            Error::Write(err)
        })?;
    Ok(Some(path))
}
