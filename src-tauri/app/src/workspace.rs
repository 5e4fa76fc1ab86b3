//! The organisation the user acts for, and the start screen: its applications (drafts and sent
//! ones) and the services it may apply for, each with what the user can do about it.
//!
//! Logged in, the user acts for one of the organisations the service named for them
//! (`identity::Representation`), as that person. Logged out (filling in drafts needs no
//! login) the user goes on with an organisation worked on before on this computer, as nobody:
//! accepting, signing and sending then ask for a login. On a fresh install the built-in test
//! environment starts with its first test organisation.

use std::collections::BTreeSet;

use serde::Serialize;
use thiserror::Error;
use ts_rs::TS;

use kanta_domain::{
    delivery::Delivery,
    identity::{self, Identity, Representation},
    model::{
        application::SigningBasis, ApplicationStatus, CustomerType, DraftSummary, OrganisationProfile, RegisterData,
        Service,
    },
    rules,
    step::StepId,
    test_environment,
};
use kanta_identification::session::Session;
use kanta_storage::{
    outbox::{ChangeDelivery, Origin, TEST_ENVIRONMENT_DESTINATION},
    Database, StorageError,
};

use crate::change_list::{self, ChangeView};

#[derive(Debug, Error)]
pub enum WorkspaceError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("the user may not act for that organisation")]
    UnknownOrganisation,
    /// Logged in, and the person may act for several organisations, none chosen yet.
    #[error("the person has not chosen an organisation")]
    ChooseOrganisation,
    /// Logged in, and the service names no organisation the person may act for.
    #[error("the person may act for no organisation")]
    NoOrganisations,
    /// Logged out, with no organisation known on this computer: only a login can say which.
    #[error("no organisation is known before a login")]
    LogInFirst,
}

/// Who is using the app, as far as the workspace is concerned.
#[derive(Debug, Clone, Copy)]
pub struct Who<'a> {
    /// The session, while it is valid.
    pub session: Option<&'a Session>,
    pub test_environment: bool,
    /// The service what is sent goes to (`kanta_storage::outbox::Origin`); `None`: the
    /// identification settings cannot be read, and nothing is sent.
    pub destination: Option<&'a str>,
}

impl Who<'static> {
    /// Nobody logged in, in the built-in test environment (a fresh install).
    pub const LOGGED_OUT_TEST_ENVIRONMENT: Who<'static> = Who {
        session: None,
        test_environment: true,
        destination: Some(TEST_ENVIRONMENT_DESTINATION),
    };
}

/// The organisation the user acts for, and who they are.
#[derive(Debug, Clone)]
pub struct ActingFor {
    pub customer_type: CustomerType,
    /// From the base registers: read-only, always the register's current data.
    pub register: RegisterData,
    /// The person logged in, as whom they act; `None` when logged out.
    pub identity: Option<Identity>,
    /// Where what they send goes and as whom; `None` when logged out (or nothing can be sent).
    pub origin: Option<Origin>,
    pub test_environment: bool,
    /// The services the service's customer register says it uses (the login's answer, or the
    /// test environment's): added to those known here.
    pub services_in_use: BTreeSet<Service>,
}

impl ActingFor {
    /// The key the organisation's data is stored under: its business ID.
    pub fn key(&self) -> &str {
        &self.register.business_id
    }

    /// The organisation chosen last, if the user may act for it now; logged in with one
    /// organisation, that one; logged out on a fresh install, the test environment's first.
    pub fn current(db: &Database, who: Who) -> Result<ActingFor, WorkspaceError> {
        let chosen = db.acting_for()?;
        if let Some(session) = who.session {
            let representations = &session.representations;
            let found = chosen
                .as_deref()
                .and_then(|key| identity::find(representations, key))
                .or(match representations.as_slice() {
                    [only] => Some(only),
                    _ => None,
                });
            return match found {
                Some(rep) => ActingFor::as_person(db, who, session, rep),
                None if representations.is_empty() => Err(WorkspaceError::NoOrganisations),
                None => Err(WorkspaceError::ChooseOrganisation),
            };
        }
        // One keyed read: this runs for every autosave.
        let found = match chosen {
            Some(key) => known_organisation(db, who, &key)?,
            None if who.test_environment => Some(test_profile(test_environment::default_organisation())),
            None => None,
        };
        let org = found.ok_or(WorkspaceError::LogInFirst)?;
        Ok(ActingFor {
            customer_type: org.customer_type,
            register: org.register,
            identity: None,
            origin: None,
            test_environment: who.test_environment,
            services_in_use: org.services_in_use,
        })
    }

