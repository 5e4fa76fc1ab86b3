//! The texts of domain values: which message says what about a finding or an unreadable file,
//! for the command line, the PDFs and the UI's error payload; and the ids the UI builds from
//! codes.
//!
//! [`ids_built_from_codes`] lists every id the UI builds from a code (`ui/src/lib/messages.ts`):
//! the names of roles, customer types, statuses and signing bases, each service's instructions
//! and description summary, and each section's instructions. A test checks that all exist in
//! both languages, so a new code cannot reach the screen without its text.

use kanta_domain::{
    codes::code_message_id,
    model::document::{ParseError, FILE_FORMAT},
    validation::{Finding, MessageArg},
    Language,
};
use kanta_i18n::{messages, Arg, Catalog, Message};

/// A finding's message in `lang`, for native output (the command line, print); the UI formats
/// the same message id (`validation-<code>`) and arguments itself.
pub fn finding(catalog: &Catalog, lang: Language, finding: &Finding) -> String {
    let args = finding.args.iter().map(|(name, value)| {
        let value = match value {
            MessageArg::Number(n) => Arg::from(*n),
            MessageArg::Text(t) => Arg::from(t),
        };
        (name.as_str(), value)
    });
    catalog.format_with(lang, &finding.code.message_id(), args)
}

/// The message that says why a file is not an application file, with where and what serde_json
/// said.
pub fn unreadable_file(error: &ParseError) -> Message {
    match error {
        ParseError::TooLarge { bytes, limit } => {
            messages::file_error_too_large(*limit / 1_048_576, (*bytes as f64 / 1_048_576.0 * 10.0).round() / 10.0)
        }
        ParseError::Syntax { line, column, detail } => messages::file_error_syntax(*column, detail, *line),
        ParseError::Truncated { line, column } => messages::file_error_truncated(*column, *line),
        ParseError::Shape { line, column, detail } => messages::file_error_shape(*column, detail, *line),
        ParseError::UnsupportedFormat { found } => messages::file_error_unsupported_format(found, FILE_FORMAT),
        ParseError::Encoding => messages::file_error_encoding(),
        ParseError::TooManyItems { at, count, limit } => messages::file_error_too_many_items(at, *count, *limit),
        ParseError::TextTooLong { at, chars, limit } => messages::file_error_text_too_long(at, *chars, *limit),
    }
}

/// Every id the UI builds from a code.
pub fn ids_built_from_codes() -> Vec<String> {
    use kanta_domain::{
        model::{ApplicationStatus, CommonRole, CustomerType, Service, ServiceRole, SigningBasis},
        validation::ValidationCode,
        wizard::sections::SECTIONS,
    };
    let mut ids: Vec<String> = Vec::new();
    ids.extend(ValidationCode::ALL.map(|c| code_message_id("validation", &c)));
    ids.extend(CommonRole::ALL.map(|r| code_message_id("role", &r)));
    ids.extend(ServiceRole::ALL.map(|r| code_message_id("role", &r)));
    ids.extend(CommonRole::ALL.map(|r| format!("{}-description", code_message_id("role", &r))));
    ids.extend(ServiceRole::ALL.map(|r| format!("{}-description", code_message_id("role", &r))));
    ids.extend(CustomerType::ALL.map(|c| code_message_id("customer-type", &c)));
    ids.extend(ApplicationStatus::ALL.map(|s| code_message_id("application-status", &s)));
    ids.extend(SigningBasis::ALL.map(|b| code_message_id("signing-basis", &b)));
    ids.extend(kanta_domain::delivery::OutboxState::ALL.map(|s| code_message_id("delivery-state", &s)));
    ids.extend(kanta_domain::delivery::DeliveryProblem::KINDS.map(|kind| format!("delivery-problem-{kind}")));
    ids.extend(crate::import::ImportPart::ALL.map(|p| code_message_id("import-part", &p)));
    ids.extend(kanta_domain::links::Link::ALL.map(|link| link.title_id()));
    ids.extend(crate::service_summary::Stale::ALL.map(|s| code_message_id("in-use-stale", &s)));
    ids.extend(kanta_domain::model::ChangeKind::ALL.map(|k| code_message_id("change-kind", &k)));
    ids.extend(kanta_domain::model::ChangeStatus::ALL.map(|s| code_message_id("change-status", &s)));
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

#[cfg(test)]
mod tests {
    use super::*;
    use kanta_domain::{
        model::Service,
        rules,
        step::StepState,
        validation::{Finding, ValidationCode},
    };

    #[test]
    fn every_id_the_ui_builds_from_codes_exists_in_both_languages() {
        let ids = ids_built_from_codes();
        assert!(ids.contains(&"role-archivist".to_owned()) && ids.contains(&"instructions-billing".to_owned()));
        assert_eq!(Catalog::embedded().unwrap().missing(ids), Vec::<String>::new());
    }

    #[test]
    fn every_code_has_a_message_in_both_languages() {
        let catalog = Catalog::embedded().unwrap();
        assert_eq!(
            catalog.missing(ValidationCode::ALL.map(ValidationCode::message_id)),
            Vec::<String>::new()
        );
    }

    /// Every code's message formats in both languages with the arguments findings carry: no
    /// variable left unfilled, no selector without a match.
    #[test]
    fn every_message_formats_with_its_arguments() {
        let catalog = Catalog::embedded().unwrap();
        for code in ValidationCode::ALL {
            let mut finding = Finding::new("x", code)
                .with_arg("max", MessageArg::Number(5))
                .with_code("service", &kanta_domain::model::Service::Prescription)
                .with_code("customerType", &kanta_domain::model::CustomerType::Pharmacy)
                .with_arg("code", MessageArg::Text("sample-x".into()))
                .with_arg("businessId", MessageArg::Text("0246246-0".into()))
                .with_arg("expected", MessageArg::Text("2023-09-04".into()));
            // Role-not-for-service is about service roles only; role-missing about both kinds.
            let common = kanta_domain::model::CommonRole::ALL
                .iter()
                .map(kanta_domain::codes::name);
            let common = common.filter(|_| code != ValidationCode::RoleNotForService);
            for role in common.chain(
                kanta_domain::model::ServiceRole::ALL
                    .iter()
                    .map(kanta_domain::codes::name),
            ) {
                finding = finding.with_arg("role", MessageArg::Text(role.clone()));
                for lang in kanta_domain::Language::ALL {
                    let text = super::finding(&catalog, lang, &finding);
                    assert!(!text.contains('{') && text.ends_with('.'), "{code:?} {lang:?}: {text}");
                    assert!(
                        !text.contains(&role),
                        "{code:?} {lang:?} names the role in words: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn every_step_and_service_has_a_title_in_both_languages() {
        let catalog = Catalog::embedded().unwrap();
        let ids = rules::STEPS
            .iter()
            .map(|r| r.step.title_id())
            .chain(Service::ALL.map(Service::title_id));
        assert_eq!(catalog.missing(ids), Vec::<String>::new());
    }

    #[test]
    fn every_state_has_a_name_in_both_languages() {
        let catalog = Catalog::embedded().unwrap();
        assert_eq!(
            catalog.missing(StepState::ALL.map(StepState::message_id)),
            Vec::<String>::new()
        );
    }
}
