//! `kanta-core`: everything the Kanta Extranet desktop app knows, with no Tauri and no WebKit.
//!
//! The Tauri shell (`src-tauri/src`) only parses commands, calls into this crate and maps its
//! typed errors to something the UI can show. Rules, validation, storage and texts live here,
//! so they build and test on any machine. See ARCHITECTURE.md for the map.

pub mod bindings;
pub mod cli;
pub mod draft_editor;
pub mod fuzzing;
pub use kanta_domain::{
    codelists, codes, delivery, identity, model, rules, step, test_environment, validation, wizard,
};
pub use kanta_http as http_client;
pub use kanta_i18n as i18n;
pub use kanta_identification as identification;
pub mod import;
pub use kanta_keychain as keychain;
pub use kanta_language as language;
pub use kanta_pdf as pdf;
pub use kanta_sending as sending;
pub use kanta_storage as storage;
pub mod logging;
pub mod texts;
pub mod wizard_view;
pub mod workspace;

pub use draft_editor::{DraftEditor, EditorError};
pub use language::Language;
