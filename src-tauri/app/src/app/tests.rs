//! The commands' bodies without WebKit: a real SQLite file, the keychain's doubles (one that
//! keeps secrets in memory, one that cannot be reached), and a host that records what the
//! window was asked to do.

use std::{
    path::{Path, PathBuf},
    sync::{Arc, Mutex},
};

use kanta_keychain::doubles::{MemoryStore, NoKeychain};
use kanta_storage::unlock::Locked;

use super::*;
use crate::{error::ErrorCode, host::SaveRequest, workspace::Start};

const SOCIAL: &str = "3141593-8";
const HEALTH: &str = "2449489-3";

/// What the window was asked to do, and what the save dialog answers.
#[derive(Default)]
struct Window {
    titles: Mutex<Vec<String>>,
    /// Where the save dialog saves; `None`: the user cancels.
    save_to: Mutex<Option<PathBuf>>,
    asked: Mutex<Vec<SaveRequest>>,
    opened: Mutex<Vec<PathBuf>>,
    /// The addresses handed to the system browser.
    browsed: Mutex<Vec<String>>,
    /// The computer has no browser: opening fails.
    no_browser: std::sync::atomic::AtomicBool,
}

struct Recording(Arc<Window>);

impl Host for Recording {
    fn retitle(&self, title: &str) {
        self.0.titles.lock().unwrap().push(title.to_owned());
    }
    fn choose_save_path(&self, request: SaveRequest) -> Option<PathBuf> {
        let path = self.0.save_to.lock().unwrap().clone();
        self.0.asked.lock().unwrap().push(request);
        path
    }
    fn open_file(&self, path: &Path) -> Result<(), String> {
        self.0.opened.lock().unwrap().push(path.to_owned());
        Ok(())
    }
    fn open_browser(&self, url: &str) -> Result<(), String> {
        if self.0.no_browser.load(std::sync::atomic::Ordering::SeqCst) {
            return Err("no browser here".into());
        }
        self.0.browsed.lock().unwrap().push(url.to_owned());
        Ok(())
    }
}

impl Window {
    fn last_title(&self) -> String {
        self.titles.lock().unwrap().last().cloned().unwrap_or_default()
    }
}

fn app(dir: &Path, keychain: Arc<dyn SecretStore>, os_language: Language) -> (App, Arc<Window>) {
    let window = Arc::new(Window::default());
    let app = App::new(
        dir.to_owned(),
        keychain,
        os_language,
        Box::new(Recording(window.clone())),
    )
    .unwrap();
    (app, window)
}

fn code<T: std::fmt::Debug>(result: Result<T, Error>) -> ErrorCode {
    result.expect_err("an error").code()
}

fn acting_for(start: Start) -> String {
    match start {
        Start::Ready { view } => view.organisation.business_id,
        other => panic!("not ready: {other:?}"),
    }
}

