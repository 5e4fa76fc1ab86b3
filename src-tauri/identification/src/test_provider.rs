//! For tests only (the core's, and the end-to-end tests' through the `test-support` feature): a
//! real OpenID provider on loopback, oidc-provider (OpenID certified) started from
//! `tests/oidc/provider.mjs`, and the browser's part of a login (follow the redirects, fill in
//! the login and consent forms, come back to the app's loopback) done with an HTTP client that
//! keeps cookies, as a browser would.
//!
//! tests/dev/test.sh installs the provider (npm) and sets `KANTA_REQUIRE_OIDC_PROVIDER=1`: there
//! a test fails without it. Elsewhere, without Node.js or the package, it says so and skips.

use std::{
    io::{BufRead, BufReader},
    path::Path,
    process::{Child, Command, Stdio},
};

use super::OidcSettings;

/// The app's client id at the test provider.
pub const CLIENT: &str = "kanta-extranet-desktop";

/// The provider, for as long as the test holds it.
pub struct Provider {
    child: Child,
    pub issuer: String,
}

impl Drop for Provider {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Provider {
    /// Starts the provider with `env` (`ID_TOKEN_TTL`, say), or `None` (with a note) where it is
    /// not installed and not required.
    pub fn start(test: &str, env: &[(&str, &str)]) -> Option<Provider> {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/oidc/provider.mjs");
        let installed = script.with_file_name("node_modules").join("oidc-provider").exists();
        let child = installed
            .then(|| {
                Command::new("node")
                    .arg(&script)
                    .envs(env.iter().copied())
                    .stdin(Stdio::piped())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::null())
                    .spawn()
                    .ok()
            })
            .flatten();
        let Some(mut child) = child else {
            assert!(
                std::env::var_os("KANTA_REQUIRE_OIDC_PROVIDER").is_none(),
                "{test}: the OpenID provider is required here: npm ci --prefix tests/oidc"
            );
            eprintln!("{test}: no OpenID provider here (npm ci --prefix tests/oidc); run tests/dev/test.sh");
            return None;
        };
        let mut line = String::new();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        stdout.read_line(&mut line).unwrap();
        let issuer = line
            .trim()
            .strip_prefix("ready ")
            .expect("the provider says ready")
            .to_owned();
        // Keep reading what it prints (its interactions log to stdout): a closed pipe would end it.
        std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
        Some(Provider { child, issuer })
    }

    pub fn settings(&self) -> OidcSettings {
        OidcSettings {
            issuer: self.issuer.clone(),
            client_id: CLIENT.into(),
        }
    }

    /// The Kanta service's stand-in beside the provider (`GET /kanta/v1/organisations`).
    pub fn service_url(&self) -> String {
        format!("{}/kanta", self.issuer)
    }
}

/// What a user does in the browser: follows the redirects, logs in as `person`, consents, and
/// is sent back to the app's loopback. Returns when the browser has been sent there.
pub fn browse(authorize_url: &str, person: &str) {
    browse_and_change(authorize_url, person, |url| url)
}

/// `browse`, with the way back to the app changed by `change` (an attacker's state, say).
pub fn browse_and_change(authorize_url: &str, person: &str, change: impl Fn(reqwest::Url) -> reqwest::Url) {
    kanta_http::use_ring();
    let browser = reqwest::blocking::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let mut response = browser.get(authorize_url).send().unwrap();
    for _ in 0..20 {
        let url = response.url().clone();
        if response.status().is_redirection() {
            let location = response.headers()["location"].to_str().unwrap();
            let mut next = url.join(location).unwrap();
            if next.path() == "/callback" {
                next = change(next);
            }
            response = browser.get(next).send().unwrap();
            if url.port() != response.url().port() && response.url().path() == "/callback" {
                return; // the loopback answered
            }
            continue;
        }
        let page = response.text().unwrap();
        let form = if page.contains(r#"name="prompt" value="login""#) {
            vec![("prompt", "login"), ("login", person), ("password", "any")]
        } else if page.contains(r#"name="prompt" value="consent""#) {
            vec![("prompt", "consent")]
        } else {
            panic!("an unexpected page at {url}:\n{page}");
        };
        response = browser.post(url).form(&form).send().unwrap();
    }
    panic!("the browser never came back to the app");
}
