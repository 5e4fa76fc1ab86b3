//! The commands the UI calls (through `ui/src/lib/backend.ts`, nowhere else). Each takes its
//! arguments as Tauri parsed them and runs its body, `kanta_app::App`'s, on the blocking pool:
//! a body reads and writes SQLite, and a login waits for the browser, so none of it may stall
//! the async runtime. None holds a rule; errors are the app's, already in the UI's shape.

pub mod perf;

use std::sync::Arc;

use kanta_app::{
    ipc::{
        About, ApplicationList, Change, ChangeOutcome, CodeList, ConnectionStatus, Contact, ContactsOf, DatabaseStatus,
        Document, Finding, I18nPayload, IdentificationView, ImportPreview, Language, Licences, Link, Removal, Saved,
        Service, ServiceSummary, Start, StartView, StepAction, StepInput, UnlockRequest, WizardView,
    },
    App, Error,
};
use tauri::State;

/// Runs `body` with the app off the async runtime. A body that panics fails alone: the UI gets
/// the internal error, and the app goes on.
async fn run<T: Send + 'static>(
    app: &State<'_, Arc<App>>,
    body: impl FnOnce(&App) -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    let app = Arc::clone(app.inner());
    tauri::async_runtime::spawn_blocking(move || body(&app))
        .await
        .unwrap_or(Err(Error::Crashed))
}

#[tauri::command]
pub async fn load_i18n(app: State<'_, Arc<App>>) -> Result<I18nPayload, Error> {
    Ok(app.i18n())
}

#[tauri::command]
pub async fn about(app: State<'_, Arc<App>>) -> Result<About, Error> {
    Ok(app.about())
}

/// Parsed from the compiled-in list (a few hundred KB) off the async runtime, only when asked.
#[tauri::command]
pub async fn licences() -> Result<Licences, Error> {
    tauri::async_runtime::spawn_blocking(App::licences)
        .await
        .map_err(|_| Error::Crashed)
}

#[tauri::command]
pub async fn load_code_lists() -> Result<Vec<CodeList>, Error> {
    Ok(App::code_lists())
}

#[tauri::command]
pub async fn set_language(app: State<'_, Arc<App>>, language: Language) -> Result<(), Error> {
    run(&app, move |app| app.set_language(language)).await
}

#[tauri::command]
pub async fn open_start(app: State<'_, Arc<App>>) -> Result<Start, Error> {
    run(&app, |app| app.open_start()).await
}

#[tauri::command]
pub async fn choose_organisation(app: State<'_, Arc<App>>, business_id: String) -> Result<StartView, Error> {
    run(&app, move |app| app.choose_organisation(&business_id)).await
}

#[tauri::command]
pub async fn open_service(app: State<'_, Arc<App>>, service: Service) -> Result<WizardView, Error> {
    run(&app, move |app| app.open_service(service)).await
}

/// The summary of a service the organisation uses (fresh, or the copy kept here).
#[tauri::command]
pub async fn open_service_in_use(app: State<'_, Arc<App>>, service: Service) -> Result<ServiceSummary, Error> {
    run(&app, move |app| app.open_service_in_use(service)).await
}

/// Amends a returned application: a new one with its answers.
#[tauri::command]
pub async fn amend_application(app: State<'_, Arc<App>>, draft_id: i64) -> Result<WizardView, Error> {
    run(&app, move |app| app.amend_application(draft_id)).await
}

/// What deleting a contact (of a draft, or of a service in use) would mean; stores nothing.
#[tauri::command]
pub async fn check_contact_removal(
    app: State<'_, Arc<App>>,
    of: ContactsOf,
    contacts: Vec<Contact>,
    index: usize,
) -> Result<Removal, Error> {
    run(&app, move |app| app.check_contact_removal(of, contacts, index)).await
}

/// The findings of a change to a service in use as if it were sent; stores nothing.
#[tauri::command]
pub async fn check_change(app: State<'_, Arc<App>>, service: Service, change: Change) -> Result<Vec<Finding>, Error> {
    run(&app, move |app| app.check_change(service, change)).await
}

/// Sends a change to a service in use as a change notification.
#[tauri::command]
pub async fn send_change(app: State<'_, Arc<App>>, service: Service, change: Change) -> Result<ChangeOutcome, Error> {
    run(&app, move |app| app.send_change(service, change)).await
}

