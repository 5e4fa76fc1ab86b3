//! `kanta-core`: everything the Kanta Extranet desktop app knows, with no Tauri and no WebKit.
//!
//! The Tauri shell (`src-tauri/src`) only parses commands, calls into this crate and maps its
//! typed errors to something the UI can show. Rules, validation, storage and texts live here,
//! so they build and test on any machine. See ARCHITECTURE.md for the map.

pub mod bindings;
pub mod cli;
pub mod codelists;
pub mod codes;
pub mod draft_editor;
pub mod fuzzing;
pub mod http_client;
pub mod i18n;
pub mod identification;
pub mod identity;
pub mod import;
pub mod keychain;
pub mod language;
pub mod logging;
pub mod model;
pub mod pdf;
pub mod sending;
pub mod storage;
pub mod test_environment;
pub mod validation;
pub mod wizard;
pub mod workspace;

pub use draft_editor::{DraftEditor, EditorError};
pub use language::Language;