    /// Acts for the organisation with this business ID from now on, if the user may: logged
    /// in, one the service named; logged out, one known on this computer.
    pub fn choose(db: &Database, who: Who, business_id: &str) -> Result<ActingFor, WorkspaceError> {
        let may = match who.session {
            Some(session) => identity::find(&session.representations, business_id).is_some(),
            None => known_organisation(db, who, business_id)?.is_some(),
        };
        if !may {
            return Err(WorkspaceError::UnknownOrganisation);
        }
        db.set_acting_for(business_id)?;
        let acting = ActingFor::current(db, who)?;
        tracing::info!(customer_type = ?acting.customer_type, "organisation chosen");
        Ok(acting)
    }

    /// As the logged-in person, for an organisation the service named. The register data the
    /// service gave is stored with the organisation's profile, so that the organisation is known
    /// here when logged out.
    fn as_person(
        db: &Database,
        who: Who,
        session: &Session,
        rep: &Representation,
    ) -> Result<ActingFor, WorkspaceError> {
        let acting = ActingFor {
            customer_type: rep.customer_type,
            register: rep.organisation.clone(),
            identity: Some(Identity {
                name: session.identified.name.clone(),
                basis: rep.basis,
                test_person: session.test_person,
            }),
            origin: who.destination.map(|destination| Origin {
                destination: destination.to_owned(),
                signer: session.identified.subject.clone(),
            }),
            test_environment: who.test_environment,
            services_in_use: rep.services_in_use.clone(),
        };
        let stored = db.organisation(acting.key())?;
        let known = stored.as_ref().is_some_and(|p| {
            p.register == acting.register
                && p.customer_type == acting.customer_type
                && p.services_in_use.is_superset(&acting.services_in_use)
        });
        if !known {
            db.save_organisation(acting.key(), &acting.profile(db)?)?;
        }
        if db.acting_for()?.as_deref() != Some(acting.key()) {
            db.set_acting_for(acting.key())?;
        }
        Ok(acting)
    }

    /// The organisation's profile: as stored, with the register's data as it is now (the user
    /// never edits it) and the services the service says it uses, or a new one.
    pub fn profile(&self, db: &Database) -> Result<OrganisationProfile, StorageError> {
        let mut profile = db.organisation(self.key())?.unwrap_or_default();
        profile.customer_type = self.customer_type;
        profile.register = self.register.clone();
        profile.services_in_use.extend(&self.services_in_use);
        Ok(profile)
    }
}

/// The organisations known on this computer, for working logged out: those with a profile
/// stored here (from an earlier login or earlier work) and, in the test environment, its own.
fn known_organisations(db: &Database, who: Who) -> Result<Vec<OrganisationProfile>, StorageError> {
    let mut known: Vec<OrganisationProfile> = Vec::new();
    if who.test_environment {
        known.extend(test_environment::ORGANISATIONS.iter().map(test_profile));
    }
    for profile in db.organisations()? {
        let business_id = &profile.register.business_id;
        if !business_id.is_empty() && !known.iter().any(|k| &k.register.business_id == business_id) {
            known.push(profile);
        }
    }
    Ok(known)
}

/// The one organisation of `known_organisations` with this business ID, if it is known here.
fn known_organisation(db: &Database, who: Who, business_id: &str) -> Result<Option<OrganisationProfile>, StorageError> {
    let test = who
        .test_environment
        .then(|| test_environment::organisation(business_id))
        .flatten();
    if let Some(org) = test {
        return Ok(Some(test_profile(org)));
    }
    Ok(db
        .organisation(business_id)?
        .filter(|p| !p.register.business_id.is_empty()))
}

