//! The loopback redirect of a native app's login (RFC 8252, section 7.3): a one-shot HTTP
//! listener on 127.0.0.1 at a free port, where the system browser brings the authorization
//! response. It takes the one request for its path, answers the browser with a short page, and
//! can be cancelled from the app while it waits.

use std::{
    io::{BufRead, BufReader, Write},
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

    pub fn redirect_uri(&self) -> String {
        format!("http://127.0.0.1:{}{PATH}", self.port)
    }

    /// Waits for the browser's redirect, until `timeout` or until `cancel` is set. `page` is the
    /// HTML the browser shows afterwards.
    pub fn wait(&self, timeout: Duration, cancel: &AtomicBool, page: &str) -> Result<Redirect, LoginError> {
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
                    if let Some(redirect) = self.serve(stream, page) {
                        return Ok(redirect);
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => std::thread::sleep(Duration::from_millis(50)),
                Err(e) => return Err(LoginError::Loopback(e)),
            }
        }
    }

    /// Answers one request: the redirect (for our path) or a 404 (a browser's favicon, say).
    fn serve(&self, stream: TcpStream, page: &str) -> Option<Redirect> {
        let _ = stream.set_nonblocking(false);
        let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
        let mut reader = BufReader::new(&stream);
        let mut request_line = String::new();
        reader.read_line(&mut request_line).ok()?;
        // The rest of the head, read and dropped.
        let mut line = String::new();
        while reader.read_line(&mut line).ok()? > 2 {
            line.clear();
        }
        let target = request_line.split_whitespace().nth(1)?;
        let url = Url::parse(&format!("http://127.0.0.1:{}{target}", self.port)).ok()?;
        let mut stream = &stream;
        if !request_line.starts_with("GET ") || url.path() != PATH {
            let _ = stream.write_all(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            return None;
        }
        let _ = write!(
            stream,
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nCache-Control: no-store\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{page}",
            page.len()
        );
        Some(Redirect::from_url(&url))
    }
}
