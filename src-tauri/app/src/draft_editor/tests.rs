//! The wizard in the core, on a real SQLite file: every service's application walked from the
//! instructions to the outbox with the example files' data, and the ways a user can go wrong.

use super::*;
use crate::workspace::{StartView, Who};
use kanta_domain::{
    delivery::OutboxState,
    model::{document, CommonRole, Contact, ContactKind, CustomerData, ServiceRole, SigningBasis},
    test_environment,
    validation::ValidationCode,
};
use kanta_identification::session::Session;

const SOCIAL: &str = "3141593-8";
const HEALTH: &str = "2449489-3";
const PRACTITIONER: &str = "2645751-9";
const PHARMACIST: &str = "3316624-2";

struct Fixture {
    _dir: tempfile::TempDir,
    db: Database,
    /// Tiina Testaaja, logged in to the test environment.
    session: Session,
    acting: ActingFor,
}

/// Logged in as the test person who may act for every test organisation, acting for one.
fn acting_for(business_id: &str) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::open_in(dir.path(), &kanta_storage::test_support::test_key()).unwrap();
    let session = Session::of_test_person(test_environment::tiina(), kanta_storage::now_ms());
    let acting = ActingFor::choose(&db, who(&session), business_id).unwrap();
    Fixture {
        _dir: dir,
        db,
        session,
        acting,
    }
}

fn who(session: &Session) -> Who<'_> {
    Who {
        session: Some(session),
        ..Who::LOGGED_OUT_TEST_ENVIRONMENT
    }
}

impl Fixture {
    fn editor(&self) -> DraftEditor<'_> {
        DraftEditor::new(&self.db, &self.acting)
    }
}

fn example(service: Service) -> ApplicationFile {
    let text = match service {
        Service::PatientDataRepository => include_str!("../../../../tests/examples/patient-data-repository.json"),
        Service::ClientDataArchive => include_str!("../../../../tests/examples/client-data-archive.json"),
        Service::Prescription => include_str!("../../../../tests/examples/prescription.json"),
        Service::ImagingArchive => include_str!("../../../../tests/examples/imaging-archive.json"),
    };
    document::parse(text).unwrap()
}

/// What a user fills in on `step`, taken from an example file.
fn input_from(file: &ApplicationFile, step: StepId) -> StepInput {
    let (org, app) = (&file.organisation, &file.application);
    match step {
        StepId::Instructions => StepInput::Instructions,
        StepId::ConnectionPoints => StepInput::ConnectionPoints {
            points: app.connection_points.clone(),
        },
        StepId::ServiceUsage => StepInput::ServiceUsage {
            usage: app.service_usage.clone(),
        },
        StepId::CustomerData => StepInput::CustomerData {
            customer: org.customer.clone(),
        },
        StepId::Contacts => StepInput::Contacts {
            contacts: org.contacts.clone(),
        },
        StepId::Billing => StepInput::Billing {
            billing: app.billing.clone(),
        },
        StepId::ServiceDescription => StepInput::ServiceDescription { accepted: true },
        StepId::Commitment => StepInput::Commitment { signed: true },
        StepId::Summary => StepInput::Summary,
        StepId::Thanks => StepInput::Thanks,
    }
}

/// Fills in every step from `file` with "save and continue" until the draft is on `target`.
fn walk_to(editor: &DraftEditor, mut view: WizardView, file: &ApplicationFile, target: StepId) -> WizardView {
    while view.current != target {
        let from = view.current;
        view = editor
            .submit(view.draft_id, input_from(file, from), StepAction::Continue)
            .unwrap();
        assert_eq!(view.outcome, Some(SubmitOutcome::Moved), "{from:?}: {:?}", view.errors);
        assert_ne!(view.current, from);
    }
    view
}

/// Opens the service's application and fills in every step from `file` until the summary.
fn walk_to_summary(editor: &DraftEditor, service: Service, file: &ApplicationFile) -> WizardView {
    walk_to(editor, editor.open_service(service).unwrap(), file, StepId::Summary)
}

/// The summary's "edit" for `step`.
fn edit_from_summary(editor: &DraftEditor, draft_id: i64, step: StepId) -> Result<WizardView, EditorError> {
    editor.submit(draft_id, StepInput::Summary, StepAction::Edit { step })
}

fn state(view: &WizardView, step: StepId) -> StepState {
    view.steps.iter().find(|s| s.id == step).unwrap().state
}