#[tauri::command]
pub async fn open_draft(app: State<'_, Arc<App>>, draft_id: i64) -> Result<WizardView, Error> {
    run(&app, move |app| app.open_draft(draft_id)).await
}

#[tauri::command]
pub async fn submit_step(
    app: State<'_, Arc<App>>,
    draft_id: i64,
    input: StepInput,
    action: StepAction,
) -> Result<WizardView, Error> {
    run(&app, move |app| app.submit_step(draft_id, input, action)).await
}

#[tauri::command]
pub async fn connection_status(app: State<'_, Arc<App>>) -> Result<ConnectionStatus, Error> {
    run(&app, |app| Ok(app.connection_status())).await
}

#[tauri::command]
pub async fn check_step(app: State<'_, Arc<App>>, draft_id: i64, input: StepInput) -> Result<Vec<Finding>, Error> {
    run(&app, move |app| app.check_step(draft_id, input)).await
}

#[tauri::command]
pub async fn autosave_step(app: State<'_, Arc<App>>, draft_id: i64, input: StepInput) -> Result<Saved, Error> {
    run(&app, move |app| app.autosave_step(draft_id, input)).await
}

#[tauri::command]
pub async fn delete_draft(app: State<'_, Arc<App>>, draft_id: i64) -> Result<StartView, Error> {
    run(&app, move |app| app.delete_draft(draft_id)).await
}

#[tauri::command]
pub async fn list_applications(app: State<'_, Arc<App>>, limit: u32) -> Result<ApplicationList, Error> {
    run(&app, move |app| app.list_applications(limit)).await
}

#[tauri::command]
pub async fn restore_draft(app: State<'_, Arc<App>>, draft_id: i64) -> Result<StartView, Error> {
    run(&app, move |app| app.restore_draft(draft_id)).await
}

#[tauri::command]
pub async fn preview_import(app: State<'_, Arc<App>>, bytes: Vec<u8>, size: u64) -> Result<ImportPreview, Error> {
    run(&app, move |app| app.preview_import(&bytes, size)).await
}

#[tauri::command]
pub async fn import_application(app: State<'_, Arc<App>>, bytes: Vec<u8>, size: u64) -> Result<WizardView, Error> {
    run(&app, move |app| app.import_application(&bytes, size)).await
}

#[tauri::command]
pub async fn database_status(app: State<'_, Arc<App>>) -> Result<DatabaseStatus, Error> {
    run(&app, |app| Ok(app.database_status())).await
}

#[tauri::command]
pub async fn unlock_database(app: State<'_, Arc<App>>, request: UnlockRequest) -> Result<DatabaseStatus, Error> {
    run(&app, move |app| app.unlock(request)).await
}

#[tauri::command]
pub async fn export_application(app: State<'_, Arc<App>>, draft_id: i64) -> Result<bool, Error> {
    run(&app, move |app| app.export_application(draft_id)).await
}

#[tauri::command]
pub async fn save_pdf(
    app: State<'_, Arc<App>>,
    draft_id: i64,
    document: Document,
    language: Language,
) -> Result<bool, Error> {
    run(&app, move |app| app.save_pdf(draft_id, document, language)).await
}

#[tauri::command]
pub async fn identification_status(app: State<'_, Arc<App>>) -> Result<IdentificationView, Error> {
    run(&app, |app| app.identification_status()).await
}

#[tauri::command]
pub async fn log_in_test_person(app: State<'_, Arc<App>>, person_id: String) -> Result<IdentificationView, Error> {
    run(&app, move |app| app.log_in_test_person(&person_id)).await
}

#[tauri::command]
pub async fn begin_login(app: State<'_, Arc<App>>) -> Result<String, Error> {
    run(&app, |app| app.begin_login()).await
}

#[tauri::command]
pub async fn finish_login(app: State<'_, Arc<App>>) -> Result<IdentificationView, Error> {
    run(&app, |app| app.finish_login()).await
}

#[tauri::command]
pub async fn cancel_login(app: State<'_, Arc<App>>) -> Result<(), Error> {
    app.cancel_login();
    Ok(())
}

#[tauri::command]
pub async fn log_out(app: State<'_, Arc<App>>) -> Result<IdentificationView, Error> {
    run(&app, |app| app.log_out()).await
}

/// Opens a page the guide names (or the support address) outside the app: the UI names the
/// link, the core knows its address.
#[tauri::command]
pub async fn open_link(app: State<'_, Arc<App>>, link: Link) -> Result<(), Error> {
    run(&app, move |app| app.open_link(link)).await
}