/// Without a keychain the database waits for a passphrase; a language chosen meanwhile is
/// shown at once, retitles the window, and is stored once the database opens, so the next start
/// (on a Finnish OS) is Swedish too. A wrong passphrase leaves it locked, for another try.
#[test]
fn without_a_keychain_the_passphrase_opens_the_database_and_a_language_chosen_meanwhile_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (app, window) = app(dir.path(), Arc::new(NoKeychain), Language::Fi);
    assert_eq!(app.database_status().locked, Some(Locked::ChoosePassphrase));
    assert_eq!(window.last_title(), "Kanta Extranet");
    assert_eq!(code(app.open_start()), ErrorCode::StorageLocked);
    let stale = UnlockRequest::EnterPassphrase {
        passphrase: "ei ole vielä salasanaa".into(),
    };
    assert_eq!(code(app.unlock(stale)), ErrorCode::StaleStep, "nothing to enter yet");

    app.set_language(Language::Sv).unwrap();
    assert_eq!(app.language(), Language::Sv);
    assert_eq!(window.last_title(), "Kanta Extranätet");
    assert_eq!(app.i18n().language, Language::Sv);

    let short = UnlockRequest::ChoosePassphrase {
        passphrase: "lyhyt".into(),
        repeated: "lyhyt".into(),
    };
    assert_eq!(code(app.unlock(short)), ErrorCode::PassphraseTooShort);
    let differ = UnlockRequest::ChoosePassphrase {
        passphrase: "pitkä salasana 1".into(),
        repeated: "pitkä salasana 2".into(),
    };
    assert_eq!(code(app.unlock(differ)), ErrorCode::PassphrasesDiffer);
    assert_eq!(app.database_status().locked, Some(Locked::ChoosePassphrase));
    let chosen = UnlockRequest::ChoosePassphrase {
        passphrase: "pitkä salasana 1".into(),
        repeated: "pitkä salasana 1".into(),
    };
    let status = app.unlock(chosen).unwrap();
    assert_eq!((status.locked, status.language), (None, Language::Sv));
    assert_eq!(
        acting_for(app.open_start().unwrap()),
        SOCIAL,
        "the test environment's first"
    );
    drop(app);

    let (again, window) = self::app(dir.path(), Arc::new(NoKeychain), Language::Fi);
    assert_eq!(again.database_status().locked, Some(Locked::EnterPassphrase));
    let wrong = UnlockRequest::EnterPassphrase {
        passphrase: "väärä salasana".into(),
    };
    assert_eq!(code(again.unlock(wrong)), ErrorCode::WrongPassphrase);
    let right = UnlockRequest::EnterPassphrase {
        passphrase: "pitkä salasana 1".into(),
    };
    assert_eq!(again.unlock(right).unwrap().language, Language::Sv, "the stored choice");
    assert_eq!(window.last_title(), "Kanta Extranätet");
    let open = again.unlock(UnlockRequest::Retry).unwrap();
    assert_eq!(open.locked, None, "an open database stays open");
}

/// With a keychain the database opens by itself, and the language chosen earlier wins over the
/// OS's at the next start.
#[test]
fn with_a_keychain_the_database_opens_and_the_chosen_language_wins_over_the_oss() {
    let dir = tempfile::tempdir().unwrap();
    let keychain: Arc<dyn SecretStore> = Arc::new(MemoryStore::default());
    let (app, _) = app(dir.path(), keychain.clone(), Language::Fi);
    assert_eq!(app.database_status().locked, None);
    app.set_language(Language::Sv).unwrap();
    drop(app);
    let (again, window) = self::app(dir.path(), keychain, Language::Fi);
    assert_eq!(again.language(), Language::Sv);
    assert_eq!(window.last_title(), "Kanta Extranätet");
}

/// Logged out, the app acts for the test environment's first organisation; a test person who
/// may act for several chooses one, and only one of theirs; after logging out the app goes on
/// with it; a person who may act for none gets the advice.
#[test]
fn whom_the_user_acts_for_follows_the_login() {
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = app(dir.path(), Arc::new(MemoryStore::default()), Language::Fi);
    assert_eq!(acting_for(app.open_start().unwrap()), SOCIAL);
    assert!(app.identification_status().unwrap().person.is_none());

    let view = app.log_in_test_person("tiina-testaaja").unwrap();
    assert_eq!(view.person.map(|p| p.name).as_deref(), Some("Tiina Testaaja"));
    match app.open_start().unwrap() {
        Start::ChooseOrganisation { organisations } => {
            assert_eq!(organisations.len(), kanta_domain::test_environment::ORGANISATIONS.len())
        }
        other => panic!("expected a choice: {other:?}"),
    }
    assert_eq!(
        code(app.choose_organisation("0000000-0")),
        ErrorCode::UnknownOrganisation
    );
    let chosen = app.choose_organisation(HEALTH).unwrap();
    assert_eq!(chosen.organisation.business_id, HEALTH);
    assert_eq!(chosen.identity.map(|i| i.name).as_deref(), Some("Tiina Testaaja"));
    assert_eq!(acting_for(app.open_start().unwrap()), HEALTH);

    app.log_out().unwrap();
    assert_eq!(acting_for(app.open_start().unwrap()), HEALTH, "known on this computer");
    assert_eq!(code(app.log_in_test_person("nobody")), ErrorCode::StaleStep);
    app.log_in_test_person("essi-esimerkki").unwrap();
    assert!(matches!(app.open_start().unwrap(), Start::NoOrganisations));
}

