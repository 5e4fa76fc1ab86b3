//! The session: who is identified, the organisations they may act for, and their access token.
//! In the clear only in memory; kept across a restart sealed under a key that lives only in the
//! OS keychain ([`Sessions`]), never in SQLite or logs. Logging out deletes the key and the sealed
//! file. A session past its expiry is still read, so the app can say it expired and ask for a new
//! login while the draft stays as it is.

use std::{
    io::{Read, Write},
    path::{Path, PathBuf},
};

use ring::{
    aead::{Aad, LessSafeKey, Nonce, UnboundKey, CHACHA20_POLY1305, NONCE_LEN as NONCE_BYTES},
    rand::SecureRandom,
};
use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, Zeroizing};

use super::{Identified, Tokens};
use kanta_domain::{
    identity::Representation,
    test_environment::{self, TestPerson},
};
use kanta_keychain::{KeychainError, SecretStore};

/// A logged-in person's session.
#[derive(Clone, PartialEq, Eq)]
pub struct Session {
    pub identified: Identified,
    /// Shared by the session's clones (every command reads the session): one copy in memory,
    /// wiped when the last clone goes.
    pub tokens: std::sync::Arc<Tokens>,
    /// When the access token stops working, in milliseconds since the Unix epoch.
    pub expires_at_ms: Option<i64>,
    /// The organisations the person may act for, as the service answered after the login.
    pub representations: Vec<Representation>,
    /// A fictional person of the built-in test environment.
    pub test_person: bool,
}

/// Prints who, never a token.
impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("expires_at_ms", &self.expires_at_ms)
            .finish_non_exhaustive()
    }
}

impl Session {
    /// The longest a login lasts here, whatever the provider says (or when it says nothing): a
    /// working day. A provider's `expires_in` of years, or none at all, must not leave a
    /// shared workstation logged in for good.
    pub const MAX_LIFETIME_S: u64 = 8 * 60 * 60;

    pub fn new(identified: Identified, tokens: Tokens, now_ms: i64) -> Session {
        // Capped before the sum, so a huge `expires_in` cannot overflow.
        let lifetime_s = tokens
            .expires_in_s
            .unwrap_or(Self::MAX_LIFETIME_S)
            .min(Self::MAX_LIFETIME_S);
        let expires_at_ms = Some(now_ms.saturating_add(lifetime_s as i64 * 1000));
        Session {
            identified,
            tokens: std::sync::Arc::new(tokens),
            expires_at_ms,
            representations: Vec::new(),
            test_person: false,
        }
    }

    /// The session the test environment's login gives a test person, from `now_ms` on.
    pub fn of_test_person(person: &TestPerson, now_ms: i64) -> Session {
        let tokens = Tokens {
            // Naming the fictional person, MACed with this run's key: the built-in test service
            // (its whole identity provider) reads whom it is for from the token itself, and
            // takes only tokens issued here.
            access_token: test_environment::tokens::issue(person),
            refresh_token: None,
            id_token: String::new(),
            expires_in_s: Some(test_environment::SESSION.as_secs()),
        };
        let identified = Identified {
            subject: person.id.to_owned(),
            name: person.name.to_owned(),
        };
        let mut session = Session::new(identified, tokens, now_ms);
        session.representations = person.representations();
        session.test_person = true;
        session
    }

    /// Past its expiry; a session kept with none (by an older version) counts as expired: how
    /// long it may last is not known.
    pub fn is_expired(&self, now_ms: i64) -> bool {
        self.expires_at_ms.is_none_or(|at| now_ms >= at)
    }
}

/// The sealed form: what a restart needs, and no more (the refresh and ID tokens are not used
/// after the login, so they are not kept).
#[derive(Serialize, Deserialize)]
struct Stored {
    subject: String,
    name: String,
    access_token: String,
    expires_at_ms: Option<i64>,
    #[serde(default)]
    representations: Vec<Representation>,
    #[serde(default)]
    test_person: bool,
}

impl Drop for Stored {
    fn drop(&mut self) {
        self.access_token.zeroize();
    }
}

/// The most a sealed session file may be: a few hundred organisations' worth. A larger one is
/// not ours, and is not read.
const MAX_FILE_BYTES: u64 = 1 << 20;