fn codes(findings: &[Finding]) -> Vec<(&str, ValidationCode)> {
    findings.iter().map(|f| (f.path.as_str(), f.code)).collect()
}

#[test]
fn a_fresh_install_opens_the_instructions_of_a_new_draft() {
    let f = acting_for(SOCIAL);
    let view = f.editor().open_service(Service::ClientDataArchive).unwrap();
    assert_eq!(view.current, StepId::Instructions);
    let steps: Vec<StepId> = view.steps.iter().map(|s| s.id).collect();
    assert_eq!(
        steps,
        rules::steps(WizardContext {
            service: Service::ClientDataArchive,
            customer_type: kanta_domain::model::CustomerType::SocialCareOrganisation,
            first_application: true
        })
    );
    assert!(view.steps.iter().all(|s| s.state == StepState::NotStarted));
    assert_eq!(view.previous, None);
    assert!(view.identity.unwrap().test_person);
    assert_eq!(view.organisation.register, f.acting.register);
    assert!(view.application.id.is_some());
    assert!(view.rules.first_application);
    assert_eq!(
        view.rules.sections,
        [
            StepId::ConnectionPoints,
            StepId::ServiceUsage,
            StepId::CustomerData,
            StepId::Contacts,
            StepId::ServiceDescription,
            StepId::Commitment
        ]
    );
    assert_eq!(
        view.rules
            .service_roles
            .iter()
            .map(|r| (r.role, r.required, r.needs_certificate_card))
            .collect::<Vec<_>>(),
        vec![
            (ServiceRole::BillingContact, false, false),
            (ServiceRole::Archivist, true, true)
        ]
    );
    // Opening the service again continues the same draft.
    assert_eq!(
        f.editor().open_service(Service::ClientDataArchive).unwrap().draft_id,
        view.draft_id
    );
}

#[test]
fn every_service_walks_from_the_instructions_to_the_outbox() {
    for (service, org) in [
        (Service::ClientDataArchive, SOCIAL),
        (Service::PatientDataRepository, HEALTH),
        (Service::Prescription, PRACTITIONER),
        (Service::ImagingArchive, HEALTH),
    ] {
        let f = acting_for(org);
        let file = example(service);
        let view = walk_to_summary(&f.editor(), service, &file);
        assert!(view.errors.is_empty(), "{service:?}");
        assert!(
            view.checks.iter().all(|c| c.errors.is_empty()),
            "{service:?}: {:?}",
            view.checks
        );
        assert_eq!(view.application.status, ApplicationStatus::Ready);
        let accepted = view.application.service_description.as_ref().unwrap();
        assert_eq!(accepted.accepted_by, "Tiina Testaaja");
        let signed = view.application.commitment.as_ref().unwrap();
        assert_eq!(signed.signed_by, "Tiina Testaaja");
        let basis = test_environment::tiina()
            .represents
            .iter()
            .find(|(b, _)| *b == org)
            .unwrap()
            .1;
        assert_eq!(signed.basis, basis);

        let view = f
            .editor()
            .submit(view.draft_id, StepInput::Summary, StepAction::Send)
            .unwrap();
        assert_eq!(view.outcome, Some(SubmitOutcome::Sent), "{service:?}");
        assert_eq!(view.current, StepId::Thanks);
        assert!(view.sent);
        assert_eq!(view.application.status, ApplicationStatus::WaitingToBeSent);
        assert!(
            view.steps.iter().all(|s| s.state == StepState::Completed),
            "{service:?}: {:?}",
            view.steps
        );

        let item = f.db.outbox_item(view.draft_id).unwrap().unwrap();
        assert_eq!(item.state, OutboxState::Waiting);
        assert_eq!(item.idempotency_key, view.application.id.unwrap().to_string());
        let payload = item.payload.application().unwrap();
        assert_eq!(payload.application.service, service);
        assert_eq!(payload.organisation.register, f.acting.register);
        let errors: Vec<Finding> = validation::application::validate(payload)
            .into_iter()
            .filter(Finding::is_error)
            .collect();
        assert_eq!(errors, vec![], "what is sent passes the same check: {service:?}");

        let start = StartView::new(&f.db, &f.acting, who(&f.session)).unwrap();
        let row = start.services.iter().find(|s| s.service == service).unwrap();
        assert_eq!(
            row.offer,
            ServiceOffer::Sent {
                draft_id: view.draft_id
            }
        );
        assert_eq!(start.applications.rows[0].status, ApplicationStatus::WaitingToBeSent);
    }
}