/// Export asks the host's save dialog where to save, in the user's language, writes the file
/// whole there, and a cancelled dialog saves nothing.
#[test]
fn export_saves_where_the_dialog_says_and_a_cancel_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (app, window) = app(dir.path(), Arc::new(MemoryStore::default()), Language::Sv);
    let draft_id = app
        .open_service(kanta_domain::model::Service::ClientDataArchive)
        .unwrap()
        .draft_id;

    assert!(!app.export_application(draft_id).unwrap(), "cancelled");
    let target = dir.path().join("vienti.json");
    *window.save_to.lock().unwrap() = Some(target.clone());
    assert!(app.export_application(draft_id).unwrap());
    let asked = window.asked.lock().unwrap().clone();
    assert_eq!(asked.len(), 2);
    assert_eq!(asked[1].name, format!("kanta-client-data-archive-{SOCIAL}.json"));
    assert_eq!(asked[1].filter, ("JSON", "json"));
    assert!(!asked[1].title.is_empty() && asked[1].title != "export-dialog-title");
    let written: serde_json::Value = serde_json::from_slice(&std::fs::read(&target).unwrap()).unwrap();
    assert_eq!(written["application"]["service"], "client-data-archive");
    assert!(!dir.path().join("vienti.json.part").exists(), "no staging file left");
    assert!(window.opened.lock().unwrap().is_empty(), "a JSON file opens no viewer");
}

/// A log written into memory, for the test's thread only.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Log {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// A failed login, export or PDF is in the log with what went wrong (the OS's words), and with
/// nothing the user typed.
#[test]
fn failures_are_logged_with_their_detail_and_nothing_personal() {
    let dir = tempfile::tempdir().unwrap();
    let (app, window) = app(dir.path(), Arc::new(MemoryStore::default()), Language::Fi);
    let log = Log::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    tracing::subscriber::with_default(subscriber, || {
        app.log_in_test_person("tiina-testaaja").unwrap();
        app.choose_organisation(SOCIAL).unwrap();
        let draft_id = app
            .open_service(kanta_domain::model::Service::ClientDataArchive)
            .unwrap()
            .draft_id;
        *window.save_to.lock().unwrap() = Some(dir.path().join("no such folder/vienti.json"));
        assert!(app.export_application(draft_id).is_err());
        assert!(app
            .save_pdf(draft_id, kanta_pdf::Document::Application, Language::Fi)
            .is_err());
        assert!(app.log_in_test_person("nobody").is_err());
    });
    let text = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    for what in ["what=\"export\"", "what=\"pdf\"", "what=\"login\""] {
        assert!(text.contains(what), "{what} not logged: {text}");
    }
    assert!(text.contains("No such file or directory"), "the OS's words: {text}");
    for personal in ["Tiina", "Testaaja", "tiina-testaaja"] {
        assert!(!text.contains(personal), "{personal} in the log: {text}");
    }
}

/// A link opens the page of the user's language in the system browser; with no browser the
/// error carries the address, for the user to open by hand.
#[test]
fn links_open_in_the_browser_in_the_user_s_language() {
    use kanta_domain::links::Link;
    let dir = tempfile::tempdir().unwrap();
    let (app, window) = app(dir.path(), Arc::new(MemoryStore::default()), Language::Fi);
    app.open_link(Link::KantaExtranet).unwrap();
    app.set_language(Language::Sv).unwrap();
    app.open_link(Link::KantaExtranet).unwrap();
    app.open_link(Link::Support).unwrap();
    assert_eq!(
        *window.browsed.lock().unwrap(),
        [
            "https://www.kanta.fi/ammattilaiset/kanta-extranet",
            "https://www.kanta.fi/sv/professionella/kanta-extranat",
            "mailto:kanta@kanta.fi",
        ]
    );

    window.no_browser.store(true, std::sync::atomic::Ordering::SeqCst);
    let failed = app.open_link(Link::CodeService).expect_err("no browser");
    let payload = failed.payload();
    assert_eq!(payload.code, ErrorCode::LinkNotOpened);
    let url = &payload.args.unwrap()["url"];
    assert!(matches!(url, crate::error::ErrorArg::Text(u) if u == "https://koodistopalvelu.kanta.fi/"));
}