/// The folder of sealed sessions, in the data folder.
const FOLDER: &str = "sessions";

/// Sessions, one per issuer. The keychain entry holds only a random key, the same 64 characters
/// whatever the session (so it fits every platform's keychain with any number of organisations);
/// the session is sealed with it (ChaCha20-Poly1305, the entry's name as associated data) in a
/// file of the data folder. Without the entry the file is noise; deleting the entry logs out.
pub struct Sessions<'a> {
    store: &'a dyn SecretStore,
    folder: PathBuf,
}

impl<'a> Sessions<'a> {
    /// The sessions kept in `store`, sealed in `data_dir`.
    pub fn new(store: &'a dyn SecretStore, data_dir: &Path) -> Sessions<'a> {
        Sessions {
            store,
            folder: data_dir.join(FOLDER),
        }
    }

    fn entry(issuer: &str) -> String {
        format!("session {issuer}")
    }

    /// The sealed file of `issuer`'s session: named by a digest of the issuer, so an issuer's
    /// address never becomes a path.
    fn file(&self, issuer: &str) -> PathBuf {
        let digest = ring::digest::digest(&ring::digest::SHA256, issuer.as_bytes());
        let name: String = digest.as_ref()[..16].iter().map(|b| format!("{b:02x}")).collect();
        self.folder.join(format!("{name}.session"))
    }

    /// Keeps `session` as `issuer`'s. Whatever fails, no earlier session is left behind: the
    /// old entry and file are deleted, so a restart never logs in as someone before.
    pub fn save(&self, issuer: &str, session: &Session) -> Result<(), KeychainError> {
        let saved = self.seal(issuer, session);
        if saved.is_err() {
            if let Err(err) = self.delete(issuer) {
                tracing::warn!(%err, "an earlier session could not be deleted");
            }
        }
        saved
    }

    fn seal(&self, issuer: &str, session: &Session) -> Result<(), KeychainError> {
        let stored = Stored {
            subject: session.identified.subject.clone(),
            name: session.identified.name.clone(),
            access_token: session.tokens.access_token.clone(),
            expires_at_ms: session.expires_at_ms,
            representations: session.representations.clone(),
            test_person: session.test_person,
        };
        let mut sealed = serde_json::to_vec(&stored).expect("a session serialises");
        let key = Zeroizing::new(random::<KEY_BYTES>()?);
        let nonce = random::<NONCE_BYTES>()?;
        let aad = Sessions::entry(issuer);
        sealing_key(&key)
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad.as_bytes()),
                &mut sealed,
            )
            .map_err(|_| KeychainError::Unavailable("the session cannot be sealed".into()))?;
        let mut file = nonce.to_vec();
        file.extend_from_slice(&sealed);
        write_private(&self.file(issuer), &file)
            .map_err(|err| KeychainError::Unavailable(format!("the session file cannot be written: {err}")))?;
        let hex = Zeroizing::new(key.iter().map(|b| format!("{b:02x}")).collect::<String>());
        self.store.set(&aad, &hex)
    }

    /// The session with this issuer, if there is one (expired or not). An entry or a file that
    /// is not ours (an earlier version's, a damaged one) is a session no longer there: both are
    /// deleted and the person logs in again.
    pub fn load(&self, issuer: &str) -> Result<Option<Session>, KeychainError> {
        let entry = Sessions::entry(issuer);
        let Some(hex) = self.store.get(&entry)? else {
            // No key: whatever file is left cannot be opened; it goes.
            let _ = std::fs::remove_file(self.file(issuer));
            return Ok(None);
        };
        let opened = from_hex(&hex).and_then(|key| self.open(issuer, &key));
        match opened {
            Some(stored) => Ok(Some(Session {
                identified: Identified {
                    subject: stored.subject.clone(),
                    name: stored.name.clone(),
                },
                tokens: std::sync::Arc::new(Tokens {
                    access_token: stored.access_token.clone(),
                    refresh_token: None,
                    id_token: String::new(),
                    expires_in_s: None,
                }),
                expires_at_ms: stored.expires_at_ms,
                representations: stored.representations.clone(),
                test_person: stored.test_person,
            })),
            None => {
                tracing::warn!("a kept session cannot be read; it is deleted");
                self.delete(issuer)?;
                Ok(None)
            }
        }
    }

    fn open(&self, issuer: &str, key: &[u8; KEY_BYTES]) -> Option<Stored> {
        let file = std::fs::File::open(self.file(issuer)).ok()?;
        let mut bytes = Zeroizing::new(Vec::new());
        file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).ok()?;
        if bytes.len() as u64 > MAX_FILE_BYTES || bytes.len() < NONCE_BYTES {
            return None;
        }
        let (nonce, sealed) = bytes.split_at_mut(NONCE_BYTES);
        let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
        let aad = Sessions::entry(issuer);
        let plain = sealing_key(key)
            .open_in_place(nonce, Aad::from(aad.as_bytes()), sealed)
            .ok()?;
        serde_json::from_slice(plain).ok()
    }

    /// Logging out: the key is gone from the keychain and the sealed file from the folder. Both
    /// are tried whatever the other does; the keychain's failure is the one reported (the file
    /// alone cannot be opened).
    pub fn delete(&self, issuer: &str) -> Result<(), KeychainError> {
        match std::fs::remove_file(self.file(issuer)) {
            Ok(()) => {}
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => tracing::warn!(%err, "a session file could not be deleted"),
        }
        self.store.delete(&Sessions::entry(issuer))
    }
}

