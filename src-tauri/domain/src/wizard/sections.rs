//! Which step each part of the application file is filled in on. Validation names places in
//! the file (`organisation.contacts[2].phone`); this table tells the wizard on which step a
//! finding belongs, so each step shows its own and the summary can send the user to the right
//! one. Findings about the application as a whole (its service, the register data) belong to
//! the summary.

use crate::{
    step::StepId,
    validation::{approvals, billing, connection_points, contacts, customer, service_usage, FieldSpec},
};

/// A part of the application file and the step that edits it.
pub struct Section {
    pub path: &'static str,
    pub step: StepId,
    /// Its fields, with whether each is mandatory, for the step's screen.
    pub fields: fn() -> Vec<FieldSpec>,
}

/// The sections, in the wizard's order.
#[rustfmt::skip]
pub const SECTIONS: &[Section] = &[
    Section { path: connection_points::PATH,     step: StepId::ConnectionPoints,   fields: connection_points::fields },
    Section { path: service_usage::PATH,         step: StepId::ServiceUsage,       fields: service_usage::fields },
    Section { path: customer::PATH,              step: StepId::CustomerData,       fields: customer::fields },
    Section { path: contacts::PATH,              step: StepId::Contacts,           fields: contacts::fields },
    Section { path: billing::PATH,               step: StepId::Billing,            fields: billing::fields },
    Section { path: approvals::DESCRIPTION_PATH, step: StepId::ServiceDescription, fields: approvals::description_fields },
    Section { path: approvals::COMMITMENT_PATH,  step: StepId::Commitment,         fields: approvals::commitment_fields },
];

/// The step whose screen edits `path`.
pub fn step_of(path: &str) -> StepId {
    SECTIONS
        .iter()
        .find(|section| is_within(path, section.path))
        .map_or(StepId::Summary, |section| section.step)
}

/// The fields `step` edits, in order; none for the steps that edit no section.
pub fn fields(step: StepId) -> Vec<FieldSpec> {
    SECTIONS
        .iter()
        .find(|section| section.step == step)
        .map_or_else(Vec::new, |section| (section.fields)())
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
        for section in SECTIONS {
            assert!(crate::rules::STEPS.iter().any(|r| r.step == section.step));
        }
    }
}