/// The summary of a service in use: fetched from the embedded test service once logged in and
/// kept; logged out, or with no service to reach, the kept copy with the reason; a service not
/// in use is refused before anything goes out.
#[test]
fn a_service_in_use_opens_fresh_when_logged_in_and_from_the_kept_copy_otherwise() {
    use crate::{service_summary::Stale, workspace::ServiceOffer};
    use kanta_domain::{
        model::Service::{ImagingArchive, PatientDataRepository},
        test_environment::{self, IN_USE_ORGANISATION},
    };
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let keychain: Arc<dyn SecretStore> = Arc::new(MemoryStore::default());
    let (app, _) = app(dir.path(), keychain.clone(), Language::Fi);
    let app = Arc::new(app);
    app.start_sending(runtime.handle());

    // Logged out, nothing kept: a login is needed first.
    let view = app.choose_organisation(IN_USE_ORGANISATION).unwrap();
    let offers: Vec<_> = view.services.iter().map(|s| (s.service, s.offer)).collect();
    assert!(
        offers.contains(&(PatientDataRepository, ServiceOffer::InUse)),
        "{offers:?}"
    );
    assert!(offers.contains(&(ImagingArchive, ServiceOffer::Apply)), "{offers:?}");
    assert_eq!(
        code(app.open_service_in_use(PatientDataRepository)),
        ErrorCode::IdentificationRequired
    );

    app.log_in_test_person("tiina-testaaja").unwrap();
    app.choose_organisation(IN_USE_ORGANISATION).unwrap();
    let before = now_ms();
    let fresh = app.open_service_in_use(PatientDataRepository).unwrap();
    let expected = test_environment::service_in_use(IN_USE_ORGANISATION, PatientDataRepository).unwrap();
    assert_eq!((fresh.stale, &fresh.data), (None, &expected));
    assert!(fresh.fetched_at_ms >= before);
    assert!(fresh.billed);
    assert_eq!(fresh.organisation.business_id, IN_USE_ORGANISATION);
    assert_eq!(
        code(app.open_service_in_use(ImagingArchive)),
        ErrorCode::ServiceNotInUse
    );
    // A new application of the customer starts from what the service holds.
    let imaging = app.open_service(ImagingArchive).unwrap();
    assert_eq!(imaging.organisation.contacts, expected.contacts);
    assert_eq!(imaging.organisation.customer, expected.customer);
    assert!(!imaging.rules.first_application, "a customer already: no commitment");

    app.log_out().unwrap();
    let kept = app.open_service_in_use(PatientDataRepository).unwrap();
    assert_eq!(
        (kept.stale, kept.fetched_at_ms),
        (Some(Stale::LoginRequired), fresh.fetched_at_ms)
    );
    assert_eq!(kept.data, expected);
    drop(app);

    // Logged in again, with no service to reach (sending never started): the kept copy.
    let (app, _) = super::tests::app(dir.path(), keychain, Language::Fi);
    app.log_in_test_person("tiina-testaaja").unwrap();
    app.choose_organisation(IN_USE_ORGANISATION).unwrap();
    let offline = app.open_service_in_use(PatientDataRepository).unwrap();
    assert_eq!(
        (offline.stale, offline.fetched_at_ms),
        (Some(Stale::Offline), fresh.fetched_at_ms)
    );
    assert_eq!(
        code(app.open_service_in_use(kanta_domain::model::Service::Prescription)),
        ErrorCode::ServiceDataOffline
    );
}