/// A test organisation as a profile with nothing but its register data.
fn test_profile(org: &test_environment::TestOrganisation) -> OrganisationProfile {
    OrganisationProfile {
        customer_type: org.customer_type,
        register: org.register(),
        services_in_use: org.services_in_use.iter().copied().collect(),
        ..OrganisationProfile::default()
    }
}

/// What the start screen shows: the organisation's start view, or what must happen first.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "kind", rename_all = "kebab-case", rename_all_fields = "camelCase")]
pub enum Start {
    Ready {
        view: StartView,
    },
    /// The person may act for several organisations: which one?
    ChooseOrganisation {
        organisations: Vec<OrganisationChoice>,
    },
    /// The person may act for none: the guide's advice.
    NoOrganisations,
    /// Nothing is known here before a login.
    LogInFirst,
}

impl Start {
    pub fn open(db: &Database, who: Who) -> Result<Start, StorageError> {
        match ActingFor::current(db, who) {
            Ok(acting) => Ok(Start::Ready {
                view: StartView::new(db, &acting, who)?,
            }),
            Err(WorkspaceError::ChooseOrganisation) => Ok(Start::ChooseOrganisation {
                organisations: choices(db, who)?,
            }),
            Err(WorkspaceError::NoOrganisations) => Ok(Start::NoOrganisations),
            Err(WorkspaceError::LogInFirst | WorkspaceError::UnknownOrganisation) => Ok(Start::LogInFirst),
            Err(WorkspaceError::Storage(err)) => Err(err),
        }
    }
}

/// The organisations the user may choose between now.
fn choices(db: &Database, who: Who) -> Result<Vec<OrganisationChoice>, StorageError> {
    let choice = |register: &RegisterData, customer_type: CustomerType, basis| OrganisationChoice {
        business_id: register.business_id.clone(),
        name: register.name.clone(),
        customer_type,
        basis,
    };
    Ok(match who.session {
        Some(session) => session
            .representations
            .iter()
            .map(|r| choice(&r.organisation, r.customer_type, Some(r.basis)))
            .collect(),
        None => known_organisations(db, who)?
            .iter()
            .map(|p| choice(&p.register, p.customer_type, None))
            .collect(),
    })
}

/// An organisation the user may act for.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct OrganisationChoice {
    pub business_id: String,
    pub name: String,
    pub customer_type: CustomerType,
    /// Logged in: on what grounds the person may act for it.
    pub basis: Option<SigningBasis>,
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
    /// Sent: how its delivery goes.
    pub delivery: Option<Delivery>,
}

impl ApplicationRow {
    fn new(draft: &DraftSummary, profile: &OrganisationProfile, delivery: Option<Delivery>) -> ApplicationRow {
        let ctx = rules::context_for(profile, draft.service);
        let steps: Vec<StepId> = rules::steps(ctx).into_iter().filter(|s| *s != StepId::Thanks).collect();
        let completed = steps.iter().filter(|s| draft.completed.contains(s)).count();
        ApplicationRow {
            draft_id: draft.id,
            service: draft.service,
            status: draft.status,
            updated_at_ms: draft.updated_at_ms,
            current_step: draft.current_step,
            completed_steps: completed as u32,
            total_steps: steps.len() as u32,
            deletable: !draft.status.is_sent(),
            delivery,
        }
    }
}

/// The most recently edited of the organisation's applications: the start screen shows a page
/// and the user asks for more, so that an organisation with thousands opens as fast as one with
/// a few.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationList {
    pub rows: Vec<ApplicationRow>,
    /// How many applications the organisation has in all.
    pub total: u32,
}

impl ApplicationList {
    /// How many rows the start screen shows at first, and how many more each time it is asked.
    pub const PAGE: u32 = 50;

    /// The first `limit` of the organisation's applications.
    pub fn first(db: &Database, acting: &ActingFor, limit: u32) -> Result<ApplicationList, StorageError> {
        let drafts = db.summaries_of(acting.key())?;
        ApplicationList::of(db, acting, &acting.profile(db)?, &drafts, limit)
    }

