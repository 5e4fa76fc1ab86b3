//! Logs through tracing, to stderr and to a daily file in the OS log folder.
//!
//! Never log personal data, tokens or keys: log ids, steps, counts and outcomes. The model's
//! types print no values in `Debug` as a second line of defence.

use std::path::Path;

use thiserror::Error;
use tracing_appender::rolling;
use tracing_subscriber::{fmt, layer::SubscriberExt, util::SubscriberInitExt, EnvFilter};

/// The log file names: `kanta-extranet.YYYY-MM-DD.log`.
pub const FILE_PREFIX: &str = "kanta-extranet";

/// Environment variable with a tracing filter (`debug`, `kanta_storage=debug`, ...); default `info`.
pub const FILTER_VAR: &str = "KANTA_EXTRANET_LOG";

#[derive(Debug, Error)]
pub enum LoggingError {
    #[error("the log folder cannot be used: {0}")]
    Folder(String),
    #[error("logging was already set up")]
    AlreadySet,
}

/// Sets up logging for the process. The file is written synchronously: the app logs little, and
/// a killed process (or Tauri's exit, which skips destructors) must not lose the last lines.
pub fn init(log_dir: &Path) -> Result<(), LoggingError> {
    // The user's alone, with the logs an earlier version left readable to others; the files
    // the appender creates from now on are the user's by the shell's umask (unix).
    kanta_storage::private::create_dir(log_dir).map_err(|e| LoggingError::Folder(e.to_string()))?;
    for entry in std::fs::read_dir(log_dir)
        .map_err(|e| LoggingError::Folder(e.to_string()))?
        .flatten()
    {
        let _ = kanta_storage::private::restrict_file(&entry.path());
    }
    let appender = rolling::Builder::new()
        .rotation(rolling::Rotation::DAILY)
        .filename_prefix(FILE_PREFIX)
        .filename_suffix("log")
        .max_log_files(14)
        .build(log_dir)
        .map_err(|e| LoggingError::Folder(e.to_string()))?;
    let filter = EnvFilter::try_from_env(FILTER_VAR).unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::registry()
        .with(filter)
        .with(fmt::layer().with_writer(std::io::stderr))
        .with(fmt::layer().with_ansi(false).with_writer(appender))
        .try_init()
        .map_err(|_| LoggingError::AlreadySet)
}
