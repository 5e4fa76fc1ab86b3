//! The session: who is identified, the organisations they may act for, and their tokens, kept only in the OS keychain (one entry per
//! issuer, as JSON), never in SQLite, files or logs. Logging out deletes the entry. A session
//! past its expiry is still read, so the app can say it expired and ask for a new login while
//! the draft stays as it is.

use serde::{Deserialize, Serialize};
use zeroize::Zeroize;

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
    pub tokens: Tokens,
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
            tokens,
            expires_at_ms,
            representations: Vec::new(),
            test_person: false,
        }
    }

    /// The session the test environment's login gives a test person, from `now_ms` on.
    pub fn of_test_person(person: &TestPerson, now_ms: i64) -> Session {
        let tokens = Tokens {
            // Random, and naming the fictional person: the built-in test service (its whole
            // identity provider) reads whom it is for from the token itself.
            access_token: format!("test.{}.{}", person.id, uuid::Uuid::new_v4().simple()),
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

/// The stored form.
#[derive(Serialize, Deserialize)]
struct Stored {
    subject: String,
    name: String,
    access_token: String,
    refresh_token: Option<String>,
    id_token: String,
    expires_at_ms: Option<i64>,
    #[serde(default)]
    representations: Vec<Representation>,
    #[serde(default)]
    test_person: bool,
}

impl Drop for Stored {
    fn drop(&mut self) {
        self.access_token.zeroize();
        self.id_token.zeroize();
        if let Some(t) = self.refresh_token.as_mut() {
            t.zeroize();
        }
    }
}

/// Sessions in a keychain, one per issuer.
pub struct Sessions<'a> {
    store: &'a dyn SecretStore,
}

impl<'a> Sessions<'a> {
    pub fn new(store: &'a dyn SecretStore) -> Sessions<'a> {
        Sessions { store }
    }

    fn entry(issuer: &str) -> String {
        format!("session {issuer}")
    }

    pub fn save(&self, issuer: &str, session: &Session) -> Result<(), KeychainError> {
        let stored = Stored {
            subject: session.identified.subject.clone(),
            name: session.identified.name.clone(),
            access_token: session.tokens.access_token.clone(),
            refresh_token: session.tokens.refresh_token.clone(),
            id_token: session.tokens.id_token.clone(),
            expires_at_ms: session.expires_at_ms,
            representations: session.representations.clone(),
            test_person: session.test_person,
        };
        let mut json = serde_json::to_string(&stored).expect("a session serialises");
        let saved = self.store.set(&Sessions::entry(issuer), &json);
        json.zeroize();
        saved
    }

    /// The session with this issuer, if there is one (expired or not).
    pub fn load(&self, issuer: &str) -> Result<Option<Session>, KeychainError> {
        let Some(json) = self.store.get(&Sessions::entry(issuer))? else {
            return Ok(None);
        };
        let stored: Stored =
            serde_json::from_str(&json).map_err(|_| KeychainError::Malformed(Sessions::entry(issuer)))?;
        Ok(Some(Session {
            identified: Identified {
                subject: stored.subject.clone(),
                name: stored.name.clone(),
            },
            tokens: Tokens {
                access_token: stored.access_token.clone(),
                refresh_token: stored.refresh_token.clone(),
                id_token: stored.id_token.clone(),
                expires_in_s: None,
            },
            expires_at_ms: stored.expires_at_ms,
            representations: stored.representations.clone(),
            test_person: stored.test_person,
        }))
    }

    /// Logging out: the tokens are gone from the keychain.
    pub fn delete(&self, issuer: &str) -> Result<(), KeychainError> {
        self.store.delete(&Sessions::entry(issuer))
    }
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
        let sessions = Sessions::new(store);
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
        sessions.delete(&issuer).unwrap();
        assert_eq!(sessions.load(&issuer).unwrap(), None, "logged out");
    }

    #[test]
    fn a_session_lasts_at_most_a_working_day_whatever_the_provider_says() {
        let now = 1_700_000_000_000;
        let lasting = |expires_in_s| {
            let mut s = session(now);
            s.tokens.expires_in_s = expires_in_s;
            Session::new(s.identified, s.tokens, now).expires_at_ms.unwrap() - now
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