    /// The first `limit` of `drafts` (the organisation's, as listed).
    fn of(
        db: &Database,
        acting: &ActingFor,
        profile: &OrganisationProfile,
        drafts: &[DraftSummary],
        limit: u32,
    ) -> Result<ApplicationList, StorageError> {
        let mut deliveries = db.deliveries_of(acting.key())?;
        Ok(ApplicationList {
            rows: drafts
                .iter()
                .take(limit as usize)
                .map(|d| ApplicationRow::new(d, profile, deliveries.remove(&d.id)))
                .collect(),
            total: drafts.len() as u32,
        })
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
    /// The service returned the latest application for correction: it can be amended.
    Returned { draft_id: i64 },
    /// The organisation uses the service already.
    InUse,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceRow {
    pub service: Service,
    pub offer: ServiceOffer,
    /// For a service in use: its latest change notification as far as this computer knows
    /// (sent from here, or listed in the service's answer kept here), so the start screen says
    /// where it is without a fetch.
    pub latest_change: Option<ChangeView>,
}

impl ServiceRow {
    /// `sent`: the organisation's change notifications from the outbox, read once for all rows.
    fn new(
        db: &Database,
        acting: &ActingFor,
        profile: &OrganisationProfile,
        drafts: &[DraftSummary],
        sent: &[ChangeDelivery],
        service: Service,
    ) -> Result<ServiceRow, StorageError> {
        let offer = offer(service, profile, drafts);
        let latest_change = match offer {
            ServiceOffer::InUse => {
                let kept = db.service_in_use(acting.key(), service)?;
                let listed = kept.map(|k| k.data.changes).unwrap_or_default();
                change_list::of(sent, service, &listed).into_iter().next()
            }
            _ => None,
        };
        Ok(ServiceRow {
            service,
            offer,
            latest_change,
        })
    }
}

/// The start screen.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StartView {
    pub organisation: RegisterData,
    pub customer_type: CustomerType,
    /// The person logged in; `None` when logged out.
    pub identity: Option<Identity>,
    pub test_environment: bool,
    /// The organisations the user may act for.
    pub organisations: Vec<OrganisationChoice>,
    /// The first page of the organisation's applications.
    pub applications: ApplicationList,
    /// The services this kind of customer may apply for (the "Palvelut ja asiakastiedot" menu).
    pub services: Vec<ServiceRow>,
    /// The largest application file imported, in bytes: the UI reads no more of a file than this
    /// (and one byte), the core refuses a larger one.
    pub import_limit_bytes: u32,
}

impl StartView {
    pub fn new(db: &Database, acting: &ActingFor, who: Who) -> Result<StartView, StorageError> {
        let profile = acting.profile(db)?;
        let drafts = db.summaries_of(acting.key())?;
        // Only a customer already can have sent changes: the others' start screen asks nothing more.
        let sent = match profile.services_in_use.is_empty() {
            true => Vec::new(),
            false => db.changes_of(acting.key())?,
        };
        Ok(StartView {
            organisation: acting.register.clone(),
            customer_type: acting.customer_type,
            identity: acting.identity.clone(),
            test_environment: acting.test_environment,
            organisations: choices(db, who)?,
            applications: ApplicationList::of(db, acting, &profile, &drafts, ApplicationList::PAGE)?,
            services: rules::services_for(acting.customer_type)
                .into_iter()
                .map(|service| ServiceRow::new(db, acting, &profile, &drafts, &sent, service))
                .collect::<Result<_, _>>()?,
            import_limit_bytes: kanta_domain::model::document::MAX_FILE_BYTES as u32,
        })
    }
}

/// What the user can do about `service`, given the organisation's services in use and its
/// applications (`drafts`, the most recently edited first).
pub fn offer(service: Service, profile: &OrganisationProfile, drafts: &[DraftSummary]) -> ServiceOffer {
    if profile.services_in_use.contains(&service) {
        return ServiceOffer::InUse;
    }
    let of_service = || drafts.iter().filter(|d| d.service == service);
    if let Some(d) = of_service().find(|d| d.status.is_sent() && is_pending(d.status)) {
        return ServiceOffer::Sent { draft_id: d.id };
    }
    if let Some(d) = of_service().find(|d| !d.status.is_sent()) {
        return ServiceOffer::Continue { draft_id: d.id };
    }
    match of_service().find(|d| d.status.is_sent()) {
        Some(d) if d.status.may_be_amended() => ServiceOffer::Returned { draft_id: d.id },
        _ => ServiceOffer::Apply,
    }
}

/// Sent and not yet decided: neither approved (the service is then in use), returned, nor
/// refused.
fn is_pending(status: ApplicationStatus) -> bool {
    !matches!(
        status,
        ApplicationStatus::Approved | ApplicationStatus::Returned | ApplicationStatus::Refused
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(id: i64, service: Service, status: ApplicationStatus) -> DraftSummary {
        DraftSummary {
            id,
            service,
            status,
            current_step: StepId::Instructions,
            completed: vec![],
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
            ServiceOffer::Returned { draft_id: 3 },
            "to amend"
        );
        let drafts = [
            draft(4, rx, ApplicationStatus::Draft),
            draft(3, rx, ApplicationStatus::Returned),
        ];
        assert_eq!(
            offer(rx, &profile, &drafts),
            ServiceOffer::Continue { draft_id: 4 },
            "the amendment"
        );
        let drafts = [draft(5, rx, ApplicationStatus::Refused)];
        assert_eq!(
            offer(rx, &profile, &drafts),
            ServiceOffer::Apply,
            "a refused one is made anew"
        );
        profile.services_in_use.insert(rx);
        assert_eq!(offer(rx, &profile, &[]), ServiceOffer::InUse);
    }

    fn open() -> (tempfile::TempDir, Database) {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path(), &kanta_storage::test_support::test_key()).unwrap();
        (dir, db)
    }

    fn logged_in(session: &Session, test_environment: bool) -> Who<'_> {
        Who {
            session: Some(session),
            test_environment,
            destination: Some(TEST_ENVIRONMENT_DESTINATION),
        }
    }

