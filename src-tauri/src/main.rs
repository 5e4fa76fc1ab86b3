//! The Tauri shell of the Kanta Extranet desktop app: it opens the window, resolves the OS
//! folders, and exposes the application crate's operations (`kanta_app::App`) as commands, with
//! the window as their host. It holds no rules of its own; see ARCHITECTURE.md.

// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod host;
mod paths;

use std::sync::Arc;

use kanta_app::App;
use tauri::Manager;

fn main() {
    private_files();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if kanta_app::cli::is_command_line(&args) {
        attach_console();
        let code = kanta_app::cli::run(args, &mut std::io::stdout(), &mut std::io::stderr());
        std::process::exit(code.into());
    }
    run_app();
}

/// Everything this process creates is the user's alone (files 0600, folders 0700): the logs the
/// appender opens, SQLite's temporary files, a saved PDF of personal data. The data folder's
/// files are also restricted one by one (`kanta_storage::private`), whatever the umask.
#[cfg(unix)]
fn private_files() {
    // SAFETY: umask only sets the process's file-creation mask; it cannot fail.
    unsafe {
        libc::umask(0o077);
    }
}

#[cfg(not(unix))]
fn private_files() {}

/// A Windows release build has no console of its own (`windows_subsystem`); for the command line
/// it writes to the console it was started from. Elsewhere there is nothing to do.
#[cfg(windows)]
fn attach_console() {
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    #[link(name = "kernel32")]
    extern "system" {
        fn AttachConsole(process_id: u32) -> i32;
    }
    // SAFETY: AttachConsole takes a process id by value and has no other preconditions; when
    // there is no parent console it fails harmlessly and output goes nowhere, as before.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
fn attach_console() {}

/// The webview navigates only within the app (`kanta_app::navigation`): a link or a script
/// that would load another page is refused, and the refusal logged (its scheme, no address).
fn navigation_guard<R: tauri::Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri::plugin::Builder::new("navigation-guard")
        .on_navigation(|_webview, url| {
            let own = kanta_app::navigation::is_own_page(url.as_str());
            if !own {
                tracing::warn!(scheme = url.scheme(), "a navigation away from the app was refused");
            }
            own
        })
        .build()
}

/// How WebKitGTK paints (`kanta_app::rendering`: on the CPU where the machine has no GPU),
/// decided before anything starts WebKit or another thread: WebKit reads its environment once.
#[cfg(target_os = "linux")]
fn choose_rendering() -> kanta_app::rendering::Rendering {
    use kanta_app::rendering::{Machine, Rendering, CPU_RENDERING_VAR};
    let rendering = Machine::probe().rendering();
    if rendering == Rendering::Cpu {
        std::env::set_var(CPU_RENDERING_VAR, "1");
    }
    rendering
}

#[cfg(not(target_os = "linux"))]
fn choose_rendering() -> kanta_app::rendering::Rendering {
    kanta_app::rendering::Rendering::WebKitDefault
}

/// Opens the window: the app itself.
fn run_app() {
    let rendering = choose_rendering();
    commands::perf::report_main();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        // The login opens the system browser (RFC 8252); called from Rust only.
        .plugin(tauri_plugin_opener::init())
        .plugin(navigation_guard())
        .setup(move |app| {
            let folders = paths::Folders::resolve(app.handle())?;
            if let Err(err) = kanta_app::logging::init(&folders.logs) {
                eprintln!("kanta-extranet: logging to a file is off: {err}");
            }
            tracing::info!(
                version = env!("CARGO_PKG_VERSION"),
                data_dir_overridden = folders.overridden,
                ?rendering,
                "starting"
            );
            // Off the main thread, while the window opens.
            std::thread::spawn(kanta_app::warm_up);
            let window = Box::new(host::Window(app.handle().clone()));
            let core = Arc::new(App::open(folders.data, window)?.with_log_folder(folders.logs));
            core.start_sending(tauri::async_runtime::handle().inner());
            app.manage(core);
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::load_i18n,
            commands::about,
            commands::licences,
            commands::load_code_lists,
            commands::set_language,
            commands::open_start,
            commands::choose_organisation,
            commands::open_service,
            commands::open_service_in_use,
            commands::amend_application,
            commands::send_change,
            commands::check_contact_removal,
            commands::check_change,
            commands::open_draft,
            commands::submit_step,
            commands::check_step,
            commands::autosave_step,
            commands::delete_draft,
            commands::restore_draft,
            commands::list_applications,
            commands::database_status,
            commands::unlock_database,
            commands::preview_import,
            commands::import_application,
            commands::export_application,
            commands::save_pdf,
            commands::identification_status,
            commands::log_in_test_person,
            commands::begin_login,
            commands::finish_login,
            commands::cancel_login,
            commands::log_out,
            commands::connection_status,
            commands::open_link,
            commands::perf::perf_mode,
            commands::perf::perf_report
        ])
        .run(tauri::generate_context!("../tauri.conf.json"))
        .expect("the Tauri application failed to start");
}
