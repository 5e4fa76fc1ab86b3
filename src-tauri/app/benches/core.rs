//! The core's budgets (issue 9), measured with criterion on a real SQLite file:
//! `cargo bench -p kanta-app --bench core`.
//!
//! - validation of a large application (40 connection points, 200 contacts);
//! - one autosave: a field edit written crash-safe (one transaction, `synchronous = FULL`);
//! - the start screen's list of applications over 10,000 drafts of one organisation;
//! - refusing a 4 MiB file of empty contacts (about 1.4 million) by its count (issue 21).
//!
//! The PDF has its own bench (`pdf`). Figures are reported, never asserted: see README,
//! "Performance".

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use kanta_app::{
    draft_editor::StepAction,
    workspace::{ActingFor, StartView, Who},
    DraftEditor,
};
use kanta_domain::{
    model::{document, ConnectionPoint, Contact, DraftContent, Service},
    step::StepId,
    validation,
    wizard::input::StepInput,
};
use kanta_storage::{Database, DatabaseKey};

/// The client data archive example, made large: 40 connection points and 200 contacts.
fn large_application() -> document::ApplicationFile {
    let mut file =
        document::parse(include_str!("../../../tests/examples/client-data-archive.json")).expect("the example parses");
    let point = file.application.connection_points[0].clone();
    file.application.connection_points = (0..40)
        .map(|n| ConnectionPoint {
            oid: format!("1.2.246.10.14142130.10.0.{n}"),
            ..point.clone()
        })
        .collect();
    let contact = file.organisation.contacts[0].clone();
    file.organisation.contacts = (0..200)
        .map(|n| Contact {
            first_name: format!("Åsa{n}"),
            email: format!("asa{n}@esimerkkihoiva.example"),
            ..contact.clone()
        })
        .collect();
    file
}

fn validation(c: &mut Criterion) {
    let file = large_application();
    c.bench_function("validate a large application (40 points, 200 contacts)", |b| {
        b.iter(|| validation::application::validate(&file))
    });
}

fn autosave(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = Database::open_in(dir.path(), &DatabaseKey::generate().expect("a key")).expect("the database opens");
    let acting = ActingFor::current(&db, Who::LOGGED_OUT_TEST_ENVIRONMENT).expect("the test organisation");
    let editor = DraftEditor::new(&db, &acting);
    let view = editor.open_service(Service::ClientDataArchive).expect("a draft");
    let view = editor
        .submit(view.draft_id, StepInput::Instructions, StepAction::Continue)
        .expect("on to the connection points");
    assert_eq!(view.current, StepId::ConnectionPoints);
    let mut n = 0u64;
    c.bench_function("autosave one field edit (crash-safe write)", |b| {
        b.iter_batched(
            || {
                n += 1;
                StepInput::ConnectionPoints {
                    points: vec![ConnectionPoint {
                        oid: format!("1.2.246.10.31415938.10.{n}"),
                        systems: vec!["sample-abilita".into()],
                        renewal_requests: false,
                    }],
                }
            },
            |input| editor.autosave(view.draft_id, input).expect("saved"),
            BatchSize::SmallInput,
        )
    });
}

fn drafts_list(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let db = Database::open_in(dir.path(), &DatabaseKey::generate().expect("a key")).expect("the database opens");
    let who = Who::LOGGED_OUT_TEST_ENVIRONMENT;
    let acting = ActingFor::current(&db, who).expect("the test organisation");
    let file =
        document::parse(include_str!("../../../tests/examples/client-data-archive.json")).expect("the example parses");
    let mut content = DraftContent::new(Service::ClientDataArchive);
    content.application = file.application.clone();
    for _ in 0..10_000 {
        content.application.id = Some(uuid::Uuid::new_v4());
        db.insert_draft(acting.key(), &content).expect("inserted");
    }
    c.bench_function("start screen over 10,000 drafts", |b| {
        b.iter(|| StartView::new(&db, &acting, who).expect("the start view"))
    });
}

/// A file within the bytes limit that is all empty contacts: refused by the count, not built,
/// validated or stored.
fn refused_import(c: &mut Criterion) {
    let text = format!(
        r#"{{"format":1,"organisation":{{"contacts":[{}{{}}]}},"application":{{"service":"client-data-archive"}}}}"#,
        "{},".repeat((document::MAX_FILE_BYTES - 200) / 3)
    );
    c.bench_function("refuse a 4 MiB file of empty contacts", |b| {
        b.iter(|| {
            let refused = document::parse(&text);
            assert!(matches!(refused, Err(document::ParseError::TooManyItems { .. })));
        })
    });
}

criterion_group!(benches, validation, autosave, drafts_list, refused_import);
criterion_main!(benches);