/// A billing change to a service in use: refused logged out, kept with its errors when wrong,
/// else queued naming the person and delivered by the outbox to the embedded test service,
/// listed on the summary with its status.
#[test]
fn a_billing_change_is_checked_queued_and_delivered_as_a_change_notification() {
    use kanta_domain::{
        delivery::OutboxState,
        model::{Change, Service::Prescription},
        test_environment::{self, IN_USE_ORGANISATION},
    };
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = app(dir.path(), Arc::new(MemoryStore::default()), Language::Fi);
    let app = Arc::new(app);
    app.start_sending(runtime.handle());
    app.choose_organisation(IN_USE_ORGANISATION).unwrap();
    let mut billing = test_environment::service_in_use(IN_USE_ORGANISATION, Prescription)
        .unwrap()
        .billing;
    billing.invoice_reference = "Reseptikeskus".into();
    let change = |billing: &kanta_domain::model::Billing| Change::Billing {
        billing: billing.clone(),
    };
    assert_eq!(
        code(app.send_change(Prescription, change(&billing))),
        ErrorCode::IdentificationRequired
    );

    app.log_in_test_person("tiina-testaaja").unwrap();
    app.choose_organisation(IN_USE_ORGANISATION).unwrap();
    let mut wrong = billing.clone();
    wrong.postal_code = "331".into();
    let refused = app.send_change(Prescription, change(&wrong)).unwrap();
    assert!(!refused.queued);
    assert_eq!(refused.errors.len(), 1, "{:?}", refused.errors);
    assert!(refused.errors[0].path.starts_with("application.billing"));
    // Nothing queued; the service lists the change Kela returned earlier, sent from no
    // computer here, with its reason; the start screen names it under the service.
    let earlier = test_environment::service_in_use(IN_USE_ORGANISATION, Prescription)
        .unwrap()
        .changes[0]
        .clone();
    let summary = app.open_service_in_use(Prescription).unwrap();
    assert!(summary.data.changes.is_empty(), "listed once, in the summary's changes");
    let listed: Vec<_> = summary.changes.iter().map(|c| (c.id, c.delivery.is_some())).collect();
    assert_eq!(listed, vec![(earlier.status.change_id, false)]);
    assert_eq!(summary.changes[0].status.as_ref(), Some(&earlier.status));
    let latest = |app: &App| {
        let view = app.choose_organisation(IN_USE_ORGANISATION).unwrap();
        let row = view.services.into_iter().find(|s| s.service == Prescription).unwrap();
        row.latest_change.map(|c| c.id)
    };
    assert_eq!(latest(&app), Some(earlier.status.change_id));

    assert!(app.send_change(Prescription, change(&billing)).unwrap().queued);
    let started = std::time::Instant::now();
    let sent = loop {
        let summary = app.open_service_in_use(Prescription).unwrap();
        assert_eq!(summary.changes.len(), 2);
        assert_eq!(summary.changes[1].id, earlier.status.change_id, "the latest first");
        let listed = summary.changes[0].clone();
        assert_eq!(listed.made_by, "Tiina Testaaja");
        let delivery = listed.delivery.clone().expect("sent from here");
        if delivery.state == OutboxState::Sent {
            break listed;
        }
        assert!(started.elapsed().as_secs() < 20, "not delivered: {delivery:?}");
        std::thread::sleep(std::time::Duration::from_millis(200));
    };
    assert!(sent.status.is_some(), "the service's word kept");
    assert_eq!(latest(&app), Some(sent.id), "the start screen names the latest");
}

