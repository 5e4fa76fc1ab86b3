//! `kanta-identification`: logging in through the Kanta side's OpenID Connect broker, which does
//! the Suomi.fi part and the mandate check (a desktop app is a native OIDC client of a
//! configurable issuer). `oidc` is the flow and its checks, `loopback` the browser's way back,
//! `http` the client it talks through, `session` the tokens in the OS keychain (never SQLite,
//! files or logs), `settings` which issuer (or the built-in test environment), `service` whom the
//! person may act for (`kanta_domain::identity::Representation`), and `current` the session the
//! app is in now (a test person's in the test environment). `test_provider` (feature
//! `test-support`) is a real OpenID provider on loopback and the browser's part, for tests.
//!
//! Invariant: who may act for whom is the service's answer, never decided here; tokens live only
//! in the keychain (or, without one, in memory) and no `Debug` prints them.

pub mod current;
mod http;
pub mod loopback;
pub mod oidc;
pub mod service;
pub mod session;
pub mod settings;
#[cfg(any(test, feature = "test-support"))]
pub mod test_provider;

pub use http::{Http, HttpError};
use thiserror::Error;

pub use oidc::{IdTokenProblem, Identified, Login, OidcSettings};

/// The tokens of a session, in the clear only in memory, and wiped there when dropped (every
/// clone too); `Debug` prints none of them.
#[derive(Clone, PartialEq, Eq, zeroize::Zeroize, zeroize::ZeroizeOnDrop)]
pub struct Tokens {
    pub access_token: String,
    pub refresh_token: Option<String>,
    pub id_token: String,
    pub expires_in_s: Option<u64>,
}

impl std::fmt::Debug for Tokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Tokens(..)")
    }
}

#[derive(Debug, Error)]
pub enum LoginError {
    #[error("the identification settings are not valid: {0}")]
    Settings(String),
    #[error("the identity provider cannot be reached or described: {0}")]
    Discovery(String),
    #[error("the login's redirect cannot be received: {0}")]
    Loopback(#[source] std::io::Error),
    #[error("the login was cancelled")]
    Cancelled,
    #[error("no answer from the browser in time")]
    TimedOut,
    /// The provider answered with an error (`access_denied`, ...).
    #[error("the identity provider refused: {0}")]
    Denied(String),
    /// The redirect's state is not this attempt's.
    #[error("the redirect's state does not match")]
    StateMismatch,
    #[error("the code could not be exchanged for tokens: {0}")]
    TokenExchange(String),
    #[error("the ID token failed its check: {0:?}")]
    IdToken(IdTokenProblem),
    /// The Kanta service did not say whom the person may act for (unreachable, or refused the
    /// token).
    #[error("the service's list of organisations could not be read: {0}")]
    Service(String),
    #[error("no such test person")]
    UnknownTestPerson,
}

#[cfg(test)]
mod tests;
