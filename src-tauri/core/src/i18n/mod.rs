//! The texts of the app: `i18n/fi/*.ftl` and `i18n/sv/*.ftl`, embedded at build time.
//!
//! The core formats native texts (the window title, later the PDF) with fluent-bundle, and hands
//! the very same sources to the UI, which formats them with @fluent/bundle. One source, two
//! formatters. Placeables are not wrapped in Unicode isolation marks on either side
//! (`set_use_isolating(false)` here, `useIsolating: false` in the UI): the app has no
//! right-to-left text, and the marks would leak into window titles, PDFs and test comparisons.
//!
//! Message ids are kebab-case. Ids built from codes follow fixed patterns, checked by tests:
//! `validation-<ValidationCode>`, `step-<StepId>`, `error-<error code>`, and the ones the UI
//! builds in `ui/src/lib/messages.ts` ([`ids_built_from_codes`]).

pub mod parity;

/// The ids Rust code formats by name. Every id named in Rust is listed here, so a test checks it
/// exists in both languages; ids built from codes go through [`code_message_id`].
pub mod ids {
    /// The native window title.
    pub const APP_TITLE: &str = "app-title";
    /// The title of the OS save dialog of an export.
    pub const EXPORT_DIALOG_TITLE: &str = "export-dialog-title";

    /// The page the browser shows when it has brought the login back to the app.
    pub const LOGIN_BROWSER_DONE: &str = "login-browser-done";
    /// The title of the OS save dialog of a PDF.
    pub const PDF_DIALOG_TITLE: &str = "pdf-dialog-title";
    pub const ALL: &[&str] = &[APP_TITLE, EXPORT_DIALOG_TITLE, LOGIN_BROWSER_DONE, PDF_DIALOG_TITLE];
}

use std::borrow::Cow;

use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};
use serde::Serialize;
use thiserror::Error;
use ts_rs::TS;

use crate::Language;

/// The Fluent id of a code: `<prefix>-<code as serialised>`, e.g. `validation-postal-code` for
/// `ValidationCode::PostalCode`. Every id built from a code goes through here.
pub fn code_message_id<T: Serialize>(prefix: &str, code: &T) -> String {
    format!("{prefix}-{}", crate::codes::name(code))
}

/// Every id the UI builds from a code (`ui/src/lib/messages.ts`): the names of roles, customer
/// types, statuses and signing bases, each service's instructions and description summary, and
/// each section's instructions. A test checks that all exist in both languages, so a new code
/// cannot reach the screen without its text.
pub fn ids_built_from_codes() -> Vec<String> {
    use crate::{
        model::{ApplicationStatus, CommonRole, CustomerType, Service, ServiceRole, SigningBasis},
        validation::ValidationCode,
        wizard::sections::SECTIONS,
    };
    let mut ids: Vec<String> = Vec::new();
    ids.extend(ValidationCode::ALL.map(|c| code_message_id("validation", &c)));
    ids.extend(CommonRole::ALL.map(|r| code_message_id("role", &r)));
    ids.extend(ServiceRole::ALL.map(|r| code_message_id("role", &r)));
    ids.extend(CustomerType::ALL.map(|c| code_message_id("customer-type", &c)));
    ids.extend(ApplicationStatus::ALL.map(|s| code_message_id("application-status", &s)));
    ids.extend(SigningBasis::ALL.map(|b| code_message_id("signing-basis", &b)));
    ids.extend(crate::storage::outbox::OutboxState::ALL.map(|s| code_message_id("delivery-state", &s)));
    ids.extend(crate::sending::DeliveryProblem::KINDS.map(|kind| format!("delivery-problem-{kind}")));
    ids.extend(crate::import::ImportPart::ALL.map(|p| code_message_id("import-part", &p)));
    for service in Service::ALL {
        ids.push(code_message_id("instructions-intro", &service));
        ids.push(code_message_id("service-description", &service));
    }
    for section in SECTIONS {
        let id = code_message_id("instructions", &section.step);
        ids.push(format!("{id}-heading"));
        ids.push(id);
    }
    ids
}

/// One `.ftl` file as the build embedded it.
pub struct EmbeddedFile {
    pub lang: &'static str,
    pub name: &'static str,
    pub source: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/embedded_ftl.rs"));

/// One `.ftl` file as handed to the UI.
#[derive(Debug, Clone, Serialize, TS)]
pub struct FtlFile {
    pub name: String,
    pub source: String,
}

#[derive(Debug, Error)]
pub enum I18nError {
    #[error("i18n/{lang}/{file} has syntax errors: {detail}")]
    Syntax {
        lang: &'static str,
        file: String,
        detail: String,
    },
    #[error("i18n/{lang}/{file}: message {id} is defined in more than one place")]
    Duplicate {
        lang: &'static str,
        file: String,
        id: String,
    },
}

/// The formatted-texts catalog for both languages.
pub struct Catalog {
    fi: FluentBundle<FluentResource>,
    sv: FluentBundle<FluentResource>,
}

impl Catalog {
    /// The catalog of the files embedded in this build.
    pub fn embedded() -> Result<Catalog, I18nError> {
        let pick = |lang: Language| {
            EMBEDDED
                .iter()
                .filter(move |f| f.lang == lang.tag())
                .map(|f| (f.name, f.source))
        };
        Ok(Catalog {
            fi: bundle(Language::Fi, pick(Language::Fi))?,
            sv: bundle(Language::Sv, pick(Language::Sv))?,
        })
    }

