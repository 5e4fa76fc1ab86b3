//! The test environment's access tokens: `test.<person id>.<nonce>.<mac>`, the MAC an
//! HMAC-SHA256 of the person and the nonce under a key of this run. The built-in test service
//! (its whole identity provider) takes only tokens made with the key, so a local process or a
//! web page cannot forge `test.tiina-testaaja.x` and act as a test person.
//!
//! The key is random for each process, unless one is given ([`use_key`]): the end-to-end tests
//! give the app (by `KANTA_TEST_TOKEN_KEY`, a test hook) and their own test service the same, as
//! the two run in separate processes. A token from an earlier run is therefore refused, and the
//! person logs in again, as after any session the service no longer accepts.

use std::sync::OnceLock;

use hmac::{Hmac, Mac};
use sha2::Sha256;

use super::{person, TestPerson};

/// The environment variable the end-to-end tests hand the app its key in (64 hex digits).
pub const KEY_VAR: &str = "KANTA_TEST_TOKEN_KEY";

static KEY: OnceLock<[u8; 32]> = OnceLock::new();

/// This run's key: the one given, else random (from the OS, through v4 UUIDs).
fn key() -> &'static [u8; 32] {
    KEY.get_or_init(|| {
        let mut key = [0u8; 32];
        key[..16].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        key[16..].copy_from_slice(uuid::Uuid::new_v4().as_bytes());
        key
    })
}

/// Uses the key `hex` (64 hex digits) for this process's tokens, if none is in use yet. Answers
/// whether it is the one in use.
pub fn use_key(hex: &str) -> bool {
    let Some(given) = from_hex(hex) else {
        return false;
    };
    *KEY.get_or_init(|| given) == given
}

/// This run's key, to hand to a process a test starts (the app, a child) by [`KEY_VAR`].
pub fn key_hex() -> String {
    key().iter().map(|b| format!("{b:02x}")).collect()
}

/// A new token for `person`.
pub fn issue(person: &TestPerson) -> String {
    let nonce = uuid::Uuid::new_v4().simple().to_string();
    format!("test.{}.{nonce}.{}", person.id, mac(person.id, &nonce))
}

/// The test person `token` was issued for in this run; `None` for anything else.
pub fn person_of(token: &str) -> Option<&'static TestPerson> {
    let mut parts = token.strip_prefix("test.")?.split('.');
    let (id, nonce, tag) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let tag = from_hex(tag)?;
    let mut check = Hmac::<Sha256>::new_from_slice(key()).expect("any key length");
    check.update(format!("{id}.{nonce}").as_bytes());
    // Constant time: the MAC check is the whole protection.
    check.verify_slice(&tag).ok()?;
    person(id)
}

fn mac(id: &str, nonce: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key()).expect("any key length");
    mac.update(format!("{id}.{nonce}").as_bytes());
    mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(hex: &str) -> Option<[u8; 32]> {
    if hex.len() != 64 || !hex.is_ascii() {
        return None;
    }
    let mut bytes = [0u8; 32];
    for (i, byte) in bytes.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_token_issued_in_this_run_names_its_person() {
        let tiina = super::super::tiina();
        let token = issue(tiina);
        assert_eq!(person_of(&token).map(|p| p.id), Some(tiina.id));
        assert_ne!(issue(tiina), token, "each login its own");
        let forged = [
            "test.tiina-testaaja.x".to_owned(),
            "test.tiina-testaaja.0123456789abcdef".to_owned(),
            token.replace("tiina-testaaja", "matti-meikalainen"),
            format!("{}0", &token[..token.len() - 1]),
            format!("{token}.more"),
            token.replace("test.", "prod."),
            String::new(),
        ];
        for forged in forged {
            assert_eq!(person_of(&forged).map(|p| p.id), None, "{forged}");
        }
        assert!(use_key(&key_hex()), "the key in use");
        assert!(!use_key(&"ab".repeat(32)), "not replaced once in use");
        // Another run's key: its tokens are not this run's.
        let other = format!("test.tiina-testaaja.abc.{}", "00".repeat(32));
        assert!(person_of(&other).is_none());
    }
}