#[test]
fn save_and_continue_stores_invalid_input_and_stays_with_its_errors() {
    let f = acting_for(SOCIAL);
    let editor = f.editor();
    let id = editor.open_service(Service::ClientDataArchive).unwrap().draft_id;
    editor
        .submit(id, StepInput::Instructions, StepAction::Continue)
        .unwrap();
    let bad = StepInput::ConnectionPoints {
        points: vec![kanta_domain::model::ConnectionPoint {
            oid: "1.2.246.10.02430960".into(),
            systems: vec![],
            renewal_requests: false,
        }],
    };
    let view = editor.submit(id, bad, StepAction::Continue).unwrap();
    assert_eq!(view.outcome, Some(SubmitOutcome::Invalid));
    assert_eq!(view.current, StepId::ConnectionPoints);
    assert_eq!(
        codes(&view.errors),
        vec![
            ("application.connectionPoints[0].oid", ValidationCode::Oid),
            ("application.connectionPoints[0].systems", ValidationCode::Required),
        ]
    );
    assert_eq!(
        view.application.connection_points[0].oid, "1.2.246.10.02430960",
        "kept as typed"
    );
    assert_eq!(state(&view, StepId::ConnectionPoints), StepState::HasErrors);
    assert_eq!(view.application.status, ApplicationStatus::Draft);

    // "Previous" keeps the input; returning shows the errors again until they are fixed.
    let view = editor
        .submit(
            id,
            StepInput::ConnectionPoints {
                points: view.application.connection_points.clone(),
            },
            StepAction::Previous,
        )
        .unwrap();
    assert_eq!(view.current, StepId::Instructions);
    assert!(view.errors.is_empty());
    assert_eq!(state(&view, StepId::ConnectionPoints), StepState::HasErrors);
    let view = editor
        .submit(
            id,
            StepInput::Instructions,
            StepAction::GoTo {
                step: StepId::ConnectionPoints,
            },
        )
        .unwrap();
    assert_eq!(view.errors.len(), 2, "the errors are shown again on return");
    assert_eq!(view.application.connection_points[0].oid, "1.2.246.10.02430960");
}

#[test]
fn customer_data_and_contacts_are_the_organisation_s_and_shared_by_its_applications() {
    let f = acting_for(PRACTITIONER);
    let editor = f.editor();
    let file = example(Service::PatientDataRepository);
    let first = walk_to_summary(&editor, Service::PatientDataRepository, &file);

    let second = editor.open_service(Service::Prescription).unwrap();
    assert_ne!(second.draft_id, first.draft_id);
    assert_eq!(second.organisation.customer, first.organisation.customer);
    assert_eq!(second.organisation.contacts, first.organisation.contacts);

    // The contacts step of the second application: the common roles are held, the
    // Prescription service's billing contact not yet.
    let view = walk_to(&editor, second, &example(Service::Prescription), StepId::Contacts);
    let findings = editor
        .check(
            view.draft_id,
            StepInput::Contacts {
                contacts: view.organisation.contacts.clone(),
            },
        )
        .unwrap();
    assert_eq!(
        codes(&findings),
        vec![("organisation.contacts", ValidationCode::RoleMissing)]
    );
    assert_eq!(
        findings[0].args["role"],
        kanta_domain::validation::MessageArg::Text("billing-contact".into())
    );
    assert_eq!(
        findings[0].args["service"],
        kanta_domain::validation::MessageArg::Text("prescription".into())
    );
    let stored = f.db.draft(view.draft_id).unwrap();
    assert_eq!(stored.content.current_step, StepId::Contacts, "check stores nothing");
}

#[test]
fn the_summary_s_edit_returns_to_the_summary() {
    let f = acting_for(HEALTH);
    let editor = f.editor();
    let file = example(Service::ImagingArchive);
    let view = walk_to_summary(&editor, Service::ImagingArchive, &file);
    let view = edit_from_summary(&editor, view.draft_id, StepId::CustomerData).unwrap();
    assert_eq!(view.current, StepId::CustomerData);
    assert!(view.return_to_summary);
    let mut customer = view.organisation.customer.clone();
    customer.post_office = "Vaasa".into();
    let view = editor
        .submit(
            view.draft_id,
            StepInput::CustomerData { customer },
            StepAction::Continue,
        )
        .unwrap();
    assert_eq!(
        view.current,
        StepId::Summary,
        "back to the summary, not on to the contacts"
    );
    assert!(!view.return_to_summary);
    assert_eq!(view.organisation.customer.post_office, "Vaasa");

    // Edit is the summary's action only.
    let err = edit_from_summary(&editor, view.draft_id, StepId::Thanks).unwrap_err();
    assert!(matches!(err, EditorError::NotReachable(StepId::Thanks)), "{err:?}");
}

