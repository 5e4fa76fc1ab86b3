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

use std::{io::Read, time::Duration};

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

/// Reads at most `max` bytes of an answer's `body`; a longer one is an error, whatever the
/// server sends, so a misbehaving or hostile server cannot fill the memory.
pub fn read_at_most(body: impl Read, max: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    body.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("an answer of more than {max} bytes"),
        ));
    }
    Ok(bytes)
}

/// For tests, here and in the crates above (feature `test-support`).
#[cfg(any(test, feature = "test-support"))]
pub mod test_support {
    use std::io::{Read, Write};

    /// A server on loopback that answers every request with `status` and a body of `len` bytes
    /// (`[`s), written in pieces as a real one would; its URL.
    pub fn serving(status: u16, len: usize) -> String {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { return };
                let mut head = [0u8; 4096];
                let _ = stream.read(&mut head);
                let _ = write!(
                    stream,
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len}\r\n\r\n"
                );
                let piece = vec![b'['; 64 * 1024];
                let mut left = len;
                while left > 0 {
                    let n = left.min(piece.len());
                    if stream.write_all(&piece[..n]).is_err() {
                        break;
                    }
                    left -= n;
                }
            }
        });
        url
    }
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

    #[test]
    fn an_answer_is_read_up_to_its_bound_and_no_further() {
        assert_eq!(super::read_at_most(&[7u8; 10][..], 10).unwrap().len(), 10);
        assert!(super::read_at_most(&[7u8; 11][..], 10).is_err());
        assert!(
            super::read_at_most(std::io::repeat(1), 1 << 20).is_err(),
            "an endless body ends"
        );
    }
}
