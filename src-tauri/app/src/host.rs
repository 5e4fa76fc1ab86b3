//! What only the window can do, as the commands ask for it: the shell implements [`Host`] with
//! Tauri (the window's title, the OS save dialog, the opener), and the tests with a recording
//! double. Nothing here decides anything: the commands know when to retitle and what to save.

use std::path::{Path, PathBuf};

/// A file the user saves: what the OS save dialog shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveRequest {
    /// The dialog's title, in the user's language.
    pub title: String,
    /// The file name proposed.
    pub name: String,
    /// The file type's filter: its name and extension (`("PDF", "pdf")`).
    pub filter: (&'static str, &'static str),
}

/// The window's part of the commands.
pub trait Host: Send + Sync {
    /// The native window's title.
    fn retitle(&self, title: &str);

    /// Asks where to save (the OS save dialog); `None` when the user cancels. Blocks until the
    /// user answers: the commands run off the async runtime.
    fn choose_save_path(&self, request: SaveRequest) -> Option<PathBuf>;

    /// Opens a saved file in the OS's viewer (a PDF, to print).
    fn open_file(&self, path: &Path) -> Result<(), String>;

    /// Opens the issuer's login page in the system browser (RFC 8252: never an embedded view).
    fn open_browser(&self, url: &str) -> Result<(), String>;
}
