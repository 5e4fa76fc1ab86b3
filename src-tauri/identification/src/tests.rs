//! The whole login against a real OpenID provider on loopback, the browser's part done by the
//! test (`test_provider`): the flow's checks one by one, then the app's whole login
//! (`current::CurrentSession`).

use std::{sync::atomic::AtomicBool, time::Duration};

use super::{
    loopback::Loopback,
    test_provider::{browse, browse_and_change, Provider},
    *,
};

fn provider(test: &str, env: &[(&str, &str)]) -> Option<Provider> {
    Provider::start(test, env)
}

fn settings(provider: &Provider) -> OidcSettings {
    provider.settings()
}

/// A login up to the redirect: the attempt, and what the browser brought to the loopback.
fn log_in_until_redirect(settings: &OidcSettings, person: &str) -> (Login, loopback::Redirect) {
    let loopback = Loopback::bind().unwrap();
    let login = Login::begin(settings, &loopback.redirect_uri(), Http::new().unwrap()).unwrap();
    let url = login.authorize_url().to_string();
    assert!(
        url.contains("code_challenge_method=S256") && url.contains("nonce="),
        "{url}"
    );
    let person = person.to_owned();
    let browser = std::thread::spawn(move || browse(&url, &person));
    let redirect = loopback
        .wait(
            Duration::from_secs(30),
            &AtomicBool::new(false),
            "<p>ok</p>",
            login.state(),
        )
        .unwrap();
    browser.join().unwrap();
    (login, redirect)
}

#[test]
fn a_good_login_gives_the_persons_name_and_tokens() {
    let Some(provider) = provider("good login", &[]) else {
        return;
    };
    let (login, redirect) = log_in_until_redirect(&settings(&provider), "tiina-testaaja");
    let (who, tokens) = login.complete(&redirect).unwrap();
    assert_eq!(who.name, "Tiina Testaaja");
    assert_eq!(who.subject, "tiina-testaaja");
    assert!(!tokens.access_token.is_empty() && tokens.id_token.split('.').count() == 3);
    assert_eq!(format!("{tokens:?}"), "Tokens(..)", "no token in a log");
}

#[test]
fn a_redirect_with_another_state_is_refused_before_the_code_is_used() {
    let Some(provider) = provider("wrong state", &[]) else {
        return;
    };
    let (login, mut redirect) = log_in_until_redirect(&settings(&provider), "tiina-testaaja");
    redirect.state = Some("forged-state".into());
    assert!(matches!(login.complete(&redirect), Err(LoginError::StateMismatch)));
    let missing = loopback::Redirect {
        state: None,
        ..redirect
    };
    let (login, _) = log_in_until_redirect(&settings(&provider), "tiina-testaaja");
    assert!(matches!(login.complete(&missing), Err(LoginError::StateMismatch)));
}

#[test]
fn an_id_token_for_another_login_attempt_is_refused_by_its_nonce() {
    let Some(provider) = provider("wrong nonce", &[]) else {
        return;
    };
    let settings = settings(&provider);
    // Two attempts: the second's ID token (its own nonce) checked as the first's answer.
    let (first, _) = log_in_until_redirect(&settings, "tiina-testaaja");
    let (mut second, redirect) = log_in_until_redirect(&settings, "tiina-testaaja");
    let code = second.check_redirect(&redirect).unwrap();
    let response = second.exchange(code).unwrap();
    second.nonce = first.nonce.clone();
    assert!(matches!(
        second.verify(&response),
        Err(LoginError::IdToken(IdTokenProblem::Nonce))
    ));
}

#[test]
fn an_expired_id_token_is_refused() {
    let Some(provider) = provider("expired token", &[("ID_TOKEN_TTL", "1")]) else {
        return;
    };
    let (mut login, redirect) = log_in_until_redirect(&settings(&provider), "tiina-testaaja");
    let code = login.check_redirect(&redirect).unwrap();
    let response = login.exchange(code).unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    assert!(matches!(
        login.verify(&response),
        Err(LoginError::IdToken(IdTokenProblem::Expired))
    ));
}

