//! The loopback redirect of a native app's login (RFC 8252, section 7.3): a one-shot HTTP
//! listener on 127.0.0.1 at a free port, where the system browser brings the authorization
//! response. It takes the one request for its path that carries the attempt's state, answers
//! the browser with a short page, and can be cancelled from the app while it waits; whatever
//! else reaches the port is answered and ignored, bounded in size and time.

use std::{
    io::{Read, Write},
    net::{TcpListener, TcpStream},
    sync::atomic::{AtomicBool, Ordering},
    time::{Duration, Instant},
};

use openidconnect::url::Url;

use super::LoginError;

const PATH: &str = "/callback";

/// What the browser brought back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redirect {
    pub code: Option<String>,
    pub state: Option<String>,
    /// The provider's `error` (the user cancelled, access denied, ...).
    pub error: Option<String>,
}

impl Redirect {
    /// Reads the authorization response from the redirect URI's query.
    pub fn from_url(url: &Url) -> Redirect {
        let find = |name: &str| url.query_pairs().find(|(k, _)| k == name).map(|(_, v)| v.into_owned());
        Redirect {
            code: find("code"),
            state: find("state"),
            error: find("error"),
        }
    }
}

pub struct Loopback {
    listener: TcpListener,
    port: u16,
}

impl Loopback {
    /// Listens on 127.0.0.1 at a port the OS chooses (never "localhost", which may resolve to
    /// another interface or IPv6).
    pub fn bind() -> Result<Loopback, LoginError> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(LoginError::Loopback)?;
        let port = listener.local_addr().map_err(LoginError::Loopback)?.port();
        listener.set_nonblocking(true).map_err(LoginError::Loopback)?;
        Ok(Loopback { listener, port })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn redirect_uri(&self) -> String {
        format!("http://127.0.0.1:{}{PATH}", self.port)
    }

    /// Waits for the browser's redirect that carries `state` (this attempt's), until `timeout`
    /// or until `cancel` is set. `page` is the HTML the browser shows afterwards.
    ///
    /// Any local process or web page can reach this port: a request for another path, or a
    /// redirect with another state (a forged `?error=x` among them), is answered and ignored,
    /// and the wait goes on. Each connection has `PER_CONNECTION` to send a head of at most
    /// `MAX_HEAD` bytes, and `cancel` is heeded while one is read.
    pub fn wait(
        &self,
        timeout: Duration,
        cancel: &AtomicBool,
        page: &str,
        state: &str,
    ) -> Result<Redirect, LoginError> {
        let deadline = Instant::now() + timeout;
        loop {
            if cancel.load(Ordering::SeqCst) {
                return Err(LoginError::Cancelled);
            }
            if Instant::now() > deadline {
                return Err(LoginError::TimedOut);
            }
            match self.listener.accept() {
                Ok((stream, _)) => {
                    if let Some(redirect) = self.serve(stream, cancel, page, state)? {
                        return Ok(redirect);
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => std::thread::sleep(Duration::from_millis(50)),
                Err(e) => return Err(LoginError::Loopback(e)),
            }
        }
    }

    /// Answers one request: the redirect of this attempt (returned), or an answer that ends
    /// the connection (another path, another state, a head too large or too slow).
    fn serve(
        &self,
        stream: TcpStream,
        cancel: &AtomicBool,
        page: &str,
        state: &str,
    ) -> Result<Option<Redirect>, LoginError> {
        let answer = |status: &str| {
            let _ = (&stream)
                .write_all(format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").as_bytes());
        };
        let head = match read_head(&stream, cancel) {
            Head::Complete(head) => head,
            Head::TooLarge => {
                answer("431 Request Header Fields Too Large");
                return Ok(None);
            }
            Head::Incomplete => return Ok(None),
            Head::Cancelled => return Err(LoginError::Cancelled),
        };
        let request_line = String::from_utf8_lossy(head.split(|b| *b == b'\n').next().unwrap_or_default()).into_owned();
        let Some(url) = request_line
            .split_whitespace()
            .nth(1)
            .and_then(|target| Url::parse(&format!("http://127.0.0.1:{}{target}", self.port)).ok())
        else {
            answer("400 Bad Request");
            return Ok(None);
        };
        if !request_line.starts_with("GET ") || url.path() != PATH {
            answer("404 Not Found");
            return Ok(None);
        }
        let redirect = Redirect::from_url(&url);
        if !same_secret(redirect.state.as_deref().unwrap_or(""), state) {
            tracing::warn!("a redirect with another state came to the login's port and was ignored");
            answer("400 Bad Request");
            return Ok(None);
        }
        let _ = write!(
            &stream,
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{page}",
            page.len()
        );
        Ok(Some(redirect))
    }
}

/// The most of a request head read: a browser's redirect is well under it.
pub const MAX_HEAD: usize = 8 * 1024;
/// How long a connection has to send its head: a browser sends it at once.
pub const PER_CONNECTION: Duration = Duration::from_secs(2);

enum Head {
    Complete(Vec<u8>),
    TooLarge,
    /// Closed, broken or too slow.
    Incomplete,
    Cancelled,
}

/// Reads a request head (up to its blank line), in short reads so that `cancel` is heeded.
fn read_head(stream: &TcpStream, cancel: &AtomicBool) -> Head {
    let deadline = Instant::now() + PER_CONNECTION;
    if stream.set_nonblocking(false).is_err() || stream.set_read_timeout(Some(Duration::from_millis(100))).is_err() {
        return Head::Incomplete;
    }
    let mut head = Vec::new();
    let mut buf = [0u8; 2048];
    loop {
        if cancel.load(Ordering::SeqCst) {
            return Head::Cancelled;
        }
        if Instant::now() > deadline {
            return Head::Incomplete;
        }
        match (&*stream).read(&mut buf) {
            Ok(0) => return Head::Incomplete,
            Ok(n) => head.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => continue,
            Err(_) => return Head::Incomplete,
        }
        if head.windows(4).any(|w| w == b"\r\n\r\n") {
            return Head::Complete(head);
        }
        if head.len() > MAX_HEAD {
            return Head::TooLarge;
        }
    }
}

/// Whether two secrets are the same, in time that does not depend on where they differ.
pub(crate) fn same_secret(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
