//! The commands the UI calls (through `ui/src/lib/backend.ts`, nowhere else). Each parses its
//! arguments, calls the core and maps errors; none holds a rule. Logging in and out are in
//! `identification`, saving files (export, PDF) in `documents`.

pub mod documents;
pub mod identification;
pub mod perf;

use kanta_core::{
    codelists::{self, CodeList, ListId},
    draft_editor::{Saved, StepAction},
    i18n::{Catalog, FtlFile},
    import::{self, ImportPreview},
    keychain::OsKeychain,
    model::Service,
    sending::ConnectionStatus,
    storage::{
        unlock::{Locked, Opening, Unlocker, MIN_PASSPHRASE_CHARS},
        Database,
    },
    validation::Finding,
    wizard::input::StepInput,
    wizard_view::{SubmitOutcome, WizardView},
    workspace::{ActingFor, ApplicationList, Start, StartView, Who},
    DraftEditor, Language,
};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use ts_rs::TS;

use crate::{
    error::Error,
    sending::Sending,
    state::{AppState, DbState},
};

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

/// Remembers the user's choice (in the database once it is open) and retitles the window. The
/// UI has re-rendered already.
#[tauri::command]
pub async fn set_language(app: AppHandle, state: State<'_, AppState>, language: Language) -> Result<(), Error> {
    state.choose_language(language)?;
    state.apply_window_title(&app);
    tracing::info!(language = language.tag(), "language chosen");
    Ok(())
}

/// The start screen of the organisation the user acts for, or what must happen first (choose
/// an organisation, log in).
#[tauri::command]
pub async fn open_start(state: State<'_, AppState>) -> Result<Start, Error> {
    with_who(&state, |db, who| Ok(Start::open(db, who)?))
}

#[tauri::command]
pub async fn choose_organisation(state: State<'_, AppState>, business_id: String) -> Result<StartView, Error> {
    with_who(&state, |db, who| {
        Ok(StartView::new(db, &ActingFor::choose(db, who, &business_id)?, who)?)
    })
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
    sending: State<'_, Sending>,
    draft_id: i64,
    input: StepInput,
    action: StepAction,
) -> Result<WizardView, Error> {
    let view = with_editor(&state, |editor| Ok(editor.submit(draft_id, input, action)?)).inspect_err(|err| {
        tracing::warn!(%err, "step submission failed");
    })?;
    if view.outcome == Some(SubmitOutcome::Sent) {
        sending.wake();
    }
    Ok(view)
}

/// The online indicator and what waits to be sent; `revision` moves when the outbox changed
/// something the screens show.
#[tauri::command]
pub async fn connection_status(
    state: State<'_, AppState>,
    sending: State<'_, Sending>,
) -> Result<ConnectionStatus, Error> {
    let undelivered = state.with_db(|db| Ok(db.undelivered_count()?)).unwrap_or(0);
    Ok(sending.status(undelivered, state.session().is_some()))
}

/// The current step's findings for unsaved input; stores nothing.
#[tauri::command]
pub async fn check_step(state: State<'_, AppState>, draft_id: i64, input: StepInput) -> Result<Vec<Finding>, Error> {
    with_editor(&state, |editor| Ok(editor.check(draft_id, input)?))
}

/// Stores the current step's input as typed (the autosave behind every field change).
#[tauri::command]
pub async fn autosave_step(state: State<'_, AppState>, draft_id: i64, input: StepInput) -> Result<Saved, Error> {
    with_editor(&state, |editor| Ok(editor.autosave(draft_id, input)?))
}

/// Deletes an unsent application; the start screen offers to undo it right after.
#[tauri::command]
pub async fn delete_draft(state: State<'_, AppState>, draft_id: i64) -> Result<StartView, Error> {
    with_acting(&state, |db, acting, who| {
        DraftEditor::new(db, acting).delete(draft_id)?;
        Ok(StartView::new(db, acting, who)?)
    })
}

/// The first `limit` of the organisation's applications: the start screen's "show more".
#[tauri::command]
pub async fn list_applications(state: State<'_, AppState>, limit: u32) -> Result<ApplicationList, Error> {
    with_acting(&state, |db, acting, _| Ok(ApplicationList::first(db, acting, limit)?))
}

/// Undoes a deletion made since the app started.
#[tauri::command]
pub async fn restore_draft(state: State<'_, AppState>, draft_id: i64) -> Result<StartView, Error> {
    with_acting(&state, |db, acting, who| {
        DraftEditor::new(db, acting).restore(draft_id)?;
        Ok(StartView::new(db, acting, who)?)
    })
}