#[test]
fn sending_is_refused_while_a_step_has_errors_and_the_step_is_marked() {
    let f = acting_for(SOCIAL);
    let editor = f.editor();
    let file = example(Service::ClientDataArchive);
    let view = walk_to_summary(&editor, Service::ClientDataArchive, &file);
    // Break the contacts from the summary: nobody is the archivist any more.
    let view = edit_from_summary(&editor, view.draft_id, StepId::Contacts).unwrap();
    let mut contacts = view.organisation.contacts.clone();
    contacts[0].service_roles.clear();
    let view = editor
        .submit(
            view.draft_id,
            StepInput::Contacts { contacts },
            StepAction::GoTo { step: StepId::Summary },
        )
        .unwrap();
    assert_eq!(view.current, StepId::Summary);
    let contacts_check = view.checks.iter().find(|c| c.step == StepId::Contacts).unwrap();
    assert_eq!(
        codes(&contacts_check.errors),
        vec![("organisation.contacts", ValidationCode::RoleMissing)]
    );

    let view = editor
        .submit(view.draft_id, StepInput::Summary, StepAction::Send)
        .unwrap();
    assert_eq!(view.outcome, Some(SubmitOutcome::Invalid));
    assert_eq!(view.current, StepId::Summary);
    assert_eq!(
        codes(&view.errors),
        vec![("organisation.contacts", ValidationCode::RoleMissing)]
    );
    assert_eq!(state(&view, StepId::Contacts), StepState::HasErrors);
    assert!(!view.sent);
    assert_eq!(f.db.outbox_item(view.draft_id).unwrap(), None, "nothing queued");
}

#[test]
fn a_sent_application_can_be_looked_at_but_not_changed() {
    let f = acting_for(PHARMACIST);
    let editor = f.editor();
    let mut file = example(Service::Prescription);
    file.application.connection_points[0].renewal_requests = false;
    let view = walk_to_summary(&editor, Service::Prescription, &file);
    assert!(
        view.steps.iter().all(|s| s.id != StepId::Billing),
        "a pharmacist's application has no billing"
    );
    let sent = editor
        .submit(view.draft_id, StepInput::Summary, StepAction::Send)
        .unwrap();
    let before = f.db.draft(sent.draft_id).unwrap();

    let err = editor
        .submit(sent.draft_id, StepInput::Thanks, StepAction::Continue)
        .unwrap_err();
    assert!(matches!(err, EditorError::AlreadySent), "{err:?}");
    let err = editor
        .submit(
            sent.draft_id,
            StepInput::Thanks,
            StepAction::GoTo { step: StepId::Contacts },
        )
        .unwrap_err();
    assert!(matches!(err, EditorError::NotReachable(StepId::Contacts)), "{err:?}");
    let summary = editor
        .submit(
            sent.draft_id,
            StepInput::Thanks,
            StepAction::GoTo { step: StepId::Summary },
        )
        .unwrap();
    assert_eq!(summary.current, StepId::Summary);
    assert!(summary.sent);
    assert_eq!(
        f.db.draft(sent.draft_id).unwrap(),
        before,
        "looking changes nothing stored"
    );

    // The service now waits for the outcome; opening it shows the sent application.
    assert_eq!(
        editor.open_service(Service::Prescription).unwrap().draft_id,
        sent.draft_id
    );
}

