//! The testers' list of the built-in test environment's persons and organisations
//! (`tests/webdriver/test-environment.md`) is generated from `kanta_domain::test_environment`:
//! this test fails when the committed list differs, and rewrites it with
//! `KANTA_UPDATE_BINDINGS=1` (as the UI's bindings are).

use std::path::Path;

use kanta_domain::model::application::SigningBasis;
use kanta_domain::test_environment::{ORGANISATIONS, PERSONS};

/// A value as the application file and the test ids spell it (`patient-data-repository`).
fn wire<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_value(value).unwrap().as_str().unwrap().to_owned()
}

fn render() -> String {
    let mut out = String::from(
        "# The built-in test environment: persons and organisations\n\n\
         Generated from `src-tauri/domain/src/test_environment.rs` by\n\
         `src-tauri/domain/tests/test_environment_doc.rs`; do not edit (rewrite it with\n\
         `KANTA_UPDATE_BINDINGS=1 cargo test -p kanta-domain --test test_environment_doc`).\n\n\
         A fresh install starts in this environment: no server, no account, nothing sent to Kela.\n\
         Everything here is fictional. In the login dialog each person is the choice\n\
         `test-person-<id>`; after the login each organisation is the choice\n\
         `represented-<business ID>`.\n\n\
         ## Persons\n\n\
         | Id | Name | May act for (business ID, basis) |\n|---|---|---|\n",
    );
    for person in PERSONS {
        let acts_for = if person.represents.is_empty() {
            "none (the login shows the advice for a person without a mandate)".to_owned()
        } else {
            person
                .represents
                .iter()
                .map(|(id, basis)| {
                    let basis = match basis {
                        SigningBasis::ResponsiblePerson => "responsible person",
                        SigningBasis::Mandate => "Suomi.fi mandate",
                    };
                    format!("{id} ({basis})")
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        out += &format!("| `{}` | {} | {} |\n", person.id, person.name, acts_for);
    }
    out += "\n## Organisations\n\n\
            | Business ID | Name | Customer type | OID | Kanta services in use |\n|---|---|---|---|---|\n";
    for org in ORGANISATIONS {
        let in_use = if org.services_in_use.is_empty() {
            "none".to_owned()
        } else {
            org.services_in_use
                .iter()
                .map(|s| format!("`{}`", wire(s)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        out += &format!(
            "| {} | {} | `{}` | {} | {} |\n",
            org.business_id,
            org.name,
            wire(&org.customer_type),
            org.oid,
            in_use
        );
    }
    out
}

#[test]
fn the_testers_list_of_persons_and_organisations_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/webdriver/test-environment.md");
    let fresh = render();
    if std::env::var_os("KANTA_UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &fresh).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == fresh,
        "tests/webdriver/test-environment.md is out of date: run \
         KANTA_UPDATE_BINDINGS=1 cargo test -p kanta-domain --test test_environment_doc"
    );
    // The list names every person and organisation the login dialog offers.
    assert!(PERSONS.iter().all(|p| committed.contains(&format!("`{}`", p.id))));
    assert!(ORGANISATIONS.iter().all(|o| committed.contains(o.business_id)));
}