/// The contacts of a service in use (guide 4.1.1-4.1.4), as the summary edits them: the only
/// data protection officer cannot go, and the refusal names the services in use; an archivist
/// is replaced (the new one added with the card number, then the old one deleted, named with
/// her role for the patient data repository), and the change goes as a change notification.
#[test]
fn an_archivist_is_replaced_and_the_only_holder_of_a_common_role_cannot_be_deleted() {
    use kanta_domain::{
        model::{
            Change, CommonRole, Contact,
            Service::{ImagingArchive, PatientDataRepository, Prescription},
            ServiceRole,
        },
        test_environment::{self, IN_USE_ORGANISATION},
        validation::ValidationCode,
    };
    let dir = tempfile::tempdir().unwrap();
    let (app, _) = app(dir.path(), Arc::new(MemoryStore::default()), Language::Fi);
    app.log_in_test_person("tiina-testaaja").unwrap();
    app.choose_organisation(IN_USE_ORGANISATION).unwrap();
    let in_use = ContactsOf::InUse {
        service: PatientDataRepository,
    };
    let contacts = test_environment::service_in_use(IN_USE_ORGANISATION, PatientDataRepository)
        .unwrap()
        .contacts;
    let dpo = contacts
        .iter()
        .position(|c| c.holds(CommonRole::DataProtectionOfficer))
        .unwrap();
    let refused = app.check_contact_removal(in_use, contacts.clone(), dpo).unwrap();
    assert!(!refused.allowed);
    assert_eq!(refused.services_in_use, vec![PatientDataRepository, Prescription]);
    assert_eq!(
        code(app.check_contact_removal(in_use, contacts.clone(), 9)),
        ErrorCode::StaleStep
    );
    assert_eq!(
        code(app.check_contact_removal(
            ContactsOf::InUse {
                service: ImagingArchive
            },
            contacts.clone(),
            0
        )),
        ErrorCode::ServiceNotInUse
    );

    // The new archivist first: the card number is asked for, and the old one may then go.
    let old = contacts.iter().position(|c| !c.certificate_card.is_empty()).unwrap();
    let mut new = Contact {
        first_name: "Uusi".into(),
        last_name: "Arkistonhoitaja".into(),
        phone: "040 555 6666".into(),
        email: "uusi.arkistonhoitaja@jarvelan-terveyskeskus.example".into(),
        certificate_card: String::new(),
        common_roles: Default::default(),
        ..contacts[old].clone()
    };
    let mut added = contacts.clone();
    added.push(new.clone());
    let findings = app
        .check_change(
            PatientDataRepository,
            Change::Contacts {
                contacts: added.clone(),
            },
        )
        .unwrap();
    assert!(
        findings
            .iter()
            .any(|f| f.code == ValidationCode::Required && f.path.ends_with("[4].certificateCard")),
        "{findings:?}"
    );
    new.certificate_card = "22233322232".into();
    added[4] = new;
    let removal = app.check_contact_removal(in_use, added.clone(), old).unwrap();
    assert!(removal.allowed, "{removal:?}");
    let removal = app
        .check_contact_removal(ContactsOf::InUse { service: Prescription }, added.clone(), old)
        .unwrap();
    assert_eq!(
        removal.other_service_roles,
        vec![(PatientDataRepository, ServiceRole::Archivist)],
        "named from the prescription service: a role for another service"
    );
    added.remove(old);
    let outcome = app
        .send_change(PatientDataRepository, Change::Contacts { contacts: added })
        .unwrap();
    assert!(outcome.queued, "{:?}", outcome.errors);
}

/// Secrets are wiped from memory when dropped, clones included: the types say so (without it,
/// this does not compile), the wipe empties them, and `Debug` prints none.
#[test]
fn secrets_are_wiped_when_dropped_and_never_printed() {
    use zeroize::Zeroize;
    fn wiped_on_drop<T: zeroize::ZeroizeOnDrop>() {}
    wiped_on_drop::<kanta_identification::Tokens>();
    wiped_on_drop::<kanta_sending::SendingAs>();
    wiped_on_drop::<UnlockRequest>();
    let mut tokens = kanta_identification::session::Session::of_test_person(kanta_domain::test_environment::tiina(), 0)
        .tokens
        .as_ref()
        .clone();
    tokens.zeroize();
    assert!(tokens.access_token.is_empty() && tokens.id_token.is_empty());
    let request = UnlockRequest::ChoosePassphrase {
        passphrase: "kevät tulee pian".into(),
        repeated: "kevät tulee pian".into(),
    };
    assert_eq!(format!("{request:?}"), "ChoosePassphrase(..)");
}
