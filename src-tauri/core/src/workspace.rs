//! The organisation the user acts for, and the start screen: its applications (drafts and sent
//! ones) and the services it may apply for, each with what the user can do about it.
//!
//! In the built-in test environment the organisations are `test_environment::ORGANISATIONS`
//! and the person is its test person; identification (a later issue) replaces both with what
//! the Kanta service says the identified person may act for.

use serde::Serialize;
use thiserror::Error;
use ts_rs::TS;

use crate::{
    identity::Identity,
    model::{ApplicationStatus, CustomerType, Draft, OrganisationProfile, RegisterData, Service},
    storage::{Database, StorageError},
    test_environment::{self, TestOrganisation},
    wizard::{rules, StepId},
};

#[derive(Debug, Error)]
pub enum WorkspaceError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("the user may not act for that organisation")]
    UnknownOrganisation,
}

/// The organisation the user acts for, and who they are.
#[derive(Debug, Clone)]
pub struct ActingFor {
    pub customer_type: CustomerType,
    /// From the base registers: read-only, always the register's current data.
    pub register: RegisterData,
    pub identity: Identity,
    pub test_environment: bool,
}

impl ActingFor {
    fn test(org: &TestOrganisation) -> ActingFor {
        ActingFor {
            customer_type: org.customer_type,
            register: org.register(),
            identity: test_environment::person(org),
            test_environment: true,
        }
    }

    /// The key the organisation's data is stored under: its business ID.
    pub fn key(&self) -> &str {
        &self.register.business_id
    }

    /// The organisation chosen last, or the default on a fresh install.
    pub fn current(db: &Database) -> Result<ActingFor, WorkspaceError> {
        let chosen = db.acting_for()?;
        let org = chosen
            .as_deref()
            .and_then(test_environment::organisation)
            .unwrap_or_else(test_environment::default_organisation);
        Ok(ActingFor::test(org))
    }

    /// Acts for the organisation with this business ID from now on, if the user may.
    pub fn choose(db: &Database, business_id: &str) -> Result<ActingFor, WorkspaceError> {
        let org = test_environment::organisation(business_id).ok_or(WorkspaceError::UnknownOrganisation)?;
        db.set_acting_for(org.business_id)?;
        tracing::info!(customer_type = ?org.customer_type, "organisation chosen");
        Ok(ActingFor::test(org))
    }

    /// The organisation's profile: as stored, with the register's data as it is now (the user
    /// never edits it), or a new one.
    pub fn profile(&self, db: &Database) -> Result<OrganisationProfile, StorageError> {
        let mut profile = db.organisation(self.key())?.unwrap_or_default();
        profile.customer_type = self.customer_type;
        profile.register = self.register.clone();
        Ok(profile)
    }
}

/// An organisation the user may act for.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationChoice {
    pub business_id: String,
    pub name: String,
    pub customer_type: CustomerType,
}

/// One of the organisation's applications in the start screen's list.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationRow {
    pub draft_id: i64,
    pub service: Service,
    pub status: ApplicationStatus,
    /// Milliseconds since the Unix epoch.
    pub updated_at_ms: i64,
    /// The step the user left it on.
    pub current_step: StepId,
    /// How far it is: the steps to fill in (all but the thanks page) and how many of them are
    /// completed.
    pub completed_steps: u32,
    pub total_steps: u32,
    /// Not sent yet, so it may be deleted (a sent one is kept as a record).
    pub deletable: bool,
}

impl ApplicationRow {
    fn new(draft: &Draft, profile: &OrganisationProfile) -> ApplicationRow {
        let ctx = crate::validation::application::context(profile, &draft.content.application);
        let steps: Vec<StepId> = crate::wizard::steps(ctx)
            .into_iter()
            .filter(|s| *s != StepId::Thanks)
            .collect();
        let completed = steps
            .iter()
            .filter(|s| draft.content.state(**s) == crate::wizard::progress::StepState::Completed)
            .count();
        ApplicationRow {
            draft_id: draft.id,
            service: draft.service,
            status: draft.status(),
            updated_at_ms: draft.updated_at_ms,
            current_step: draft.content.current_step,
            completed_steps: completed as u32,
            total_steps: steps.len() as u32,
            deletable: !draft.status().is_sent(),
        }
    }
}

/// What the user can do about a service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case", rename_all_fields = "camelCase")]
pub enum ServiceOffer {
    /// Start an application.
    Apply,
    /// Continue the application not sent yet.
    Continue { draft_id: i64 },
    /// An application was sent and is on its way; a new one waits for its outcome.
    Sent { draft_id: i64 },
    /// The organisation uses the service already.
    InUse,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceRow {
    pub service: Service,
    pub offer: ServiceOffer,
}

/// The start screen.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StartView {
    pub organisation: RegisterData,
    pub customer_type: CustomerType,
    pub identity: Identity,
    pub test_environment: bool,
    /// The organisations the user may act for.
    pub organisations: Vec<OrganisationChoice>,
    pub applications: Vec<ApplicationRow>,
    /// The services this kind of customer may apply for (the "Palvelut ja asiakastiedot" menu).
    pub services: Vec<ServiceRow>,
    /// The largest application file imported, in bytes: the UI reads no more of a file than this
    /// (and one byte), the core refuses a larger one.
    pub import_limit_bytes: u32,
}

