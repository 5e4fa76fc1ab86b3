//! Importing on a real SQLite file: a whole file, a vendor's partial one, an export from another
//! computer, and files that must change nothing (corrupt, wrong types, huge, a future version,
//! not UTF-8, for a service that cannot be applied for now).

use super::*;
use kanta_domain::{model::CustomerData, step::StepId};
use kanta_storage::test_support::test_key;

const SOCIAL: &str = "3141593-8";
const VENDOR: &[u8] = include_bytes!("../../../../tests/examples/vendor-connection-points.json");
const WHOLE: &[u8] = include_bytes!("../../../../tests/examples/client-data-archive.json");

struct Fixture {
    _dir: tempfile::TempDir,
    db: Database,
    acting: ActingFor,
}

fn fixture() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let db = Database::open_in(dir.path(), &test_key()).unwrap();
    let acting = ActingFor::choose(&db, crate::workspace::Who::LOGGED_OUT_TEST_ENVIRONMENT, SOCIAL).unwrap();
    Fixture { _dir: dir, db, acting }
}

impl Fixture {
    fn preview(&self, bytes: &[u8]) -> Result<ImportPreview, ImportError> {
        preview(&self.db, &self.acting, bytes, bytes.len() as u64)
    }
    fn import(&self, bytes: &[u8]) -> Result<WizardView, ImportError> {
        import(&self.db, &self.acting, bytes, bytes.len() as u64)
    }
    /// Everything an import could change: the drafts and the organisation's profile.
    fn stored(&self) -> (Vec<kanta_domain::model::Draft>, Option<OrganisationProfile>) {
        (
            self.db
                .summaries_of(SOCIAL)
                .unwrap()
                .iter()
                .map(|listed| self.db.draft(listed.id).unwrap())
                .collect(),
            self.db.organisation(SOCIAL).unwrap(),
        )
    }
}

#[test]
fn a_vendors_partial_file_fills_the_connection_points_of_a_new_application() {
    let f = fixture();
    let before = f.stored();
    let preview = f.preview(VENDOR).unwrap();
    assert_eq!(f.stored(), before, "a preview stores nothing");
    assert_eq!(preview.service, Service::ClientDataArchive);
    assert_eq!(preview.target, ImportTarget::NewApplication);
    assert_eq!(preview.takes, vec![ImportPart::ConnectionPoints]);
    assert!(preview.keeps.is_empty() && !preview.approvals_left_out);
    assert_eq!(preview.other_organisation, None);
    assert_eq!(preview.application.connection_points.len(), 2);
    assert!(!preview.findings.is_empty(), "the rest is still to fill in");

    let view = f.import(VENDOR).unwrap();
    assert_eq!(
        view.current,
        StepId::Instructions,
        "the wizard starts from the beginning"
    );
    assert_eq!(
        view.application.connection_points,
        preview.application.connection_points
    );
    assert!(view.application.id.is_some());
    let (drafts, profile) = f.stored();
    assert_eq!(drafts.len(), 1);
    assert_eq!(profile, before.1, "the organisation's data is untouched");
}

#[test]
fn importing_into_the_application_in_progress_replaces_only_what_the_file_fills() {
    let f = fixture();
    let editor = DraftEditor::new(&f.db, &f.acting);
    let view = editor.open_service(Service::ClientDataArchive).unwrap();
    let mut draft = f.db.draft(view.draft_id).unwrap();
    draft.content.application.service_usage.system_profile = "sample-producing-application".into();
    f.db.save_draft_with_organisation(&mut draft, None).unwrap();
    let id = draft.content.application.id;

    let preview = f.preview(VENDOR).unwrap();
    assert_eq!(
        preview.target,
        ImportTarget::IntoDraft {
            draft_id: view.draft_id
        }
    );
    let view = f.import(VENDOR).unwrap();
    assert_eq!(view.draft_id, draft.id);
    assert_eq!(view.application.connection_points.len(), 2);
    assert_eq!(
        view.application.service_usage.system_profile,
        "sample-producing-application"
    );
    assert_eq!(view.application.id, id, "still the same application");
}

#[test]
fn a_whole_file_fills_an_empty_organisation_but_never_overwrites_its_data_or_signs() {
    let f = fixture();
    let preview = f.preview(WHOLE).unwrap();
    assert_eq!(
        preview.takes,
        vec![
            ImportPart::ConnectionPoints,
            ImportPart::ServiceUsage,
            ImportPart::CustomerData,
            ImportPart::Contacts
        ]
    );
    assert!(preview.approvals_left_out);
    assert_eq!(preview.other_organisation.as_deref(), Some("1414213-0"));
    assert!(preview.application.commitment.is_none() && preview.application.service_description.is_none());
    f.import(WHOLE).unwrap();
    let profile = f.db.organisation(SOCIAL).unwrap().unwrap();
    assert_eq!(profile.customer.post_office, "Vasa");
    assert_eq!(profile.contacts.len(), 1);
    assert_eq!(
        profile.register.business_id, SOCIAL,
        "the register's data, not the file's"
    );

    // A second organisation's data is never written over the first's.
    let mut other = document::parse(std::str::from_utf8(WHOLE).unwrap()).unwrap();
    other.organisation.customer = CustomerData {
        post_office: "Uleåborg".into(),
        ..other.organisation.customer
    };
    let other = other.to_json_pretty();
    let preview = f.preview(other.as_bytes()).unwrap();
    assert_eq!(preview.keeps, vec![ImportPart::CustomerData, ImportPart::Contacts]);
    f.import(other.as_bytes()).unwrap();
    assert_eq!(f.db.organisation(SOCIAL).unwrap().unwrap().customer.post_office, "Vasa");
}