/// A discovery document that sends the browser, the code or the key fetch over plain http to
/// another host is refused before any of them is used or opened.
#[test]
fn endpoints_from_discovery_must_be_https() {
    for field in ["authorization_endpoint", "token_endpoint", "jwks_uri"] {
        let Some(provider) = provider("insecure endpoint", &[("INSECURE_ENDPOINT", field)]) else {
            return;
        };
        let begun = Login::begin(
            &settings(&provider),
            "http://127.0.0.1:1/callback",
            Http::new().unwrap(),
        );
        assert!(
            matches!(&begun, Err(LoginError::Discovery(why)) if why.contains(field)),
            "{field}: {:?}",
            begun.err()
        );
    }
}

#[test]
fn an_id_token_with_a_tampered_signature_or_claims_is_refused() {
    let Some(provider) = provider("tampered token", &[]) else {
        return;
    };
    let (mut login, redirect) = log_in_until_redirect(&settings(&provider), "tiina-testaaja");
    let code = login.check_redirect(&redirect).unwrap();
    let response = login.exchange(code).unwrap();
    let json = serde_json::to_value(&response).unwrap();
    let token = json["id_token"].as_str().unwrap().to_owned();
    let parts: Vec<&str> = token.split('.').collect();

    // A changed signature; then the claims changed to another person under the original signature.
    let mut signature = parts[2].as_bytes().to_vec();
    signature[10] = if signature[10] == b'A' { b'B' } else { b'A' };
    let resigned = format!("{}.{}.{}", parts[0], parts[1], String::from_utf8(signature).unwrap());
    use base64_url_like::*;
    let claims = decode(parts[1]);
    assert!(claims.contains("\"tiina-testaaja\""), "{claims}");
    let claims = claims.replace("\"tiina-testaaja\"", "\"matti-meikalainen\"");
    let reclaimed = format!("{}.{}.{}", parts[0], encode(&claims), parts[2]);
    for forged in [resigned, reclaimed] {
        let mut json = json.clone();
        json["id_token"] = forged.into();
        let forged: openidconnect::core::CoreTokenResponse = serde_json::from_value(json).unwrap();
        assert!(
            matches!(
                login.verify(&forged),
                Err(LoginError::IdToken(IdTokenProblem::Signature))
            ),
            "a forged ID token passed"
        );
    }
}

#[test]
fn the_login_can_be_cancelled_while_waiting_for_the_browser() {
    let loopback = Loopback::bind().unwrap();
    let cancel = AtomicBool::new(true);
    assert!(matches!(
        loopback.wait(Duration::from_secs(5), &cancel, "", "state"),
        Err(LoginError::Cancelled)
    ));
    assert!(matches!(
        loopback.wait(Duration::from_millis(10), &AtomicBool::new(false), "", "state"),
        Err(LoginError::TimedOut)
    ));
}

/// Sends `request` to the loopback at `port`; returns the answer's status line ("" when the
/// connection ended without one).
fn knock(port: u16, request: &[u8]) -> String {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let _ = stream.write_all(request);
    let mut answer = String::new();
    let _ = stream.read_to_string(&mut answer);
    answer.lines().next().unwrap_or_default().to_owned()
}

