//! The summary of a service in use (guide 4.1, Bild 13): the service's current data, fetched
//! from the Kanta service when it can be and kept in the database, so that it opens offline
//! with the time it was fetched; merged with the organisation as this computer knows it (the
//! base registers' name, business ID and OID).
//!
//! A fresh answer replaces the kept copy. When none comes (offline, the service down, the
//! session not accepted, an answer that cannot be read) the kept copy is shown with the reason;
//! with no copy kept the user is told what to do (connect, log in).

use serde::Serialize;
use thiserror::Error;
use ts_rs::TS;

use kanta_domain::{
    model::{Change, ChangeNotification, Contact, CustomerType, RegisterData, Service, ServiceInUse},
    rules::{self, WizardContext},
    step::StepId,
    validation::{self, change::Removal, FieldSpec, Finding},
};
use kanta_sending::{
    fetch::{self, FetchError},
    Courier,
};
use kanta_storage::{now_ms, services_in_use::Fetched, Database, StorageError};

use crate::{
    change_list::{self, ChangeView},
    wizard_view::{application_rules, ApplicationRules},
    workspace::ActingFor,
};

#[derive(Debug, Error)]
pub enum SummaryError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The organisation does not use the service (as far as this computer or the service knows).
    #[error("the organisation does not use {0:?}")]
    NotInUse(Service),
    /// Nothing kept here, and no fresh answer: why.
    #[error("the service's data was never fetched here, and cannot be now: {0:?}")]
    NotFetched(Stale),
    /// A change notification names the person who makes it: it needs a login.
    #[error("a change notification needs a login")]
    IdentificationRequired,
    /// The screen named a contact the list does not have (a stale window).
    #[error("there is no contact {0}")]
    NoSuchContact(usize),
    /// A change beyond what any application holds (a list over 200, a text over 1,000
    /// characters); nothing of it is checked or queued.
    #[error("the change is too large: {0}")]
    InputTooLarge(#[from] kanta_domain::model::document::ParseError),
}

/// Refuses a part the screen sent that no application could hold, before anything is done
/// with it.
fn within_limits(part: &impl Serialize) -> Result<(), SummaryError> {
    let value = serde_json::to_value(part).expect("the model serialises");
    Ok(kanta_domain::model::document::check_limits(&value)?)
}

/// Why the summary shows the copy kept here rather than a fresh answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Stale {
    /// No answer from the service (offline, or the service is down).
    Offline,
    /// Nobody is logged in, or the service no longer accepts the session.
    LoginRequired,
    /// The service answered with something this app cannot read.
    Unreadable,
}

impl Stale {
    pub const ALL: [Stale; 3] = [Stale::Offline, Stale::LoginRequired, Stale::Unreadable];
}

/// What the summary screen shows.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceSummary {
    pub service: Service,
    /// The organisation as the base registers have it.
    pub organisation: RegisterData,
    pub customer_type: CustomerType,
    pub data: ServiceInUse,
    /// When `data` came from the service, in milliseconds since the Unix epoch.
    pub fetched_at_ms: i64,
    /// `None`: fetched just now; else why the kept copy is shown.
    pub stale: Option<Stale>,
    /// Whether the service is billed for this customer (the rules' billing step), so the
    /// summary has its "Laskutustiedot".
    pub billed: bool,
    /// The billing form's fields, with which are mandatory.
    pub billing_fields: Vec<FieldSpec>,
    /// The contacts form's fields, with which are mandatory.
    pub contact_fields: Vec<FieldSpec>,
    /// The roles offered for this service and what each needs, as the wizard's contacts step
    /// has them.
    pub rules: ApplicationRules,
    /// The change notifications sent from here that concern this service (its billing, or the
    /// contacts, which are the customer's), the latest first.
    pub changes: Vec<ChangeView>,
}

/// What sending a change came to: queued, or not, with the findings that keep it from going.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangeOutcome {
    pub queued: bool,
    pub errors: Vec<Finding>,
    pub warnings: Vec<Finding>,
}

/// How to reach the Kanta service for a fresh answer: the courier (none: sending is off) and
/// the session's access token (none: nobody is logged in).
pub struct Reach<'a> {
    pub courier: Option<&'a Courier>,
    pub access_token: Option<&'a str>,
}

/// What asking the service for a fresh answer came to.
#[derive(Debug)]
pub enum Answer {
    Fresh(ServiceInUse),
    Stale(Stale),
    /// The service holds no such service in use for this customer (or not for this person).
    NotInUse,
}

/// Fails unless the organisation uses `service`: asked before anything goes out.
pub fn check_in_use(db: &Database, acting: &ActingFor, service: Service) -> Result<(), SummaryError> {
    match acting.profile(db)?.services_in_use.contains(&service) {
        true => Ok(()),
        false => Err(SummaryError::NotInUse(service)),
    }
}

/// Asks the service for `service`'s current data of the customer `business_id`. Call it holding
/// no lock: it waits for the network (at most the courier's timeout).
pub fn ask(reach: &Reach, business_id: &str, service: Service) -> Answer {
    let Some(token) = reach.access_token else {
        return Answer::Stale(Stale::LoginRequired);
    };
    let Some(courier) = reach.courier else {
        return Answer::Stale(Stale::Offline);
    };
    match fetch::service_in_use(courier, token, business_id, service) {
        Ok(data) => Answer::Fresh(data),
        Err(FetchError::LoginRequired) => Answer::Stale(Stale::LoginRequired),
        Err(FetchError::NotInUse(status)) => {
            tracing::warn!(status, ?service, "the service holds no such service in use");
            Answer::NotInUse
        }
        Err(FetchError::Unavailable) => Answer::Stale(Stale::Offline),
        Err(err @ FetchError::Unreadable(_)) => {
            tracing::warn!(%err, ?service, "the service's data cannot be read");
            Answer::Stale(Stale::Unreadable)
        }
    }
}