/// What importing the file would do; stores nothing. `bytes` may stop at the import limit;
/// `size` is the whole file's.
#[tauri::command]
pub async fn preview_import(state: State<'_, AppState>, bytes: Vec<u8>, size: u64) -> Result<ImportPreview, Error> {
    with_acting(&state, |db, acting, _| Ok(import::preview(db, acting, &bytes, size)?))
}

/// Imports the file the user has seen previewed, and opens its application.
#[tauri::command]
pub async fn import_application(state: State<'_, AppState>, bytes: Vec<u8>, size: u64) -> Result<WizardView, Error> {
    with_acting(&state, |db, acting, _| Ok(import::import(db, acting, &bytes, size)?))
}

/// Whether the database is open, and if not, what the user is asked for.
#[derive(Debug, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DatabaseStatus {
    /// `None` when open.
    pub locked: Option<Locked>,
    /// The language to show: the one chosen earlier, once the database is open.
    pub language: Language,
    pub min_passphrase_chars: u32,
}

/// What the unlock screen asks for.
#[derive(Debug, Deserialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum UnlockRequest {
    /// Try the keychain again (after the user unlocked it).
    Retry,
    ChoosePassphrase {
        passphrase: String,
        repeated: String,
    },
    EnterPassphrase {
        passphrase: String,
    },
    /// The key is gone for good: set the database aside (kept, renamed) and begin a new one.
    StartOver,
}

#[tauri::command]
pub async fn database_status(state: State<'_, AppState>) -> Result<DatabaseStatus, Error> {
    Ok(status(&state, &state.db_state()))
}

/// Opens the locked database as the user asked. The passphrase is never logged.
#[tauri::command]
pub async fn unlock_database(
    app: AppHandle,
    state: State<'_, AppState>,
    request: UnlockRequest,
) -> Result<DatabaseStatus, Error> {
    let mut db = state.db_state();
    if matches!(*db, DbState::Locked(_)) {
        let unlocker = Unlocker::new(&state.data_dir, &OsKeychain);
        let opened = match request {
            UnlockRequest::Retry => unlocker.open(),
            UnlockRequest::ChoosePassphrase { passphrase, repeated } => {
                unlocker.choose_passphrase(&passphrase, &repeated).map(Opening::Open)
            }
            UnlockRequest::EnterPassphrase { passphrase } => unlocker.enter_passphrase(&passphrase).map(Opening::Open),
            UnlockRequest::StartOver => unlocker.start_over().map(|(_aside, opening)| opening),
        };
        // A wrong or too short passphrase leaves it locked, for another try.
        let opened = opened.inspect_err(|err| tracing::warn!(%err, "unlocking failed"))?;
        *db = DbState::from_opening(Ok(opened));
        if let DbState::Open(open) = &*db {
            tracing::info!("database unlocked");
            state.language_on_open(open)?;
            state.apply_window_title(&app);
        }
    }
    Ok(status(&state, &db))
}

fn status(state: &AppState, db: &DbState) -> DatabaseStatus {
    DatabaseStatus {
        locked: match db {
            DbState::Locked(why) => Some(*why),
            _ => None,
        },
        language: state.language(),
        min_passphrase_chars: MIN_PASSPHRASE_CHARS as u32,
    }
}

/// Runs `f` with the database and who is using the app (the valid session, if any).
fn with_who<T>(state: &AppState, f: impl FnOnce(&Database, Who) -> Result<T, Error>) -> Result<T, Error> {
    let session = state.session();
    let who = Who {
        session: session.as_ref(),
        test_environment: state.is_test_environment(),
    };
    state.with_db(|db| f(db, who))
}

/// Runs `f` with the database, the organisation the user acts for, and who they are.
fn with_acting<T>(
    state: &AppState,
    f: impl FnOnce(&Database, &ActingFor, Who) -> Result<T, Error>,
) -> Result<T, Error> {
    with_who(state, |db, who| f(db, &ActingFor::current(db, who)?, who))
}

/// Runs `f` with the editor of the organisation the user acts for.
pub(crate) fn with_editor<T>(state: &AppState, f: impl FnOnce(&DraftEditor) -> Result<T, Error>) -> Result<T, Error> {
    with_acting(state, |db, acting, _| f(&DraftEditor::new(db, acting)))
}

/// Writes the shell's TypeScript types into `dir` (see kanta_core::bindings).
#[cfg(test)]
pub fn export_bindings(dir: &std::path::Path) -> Result<(), ts_rs::ExportError> {
    let cfg = kanta_core::bindings::config(dir);
    I18nPayload::export_all(&cfg)?;
    DatabaseStatus::export_all(&cfg)?;
    UnlockRequest::export_all(&cfg)?;
    crate::error::ErrorPayload::export_all(&cfg)?;
    Ok(())
}
