//! Tauri's build step. The config lives at the repository root (the design card's layout), and
//! the app's commands are declared here so that each needs an explicit permission: the
//! capability file then grants exactly these and nothing else.

fn main() {
    let attributes = tauri_build::Attributes::new()
        .config_path("../tauri.conf.json")
        .app_manifest(tauri_build::AppManifest::new().commands(&[
            "load_i18n",
            "about",
            "licences",
            "load_code_lists",
            "set_language",
            "open_start",
            "choose_organisation",
            "open_service",
            "open_service_in_use",
            "amend_application",
            "send_change",
            "check_contact_removal",
            "check_change",
            "open_draft",
            "submit_step",
            "check_step",
            "autosave_step",
            "delete_draft",
            "restore_draft",
            "list_applications",
            "database_status",
            "unlock_database",
            "preview_import",
            "import_application",
            "export_application",
            "save_pdf",
            "identification_status",
            "log_in_test_person",
            "begin_login",
            "finish_login",
            "cancel_login",
            "log_out",
            "connection_status",
            "open_link",
            "perf_mode",
            "perf_report",
        ]));
    tauri_build::try_build(attributes).expect("tauri-build failed");
}