/// Whatever else reaches the login's port (a forged `?error=x` with no or another state, another
/// path, a head over 8 KiB, a connection that sends nothing) is answered and ignored; the
/// attempt's own redirect still completes the wait, and cancel is heeded while a slow
/// connection is being read.
#[test]
fn the_loopback_takes_only_the_attempt_s_redirect_bounded_in_size_and_time() {
    let loopback = Loopback::bind().unwrap();
    let port = loopback.port();
    let local = std::thread::spawn(move || {
        let mut seen = vec![
            knock(port, b"GET /callback?error=access_denied HTTP/1.1\r\nHost: x\r\n\r\n"),
            knock(port, b"GET /callback?error=x&state=guess HTTP/1.1\r\n\r\n"),
            knock(port, b"GET /favicon.ico HTTP/1.1\r\n\r\n"),
        ];
        let mut huge = b"GET /callback?state=right HTTP/1.1\r\nX: ".to_vec();
        huge.extend(std::iter::repeat_n(b'a', 16 * 1024));
        seen.push(knock(port, &huge));
        // Sends nothing: given up after its time, not waited for.
        let slow = std::time::Instant::now();
        let _silent = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        seen.push(knock(port, b"GET /callback?code=the-code&state=right HTTP/1.1\r\n\r\n"));
        (seen, slow.elapsed())
    });
    let redirect = loopback
        .wait(Duration::from_secs(20), &AtomicBool::new(false), "<p>ok</p>", "right")
        .unwrap();
    let (seen, waited) = local.join().unwrap();
    assert_eq!(redirect.code.as_deref(), Some("the-code"));
    assert_eq!(redirect.error, None);
    assert_eq!(
        seen,
        [
            "HTTP/1.1 400 Bad Request",
            "HTTP/1.1 400 Bad Request",
            "HTTP/1.1 404 Not Found",
            "HTTP/1.1 431 Request Header Fields Too Large",
            "HTTP/1.1 200 OK"
        ]
    );
    assert!(
        waited < loopback::PER_CONNECTION * 2,
        "the silent connection was given up: {waited:?}"
    );

    // Cancelled while a silent connection is being read: heeded at once, not after its time.
    let loopback = Loopback::bind().unwrap();
    let port = loopback.port();
    let _silent = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let cancel = std::sync::Arc::new(AtomicBool::new(false));
    let canceller = {
        let cancel = cancel.clone();
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(300));
            cancel.store(true, std::sync::atomic::Ordering::SeqCst);
        })
    };
    let started = std::time::Instant::now();
    assert!(matches!(
        loopback.wait(Duration::from_secs(20), &cancel, "", "right"),
        Err(LoginError::Cancelled)
    ));
    canceller.join().unwrap();
    assert!(
        started.elapsed() < Duration::from_millis(1_000),
        "{:?}",
        started.elapsed()
    );
}

/// Base64url without padding, for rewriting a JWT's claims in the tampering test.
mod base64_url_like {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    pub fn encode(text: &str) -> String {
        let bytes = text.as_bytes();
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |acc, (i, b)| acc | (*b as u32) << (16 - 8 * i));
            for i in 0..=chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            }
        }
        out
    }

    pub fn decode(text: &str) -> String {
        let values: Vec<u32> = text
            .bytes()
            .map(|c| ALPHABET.iter().position(|a| *a == c).unwrap() as u32)
            .collect();
        let mut out = Vec::new();
        for chunk in values.chunks(4) {
            let n = chunk
                .iter()
                .enumerate()
                .fold(0u32, |acc, (i, v)| acc | v << (18 - 6 * i));
            for i in 0..chunk.len() - 1 {
                out.push((n >> (16 - 8 * i) & 255) as u8);
            }
        }
        String::from_utf8(out).unwrap()
    }
}

mod whole_login {
    //! The app's whole login (`current::CurrentSession`): the browser, the checks, the service's
    //! answer about whom the person may act for, the keychain. A refusal keeps nothing.

    use super::*;
    use kanta_domain::model::{application::SigningBasis, CustomerType};
    use kanta_keychain::doubles::MemoryStore;

    use crate::{
        current::{CurrentSession, SessionStatus},
        settings::IdentificationSettings,
    };

    fn current(provider: &Provider, service_path: &str) -> CurrentSession {
        let settings = IdentificationSettings::Oidc {
            oidc: settings(provider),
            service_url: format!("{}{}", provider.issuer, service_path),
        };
        // The folder lives as long as the test process: the sessions are sealed in it.
        let dir = Box::leak(Box::new(tempfile::tempdir().unwrap()));
        CurrentSession::new(settings, Box::new(MemoryStore::default()), dir.path())
    }

