//! `kanta-app`: the application, the shell's only door. What the app keeps between commands
//! (`App`: the database and its unlocking, the language, the session, a pending login, sending)
//! and each command's body, written against a small [`Host`] trait for what only the window can
//! do (retitle it, open the save dialog, the browser, the viewer); the draft editor, the
//! workspace (whom the user acts for, the start screen), import, the wizard's view, the command
//! line, the errors the UI shows (`error`: which code the user sees for which failure), and the
//! TypeScript bindings.
//!
//! Invariant: it composes the crates below and adds no rule of the domain's. It has no Tauri
//! dependency, so every command's body is tested here without WebKit; the shell
//! (`src-tauri/src`) parses a command's arguments, runs its body off the async runtime, and wires
//! the host. See ARCHITECTURE.md for the map.

pub mod about;
pub mod app;
pub mod bindings;
pub mod change_list;
pub mod cli;
pub mod draft_editor;
pub mod error;
pub mod fuzzing;
pub mod host;
pub mod import;
pub mod logging;
pub mod navigation;
pub mod rendering;
pub mod sending;
pub mod service_summary;
pub mod test_hooks;
pub mod texts;
pub mod wizard_view;
pub mod workspace;

pub use app::App;
pub use draft_editor::{DraftEditor, EditorError};
pub use error::Error;
pub use host::{Host, SaveRequest};
/// What the shell's command signatures name: the types the UI sends and receives.
pub mod ipc {
    pub use kanta_domain::{
        codelists::CodeList,
        links::Link,
        model::{Change, Contact, Service},
        validation::change::Removal,
        validation::Finding,
        wizard::input::StepInput,
        Language,
    };
    pub use kanta_identification::current::IdentificationView;
    pub use kanta_pdf::Document;
    pub use kanta_sending::ConnectionStatus;

    pub use crate::{
        about::{About, Licences},
        app::{ContactsOf, DatabaseStatus, I18nPayload, UnlockRequest},
        draft_editor::{Saved, StepAction},
        import::ImportPreview,
        service_summary::{ChangeOutcome, ServiceSummary},
        wizard_view::WizardView,
        workspace::{ApplicationList, Start, StartView},
    };
}

/// One-time setups worth doing on a thread of their own while the window opens: libphonenumber's
/// data takes 125 ms to load (measured in a release build), which the first wizard would wait for.
pub fn warm_up() {
    kanta_domain::validation::phone::prepare();
}
