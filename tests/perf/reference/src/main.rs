//! The reference app: one window, one page, one command. The page calls `ready` once it is
//! shown; the command prints `perf ready` on stdout, as the measured app does in perf mode.

use std::io::Write;

#[tauri::command]
fn ready() {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "perf ready");
    let _ = out.flush();
}

fn main() {
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("the reference app failed to start");
}
