//! Where the app keeps its database and logs: the OS folders, unless overridden for tests.
//!
//! - `KANTA_EXTRANET_DATA_DIR`: the folder for the database. When set, logs go to its `logs/`
//!   subfolder, so a test run stays inside one folder.
//! - `KANTA_EXTRANET_LOG_DIR`: the log folder, overriding both.

use std::path::PathBuf;

use tauri::{AppHandle, Manager};

pub const DATA_DIR_VAR: &str = "KANTA_EXTRANET_DATA_DIR";
pub const LOG_DIR_VAR: &str = "KANTA_EXTRANET_LOG_DIR";

pub struct Folders {
    pub data: PathBuf,
    pub logs: PathBuf,
    /// The data folder came from the environment.
    pub overridden: bool,
}

impl Folders {
    pub fn resolve(app: &AppHandle) -> tauri::Result<Folders> {
        let from_env = |var| std::env::var_os(var).filter(|v| !v.is_empty()).map(PathBuf::from);
        let (data, overridden) = match from_env(DATA_DIR_VAR) {
            Some(dir) => (dir, true),
            None => (app.path().app_data_dir()?, false),
        };
        let logs = match from_env(LOG_DIR_VAR) {
            Some(dir) => dir,
            None if overridden => data.join("logs"),
            None => app.path().app_log_dir()?,
        };
        Ok(Folders { data, logs, overridden })
    }
}