    /// The embedded `.ftl` sources of one language, for the UI.
    pub fn files(lang: Language) -> Vec<FtlFile> {
        EMBEDDED
            .iter()
            .filter(|f| f.lang == lang.tag())
            .map(|f| FtlFile {
                name: f.name.to_owned(),
                source: f.source.to_owned(),
            })
            .collect()
    }

    fn bundle(&self, lang: Language) -> &FluentBundle<FluentResource> {
        match lang {
            Language::Fi => &self.fi,
            Language::Sv => &self.sv,
        }
    }

    pub fn has_message(&self, lang: Language, id: &str) -> bool {
        self.bundle(lang).get_message(id).is_some_and(|m| m.value().is_some())
    }

    /// The ids, among `ids`, that either language lacks, as `id (lang)`: what the tests that
    /// every named or code-built id exists assert to be empty.
    pub fn missing<I: AsRef<str>>(&self, ids: impl IntoIterator<Item = I>) -> Vec<String> {
        let mut missing = Vec::new();
        for id in ids {
            let id = id.as_ref();
            for lang in Language::ALL.into_iter().filter(|lang| !self.has_message(*lang, id)) {
                missing.push(format!("{id} ({})", lang.tag()));
            }
        }
        missing
    }

    /// Formats a message. A missing id or a formatting error is a bug the tests catch; at run
    /// time the user then sees the id rather than nothing, and the log says which id.
    pub fn format(&self, lang: Language, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = self.bundle(lang);
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            tracing::error!(id, lang = lang.tag(), "message missing from the catalog");
            return id.to_owned();
        };
        let mut errors = Vec::new();
        let text: Cow<str> = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            tracing::error!(id, lang = lang.tag(), ?errors, "message formatted with errors");
        }
        text.into_owned()
    }
}

fn bundle<'a>(
    lang: Language,
    files: impl Iterator<Item = (&'a str, &'a str)>,
) -> Result<FluentBundle<FluentResource>, I18nError> {
    let langid = lang.tag().parse().expect("fi and sv are valid language ids");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    for (name, source) in files {
        let resource = FluentResource::try_new(source.to_owned()).map_err(|(_, errors)| I18nError::Syntax {
            lang: lang.tag(),
            file: name.to_owned(),
            detail: format!("{errors:?}"),
        })?;
        bundle.add_resource(resource).map_err(|errors| I18nError::Duplicate {
            lang: lang.tag(),
            file: name.to_owned(),
            id: errors.iter().map(|e| format!("{e}")).collect::<Vec<_>>().join(", "),
        })?;
    }
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use fluent_bundle::FluentArgs;

    use super::*;

    #[test]
    fn both_languages_load_and_format() {
        let catalog = Catalog::embedded().unwrap();
        assert_eq!(catalog.format(Language::Fi, ids::APP_TITLE, None), "Kanta Extranet");
        assert_eq!(catalog.format(Language::Sv, ids::APP_TITLE, None), "Kanta Extranätet");
    }

    #[test]
    fn variables_are_substituted_without_isolation_marks() {
        let catalog = Catalog::embedded().unwrap();
        let mut args = FluentArgs::new();
        args.set("max", 100);
        let sv = catalog.format(Language::Sv, "validation-too-long", Some(&args));
        assert!(sv.contains("100"), "{sv}");
        assert!(!sv.contains('\u{2068}') && !sv.contains('\u{2069}'), "{sv:?}");
    }

    #[test]
    fn every_id_named_in_rust_exists_in_both_languages() {
        assert_eq!(Catalog::embedded().unwrap().missing(ids::ALL), Vec::<String>::new());
        assert_eq!(
            Catalog::embedded().unwrap().missing(["no-such-id"]),
            vec!["no-such-id (fi)", "no-such-id (sv)"]
        );
    }

    #[test]
    fn every_id_the_ui_builds_from_codes_exists_in_both_languages() {
        let ids = ids_built_from_codes();
        assert!(ids.contains(&"role-archivist".to_owned()) && ids.contains(&"instructions-billing".to_owned()));
        assert_eq!(Catalog::embedded().unwrap().missing(ids), Vec::<String>::new());
    }

    #[test]
    fn a_missing_id_shows_the_id() {
        let catalog = Catalog::embedded().unwrap();
        assert!(!catalog.has_message(Language::Fi, "no-such-message"));
        assert_eq!(catalog.format(Language::Fi, "no-such-message", None), "no-such-message");
    }

    #[test]
    fn the_ui_gets_the_same_files_for_both_languages() {
        let names = |lang| Catalog::files(lang).into_iter().map(|f| f.name).collect::<Vec<_>>();
        assert!(!names(Language::Fi).is_empty());
        assert_eq!(names(Language::Fi), names(Language::Sv));
    }

    #[test]
    fn a_broken_file_is_reported_with_its_name() {
        let err = bundle(
            Language::Fi,
            [("broken.ftl", "ok = fine\nnot valid fluent {")].into_iter(),
        )
        .err()
        .unwrap();
        assert!(err.to_string().contains("broken.ftl"), "{err}");
    }
}
