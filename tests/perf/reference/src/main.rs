//! The reference app: one window, one page, one command. The page calls `ready` once it is
//! shown; the command prints `perf ready` on stdout, as the measured app does in perf mode, and
//! the same phases: `main()` as Unix time, the page's time origin and when the page ran; then,
//! called again, when its first frame was produced.

use std::io::Write;

fn report(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "perf {line}");
    let _ = out.flush();
}

/// `at` ms after the page's time origin (Unix ms): the page ran, or (`painted`) its first frame
/// was produced.
#[tauri::command]
fn ready(origin: f64, at: f64, painted: bool) {
    if painted {
        report(&format!("painted at={at:.1}"));
    } else {
        report("ready");
        report(&format!("phases origin={origin:.1} script={at:.1}"));
    }
}

fn main() {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    report(&format!("main epoch_ms={}", now.unwrap_or_default().as_millis()));
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![ready])
        .run(tauri::generate_context!())
        .expect("the reference app failed to start");
}
