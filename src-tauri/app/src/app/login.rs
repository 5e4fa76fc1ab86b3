//! The login commands: a test person of the built-in test environment; the OpenID Connect login
//! through the system browser (begin, wait, cancel), during which the UI shows what is happening
//! and a cancel button; and logout. The rules are identification's (`kanta_identification::
//! current`).

use std::sync::atomic::Ordering;

use kanta_i18n::messages;
use kanta_identification::{current::IdentificationView, LoginError};
use kanta_storage::now_ms;

use super::{logged, App};
use crate::error::Error;

impl App {
    pub fn identification_status(&self) -> Result<IdentificationView, Error> {
        Ok(self.identification()?.view(now_ms()))
    }

    pub fn log_in_test_person(&self, person_id: &str) -> Result<IdentificationView, Error> {
        logged("login", self.as_test_person(person_id))
    }

    fn as_test_person(&self, person_id: &str) -> Result<IdentificationView, Error> {
        let identification = self.identification()?;
        identification.log_in_test_person(person_id, now_ms())?;
        self.resume_sending();
        Ok(identification.view(now_ms()))
    }

    /// Starts a login and opens the issuer's page in the system browser. Answers its URL, which
    /// the UI shows as a link should no browser open. Discovery is network I/O.
    pub fn begin_login(&self) -> Result<String, Error> {
        let pending = logged("login", self.identification().and_then(|id| Ok(id.begin()?)))?;
        let url = pending.authorize_url();
        self.cancel_login.store(false, Ordering::SeqCst);
        *self.pending_login.lock().unwrap_or_else(|p| p.into_inner()) = Some(pending);
        if let Err(err) = self.host.open_browser(&url) {
            tracing::warn!(%err, "no system browser opened; the UI shows the link");
        }
        Ok(url)
    }

    /// Waits for the browser to come back, then checks everything and keeps the session.
    pub fn finish_login(&self) -> Result<IdentificationView, Error> {
        let pending = self.pending_login.lock().unwrap_or_else(|p| p.into_inner()).take();
        let pending = pending.ok_or(Error::Login(LoginError::Cancelled))?;
        let identification = self.identification()?;
        let language = self.language();
        let page = format!(
            "<!doctype html><html lang=\"{}\"><meta charset=\"utf-8\"><title>{}</title><p>{}</p></html>",
            language.tag(),
            self.catalog.text(language, &messages::app_title()),
            self.catalog.text(language, &messages::login_browser_done())
        );
        logged(
            "login",
            identification
                .finish(pending, &self.cancel_login, &page, now_ms)
                .map_err(Error::from),
        )?;
        self.resume_sending();
        Ok(identification.view(now_ms()))
    }

    /// Stops waiting for the browser; `finish_login` then answers "cancelled".
    pub fn cancel_login(&self) {
        self.cancel_login.store(true, Ordering::SeqCst);
    }

    /// Logs out: the session is forgotten and its tokens deleted from the keychain. The drafts
    /// stay as they are.
    pub fn log_out(&self) -> Result<IdentificationView, Error> {
        let identification = self.identification()?;
        identification.log_out().map_err(Error::LogoutKeychain)?;
        Ok(identification.view(now_ms()))
    }
}
