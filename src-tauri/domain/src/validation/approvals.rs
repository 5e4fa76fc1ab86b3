//! The two approvals: the service description accepted (every application) and the commitment
//! signed (the organisation's first application only), with who did it. The app fills these in
//! from the identified person; a file made elsewhere is checked like the rest.

use super::{join, FieldSpec, Finding, MessageArg, ValidationCode};
use crate::model::{application::COMMITMENT_TEXT_VERSION, Acceptance, Commitment};

pub const DESCRIPTION_PATH: &str = "application.serviceDescription";
pub const COMMITMENT_PATH: &str = "application.commitment";

/// The service description step's one field: the acceptance, mandatory.
pub fn description_fields() -> Vec<FieldSpec> {
    vec![FieldSpec::whole(DESCRIPTION_PATH)]
}

/// The commitment step's one field: the signature, mandatory where the step is.
pub fn commitment_fields() -> Vec<FieldSpec> {
    vec![FieldSpec::whole(COMMITMENT_PATH)]
}

pub fn normalise(acceptance: Option<&mut Acceptance>, commitment: Option<&mut Commitment>) {
    if let Some(a) = acceptance {
        a.accepted_by = a.accepted_by.trim().to_owned();
    }
    if let Some(c) = commitment {
        c.signed_by = c.signed_by.trim().to_owned();
        c.text_version = c.text_version.trim().to_owned();
    }
}

pub fn validate_acceptance(acceptance: Option<&Acceptance>) -> Vec<Finding> {
    match acceptance {
        None => vec![Finding::new(DESCRIPTION_PATH, ValidationCode::Required)],
        Some(a) if a.accepted_by.is_empty() => {
            vec![Finding::new(
                join(DESCRIPTION_PATH, "acceptedBy"),
                ValidationCode::Required,
            )]
        }
        Some(_) => Vec::new(),
    }
}

/// `required`: the application has the commitment step.
pub fn validate_commitment(commitment: Option<&Commitment>, required: bool) -> Vec<Finding> {
    match (commitment, required) {
        (None, true) => vec![Finding::new(COMMITMENT_PATH, ValidationCode::Required)],
        (None, false) => Vec::new(),
        (Some(_), false) => vec![Finding::new(COMMITMENT_PATH, ValidationCode::SectionNotApplicable)],
        (Some(c), true) => {
            let mut findings = Vec::new();
            if c.signed_by.is_empty() {
                findings.push(Finding::new(
                    join(COMMITMENT_PATH, "signedBy"),
                    ValidationCode::Required,
                ));
            }
            if c.text_version != COMMITMENT_TEXT_VERSION {
                findings.push(
                    Finding::new(
                        join(COMMITMENT_PATH, "textVersion"),
                        ValidationCode::CommitmentTextVersion,
                    )
                    .with_arg("expected", MessageArg::Text(COMMITMENT_TEXT_VERSION.to_owned())),
                );
            }
            findings
        }
    }
}