impl StartView {
    pub fn new(db: &Database, acting: &ActingFor) -> Result<StartView, StorageError> {
        let profile = acting.profile(db)?;
        let drafts = db.drafts_of(acting.key())?;
        Ok(StartView {
            organisation: acting.register.clone(),
            customer_type: acting.customer_type,
            identity: acting.identity.clone(),
            test_environment: acting.test_environment,
            organisations: test_environment::ORGANISATIONS
                .iter()
                .map(|o| OrganisationChoice {
                    business_id: o.business_id.to_owned(),
                    name: o.name.to_owned(),
                    customer_type: o.customer_type,
                })
                .collect(),
            applications: drafts.iter().map(|d| ApplicationRow::new(d, &profile)).collect(),
            services: rules::services_for(acting.customer_type)
                .into_iter()
                .map(|service| ServiceRow {
                    service,
                    offer: offer(service, &profile, &drafts),
                })
                .collect(),
            import_limit_bytes: crate::model::document::MAX_FILE_BYTES as u32,
        })
    }
}

/// What the user can do about `service`, given the organisation's services in use and its
/// applications (`drafts`, the most recently edited first).
pub fn offer(service: Service, profile: &OrganisationProfile, drafts: &[Draft]) -> ServiceOffer {
    if profile.services_in_use.contains(&service) {
        return ServiceOffer::InUse;
    }
    let of_service = || drafts.iter().filter(|d| d.service == service);
    if let Some(d) = of_service().find(|d| d.status().is_sent() && is_pending(d.status())) {
        return ServiceOffer::Sent { draft_id: d.id };
    }
    match of_service().find(|d| !d.status().is_sent()) {
        Some(d) => ServiceOffer::Continue { draft_id: d.id },
        None => ServiceOffer::Apply,
    }
}

/// Sent and not yet decided: neither approved (the service is then in use) nor returned.
fn is_pending(status: ApplicationStatus) -> bool {
    !matches!(status, ApplicationStatus::Approved | ApplicationStatus::Returned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::DraftContent;

    fn draft(id: i64, service: Service, status: ApplicationStatus) -> Draft {
        let mut content = DraftContent::new(service);
        content.application.status = status;
        Draft {
            id,
            organisation: "x".into(),
            service,
            content,
            updated_at_ms: 0,
        }
    }

    #[test]
    fn each_service_offers_what_its_applications_allow() {
        let mut profile = OrganisationProfile::default();
        let rx = Service::Prescription;
        assert_eq!(offer(rx, &profile, &[]), ServiceOffer::Apply);
        let drafts = [draft(1, rx, ApplicationStatus::Draft)];
        assert_eq!(offer(rx, &profile, &drafts), ServiceOffer::Continue { draft_id: 1 });
        assert_eq!(offer(Service::ImagingArchive, &profile, &drafts), ServiceOffer::Apply);
        let drafts = [draft(2, rx, ApplicationStatus::WaitingToBeSent)];
        assert_eq!(offer(rx, &profile, &drafts), ServiceOffer::Sent { draft_id: 2 });
        let drafts = [draft(3, rx, ApplicationStatus::Returned)];
        assert_eq!(
            offer(rx, &profile, &drafts),
            ServiceOffer::Apply,
            "a returned one may be made again"
        );
        profile.services_in_use.insert(rx);
        assert_eq!(offer(rx, &profile, &[]), ServiceOffer::InUse);
    }

    #[test]
    fn a_fresh_install_acts_for_the_default_test_organisation_and_remembers_a_choice() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path(), &crate::storage::test_key()).unwrap();
        let acting = ActingFor::current(&db).unwrap();
        assert_eq!(acting.key(), test_environment::default_organisation().business_id);
        assert!(acting.test_environment && acting.identity.test_person);

        let chosen = ActingFor::choose(&db, "2449489-3").unwrap();
        assert_eq!(chosen.customer_type, CustomerType::HealthCareOrganisation);
        assert_eq!(ActingFor::current(&db).unwrap().key(), "2449489-3");
        assert!(matches!(
            ActingFor::choose(&db, "1234567-1"),
            Err(WorkspaceError::UnknownOrganisation)
        ));
        assert_eq!(
            ActingFor::current(&db).unwrap().key(),
            "2449489-3",
            "a refused choice changes nothing"
        );

        let start = StartView::new(&db, &chosen).unwrap();
        let services: Vec<Service> = start.services.iter().map(|s| s.service).collect();
        assert_eq!(
            services,
            vec![
                Service::PatientDataRepository,
                Service::Prescription,
                Service::ImagingArchive
            ]
        );
        assert!(start.services.iter().all(|s| s.offer == ServiceOffer::Apply));
        assert!(start.applications.is_empty());

        let mut content = crate::model::DraftContent::new(Service::Prescription);
        content
            .progress
            .insert(StepId::Instructions, crate::wizard::progress::StepState::Completed);
        db.insert_draft(chosen.key(), &content).unwrap();
        let row = &StartView::new(&db, &chosen).unwrap().applications[0];
        assert_eq!(row.completed_steps, 1);
        let ctx = crate::validation::application::context(&chosen.profile(&db).unwrap(), &content.application);
        assert_eq!(
            row.total_steps as usize,
            crate::wizard::steps(ctx).len() - 1,
            "all but thanks"
        );
        assert_eq!(start.organisations.len(), test_environment::ORGANISATIONS.len());
    }
}
