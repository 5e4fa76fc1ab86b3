//! The app's error: every crate's error type gathered with `#[from]`, and which code the user
//! sees for each (`Error::code`, one table): a code whose Fluent message (`error-<code>`) says,
//! in the user's language, what to do. The technical detail goes to the log, never to the screen.

use std::collections::BTreeMap;

use kanta_domain::codes::code_message_id;
use kanta_i18n::{Arg, I18nError, Message};
use kanta_identification::{settings::SettingsError, LoginError};
use kanta_keychain::KeychainError;
use kanta_pdf::PdfError;
use kanta_storage::{unlock::UnlockError, StorageError};
use serde::Serialize;
use ts_rs::TS;

use crate::{
    draft_editor::EditorError,
    import::ImportError,
    service_summary::{Stale, SummaryError},
    texts,
    workspace::WorkspaceError,
};

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
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Summary(#[from] SummaryError),
    /// The export file could not be written.
    #[error("the file cannot be written: {0}")]
    Write(#[source] std::io::Error),
    #[error("the database is not available ({0:?})")]
    Unavailable(ErrorCode),
    #[error(transparent)]
    Login(#[from] LoginError),
    #[error(transparent)]
    IdentificationSettings(SettingsError),
    /// Logged out here, but the keychain did not delete the tokens.
    #[error("the keychain kept the session: {0}")]
    LogoutKeychain(#[source] KeychainError),
    #[error(transparent)]
    Pdf(#[from] PdfError),
    /// The texts embedded in this build do not load: a broken build, never the user's doing.
    #[error(transparent)]
    Texts(#[from] I18nError),
    /// A command ended without an answer (it panicked, and the shell caught it).
    #[error("a command failed")]
    Crashed,
    /// No system browser (or mail program) opened the link; the UI shows its address.
    #[error("the link cannot be opened: {detail}")]
    LinkNotOpened { url: &'static str, detail: String },
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
    /// An import file that cannot be read; its own message (`file-error-<kind>`) says why.
    ImportUnreadable,
    ImportNotOffered,
    ExportFailed,
    DraftUnreadable,
    DraftNotFound,
    StaleStep,
    /// A step's input beyond any application's size.
    InputTooLarge,
    StepNotReachable,
    AlreadySent,
    ServiceNotOffered,
    OtherOrganisation,
    UnknownOrganisation,
    /// Accepting, signing and sending need a login (the UI offers one; the input stays).
    IdentificationRequired,
    /// Logged in, with several organisations and none chosen.
    ChooseOrganisation,
    /// Logged in, and the service names no organisation for the person: the advice.
    NoOrganisations,
    /// Nothing is known on this computer before a login.
    LogInFirst,
    LoginCancelled,
    LoginTimedOut,
    /// The identity provider said no (the user cancelled there, or was refused).
    LoginDenied,
    /// What came back failed a check (state, ID token, code exchange): nothing was kept.
    LoginRefused,
    /// The identity provider cannot be reached.
    LoginUnreachable,
    /// The Kanta service did not say whom the person may act for.
    LoginServiceUnavailable,
    /// The identification settings (settings.json, environment) cannot be used.
    LoginSettings,
    LogoutIncomplete,
    /// The commitment PDF needs a signed commitment.
    PdfNotSigned,
    /// The application has errors the PDF would print (the summary lists them).
    PdfNotValid,
    /// No browser opened a link (`url`: the address, for the user to open by hand).
    LinkNotOpened,
    /// The organisation does not use the service (this computer or the service says so).
    ServiceNotInUse,
    /// A service in use's data was never fetched here, and the service does not answer.
    ServiceDataOffline,
    /// The service's answer about a service in use cannot be read.
    ServiceDataUnreadable,
    /// Only an application the service returned can be amended.
    NotReturned,
    /// A command that panicked; also sent by the UI itself when Tauri fails a call before it
    /// reaches a command (see ui/src/lib/backend.ts).
    Internal,
}

impl ErrorCode {
    #[cfg(test)]
    pub const ALL: [ErrorCode; 38] = [
        ErrorCode::StorageNewerSchema,
        ErrorCode::StorageUnavailable,
        ErrorCode::StorageLocked,
        ErrorCode::WrongPassphrase,
        ErrorCode::PassphraseTooShort,
        ErrorCode::PassphrasesDiffer,
        ErrorCode::ImportUnreadable,
        ErrorCode::ImportNotOffered,
        ErrorCode::ExportFailed,
        ErrorCode::DraftUnreadable,
        ErrorCode::DraftNotFound,
        ErrorCode::StaleStep,
        ErrorCode::InputTooLarge,
        ErrorCode::StepNotReachable,
        ErrorCode::AlreadySent,
        ErrorCode::ServiceNotOffered,
        ErrorCode::OtherOrganisation,
        ErrorCode::UnknownOrganisation,
        ErrorCode::IdentificationRequired,
        ErrorCode::ChooseOrganisation,
        ErrorCode::NoOrganisations,
        ErrorCode::LogInFirst,
        ErrorCode::LoginCancelled,
        ErrorCode::LoginTimedOut,
        ErrorCode::LoginDenied,
        ErrorCode::LoginRefused,
        ErrorCode::LoginUnreachable,
        ErrorCode::LoginServiceUnavailable,
        ErrorCode::LoginSettings,
        ErrorCode::LogoutIncomplete,
        ErrorCode::PdfNotSigned,
        ErrorCode::PdfNotValid,
        ErrorCode::LinkNotOpened,
        ErrorCode::ServiceNotInUse,
        ErrorCode::ServiceDataOffline,
        ErrorCode::ServiceDataUnreadable,
        ErrorCode::NotReturned,
        ErrorCode::Internal,
    ];

    pub fn message_id(self) -> String {
        code_message_id("error", &self)
    }

    /// A login that went wrong on the way (not one the user cancelled, nor the settings): the
    /// guide's four checks (chapter 5.1) are what the user can do about it.
    pub fn is_failed_login(self) -> bool {
        matches!(
            self,
            ErrorCode::LoginDenied
                | ErrorCode::LoginRefused
                | ErrorCode::LoginUnreachable
                | ErrorCode::LoginTimedOut
                | ErrorCode::LoginServiceUnavailable
        )
    }
}

/// The error as the UI receives it: the message to show, with its arguments.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub args: Option<BTreeMap<String, ErrorArg>>,
    /// A login failed (not cancelled): the guide's four checks go with the message (5.1).
    pub login_checks: bool,
}

/// A Fluent argument of an error's message.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(untagged)]
pub enum ErrorArg {
    Number(f64),
    Text(String),
}

impl Error {
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Storage(err)
            | Error::Workspace(WorkspaceError::Storage(err))
            | Error::Unlock(UnlockError::Storage(err))
            | Error::Import(ImportError::Storage(err))
            | Error::Summary(SummaryError::Storage(err)) => storage_code(err),
            Error::Summary(SummaryError::NotInUse(_)) => ErrorCode::ServiceNotInUse,
            Error::Summary(SummaryError::NotFetched(Stale::Offline)) => ErrorCode::ServiceDataOffline,
            Error::Summary(SummaryError::NotFetched(Stale::LoginRequired)) => ErrorCode::IdentificationRequired,
            Error::Summary(SummaryError::NotFetched(Stale::Unreadable)) => ErrorCode::ServiceDataUnreadable,
            Error::Summary(SummaryError::IdentificationRequired) => ErrorCode::IdentificationRequired,
            Error::Summary(SummaryError::NoSuchContact(_)) => ErrorCode::StaleStep,
            Error::Summary(SummaryError::InputTooLarge(_)) => ErrorCode::InputTooLarge,
            Error::Editor(err) | Error::Import(ImportError::Editor(err)) => editor_code(err),
            Error::Unlock(UnlockError::PassphraseTooShort { .. }) => ErrorCode::PassphraseTooShort,
            Error::Unlock(UnlockError::PassphrasesDiffer) => ErrorCode::PassphrasesDiffer,
            Error::Unlock(UnlockError::NotNow) => ErrorCode::StaleStep,
            Error::Unlock(UnlockError::KeyFile(_)) => ErrorCode::StorageUnavailable,
            Error::Import(ImportError::Unreadable(_)) => ErrorCode::ImportUnreadable,
            Error::Import(ImportError::NotOffered(_)) => ErrorCode::ImportNotOffered,
            Error::Write(_) => ErrorCode::ExportFailed,
            Error::Workspace(WorkspaceError::UnknownOrganisation) => ErrorCode::UnknownOrganisation,
            Error::Workspace(WorkspaceError::ChooseOrganisation) => ErrorCode::ChooseOrganisation,
            Error::Workspace(WorkspaceError::NoOrganisations) => ErrorCode::NoOrganisations,
            Error::Workspace(WorkspaceError::LogInFirst) => ErrorCode::LogInFirst,
            Error::Unavailable(code) => *code,
            Error::Login(err) => login_code(err),
            Error::IdentificationSettings(_) => ErrorCode::LoginSettings,
            Error::LogoutKeychain(_) => ErrorCode::LogoutIncomplete,
            Error::Crashed | Error::Texts(_) => ErrorCode::Internal,
            Error::Pdf(PdfError::NotSigned) => ErrorCode::PdfNotSigned,
            Error::Pdf(PdfError::Errors(_)) => ErrorCode::PdfNotValid,
            Error::LinkNotOpened { .. } => ErrorCode::LinkNotOpened,
        }
    }
}

fn login_code(err: &LoginError) -> ErrorCode {
    match err {
        LoginError::Settings(_) => ErrorCode::LoginSettings,
        LoginError::Discovery(_) | LoginError::Loopback(_) => ErrorCode::LoginUnreachable,
        LoginError::Cancelled => ErrorCode::LoginCancelled,
        LoginError::TimedOut => ErrorCode::LoginTimedOut,
        LoginError::Denied(_) => ErrorCode::LoginDenied,
        LoginError::StateMismatch | LoginError::TokenExchange(_) | LoginError::IdToken(_) => ErrorCode::LoginRefused,
        LoginError::Service(_) => ErrorCode::LoginServiceUnavailable,
        LoginError::UnknownTestPerson => ErrorCode::StaleStep,
    }
}

fn editor_code(err: &EditorError) -> ErrorCode {
    match err {
        EditorError::Storage(err) => storage_code(err),
        EditorError::NotOnStep { .. } | EditorError::NotAnActionHere(..) => ErrorCode::StaleStep,
        EditorError::NotReachable(_) => ErrorCode::StepNotReachable,
        EditorError::AlreadySent => ErrorCode::AlreadySent,
        EditorError::ServiceNotOffered(_) => ErrorCode::ServiceNotOffered,
        EditorError::OtherOrganisation(_) => ErrorCode::OtherOrganisation,
        EditorError::IdentificationRequired => ErrorCode::IdentificationRequired,
        EditorError::NotReturned(_) => ErrorCode::NotReturned,
        EditorError::NoSuchContact(_) => ErrorCode::StaleStep,
        EditorError::InputTooLarge(_) => ErrorCode::InputTooLarge,
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
        | StorageError::UnreadableServiceData { .. }
        | StorageError::MissingApplicationId(_) => ErrorCode::DraftUnreadable,
        StorageError::CreateFolder(_)
        | StorageError::Open(_)
        | StorageError::Encryption(_)
        | StorageError::Migration { .. }
        | StorageError::Sql(_) => ErrorCode::StorageUnavailable,
    }
}

impl Error {
    /// What the UI shows: an unreadable import file names its own reason and place.
    pub fn payload(&self) -> ErrorPayload {
        let code = self.code();
        match self {
            Error::Import(ImportError::Unreadable(parse)) => {
                let message = texts::unreadable_file(parse);
                ErrorPayload {
                    code,
                    message_id: message.id().to_owned(),
                    args: Some(message_args(&message)),
                    login_checks: false,
                }
            }
            Error::LinkNotOpened { url, .. } => ErrorPayload {
                code,
                message_id: code.message_id(),
                args: Some([("url".to_owned(), ErrorArg::Text((*url).to_owned()))].into()),
                login_checks: false,
            },
            _ => ErrorPayload {
                code,
                message_id: code.message_id(),
                args: None,
                login_checks: code.is_failed_login(),
            },
        }
    }
}

fn message_args(message: &Message) -> BTreeMap<String, ErrorArg> {
    message
        .args()
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Number(n) => ErrorArg::Number(*n),
                Arg::Text(t) => ErrorArg::Text(t.clone()),
            };
            ((*name).to_owned(), value)
        })
        .collect()
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.payload().serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use kanta_i18n::Catalog;

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
            serde_json::json!({"code": "storage-newer-schema", "messageId": "error-storage-newer-schema", "loginChecks": false})
        );
    }
}

#[cfg(test)]
mod login_checks {
    use super::*;

    /// The checks go with a login that failed on the way, never with one the user cancelled.
    #[test]
    fn a_failed_login_carries_the_four_checks_and_a_cancelled_one_does_not() {
        let json = |err: LoginError| serde_json::to_value(Error::from(err)).unwrap();
        assert_eq!(json(LoginError::TimedOut)["loginChecks"], true);
        assert_eq!(json(LoginError::Denied("access_denied".into()))["loginChecks"], true);
        assert_eq!(json(LoginError::Service("HTTP 503".into()))["loginChecks"], true);
        assert_eq!(json(LoginError::Cancelled)["loginChecks"], false);
        let failed: Vec<ErrorCode> = ErrorCode::ALL.into_iter().filter(|c| c.is_failed_login()).collect();
        assert_eq!(failed.len(), 5, "{failed:?}");
    }
}