#[test]
fn accepting_and_signing_record_the_person_and_unticking_removes_them() {
    let f = acting_for(HEALTH);
    let editor = f.editor();
    let file = example(Service::ImagingArchive);
    let view = walk_to(
        &editor,
        editor.open_service(Service::ImagingArchive).unwrap(),
        &file,
        StepId::ServiceDescription,
    );
    let view = editor
        .submit(
            view.draft_id,
            StepInput::ServiceDescription { accepted: false },
            StepAction::Continue,
        )
        .unwrap();
    assert_eq!(
        codes(&view.errors),
        vec![("application.serviceDescription", ValidationCode::Required)]
    );
    let view = editor
        .submit(
            view.draft_id,
            StepInput::ServiceDescription { accepted: true },
            StepAction::Continue,
        )
        .unwrap();
    assert_eq!(view.current, StepId::Commitment);
    let first_time = view.application.service_description.clone().unwrap().accepted_at;
    let view = editor
        .submit(
            view.draft_id,
            StepInput::Commitment { signed: true },
            StepAction::Previous,
        )
        .unwrap();
    assert_eq!(
        view.application.commitment.as_ref().unwrap().basis,
        SigningBasis::Mandate
    );
    let view = editor
        .submit(
            view.draft_id,
            StepInput::ServiceDescription { accepted: true },
            StepAction::Continue,
        )
        .unwrap();
    assert_eq!(
        view.application.service_description.unwrap().accepted_at,
        first_time,
        "ticking again keeps the first acceptance"
    );
    let view = editor
        .submit(
            view.draft_id,
            StepInput::Commitment { signed: false },
            StepAction::Previous,
        )
        .unwrap();
    assert_eq!(view.application.commitment, None);
}

#[test]
fn logged_out_the_draft_is_filled_in_but_accepting_signing_and_sending_wait_for_a_login() {
    let f = acting_for(SOCIAL);
    let service = Service::ClientDataArchive;
    let file = example(service);
    // Logged out (or the session ran out): the same organisation, as nobody.
    let nobody = ActingFor::current(&f.db, Who::LOGGED_OUT_TEST_ENVIRONMENT).unwrap();
    assert_eq!((nobody.key(), nobody.identity.is_none()), (SOCIAL, true));
    let offline = DraftEditor::new(&f.db, &nobody);
    let view = walk_to(
        &offline,
        offline.open_service(service).unwrap(),
        &file,
        StepId::ServiceDescription,
    );
    assert_eq!(view.identity, None);
    let id = view.draft_id;
    let before = f.db.draft(id).unwrap();
    for (input, action) in [
        (StepInput::ServiceDescription { accepted: true }, StepAction::Continue),
        (StepInput::ServiceDescription { accepted: true }, StepAction::Previous),
    ] {
        let err = offline.submit(id, input, action).unwrap_err();
        assert!(matches!(err, EditorError::IdentificationRequired), "{err:?}");
        assert_eq!(f.db.draft(id).unwrap(), before, "nothing stored");
    }
    // Unticked, moving on is the user's own business.
    offline
        .submit(
            id,
            StepInput::ServiceDescription { accepted: false },
            StepAction::Previous,
        )
        .unwrap();

    // Logged in again: the draft is as it was, and the person accepts and signs.
    let view = walk_to(&f.editor(), f.editor().open_draft(id).unwrap(), &file, StepId::Summary);
    assert_eq!(view.application.commitment.unwrap().signed_by, "Tiina Testaaja");
    let err = offline.submit(id, StepInput::Summary, StepAction::Send).unwrap_err();
    assert!(matches!(err, EditorError::IdentificationRequired));
    assert!(f.db.outbox_item(id).unwrap().is_none(), "not queued");
    let sent = f.editor().submit(id, StepInput::Summary, StepAction::Send).unwrap();
    assert_eq!(sent.outcome, Some(SubmitOutcome::Sent));
}

#[test]
fn a_later_application_asks_for_no_commitment() {
    let f = acting_for(HEALTH);
    let mut profile = f.acting.profile(&f.db).unwrap();
    profile.services_in_use.insert(Service::PatientDataRepository);
    f.db.save_organisation(f.acting.key(), &profile).unwrap();
    let view = f.editor().open_service(Service::ImagingArchive).unwrap();
    assert!(!view.rules.first_application);
    assert!(view.steps.iter().all(|s| s.id != StepId::Commitment));
    let err = f.editor().open_service(Service::PatientDataRepository).unwrap_err();
    assert!(matches!(
        err,
        EditorError::ServiceNotOffered(Service::PatientDataRepository)
    ));
}

