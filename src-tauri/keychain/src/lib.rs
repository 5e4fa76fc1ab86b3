//! `kanta-keychain`: the OS keychain, through the keyring crate: Secret Service on Linux (GNOME
//! Keyring, KWallet), Credential Manager on Windows, Keychain on macOS. It keeps the database key
//! (`kanta-storage`) and the login session (`kanta-identification`): secrets never go to SQLite,
//! files or logs.
//!
//! Invariant: it knows secrets only as names and strings, no domain type and no other crate of
//! ours. [`SecretStore`] is the seam unlocking and the session are written against, so that
//! their rules (what to do when the keychain is missing or has lost the key) are tested on every
//! machine with the [`doubles`] (feature `doubles`). The app always uses [`OsKeychain`]; its own
//! test talks to the real Linux Secret Service.

use thiserror::Error;
use zeroize::Zeroizing;

/// The keychain's "service" attribute: the app's bundle identifier (tauri.conf.json).
pub const SERVICE: &str = "fi.kanta.extranet.desktop";

/// The most a secret may take: Windows Credential Manager's 2,560 bytes
/// (`CRED_MAX_CREDENTIAL_BLOB_SIZE`), which keyring fills with the secret in UTF-16. The
/// smallest platform's limit holds on every platform, so what works here works on Windows.
pub const MAX_SECRET_BYTES: usize = 2_560;

/// Refuses a secret that would not fit Windows' keychain.
pub fn check_size(name: &str, secret: &str) -> Result<(), KeychainError> {
    let bytes = secret.encode_utf16().count() * 2;
    match bytes <= MAX_SECRET_BYTES {
        true => Ok(()),
        false => Err(KeychainError::TooLong {
            name: name.to_owned(),
            bytes,
        }),
    }
}

#[derive(Debug, Error)]
pub enum KeychainError {
    /// No keychain, a locked one, or a platform failure. The detail is the platform's message,
    /// which names no secret.
    #[error("the OS keychain cannot be used: {0}")]
    Unavailable(String),
    /// The entry holds something that is not what this app stored there.
    #[error("the keychain entry {0} holds an unexpected value")]
    Malformed(String),
    /// The secret is larger than every platform's keychain takes ([`MAX_SECRET_BYTES`]).
    #[error("the keychain entry {name} would take {bytes} bytes, more than {MAX_SECRET_BYTES}")]
    TooLong { name: String, bytes: usize },
}

/// Where secrets are kept, by name.
pub trait SecretStore: Send + Sync {
    /// The secret, or `None` when there is no entry of that name.
    fn get(&self, name: &str) -> Result<Option<Zeroizing<String>>, KeychainError>;
    fn set(&self, name: &str, secret: &str) -> Result<(), KeychainError>;
    /// Removes the entry; removing one that does not exist is not an error.
    fn delete(&self, name: &str) -> Result<(), KeychainError>;
}

/// A store shared (the app's unlocking and its session use the same keychain).
impl<S: SecretStore + ?Sized> SecretStore for std::sync::Arc<S> {
    fn get(&self, name: &str) -> Result<Option<Zeroizing<String>>, KeychainError> {
        (**self).get(name)
    }
    fn set(&self, name: &str, secret: &str) -> Result<(), KeychainError> {
        (**self).set(name, secret)
    }
    fn delete(&self, name: &str) -> Result<(), KeychainError> {
        (**self).delete(name)
    }
}

/// The OS keychain of the user running the app.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsKeychain;

impl OsKeychain {
    fn entry(name: &str) -> Result<keyring::Entry, KeychainError> {
        keyring::Entry::new(SERVICE, name).map_err(unavailable)
    }
}

fn unavailable(err: keyring::Error) -> KeychainError {
    KeychainError::Unavailable(err.to_string())
}