/// An exported application, imported on another computer, is the same application there.
#[test]
fn an_export_imports_on_another_computer_as_the_same_application() {
    let here = fixture();
    here.import(WHOLE).unwrap();
    let draft_id = here.db.summaries_of(SOCIAL).unwrap()[0].id;
    let exported = DraftEditor::new(&here.db, &here.acting).export(draft_id).unwrap();
    let json = exported.to_json_pretty();
    assert_eq!(document::parse(&json).unwrap(), exported, "the export reads back");

    let there = fixture();
    let view = there.import(json.as_bytes()).unwrap();
    let mut expected = exported.application.clone();
    expected.id = view.application.id;
    assert_eq!(view.application, expected);
    assert_eq!(there.db.organisation(SOCIAL).unwrap().unwrap(), exported.organisation);
}

#[test]
fn a_bad_file_is_refused_with_its_reason_and_changes_nothing() {
    let f = fixture();
    f.import(VENDOR).unwrap();
    let before = f.stored();
    let huge = vec![b' '; document::MAX_FILE_BYTES + 1];
    let cases: Vec<(&str, Vec<u8>, u64, &str)> = vec![
        (
            "not JSON",
            b"{\"format\": 1, \"application\": ".to_vec(),
            0,
            "file-error-truncated",
        ),
        ("broken JSON", b"{\"format\": 1,, }".to_vec(), 0, "file-error-syntax"),
        (
            "wrong types",
            br#"{"format":1,"application":{"service":"client-data-archive","connectionPoints":"1.2.3"}}"#.to_vec(),
            0,
            "file-error-shape",
        ),
        (
            "unknown service",
            br#"{"format":1,"application":{"service":"x-ray"}}"#.to_vec(),
            0,
            "file-error-shape",
        ),
        (
            "unknown field",
            br#"{"format":1,"application":{"service":"client-data-archive","rm -rf":1}}"#.to_vec(),
            0,
            "file-error-shape",
        ),
        (
            "future version",
            br#"{"format":2,"application":{"service":"client-data-archive","new":{}}}"#.to_vec(),
            0,
            "file-error-unsupported-format",
        ),
        ("huge", huge, 0, "file-error-too-large"),
        (
            "4 MiB of empty contacts",
            format!(
                r#"{{"format":1,"organisation":{{"contacts":[{}{{}}]}},"application":{{"service":"client-data-archive"}}}}"#,
                "{},".repeat((document::MAX_FILE_BYTES - 200) / 3)
            )
            .into_bytes(),
            0,
            "file-error-too-many-items",
        ),
        (
            "a name as long as a book",
            format!(
                r#"{{"format":1,"application":{{"service":"client-data-archive","connectionPoints":[{{"oid":"{}"}}]}}}}"#,
                "1".repeat(document::MAX_TEXT_CHARS + 1)
            )
            .into_bytes(),
            0,
            "file-error-text-too-long",
        ),
        (
            "huge, read only in part",
            b"{}".to_vec(),
            3 << 30,
            "file-error-too-large",
        ),
        (
            "not UTF-8",
            b"{\"format\":1,\"application\":{\"service\":\"\xff\"}}".to_vec(),
            0,
            "file-error-encoding",
        ),
        (
            "deeply nested",
            "[".repeat(100_000).into_bytes(),
            0,
            "file-error-syntax",
        ),
    ];
    for (what, bytes, size, message_id) in cases {
        let size = size.max(bytes.len() as u64);
        for result in [
            preview(&f.db, &f.acting, &bytes, size).map(|_| ()),
            import(&f.db, &f.acting, &bytes, size).map(|_| ()),
        ] {
            match result {
                Err(ImportError::Unreadable(e)) => {
                    assert_eq!(crate::texts::unreadable_file(&e).id(), message_id, "{what}: {e}")
                }
                other => panic!("{what}: expected {message_id}, got {:?}", other.err()),
            }
        }
        assert_eq!(f.stored(), before, "{what} changed something");
    }
}

#[test]
fn a_file_for_a_service_that_cannot_be_applied_for_now_changes_nothing() {
    let f = fixture();
    let before = f.stored();
    // The social care organisation cannot apply for the prescription service.
    let rx = br#"{"format":1,"application":{"service":"prescription"}}"#;
    assert!(matches!(
        f.preview(rx),
        Err(ImportError::NotOffered(Service::Prescription))
    ));
    assert!(matches!(
        f.import(rx),
        Err(ImportError::NotOffered(Service::Prescription))
    ));
    assert_eq!(f.stored(), before);
}

/// A file at the limits (200 connection points, each with a wrong OID): the preview counts every
/// error and carries at most `MAX_FINDINGS` of them.
#[test]
fn a_preview_counts_every_error_and_carries_a_bounded_few() {
    let f = fixture();
    let points = vec![r#"{"oid":"not an oid"}"#; document::MAX_LIST_ITEMS].join(",");
    let file =
        format!(r#"{{"format":1,"application":{{"service":"client-data-archive","connectionPoints":[{points}]}}}}"#);
    let preview = f.preview(file.as_bytes()).unwrap();
    assert!(preview.errors as usize > MAX_FINDINGS, "{}", preview.errors);
    assert_eq!(preview.findings.len(), MAX_FINDINGS);
}
