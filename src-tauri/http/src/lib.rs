//! `kanta-http`: the one way the core makes an HTTP client (the outbox's courier in
//! `kanta-sending`, the OpenID login in `kanta-identification`): rustls
//! with ring as its cryptography and the OS's certificate verifier, no redirect followed (a
//! token must not be forwarded elsewhere), and every call ending within a timeout, so that a dead
//! network is an error, never a hang.
//!
//! Why ring: reqwest's default provider, aws-lc, is the larger; on ring the release binary was
//! 0.7 MB smaller (issue 9's budget is 12 MB). Both are supported by rustls upstream.
//!
//! Invariant: it knows no domain type; what is sent and what an answer means is its callers'.

use std::time::Duration;

/// A blocking client whose every call ends after `timeout` (connecting, at most 10 s of it).
pub fn blocking(timeout: Duration) -> Result<reqwest::blocking::Client, reqwest::Error> {
    use_ring();
    reqwest::blocking::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(timeout.min(Duration::from_secs(10)))
        .timeout(timeout)
        .build()
}

/// Makes ring the process's TLS cryptography; needed before any reqwest client is built (reqwest
/// has no provider of its own here). The first call installs it; later ones find it there.
pub fn use_ring() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

#[cfg(test)]
mod tests {
    /// reqwest has no crypto of its own here (`rustls-no-provider`): without ring installed,
    /// building a client panics.
    #[test]
    fn a_client_builds_with_ring_as_its_crypto() {
        super::blocking(std::time::Duration::from_secs(1)).expect("a client");
        assert!(rustls::crypto::CryptoProvider::get_default().is_some());
    }
}