    #[test]
    fn a_fresh_install_acts_for_the_default_test_organisation_and_remembers_a_choice() {
        let (_dir, db) = open();
        let who = Who::LOGGED_OUT_TEST_ENVIRONMENT;
        let acting = ActingFor::current(&db, who).unwrap();
        assert_eq!(acting.key(), test_environment::default_organisation().business_id);
        assert!(acting.test_environment && acting.identity.is_none(), "nobody logged in");

        let chosen = ActingFor::choose(&db, who, "2449489-3").unwrap();
        assert_eq!(chosen.customer_type, CustomerType::HealthCareOrganisation);
        assert_eq!(ActingFor::current(&db, who).unwrap().key(), "2449489-3");
        assert!(matches!(
            ActingFor::choose(&db, who, "1234567-1"),
            Err(WorkspaceError::UnknownOrganisation)
        ));
        assert_eq!(
            ActingFor::current(&db, who).unwrap().key(),
            "2449489-3",
            "a refused choice changes nothing"
        );

        let start = StartView::new(&db, &chosen, who).unwrap();
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
        assert!(start.applications.rows.is_empty() && start.applications.total == 0);

        let mut content = kanta_domain::model::DraftContent::new(Service::Prescription);
        content
            .progress
            .insert(StepId::Instructions, kanta_domain::step::StepState::Completed);
        db.insert_draft(chosen.key(), &content).unwrap();
        let row = &StartView::new(&db, &chosen, who).unwrap().applications.rows[0];
        assert_eq!(row.completed_steps, 1);
        let ctx = kanta_domain::rules::context(&chosen.profile(&db).unwrap(), &content.application);
        assert_eq!(
            row.total_steps as usize,
            kanta_domain::rules::steps(ctx).len() - 1,
            "all but thanks"
        );
        assert_eq!(start.organisations.len(), test_environment::ORGANISATIONS.len());
    }

