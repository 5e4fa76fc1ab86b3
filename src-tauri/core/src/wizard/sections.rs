//! Which step each part of the application file is filled in on. Validation names places in
//! the file (`organisation.contacts[2].phone`); this table tells the wizard on which step a
//! finding belongs, so each step shows its own and the summary can send the user to the right
//! one. Findings about the application as a whole (its service, the register data) belong to
//! the summary.

use super::StepId;
use crate::validation::{approvals, billing, connection_points, contacts, customer, service_usage};

/// The section paths, each with the step that edits it.
pub const SECTIONS: &[(&str, StepId)] = &[
    (connection_points::PATH, StepId::ConnectionPoints),
    (service_usage::PATH, StepId::ServiceUsage),
    (customer::PATH, StepId::CustomerData),
    (contacts::PATH, StepId::Contacts),
    (billing::PATH, StepId::Billing),
    (approvals::DESCRIPTION_PATH, StepId::ServiceDescription),
    (approvals::COMMITMENT_PATH, StepId::Commitment),
];

/// The step whose screen edits `path`.
pub fn step_of(path: &str) -> StepId {
    SECTIONS
        .iter()
        .find(|(prefix, _)| is_within(path, prefix))
        .map_or(StepId::Summary, |(_, step)| *step)
}

/// `path` is `prefix` itself or inside it (`prefix.x`, `prefix[3]`).
fn is_within(path: &str, prefix: &str) -> bool {
    path.strip_prefix(prefix)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn findings_go_to_the_step_that_edits_them() {
        for (path, step) in [
            ("application.connectionPoints", StepId::ConnectionPoints),
            ("application.connectionPoints[1].systems[0]", StepId::ConnectionPoints),
            ("application.serviceUsage.systemProfile", StepId::ServiceUsage),
            ("organisation.customer.phone", StepId::CustomerData),
            ("organisation.contacts", StepId::Contacts),
            ("organisation.contacts[12].certificateCard", StepId::Contacts),
            ("application.billing.language", StepId::Billing),
            ("application.serviceDescription", StepId::ServiceDescription),
            ("application.commitment.textVersion", StepId::Commitment),
            ("application.service", StepId::Summary),
            ("organisation.register.businessId", StepId::Summary),
            ("organisation.customerX", StepId::Summary),
        ] {
            assert_eq!(step_of(path), step, "{path}");
        }
    }

    #[test]
    fn every_section_is_a_step_of_the_rules() {
        for (_, step) in SECTIONS {
            assert!(super::super::rules::STEPS.iter().any(|r| r.step == *step));
        }
    }
}
