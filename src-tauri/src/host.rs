//! The window's part of the commands (`kanta_app::Host`), done with Tauri: the window's title,
//! the OS's save dialog (tauri-plugin-dialog, from Rust: the web side gets no file access), the
//! OS's viewer and the system browser (tauri-plugin-opener, from Rust only).

use std::path::{Path, PathBuf};

use kanta_app::{Host, SaveRequest};
use tauri::{AppHandle, Manager};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;

/// The app's one window.
pub struct Window(pub AppHandle);

impl Host for Window {
    fn retitle(&self, title: &str) {
        if let Some(window) = self.0.get_webview_window("main") {
            if let Err(err) = window.set_title(title) {
                tracing::warn!(%err, "could not set the window title");
            }
        }
    }

    fn choose_save_path(&self, request: SaveRequest) -> Option<PathBuf> {
        let (filter_name, extension) = request.filter;
        self.0
            .dialog()
            .file()
            .set_title(request.title)
            .set_file_name(request.name)
            .add_filter(filter_name, &[extension])
            .blocking_save_file()
            .and_then(|path| path.into_path().ok())
    }

    fn open_file(&self, path: &Path) -> Result<(), String> {
        self.0
            .opener()
            .open_path(path.display().to_string(), None::<&str>)
            .map_err(|err| err.to_string())
    }

    fn open_browser(&self, url: &str) -> Result<(), String> {
        self.0
            .opener()
            .open_url(url, None::<&str>)
            .map_err(|err| err.to_string())
    }
}
