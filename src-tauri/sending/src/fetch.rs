//! Fetching a service in use's current data for its summary (guide 4.1), and what the answer
//! means: the data, "not in use", "log in again", or no usable answer (offline, the service
//! down). Unlike an application's delivery nothing waits in the outbox: the summary shows the
//! copy fetched last and says why it is not fresh, and the user may try again.

use thiserror::Error;

use kanta_domain::{
    codes,
    model::{Service, ServiceInUse},
};

use super::{Courier, Outcome};

#[derive(Debug, Error, PartialEq, Eq)]
pub enum FetchError {
    /// 401: the session is no longer accepted.
    #[error("the service did not accept the session")]
    LoginRequired,
    /// 403 or 404: the service holds no such customer relationship for this person.
    #[error("the service holds no such service in use (HTTP {0})")]
    NotInUse(u16),
    /// No answer, or a status that says nothing about the data (5xx, 429, …).
    #[error("no usable answer from the service")]
    Unavailable,
    /// A 200 whose body is not the API's shape.
    #[error("the service's answer cannot be read: {0}")]
    Unreadable(String),
}

/// The current data of `service` of the customer with `business_id`.
pub fn service_in_use(
    courier: &Courier,
    access_token: &str,
    business_id: &str,
    service: Service,
) -> Result<ServiceInUse, FetchError> {
    let outcome = courier.customer_service(access_token, business_id, &codes::name(&service));
    let Outcome::Answered { status, body, .. } = outcome else {
        return Err(FetchError::Unavailable);
    };
    read_answer(status, &body, service)
}

/// What the service's answer (`status`, `body`) says of `service`'s data. Whatever the body, it
/// ends in one of the outcomes, never a panic, and an unreadable one is told by its position
/// only, never by what it holds.
pub fn read_answer(status: u16, body: &[u8], service: Service) -> Result<ServiceInUse, FetchError> {
    match status {
        200 => {
            let mut data: ServiceInUse = serde_json::from_slice(body)
                // The position only: the body holds names and phone numbers.
                .map_err(|e| {
                    FetchError::Unreadable(format!("{:?} at line {} column {}", e.classify(), e.line(), e.column()))
                })?;
            if data.service != service {
                return Err(FetchError::Unreadable("the answer is about another service".into()));
            }
            // The contract lists at most this many; a longer list is cut, not shown whole.
            data.changes.truncate(kanta_domain::model::ChangeRecord::MAX);
            Ok(data)
        }
        401 => Err(FetchError::LoginRequired),
        403 | 404 => Err(FetchError::NotInUse(status)),
        _ => Err(FetchError::Unavailable),
    }
}