    /// The start screen lists a page; the offers still see every application, also the ones
    /// further down the list.
    #[test]
    fn the_list_comes_in_pages_and_the_offers_see_past_the_first() {
        let (_dir, db) = open();
        let who = Who::LOGGED_OUT_TEST_ENVIRONMENT;
        let acting = ActingFor::choose(&db, who, "2449489-3").unwrap();
        let oldest = db
            .insert_draft(
                acting.key(),
                &kanta_domain::model::DraftContent::new(Service::Prescription),
            )
            .unwrap();
        let mut sent = kanta_domain::model::DraftContent::new(Service::ImagingArchive);
        sent.application.status = ApplicationStatus::Approved;
        let page = ApplicationList::PAGE as usize;
        for _ in 0..page + 20 {
            db.insert_draft(acting.key(), &sent).unwrap();
        }
        let start = StartView::new(&db, &acting, who).unwrap();
        assert_eq!(start.applications.rows.len(), page);
        assert_eq!(start.applications.total as usize, page + 21);
        assert!(
            start.applications.rows.iter().all(|r| r.draft_id != oldest.id),
            "on a later page"
        );
        let offer_of = |service| start.services.iter().find(|s| s.service == service).unwrap().offer;
        assert_eq!(
            offer_of(Service::Prescription),
            ServiceOffer::Continue { draft_id: oldest.id }
        );

        let more = ApplicationList::first(&db, &acting, 2 * ApplicationList::PAGE).unwrap();
        assert_eq!((more.rows.len(), more.total as usize), (page + 21, page + 21));
        assert_eq!(
            more.rows[..page].iter().map(|r| r.draft_id).collect::<Vec<_>>(),
            start.applications.rows.iter().map(|r| r.draft_id).collect::<Vec<_>>(),
            "the first page first"
        );
        assert_eq!(more.rows.last().unwrap().draft_id, oldest.id, "the oldest last");
    }

    #[test]
    fn logged_in_the_person_acts_for_what_the_service_named_and_as_themselves() {
        let (_dir, db) = open();
        let tiina = Session::of_test_person(test_environment::tiina(), 0);
        // A real issuer: nothing is known here before a login; then Tiina has five to choose from.
        assert!(matches!(
            Start::open(
                &db,
                Who {
                    session: None,
                    test_environment: false,
                    destination: None,
                }
            )
            .unwrap(),
            Start::LogInFirst
        ));
        let Start::ChooseOrganisation { organisations } = Start::open(&db, logged_in(&tiina, false)).unwrap() else {
            panic!("a choice first");
        };
        assert_eq!(organisations.len(), test_environment::ORGANISATIONS.len());
        let acting = ActingFor::choose(&db, logged_in(&tiina, false), "1732050-2").unwrap();
        let identity = acting.identity.clone().unwrap();
        assert_eq!(
            (identity.name.as_str(), identity.basis),
            ("Tiina Testaaja", SigningBasis::Mandate)
        );

        // Logged out, the organisation stays known here with its register data: drafts need no login.
        let logged_out = Who {
            session: None,
            test_environment: false,
            destination: None,
        };
        let offline = ActingFor::current(&db, logged_out).unwrap();
        assert_eq!((offline.key(), offline.identity.clone()), ("1732050-2", None));
        assert_eq!(offline.register.name, "Apteekki Kuusela (testi)");
        assert!(
            matches!(
                ActingFor::choose(&db, logged_out, "3141593-8"),
                Err(WorkspaceError::UnknownOrganisation)
            ),
            "never chosen here: not known"
        );

        // One organisation: chosen for the person. None: the advice.
        let matti = Session::of_test_person(test_environment::person("matti-meikalainen").unwrap(), 0);
        assert_eq!(
            ActingFor::current(&db, logged_in(&matti, true)).unwrap().key(),
            "1732050-2"
        );
        let essi = Session::of_test_person(test_environment::person("essi-esimerkki").unwrap(), 0);
        assert!(matches!(
            Start::open(&db, logged_in(&essi, true)).unwrap(),
            Start::NoOrganisations
        ));
        assert!(
            matches!(
                ActingFor::choose(&db, logged_in(&matti, true), "3141593-8"),
                Err(WorkspaceError::UnknownOrganisation)
            ),
            "not one of Matti's"
        );
    }
}