impl ServiceSummary {
    /// The summary after `answer`: a fresh answer is kept (replacing the copy before) and shown;
    /// otherwise the kept copy, with the reason, or what to do when there is none.
    pub fn settle(
        db: &Database,
        acting: &ActingFor,
        service: Service,
        answer: Answer,
    ) -> Result<ServiceSummary, SummaryError> {
        let (fetched, stale) = match answer {
            Answer::Fresh(data) => {
                let fetched = Fetched {
                    data,
                    fetched_at_ms: now_ms(),
                };
                db.atomically(|| {
                    db.save_service_in_use(acting.key(), &fetched.data, fetched.fetched_at_ms)?;
                    let mut profile = acting.profile(db)?;
                    if profile.fill_from(&fetched.data) {
                        db.save_organisation(acting.key(), &profile)?;
                    }
                    Ok(())
                })?;
                (fetched, None)
            }
            Answer::NotInUse => return Err(SummaryError::NotInUse(service)),
            Answer::Stale(reason) => match db.service_in_use(acting.key(), service)? {
                Some(kept) => (kept, Some(reason)),
                None => return Err(SummaryError::NotFetched(reason)),
            },
        };
        let profile = acting.profile(db)?;
        // The service's list of changes is merged into the summary's own, shown once.
        let mut data = fetched.data;
        let listed = std::mem::take(&mut data.changes);
        let changes = change_list::of(&db.changes_of(acting.key())?, service, &listed);
        Ok(ServiceSummary {
            service,
            organisation: acting.register.clone(),
            customer_type: acting.customer_type,
            billed: rules::context_for(&profile, service).has_step(StepId::Billing),
            billing_fields: validation::billing::fields(),
            contact_fields: validation::contacts::fields(),
            rules: application_rules(WizardContext {
                service,
                customer_type: acting.customer_type,
                first_application: false,
            }),
            data,
            fetched_at_ms: fetched.fetched_at_ms,
            stale,
            changes,
        })
    }
}

/// The findings of `change` to `service` in use, normalised in place: the wizard's rules for
/// every service the customer uses. Stores nothing; for what the form shows while the user works
/// (the roles still missing) and for sending.
pub fn check_change(
    db: &Database,
    acting: &ActingFor,
    service: Service,
    change: &mut Change,
) -> Result<Vec<Finding>, SummaryError> {
    within_limits(change)?;
    check_in_use(db, acting, service)?;
    match change {
        Change::Billing { billing } => validation::billing::normalise(billing),
        Change::Contacts { contacts } => contacts.iter_mut().for_each(validation::contacts::normalise),
    }
    let profile = acting.profile(db)?;
    Ok(validation::change::validate(
        change,
        acting.key(),
        acting.customer_type,
        &profile.services_in_use,
    ))
}

/// What deleting contact `index` of `contacts` (the customer's contacts as the form has them)
/// would mean for `service` in use; stores nothing.
pub fn check_contact_removal(
    db: &Database,
    acting: &ActingFor,
    service: Service,
    mut contacts: Vec<Contact>,
    index: usize,
) -> Result<Removal, SummaryError> {
    within_limits(&contacts)?;
    check_in_use(db, acting, service)?;
    contacts.iter_mut().for_each(validation::contacts::normalise);
    let profile = acting.profile(db)?;
    validation::change::removal(
        &contacts,
        index,
        service,
        acting.customer_type,
        &profile.services_in_use,
    )
    .ok_or(SummaryError::NoSuchContact(index))
}

/// Sends `change` to `service` in use as a change notification: normalised and checked by the
/// wizard's rules for every service in use; with no error, queued in the outbox under a new id,
/// naming the person logged in and their basis. Errors keep it from going; warnings do not.
pub fn send_change(
    db: &Database,
    acting: &ActingFor,
    service: Service,
    mut change: Change,
) -> Result<ChangeOutcome, SummaryError> {
    let (Some(identity), Some(origin)) = (&acting.identity, &acting.origin) else {
        return Err(SummaryError::IdentificationRequired);
    };
    let (errors, warnings): (Vec<Finding>, Vec<Finding>) = check_change(db, acting, service, &mut change)?
        .into_iter()
        .partition(Finding::is_error);
    if !errors.is_empty() {
        return Ok(ChangeOutcome {
            queued: false,
            errors,
            warnings,
        });
    }
    let notification = ChangeNotification {
        id: uuid::Uuid::new_v4(),
        business_id: acting.key().to_owned(),
        service,
        change,
        made_by: identity.name.clone(),
        basis: identity.basis,
        made_at: jiff::Timestamp::now(),
    };
    db.queue_change(acting.key(), &notification, origin)?;
    tracing::info!(kind = ?notification.change.kind(), ?service, "change notification queued");
    Ok(ChangeOutcome {
        queued: true,
        errors,
        warnings,
    })
}
