//! Any bytes as an application file: parsing, validation and message formatting must never
//! panic, and a normalised file must read back the same (`kanta_app::fuzzing`).
#![no_main]

use std::sync::OnceLock;

use kanta_i18n::Catalog;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    let catalog = CATALOG.get_or_init(|| Catalog::embedded().expect("the embedded texts load"));
    kanta_app::fuzzing::parse_and_validate(data, catalog);
});
