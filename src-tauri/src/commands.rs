//! The commands the UI calls (through `ui/src/lib/backend.ts`, nowhere else). Each parses its
//! arguments, calls the core and maps errors; none holds a rule.

use kanta_core::{
    codelists::{self, CodeList, ListId},
    draft_editor::StepAction,
    i18n::{Catalog, FtlFile},
    storage::Database,
    validation::Finding,
    wizard::{input::StepInput, view::WizardView, Service},
    workspace::{ActingFor, StartView},
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

/// The code lists the choices come from, with their names in both languages.
#[tauri::command]
pub async fn load_code_lists() -> Result<Vec<CodeList>, Error> {
    Ok(ListId::ALL.iter().map(|id| codelists::list(*id).clone()).collect())
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

/// The start screen of the organisation the user acts for.
#[tauri::command]
pub async fn open_start(state: State<'_, AppState>) -> Result<StartView, Error> {
    state.with_db(|db| Ok(StartView::new(db, &ActingFor::current(db)?)?))
}

#[tauri::command]
pub async fn choose_organisation(state: State<'_, AppState>, business_id: String) -> Result<StartView, Error> {
    state.with_db(|db| Ok(StartView::new(db, &ActingFor::choose(db, &business_id)?)?))
}

/// The service's application where the user left it, or a new one.
#[tauri::command]
pub async fn open_service(state: State<'_, AppState>, service: Service) -> Result<WizardView, Error> {
    with_editor(&state, |editor| Ok(editor.open_service(service)?))
}

#[tauri::command]
pub async fn open_draft(state: State<'_, AppState>, draft_id: i64) -> Result<WizardView, Error> {
    with_editor(&state, |editor| Ok(editor.open_draft(draft_id)?))
}

#[tauri::command]
pub async fn submit_step(
    state: State<'_, AppState>,
    draft_id: i64,
    input: StepInput,
    action: StepAction,
) -> Result<WizardView, Error> {
    with_editor(&state, |editor| Ok(editor.submit(draft_id, input, action)?)).inspect_err(|err| {
        tracing::warn!(%err, "step submission failed");
    })
}

/// The current step's findings for unsaved input; stores nothing.
#[tauri::command]
pub async fn check_step(state: State<'_, AppState>, draft_id: i64, input: StepInput) -> Result<Vec<Finding>, Error> {
    with_editor(&state, |editor| Ok(editor.check(draft_id, input)?))
}

/// Runs `f` with the editor of the organisation the user acts for.
fn with_editor<T>(state: &AppState, f: impl FnOnce(&DraftEditor) -> Result<T, Error>) -> Result<T, Error> {
    state.with_db(|db: &Database| {
        let acting = ActingFor::current(db)?;
        f(&DraftEditor::new(db, &acting))
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
