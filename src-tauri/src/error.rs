//! The shell's error: every core error type gathered with `#[from]`, and what the UI receives
//! for it: a code whose Fluent message (`error-<code>`) says, in the user's language, what to do.
//! The technical detail goes to the log, never to the screen.

use kanta_core::{
    storage::{unlock::UnlockError, StorageError},
    workspace::WorkspaceError,
    EditorError,
};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Editor(#[from] EditorError),
    #[error(transparent)]
    Workspace(#[from] WorkspaceError),
    #[error(transparent)]
    Unlock(#[from] UnlockError),
    #[error("the database is not available ({0:?})")]
    Unavailable(ErrorCode),
}

/// What went wrong, as the UI explains it. The Fluent id is `error-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorCode {
    StorageNewerSchema,
    StorageUnavailable,
    /// The database waits for its key (the unlock screen).
    StorageLocked,
    WrongPassphrase,
    PassphraseTooShort,
    PassphrasesDiffer,
    DraftUnreadable,
    DraftNotFound,
    StaleStep,
    StepNotReachable,
    AlreadySent,
    ServiceNotOffered,
    OtherOrganisation,
    UnknownOrganisation,
    /// Sent by the UI itself when Tauri fails a call before it reaches a command (see
    /// ui/src/lib/backend.ts); listed here so that its message is checked with the others.
    #[allow(dead_code)]
    Internal,
}

impl ErrorCode {
    #[cfg(test)]
    pub const ALL: [ErrorCode; 15] = [
        ErrorCode::StorageNewerSchema,
        ErrorCode::StorageUnavailable,
        ErrorCode::StorageLocked,
        ErrorCode::WrongPassphrase,
        ErrorCode::PassphraseTooShort,
        ErrorCode::PassphrasesDiffer,
        ErrorCode::DraftUnreadable,
        ErrorCode::DraftNotFound,
        ErrorCode::StaleStep,
        ErrorCode::StepNotReachable,
        ErrorCode::AlreadySent,
        ErrorCode::ServiceNotOffered,
        ErrorCode::OtherOrganisation,
        ErrorCode::UnknownOrganisation,
        ErrorCode::Internal,
    ];

    pub fn message_id(self) -> String {
        kanta_core::i18n::code_message_id("error", &self)
    }
}

/// The error as the UI receives it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message_id: String,
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Storage(err)
            | Error::Editor(EditorError::Storage(err))
            | Error::Workspace(WorkspaceError::Storage(err))
            | Error::Unlock(UnlockError::Storage(err)) => storage_code(err),
            Error::Unlock(UnlockError::PassphraseTooShort { .. }) => ErrorCode::PassphraseTooShort,
            Error::Unlock(UnlockError::PassphrasesDiffer) => ErrorCode::PassphrasesDiffer,
            Error::Unlock(UnlockError::NotNow) => ErrorCode::StaleStep,
            Error::Unlock(UnlockError::KeyFile(_)) => ErrorCode::StorageUnavailable,
            Error::Editor(EditorError::NotOnStep { .. } | EditorError::NotAnActionHere(..)) => ErrorCode::StaleStep,
            Error::Editor(EditorError::NotReachable(_)) => ErrorCode::StepNotReachable,
            Error::Editor(EditorError::AlreadySent) => ErrorCode::AlreadySent,
            Error::Editor(EditorError::ServiceNotOffered(_)) => ErrorCode::ServiceNotOffered,
            Error::Editor(EditorError::OtherOrganisation(_)) => ErrorCode::OtherOrganisation,
            Error::Workspace(WorkspaceError::UnknownOrganisation) => ErrorCode::UnknownOrganisation,
            Error::Unavailable(code) => *code,
        }
    }
}

fn storage_code(err: &StorageError) -> ErrorCode {
    match err {
        StorageError::NewerSchema { .. } => ErrorCode::StorageNewerSchema,
        StorageError::DraftNotFound(_) => ErrorCode::DraftNotFound,
        StorageError::SentDraft(_) => ErrorCode::AlreadySent,
        // Only a passphrase reaches this: a keychain key that does not open the file locks
        // the database instead (storage::unlock).
        StorageError::WrongKey => ErrorCode::WrongPassphrase,
        StorageError::UnreadableDraft { .. }
        | StorageError::UnreadableOrganisation { .. }
        | StorageError::MissingApplicationId(_) => ErrorCode::DraftUnreadable,
        StorageError::CreateFolder(_)
        | StorageError::Open(_)
        | StorageError::Encryption(_)
        | StorageError::Migration { .. }
        | StorageError::Sql(_) => ErrorCode::StorageUnavailable,
    }
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let code = self.code();
        ErrorPayload {
            code,
            message_id: code.message_id(),
        }
        .serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use kanta_core::i18n::Catalog;

    use super::*;

    #[test]
    fn every_error_code_has_a_message_in_both_languages() {
        let catalog = Catalog::embedded().unwrap();
        assert_eq!(
            catalog.missing(ErrorCode::ALL.map(ErrorCode::message_id)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn errors_reach_the_ui_as_codes_without_technical_detail() {
        let err = Error::from(StorageError::NewerSchema { found: 9, known: 1 });
        let json = serde_json::to_value(&err).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "storage-newer-schema", "messageId": "error-storage-newer-schema"})
        );
    }

    /// All TypeScript bindings, the core's and the shell's, match the committed ones, and no
    /// committed file is left that nothing generates.
    #[test]
    fn the_committed_typescript_bindings_are_current_and_complete() {
        let dir = tempfile::tempdir().unwrap();
        kanta_core::bindings::export(dir.path()).unwrap();
        crate::commands::export_bindings(dir.path()).unwrap();
        let problems = kanta_core::bindings::check_or_update(dir.path(), true);
        assert!(
            problems.is_empty(),
            "{}\nRegenerate with: KANTA_UPDATE_BINDINGS=1 cargo test --workspace",
            problems.join("\n")
        );
    }
}
