//! Perf mode, for the measuring script (`tests/perf/measure.sh`, issue 9): with
//! `KANTA_EXTRANET_PERF` set, the UI opens a wizard once the app is up, reports when it is
//! interactive and how long autosaves take through the real IPC path, and the shell prints each
//! report on stdout as `perf <report>`. Without the variable both commands do nothing, so the
//! app's behaviour never depends on them.

use std::io::Write;

/// The variable that turns perf mode on.
pub const PERF_VAR: &str = "KANTA_EXTRANET_PERF";

fn on() -> bool {
    // Only in a build that reads the test hooks (the measuring script builds with them).
    kanta_app::test_hooks::var(PERF_VAR).is_some()
}

/// Whether the measuring script started the app.
#[tauri::command]
pub async fn perf_mode() -> bool {
    on()
}

/// One figure for the measuring script, printed as `perf <report>`; ignored outside perf mode.
#[tauri::command]
pub async fn perf_report(report: String) {
    print(&report);
}

/// The first mark of a start, as Unix time in ms: the script places the rest after it.
pub fn report_main() {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    print(&format!("main epoch_ms={}", now.unwrap_or_default().as_millis()));
}

/// Prints `perf <report>` in perf mode; nothing otherwise.
fn print(report: &str) {
    if on() {
        let mut out = std::io::stdout().lock();
        // A report the script cannot read is its failure to report, not the app's.
        let _ = writeln!(out, "perf {}", report.replace('\n', " "));
        let _ = out.flush();
    }
}