const KEY_BYTES: usize = 32;

fn sealing_key(key: &[u8; KEY_BYTES]) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, key).expect("a 32-byte key"))
}

fn random<const N: usize>() -> Result<[u8; N], KeychainError> {
    let mut bytes = [0u8; N];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| KeychainError::Unavailable("no random source".into()))?;
    Ok(bytes)
}

fn from_hex(hex: &str) -> Option<Zeroizing<[u8; KEY_BYTES]>> {
    if hex.len() != 2 * KEY_BYTES || !hex.is_ascii() {
        return None;
    }
    let mut key = Zeroizing::new([0u8; KEY_BYTES]);
    for (i, byte) in key.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(key)
}

/// Writes `bytes` to `path` readable by the user alone, whole or not at all (a temporary file
/// renamed over it).
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = path.parent().expect("a file in a folder");
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(folder)?;
    let staging = path.with_extension("writing");
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&staging)?;
    file.write_all(bytes)?;
    file.sync_all()?;
    std::fs::rename(&staging, path)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kanta_keychain::doubles::{os_keychain_or_skip, MemoryStore};

    fn session(now_ms: i64) -> Session {
        Session::new(
            Identified {
                subject: "tiina-testaaja".into(),
                name: "Tiina Testaaja".into(),
            },
            Tokens {
                access_token: "access-secret".into(),
                refresh_token: Some("refresh-secret".into()),
                id_token: "a.b.c".into(),
                expires_in_s: Some(600),
            },
            now_ms,
        )
    }

    fn round_trip(store: &dyn SecretStore) {
        let issuer = format!("http://127.0.0.1:1/{}", uuid::Uuid::new_v4());
        let dir = tempfile::tempdir().unwrap();
        let sessions = Sessions::new(store, dir.path());
        assert_eq!(sessions.load(&issuer).unwrap(), None);
        let mut saved = session(1_000);
        saved.representations = kanta_domain::test_environment::person("matti-meikalainen")
            .unwrap()
            .representations();
        sessions.save(&issuer, &saved).unwrap();
        let loaded = sessions.load(&issuer).unwrap().unwrap();
        assert_eq!(loaded.identified, saved.identified);
        assert_eq!(loaded.representations, saved.representations);
        assert_eq!(loaded.tokens.access_token, "access-secret");
        assert_eq!(loaded.expires_at_ms, Some(601_000));
        assert!(!loaded.is_expired(600_999) && loaded.is_expired(601_000));
        assert!(!format!("{loaded:?}").contains("secret"), "no token in a log");
        let file = std::fs::read(sessions.file(&issuer)).unwrap();
        assert!(
            !String::from_utf8_lossy(&file).contains("access-secret")
                && !String::from_utf8_lossy(&file).contains("Tiina"),
            "sealed"
        );
        sessions.delete(&issuer).unwrap();
        assert_eq!(sessions.load(&issuer).unwrap(), None, "logged out");
        assert!(!sessions.file(&issuer).exists());
    }

    /// Many organisations, a long real-world access token (a JWT of 2 KB) and an issuer's long
    /// address: the keychain entry is the same 64 characters, far inside Windows' 2,560 bytes.
    #[test]
    fn the_keychain_entry_fits_windows_with_any_number_of_organisations() {
        let store = MemoryStore::default();
        let dir = tempfile::tempdir().unwrap();
        let sessions = Sessions::new(&store, dir.path());
        let issuer = format!("https://tunnistus.example.fi/{}", "x".repeat(200));
        let mut big = session(0);
        std::sync::Arc::make_mut(&mut big.tokens).access_token = "a".repeat(2_048);
        let tiina = test_environment::tiina().representations();
        big.representations = (0..300).map(|i| tiina[i % tiina.len()].clone()).collect();
        sessions.save(&issuer, &big).unwrap();
        let entry = store.get(&Sessions::entry(&issuer)).unwrap().unwrap();
        assert_eq!(entry.len(), 64);
        assert!(entry.encode_utf16().count() * 2 <= kanta_keychain::MAX_SECRET_BYTES);
        let loaded = sessions.load(&issuer).unwrap().unwrap();
        assert_eq!(
            (loaded.representations.len(), loaded.tokens.access_token.len()),
            (300, 2_048)
        );
        assert_eq!(
            loaded.tokens.refresh_token, None,
            "the unused refresh token is not kept"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&sessions.file(&issuer)), 0o600);
            assert_eq!(mode(&dir.path().join(FOLDER)), 0o700);
        }
    }

    /// A changed byte, a file of another issuer's, an entry of an earlier version (JSON): each is
    /// no session, deleted, never an error that keeps the app from starting.
    #[test]
    fn a_damaged_or_foreign_session_is_no_session_and_is_deleted() {
        let store = MemoryStore::default();
        let dir = tempfile::tempdir().unwrap();
        let sessions = Sessions::new(&store, dir.path());
        let (a, b) = ("https://a.example", "https://b.example");
        sessions.save(a, &session(0)).unwrap();
        sessions.save(b, &session(0)).unwrap();
        std::fs::copy(sessions.file(b), sessions.file(a)).unwrap();
        assert_eq!(sessions.load(a).unwrap(), None, "sealed for another issuer");
        assert_eq!(store.get(&Sessions::entry(a)).unwrap(), None, "deleted");

        let mut file = std::fs::read(sessions.file(b)).unwrap();
        let last = file.len() - 1;
        file[last] ^= 1;
        std::fs::write(sessions.file(b), &file).unwrap();
        assert_eq!(sessions.load(b).unwrap(), None, "tampered");

        store
            .set(&Sessions::entry(a), r#"{"subject":"x","accessToken":"y"}"#)
            .unwrap();
        assert_eq!(sessions.load(a).unwrap(), None, "an earlier version's entry");
        assert_eq!(store.get(&Sessions::entry(a)).unwrap(), None);
    }

    #[test]
    fn a_session_lasts_at_most_a_working_day_whatever_the_provider_says() {
        let now = 1_700_000_000_000;
        let lasting = |expires_in_s| {
            let s = session(now);
            let mut tokens = s.tokens.as_ref().clone();
            tokens.expires_in_s = expires_in_s;
            Session::new(s.identified, tokens, now).expires_at_ms.unwrap() - now
        };
        let max = Session::MAX_LIFETIME_S as i64 * 1000;
        assert_eq!(lasting(Some(600)), 600_000);
        assert_eq!(lasting(None), max, "none given: the cap");
        assert_eq!(lasting(Some(u64::MAX)), max, "no overflow");
        assert_eq!(lasting(Some(10 * 365 * 24 * 3600)), max);
        let mut unknown = session(now);
        unknown.expires_at_ms = None;
        assert!(
            unknown.is_expired(now),
            "a kept session of unknown lifetime asks for a login"
        );
    }

    #[test]
    fn a_session_is_kept_read_and_deleted() {
        round_trip(&MemoryStore::default());
    }

    /// The same through the real OS keychain (Secret Service here).
    #[test]
    fn the_os_keychain_keeps_the_session_until_logout() {
        let Some(keychain) = os_keychain_or_skip("session") else {
            return;
        };
        round_trip(&keychain);
    }
}
