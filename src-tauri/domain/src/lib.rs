//! `kanta-domain`: what a Kanta customer relationship is, and every rule about it. The model
//! (the organisation profile, the application, the application file), the codes and code lists,
//! the rules table (`rules`: who may apply for what, which steps and roles each application has),
//! the wizard's steps and sections, validation (codes with arguments, never sentences), who acts
//! for whom (`identity`), what a delivery's outcome means (`delivery`), and the built-in test
//! environment's fictional organisations and persons, and the public pages the guide names
//! (`links`).
//!
//! Invariant: pure. No I/O, no database, no network, no Fluent, no async runtime: the test
//! command checks with `cargo tree` that none of rusqlite, reqwest, printpdf, fluent or tokio is
//! among its dependencies. Everything above it (storage, identification, the PDFs, sending, the
//! application crate) asks these types and rules and decides nothing of its own.
//!
//! Inside, the modules depend in one direction: `codes` ← `step`, `model` ← `rules` ←
//! `validation` ← `wizard`; `identity`, `delivery`, `codelists`, `links` and `test_environment` beside.

pub mod codelists;
pub mod codes;
pub mod delivery;
pub mod identity;
pub mod links;
pub mod model;
pub mod rules;
pub mod step;
pub mod test_environment;
pub mod validation;
pub mod wizard;

pub use kanta_language::Language;
