//! Property tests: no input to any validator, to the file parser or to `check` panics. Whatever
//! a user types or a vendor's system writes, the answer is a finding or a parse error.

use std::ffi::OsString;

use kanta_app::cli;
use kanta_domain::{
    model::document,
    validation::{application, business_id, certificate_card, e_invoice, email, oid, phone, postal_code},
};
use proptest::prelude::*;

fn catalog() -> &'static kanta_i18n::Catalog {
    static CATALOG: std::sync::OnceLock<kanta_i18n::Catalog> = std::sync::OnceLock::new();
    CATALOG.get_or_init(|| kanta_i18n::Catalog::embedded().unwrap())
}

const EXAMPLES: [&str; 5] = [
    include_str!("../../../tests/examples/patient-data-repository.json"),
    include_str!("../../../tests/examples/client-data-archive.json"),
    include_str!("../../../tests/examples/prescription.json"),
    include_str!("../../../tests/examples/imaging-archive.json"),
    include_str!("../../../tests/examples/many-errors.json"),
];

/// Text a person or a broken export might produce: any Unicode, and phone-, code- and
/// address-like text, which reaches deeper into the parsers than random characters do.
fn field_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,40}",
        "[+0-9 ()-]{0,25}",
        "[0-9A-Za-z.@-]{0,40}",
        "(0037)?[0-9A-Z ]{0,20}",
        "[0-9.]{0,40}",
    ]
}

/// Every string leaf of a JSON value, as a mutable reference.
fn strings(value: &mut serde_json::Value) -> Vec<&mut String> {
    match value {
        serde_json::Value::String(s) => vec![s],
        serde_json::Value::Array(items) => items.iter_mut().flat_map(strings).collect(),
        serde_json::Value::Object(map) => map.values_mut().flat_map(strings).collect(),
        _ => Vec::new(),
    }
}

proptest! {
    #[test]
    fn no_validator_panics(text in field_text()) {
        let _ = business_id::BusinessId::parse(&text);
        let _ = business_id::normalise(&text);
        let _ = oid::check(&text);
        let _ = certificate_card::is_valid(&certificate_card::normalise(&text));
        let normal = e_invoice::normalise(&text);
        let _ = e_invoice::parse_address(&normal);
        let _ = e_invoice::parse_operator(&normal);
        let _ = e_invoice::parse_address(&text);
        let _ = email::is_valid(&text);
        let _ = email::normalise(&text);
        let _ = phone::is_valid(&text);
        let _ = phone::can_take_sms(&text);
        let _ = phone::normalise(&text);
        let _ = postal_code::is_valid(&text);
    }

    #[test]
    fn the_parser_never_panics_on_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200), text in any::<String>()) {
        kanta_app::fuzzing::parse_and_validate(&bytes, catalog());
        let _ = document::parse(&text);
    }

    /// Real files with their values replaced: these parse, so validation runs on them.
    #[test]
    fn validation_never_panics_on_any_values(
        example in 0..EXAMPLES.len(),
        replacements in proptest::collection::vec((any::<prop::sample::Index>(), field_text()), 1..12),
    ) {
        let mut value: serde_json::Value = serde_json::from_str(EXAMPLES[example]).unwrap();
        {
            let mut leaves = strings(&mut value);
            for (index, text) in replacements {
                let at = index.index(leaves.len());
                *leaves[at] = text;
            }
        }
        let text = value.to_string();
        kanta_app::fuzzing::parse_and_validate(text.as_bytes(), catalog());
        if let Ok(file) = document::parse(&text) {
            let findings = application::validate(&file);
            let mut normal = file.clone();
            application::normalise(&mut normal);
            // Normalising is idempotent, and a normalised file finds the same.
            let mut again = normal.clone();
            application::normalise(&mut again);
            prop_assert_eq!(&again, &normal);
            prop_assert_eq!(application::validate_normalised(&normal), findings);
        }
    }

    /// `check` end to end, on truncated and garbled real files.
    #[test]
    fn check_never_panics(example in 0..EXAMPLES.len(), cut in any::<prop::sample::Index>(), garbage in any::<String>()) {
        let text = EXAMPLES[example];
        let mut at = cut.index(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("file.json");
        std::fs::write(&path, format!("{}{garbage}", &text[..at])).unwrap();
        let args = ["kanta-extranet", "check", path.to_str().unwrap(), "--format", "json"].map(OsString::from);
        let code = cli::run(args, &mut Vec::new(), &mut Vec::new());
        prop_assert!(code <= 2);
    }
}
