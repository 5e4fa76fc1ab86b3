//! What the app formats itself, and the ids the UI builds from codes.
//!
//! [`ids_built_from_codes`] lists every id the UI builds from a code (`ui/src/lib/messages.ts`):
//! the names of roles, customer types, statuses and signing bases, each service's instructions
//! and description summary, and each section's instructions. A test checks that all exist in
//! both languages, so a new code cannot reach the screen without its text.

use crate::codes::code_message_id;

/// Every id the UI builds from a code.
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Catalog;

    #[test]
    fn every_id_the_ui_builds_from_codes_exists_in_both_languages() {
        let ids = ids_built_from_codes();
        assert!(ids.contains(&"role-archivist".to_owned()) && ids.contains(&"instructions-billing".to_owned()));
        assert_eq!(Catalog::embedded().unwrap().missing(ids), Vec::<String>::new());
    }
}
