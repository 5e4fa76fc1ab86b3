//! The commands of the services in use (guide chapter 4): the summary of a service's current
//! data. The network is reached holding no lock, so other commands go on meanwhile.

use kanta_domain::{
    model::{Change, Service},
    validation::Finding,
};

use super::App;
use crate::{
    error::Error,
    sending::Sending,
    service_summary::{self, ChangeOutcome, Reach, ServiceSummary},
};

impl App {
    /// The summary of a service the organisation uses: fresh from the Kanta service when it
    /// answers, else the copy kept here with the reason.
    pub fn open_service_in_use(&self, service: Service) -> Result<ServiceSummary, Error> {
        let acting = self.with_acting(|db, acting, _| {
            service_summary::check_in_use(db, acting, service)?;
            Ok(acting.clone())
        })?;
        let session = self.session();
        let reach = Reach {
            courier: self.sending.get().and_then(Sending::courier),
            access_token: session.as_ref().map(|s| s.tokens.access_token.as_str()),
        };
        let answer = service_summary::ask(&reach, acting.key(), service);
        self.with_db(|db| Ok(ServiceSummary::settle(db, &acting, service, answer)?))
    }

    /// The findings of a change to a service in use as if it were sent; stores nothing. For what
    /// the form shows while the user works, such as the contact roles still missing.
    pub fn check_change(&self, service: Service, mut change: Change) -> Result<Vec<Finding>, Error> {
        self.with_acting(|db, acting, _| Ok(service_summary::check_change(db, acting, service, &mut change)?))
    }

    /// Sends a change to a service in use as a change notification (queued, delivered by the
    /// outbox like an application); errors keep it here.
    pub fn send_change(&self, service: Service, change: Change) -> Result<ChangeOutcome, Error> {
        let outcome =
            self.with_acting(|db, acting, _| Ok(service_summary::send_change(db, acting, service, change)?))?;
        if outcome.queued {
            self.wake_sending();
        }
        Ok(outcome)
    }
}
