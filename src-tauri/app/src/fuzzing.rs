//! The entry point of the fuzz target (`src-tauri/app/fuzz`): bytes in, parse, normalise,
//! validate, format every message. It lives here, not in the target, so the property tests run
//! the same code on every `cargo test` and the target cannot rot unnoticed.

use crate::texts;
use kanta_domain::{model::document, validation::application, Language};
use kanta_i18n::Catalog;

/// Never panics, whatever the bytes.
pub fn parse_and_validate(bytes: &[u8], catalog: &Catalog) {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let Ok(file) = document::parse(text) else { return };
    let findings = application::validate(&file);
    for finding in &findings {
        for lang in Language::ALL {
            let _ = texts::finding(catalog, lang, finding);
        }
    }
    // What is written back must read back the same.
    let mut normal = file.clone();
    application::normalise(&mut normal);
    let reread = document::parse(&normal.to_json_pretty()).expect("a written file reads back");
    assert_eq!(reread, normal, "a normalised file survives writing and reading");
}
