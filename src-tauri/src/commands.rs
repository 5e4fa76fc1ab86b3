//! The commands the UI calls (through `ui/src/lib/backend.ts`, nowhere else). Each parses its
//! arguments, calls the core and maps errors; none holds a rule.

use kanta_core::{
    draft_editor::{StepAction, StepInput},
    i18n::{Catalog, FtlFile},
    wizard::{view::WizardView, Service},
    DraftEditor, Language,
};
use serde::Serialize;
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::{error::Error, state::AppState};

/// Everything the UI needs to show text: the language to start in and both languages' files,
/// so switching needs no round trip.
#[derive(Debug, Serialize, TS)]
pub struct I18nPayload {
    pub language: Language,
    pub fi: Vec<FtlFile>,
    pub sv: Vec<FtlFile>,
}

#[tauri::command]
pub async fn load_i18n(state: State<'_, AppState>) -> Result<I18nPayload, Error> {
    Ok(I18nPayload {
        language: state.language(),
        fi: Catalog::files(Language::Fi),
        sv: Catalog::files(Language::Sv),
    })
}

/// Remembers the user's choice and retitles the window. The UI has re-rendered already.
#[tauri::command]
pub async fn set_language(app: AppHandle, state: State<'_, AppState>, language: Language) -> Result<(), Error> {
    state.set_language(language);
    state.apply_window_title(&app);
    state.with_db(|db| Ok(db.set_chosen_language(language)?))?;
    tracing::info!(language = language.tag(), "language chosen");
    Ok(())
}

/// The Client Data Archive application's draft, where the user left it.
#[tauri::command]
pub async fn open_wizard(state: State<'_, AppState>) -> Result<WizardView, Error> {
    state.with_db(|db| Ok(DraftEditor::new(db).open(Service::ClientDataArchive)?))
}

#[tauri::command]
pub async fn submit_step(
    state: State<'_, AppState>,
    draft_id: i64,
    input: StepInput,
    action: StepAction,
) -> Result<WizardView, Error> {
    state
        .with_db(|db| Ok(DraftEditor::new(db).submit(draft_id, input, action)?))
        .inspect_err(|err| {
            tracing::warn!(%err, "step submission failed");
        })
}

/// Writes the shell's TypeScript types into `dir` (see kanta_core::bindings).
#[cfg(test)]
pub fn export_bindings(dir: &std::path::Path) -> Result<(), ts_rs::ExportError> {
    let cfg = kanta_core::bindings::config(dir);
    I18nPayload::export_all(&cfg)?;
    crate::error::ErrorPayload::export_all(&cfg)?;
    Ok(())
}