    /// Logs in through `current` with the browser's way back changed by `change`.
    fn log_in(
        current: &CurrentSession,
        person: &str,
        change: fn(reqwest::Url) -> reqwest::Url,
    ) -> Result<session::Session, LoginError> {
        log_in_cancelling(current, person, change, false)
    }

    /// `log_in`; with `cancel_after`, the user cancels once the browser is back (the wait
    /// would otherwise go on for a redirect the loopback ignored).
    fn log_in_cancelling(
        current: &CurrentSession,
        person: &str,
        change: fn(reqwest::Url) -> reqwest::Url,
        cancel_after: bool,
    ) -> Result<session::Session, LoginError> {
        let pending = current.begin().unwrap();
        let url = pending.authorize_url();
        let person = person.to_owned();
        let cancel = std::sync::Arc::new(AtomicBool::new(false));
        let browser = {
            let cancel = cancel.clone();
            std::thread::spawn(move || {
                browse_and_change(&url, &person, change);
                cancel.store(cancel_after, std::sync::atomic::Ordering::SeqCst);
            })
        };
        let result = current.finish(pending, &cancel, "<p>ok</p>", || 1_000);
        browser.join().unwrap();
        result
    }

    /// Whether the keychain holds a session for the provider.
    fn stored(current: &CurrentSession, provider: &Provider) -> bool {
        let entry = format!("session {}", provider.issuer);
        current.store().get(&entry).unwrap().is_some()
    }

    #[test]
    fn a_login_keeps_the_session_with_the_organisations_the_service_named() {
        let Some(provider) = provider("whole login", &[]) else {
            return;
        };
        let current = current(&provider, "/kanta");
        let session = log_in(&current, "tiina-testaaja", |url| url).unwrap();
        assert_eq!(session.identified.name, "Tiina Testaaja");
        assert!(!session.test_person);
        let kinds: Vec<(CustomerType, SigningBasis)> = session
            .representations
            .iter()
            .map(|r| (r.customer_type, r.basis))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (CustomerType::Pharmacy, SigningBasis::Mandate),
                (CustomerType::HealthCareOrganisation, SigningBasis::ResponsiblePerson)
            ]
        );
        assert!(matches!(current.status(2_000), SessionStatus::Active(_)));
        assert!(stored(&current, &provider), "in the keychain");
        current.log_out().unwrap();
        assert!(!stored(&current, &provider), "logged out: gone");

        // A person the service names no organisation for is logged in, with none: the advice.
        let session = log_in(&current, "matti-meikalainen", |url| url).unwrap();
        assert!(session.representations.is_empty());
    }

    #[test]
    fn a_forged_state_or_no_answer_from_the_service_keeps_nothing() {
        let Some(provider) = provider("whole login refused", &[]) else {
            return;
        };
        let current = current(&provider, "/kanta");
        // A redirect with another state is ignored by the loopback (the login waits on for the
        // right one, here until the user cancels): its code is never used, nothing is kept.
        let forged = log_in_cancelling(
            &current,
            "tiina-testaaja",
            |mut url| {
                let code = url.query_pairs().find(|(k, _)| k == "code").unwrap().1.into_owned();
                url.query_pairs_mut()
                    .clear()
                    .append_pair("code", &code)
                    .append_pair("state", "forged");
                url
            },
            true,
        );
        assert!(matches!(forged, Err(LoginError::Cancelled)), "{forged:?}");
        assert_eq!(current.status(2_000), SessionStatus::LoggedOut);
        assert!(!stored(&current, &provider));

        // The service does not answer whom the person may act for (here: no service at that
        // path, a 404): no session either.
        let current = self::current(&provider, "/kanta/elsewhere");
        let refused = log_in(&current, "tiina-testaaja", |url| url);
        assert!(matches!(refused, Err(LoginError::Service(_))), "{refused:?}");
        assert_eq!(current.status(2_000), SessionStatus::LoggedOut);
        assert!(!stored(&current, &provider));
    }
}