#[test]
fn input_for_another_step_or_another_organisation_is_refused_and_changes_nothing() {
    let f = acting_for(SOCIAL);
    let editor = f.editor();
    let id = editor.open_service(Service::ClientDataArchive).unwrap().draft_id;
    let before = f.db.draft(id).unwrap();
    let err = editor
        .submit(
            id,
            StepInput::CustomerData {
                customer: CustomerData::default(),
            },
            StepAction::Continue,
        )
        .unwrap_err();
    assert!(matches!(
        err,
        EditorError::NotOnStep {
            sent: StepId::CustomerData,
            current: StepId::Instructions
        }
    ));
    let err = editor
        .submit(id, StepInput::Instructions, StepAction::Send)
        .unwrap_err();
    assert!(matches!(
        err,
        EditorError::NotAnActionHere("send", StepId::Instructions)
    ));
    assert_eq!(f.db.draft(id).unwrap(), before);

    let other = ActingFor::choose(&f.db, who(&f.session), HEALTH).unwrap();
    let err = DraftEditor::new(&f.db, &other).open_draft(id).unwrap_err();
    assert!(matches!(err, EditorError::OtherOrganisation(_)));
    let err = DraftEditor::new(&f.db, &other)
        .open_service(Service::ClientDataArchive)
        .unwrap_err();
    assert!(matches!(err, EditorError::ServiceNotOffered(_)));
}

#[test]
fn the_step_list_jumps_only_to_reached_steps() {
    let f = acting_for(SOCIAL);
    let editor = f.editor();
    let id = editor.open_service(Service::ClientDataArchive).unwrap().draft_id;
    let jump = |step| editor.submit(id, StepInput::Instructions, StepAction::GoTo { step });
    assert!(matches!(jump(StepId::Contacts), Err(EditorError::NotReachable(_))));
    assert!(
        matches!(jump(StepId::Billing), Err(EditorError::NotReachable(_))),
        "not in this application"
    );
    editor
        .submit(id, StepInput::Instructions, StepAction::Continue)
        .unwrap();
    let view = editor
        .submit(
            id,
            StepInput::ConnectionPoints { points: vec![] },
            StepAction::GoTo {
                step: StepId::Instructions,
            },
        )
        .unwrap();
    assert_eq!(view.current, StepId::Instructions);
    assert_eq!(
        state(&view, StepId::ConnectionPoints),
        StepState::NotStarted,
        "nothing was typed"
    );
    assert!(jump(StepId::ConnectionPoints).is_ok(), "visited, so reachable again");
}

#[test]
fn an_archivist_without_a_card_and_a_landline_for_notices_are_the_contact_s_errors() {
    let f = acting_for(SOCIAL);
    let editor = f.editor();
    let file = example(Service::ClientDataArchive);
    let view = walk_to(
        &editor,
        editor.open_service(Service::ClientDataArchive).unwrap(),
        &file,
        StepId::Contacts,
    );
    let contact = Contact {
        kind: ContactKind::Person,
        first_name: "Bo".into(),
        last_name: "Exempel".into(),
        phone: "09 1234 567".into(),
        email: "bo@example.fi".into(),
        common_roles: CommonRole::ALL.into_iter().collect(),
        service_roles: [(Service::ClientDataArchive, [ServiceRole::Archivist].into())].into(),
        ..Contact::default()
    };
    let view = editor
        .submit(
            view.draft_id,
            StepInput::Contacts {
                contacts: vec![contact],
            },
            StepAction::Continue,
        )
        .unwrap();
    assert_eq!(
        codes(&view.errors),
        vec![
            ("organisation.contacts[0].phone", ValidationCode::PhoneNotMobile),
            ("organisation.contacts[0].certificateCard", ValidationCode::Required),
        ]
    );
}