impl SecretStore for OsKeychain {
    fn get(&self, name: &str) -> Result<Option<Zeroizing<String>>, KeychainError> {
        match OsKeychain::entry(name)?.get_password() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(keyring::Error::BadEncoding(_)) => Err(KeychainError::Malformed(name.to_owned())),
            Err(err) => Err(unavailable(err)),
        }
    }

    fn set(&self, name: &str, secret: &str) -> Result<(), KeychainError> {
        check_size(name, secret)?;
        OsKeychain::entry(name)?.set_password(secret).map_err(unavailable)
    }

    fn delete(&self, name: &str) -> Result<(), KeychainError> {
        match OsKeychain::entry(name)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(err) => Err(unavailable(err)),
        }
    }
}

#[cfg(any(test, feature = "doubles"))]
pub mod doubles {
    //! Stand-ins for the rules of unlocking: a keychain that works (in memory) and one that
    //! cannot be reached. The real keychain is tested in `tests` below.
    use std::{collections::HashMap, sync::Mutex};

    use super::*;

    #[derive(Default)]
    pub struct MemoryStore(pub Mutex<HashMap<String, String>>);

    impl SecretStore for MemoryStore {
        fn get(&self, name: &str) -> Result<Option<Zeroizing<String>>, KeychainError> {
            Ok(self.0.lock().unwrap().get(name).cloned().map(Zeroizing::new))
        }
        fn set(&self, name: &str, secret: &str) -> Result<(), KeychainError> {
            check_size(name, secret)?;
            self.0.lock().unwrap().insert(name.to_owned(), secret.to_owned());
            Ok(())
        }
        fn delete(&self, name: &str) -> Result<(), KeychainError> {
            self.0.lock().unwrap().remove(name);
            Ok(())
        }
    }

    /// The real OS keychain, if this machine has one. tests/dev/test.sh runs the tests in a
    /// D-Bus session with an unlocked GNOME Keyring and sets `KANTA_REQUIRE_KEYCHAIN=1`: there
    /// a missing keychain fails the test. Elsewhere the test says so and checks nothing.
    pub fn os_keychain_or_skip(test: &str) -> Option<OsKeychain> {
        let probe = format!("probe-{}", uuid::Uuid::new_v4());
        match OsKeychain.set(&probe, "probe").and_then(|()| OsKeychain.delete(&probe)) {
            Ok(()) => Some(OsKeychain),
            Err(err) if std::env::var_os("KANTA_REQUIRE_KEYCHAIN").is_none() => {
                eprintln!("{test}: no OS keychain here ({err}); run tests/dev/test.sh to test it");
                None
            }
            Err(err) => panic!("{test}: the OS keychain is required here: {err}"),
        }
    }

    pub struct NoKeychain;

    impl SecretStore for NoKeychain {
        fn get(&self, _: &str) -> Result<Option<Zeroizing<String>>, KeychainError> {
            Err(KeychainError::Unavailable("no keychain here".into()))
        }
        fn set(&self, _: &str, _: &str) -> Result<(), KeychainError> {
            Err(KeychainError::Unavailable("no keychain here".into()))
        }
        fn delete(&self, _: &str) -> Result<(), KeychainError> {
            Err(KeychainError::Unavailable("no keychain here".into()))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Stores, reads and deletes a secret in the real OS keychain (Secret Service here).
    #[test]
    fn the_os_keychain_stores_reads_and_deletes_a_secret() {
        let Some(keychain) = doubles::os_keychain_or_skip("keychain") else {
            return;
        };
        let name = format!("test-secret-{}", uuid::Uuid::new_v4());
        keychain.set(&name, "sålt hemlighet 1").unwrap();
        assert_eq!(
            keychain.get(&name).unwrap().as_deref().map(String::as_str),
            Some("sålt hemlighet 1")
        );
        // Setting again replaces the one entry (keyring's Ambiguous error would say otherwise).
        keychain.set(&name, "replaced").unwrap();
        assert_eq!(
            keychain.get(&name).unwrap().as_deref().map(String::as_str),
            Some("replaced")
        );
        keychain.delete(&name).unwrap();
        assert_eq!(keychain.get(&name).unwrap(), None);
        keychain.delete(&name).expect("deleting twice is fine");
    }
}