/// A returned application amended: a new draft with its answers and a new id, on its summary
/// with the reason; the returned one stays as sent; asking again opens the same amendment.
#[test]
fn a_returned_application_is_amended_as_a_new_one_and_kept_as_a_record() {
    use kanta_domain::delivery::ServerStatus;
    use kanta_storage::outbox::StatusCheck;
    let f = acting_for(PHARMACIST);
    let editor = f.editor();
    let mut file = example(Service::Prescription);
    file.application.connection_points[0].renewal_requests = false;
    let view = walk_to_summary(&editor, Service::Prescription, &file);
    let sent = editor
        .submit(view.draft_id, StepInput::Summary, StepAction::Send)
        .unwrap();
    assert!(!sent.amendable, "on its way");
    assert!(matches!(editor.amend(sent.draft_id), Err(EditorError::NotReturned(_))));

    let returned = ServerStatus {
        status: ApplicationStatus::Returned,
        reason: Some("Liityntäpisteen OID on väärä".into()),
        updated_at: jiff::Timestamp::now(),
    };
    let key = sent.application.id.unwrap().to_string();
    let check = StatusCheck {
        kind: kanta_domain::delivery::OutboxKind::Application,
        draft_id: Some(sent.draft_id),
        organisation: f.acting.key().to_owned(),
        idempotency_key: key.clone(),
    };
    let returned = serde_json::to_vec(&returned).unwrap();
    kanta_sending::record::record_status(&f.db, &check, Some(&returned), 1).unwrap();
    let record = editor.open_draft(sent.draft_id).unwrap();
    assert!(record.amendable && record.sent);

    let amended = editor.amend(sent.draft_id).unwrap();
    assert_ne!(amended.draft_id, sent.draft_id);
    assert_eq!(amended.current, StepId::Summary);
    assert!(!amended.sent);
    assert_ne!(amended.application.id, sent.application.id, "a new idempotency key");
    assert_eq!(
        amended.application.connection_points,
        sent.application.connection_points
    );
    assert_eq!(amended.application.service_description, None, "accepted again");
    let amends = amended.amends.clone().unwrap();
    assert_eq!(amends.application_id.to_string(), key);
    assert_eq!(amends.reason.as_deref(), Some("Liityntäpisteen OID on väärä"));
    assert_eq!(
        editor.amend(sent.draft_id).unwrap().draft_id,
        amended.draft_id,
        "not twice"
    );

    let start = StartView::new(&f.db, &f.acting, who(&f.session)).unwrap();
    let row = start
        .services
        .iter()
        .find(|s| s.service == Service::Prescription)
        .unwrap();
    assert_eq!(
        row.offer,
        ServiceOffer::Continue {
            draft_id: amended.draft_id
        }
    );
    assert_eq!(start.applications.rows.len(), 2, "the returned one stays as a record");
    assert_eq!(f.db.draft(sent.draft_id).unwrap().status(), ApplicationStatus::Returned);

    // Accepted and sent again: a second outbox item, with its own key.
    for step in [StepId::ServiceDescription, StepId::Commitment] {
        let view = edit_from_summary(&editor, amended.draft_id, step).unwrap();
        walk_to(&editor, view, &file, StepId::Summary);
    }
    let view = editor.open_draft(amended.draft_id).unwrap();
    let resent = editor
        .submit(view.draft_id, StepInput::Summary, StepAction::Send)
        .unwrap();
    assert_eq!(resent.outcome, Some(SubmitOutcome::Sent), "{:?}", resent.checks);
    let item = f.db.outbox_item(resent.draft_id).unwrap().unwrap();
    assert_eq!(item.idempotency_key, resent.application.id.unwrap().to_string());
    assert_ne!(item.idempotency_key, key);
}

/// A step's input is held to the limits a file is: 201 contacts (or a text of a book's length)
/// are refused before anything is applied, checked or stored; 200 go in.
#[test]
fn a_step_s_input_beyond_any_application_is_refused_and_stores_nothing() {
    let f = acting_for(SOCIAL);
    let editor = f.editor();
    let view = walk_to(
        &editor,
        editor.open_service(Service::ClientDataArchive).unwrap(),
        &example(Service::ClientDataArchive),
        StepId::Contacts,
    );
    let before = f.db.draft(view.draft_id).unwrap();
    let contacts = |n| StepInput::Contacts {
        contacts: vec![Contact::default(); n],
    };
    let limit = kanta_domain::model::document::MAX_LIST_ITEMS;
    assert!(matches!(
        editor.autosave(view.draft_id, contacts(limit + 1)),
        Err(EditorError::InputTooLarge(_))
    ));
    assert!(matches!(
        editor.submit(view.draft_id, contacts(limit + 1), StepAction::Continue),
        Err(EditorError::InputTooLarge(_))
    ));
    assert!(matches!(
        editor.check(view.draft_id, contacts(limit + 1)),
        Err(EditorError::InputTooLarge(_))
    ));
    let long = StepInput::Contacts {
        contacts: vec![Contact {
            first_name: "x".repeat(kanta_domain::model::document::MAX_TEXT_CHARS + 1),
            ..Contact::default()
        }],
    };
    assert!(matches!(
        editor.autosave(view.draft_id, long),
        Err(EditorError::InputTooLarge(_))
    ));
    assert_eq!(f.db.draft(view.draft_id).unwrap(), before, "nothing stored");
    assert!(editor.autosave(view.draft_id, contacts(limit)).is_ok());
}
