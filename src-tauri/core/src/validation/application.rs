//! The whole application file, checked as the rules decide: the sections this application has
//! are validated, the ones it does not have are a warning when filled in (they are ignored).
//! `normalise` first, then `validate`: what is checked is what would be stored.

use super::{
    approvals, billing, business_id::BusinessId, connection_points, contacts, customer, register, service_usage,
    Finding, ValidationCode,
};
use crate::{
    model::ApplicationFile,
    wizard::{rules, StepId, WizardContext},
};

/// The rules' context of a file.
pub fn context(file: &ApplicationFile) -> WizardContext {
    WizardContext {
        service: file.application.service,
        customer_type: file.organisation.customer_type,
        first_application: file.organisation.is_first_application(),
    }
}

/// Puts every value into its normal form (trimmed; phone numbers in E.164; e-mail domains in
/// lower case; Y-tunnus with seven digits; e-invoice codes without spaces).
pub fn normalise(file: &mut ApplicationFile) {
    let organisation = &mut file.organisation;
    register::normalise(&mut organisation.register);
    customer::normalise(&mut organisation.customer);
    organisation.contacts.iter_mut().for_each(contacts::normalise);
    let application = &mut file.application;
    connection_points::normalise(&mut application.connection_points);
    service_usage::normalise(&mut application.service_usage);
    billing::normalise(&mut application.billing);
    approvals::normalise(
        application.service_description.as_mut(),
        application.commitment.as_mut(),
    );
}

/// Every finding about a file, in the order of the wizard. Normalises a copy first.
pub fn validate(file: &ApplicationFile) -> Vec<Finding> {
    let mut file = file.clone();
    normalise(&mut file);
    validate_normalised(&file)
}

/// Every finding about an already normalised file.
pub fn validate_normalised(file: &ApplicationFile) -> Vec<Finding> {
    let ctx = context(file);
    let (organisation, application) = (&file.organisation, &file.application);
    let mut findings = Vec::new();

    if !rules::may_apply(ctx.customer_type, ctx.service) {
        findings.push(
            Finding::new("application.service", ValidationCode::ServiceNotAvailable)
                .with_code("service", &ctx.service)
                .with_code("customerType", &ctx.customer_type),
        );
    }
    if organisation.services_in_use.contains(&ctx.service) {
        findings.push(
            Finding::new("application.service", ValidationCode::ServiceAlreadyInUse).with_code("service", &ctx.service),
        );
    }
    findings.extend(register::validate(&organisation.register));
    findings.extend(connection_points::validate(&application.connection_points, ctx));

    if ctx.has_step(StepId::ServiceUsage) {
        findings.extend(service_usage::validate(&application.service_usage));
    } else if !application.service_usage.is_empty() {
        findings.push(Finding::new(service_usage::PATH, ValidationCode::SectionNotApplicable));
    }

    findings.extend(customer::validate(&organisation.customer));
    findings.extend(contacts::validate(&organisation.contacts, ctx));

    if ctx.has_step(StepId::Billing) {
        let customer_id = BusinessId::parse(&organisation.register.business_id).ok();
        findings.extend(billing::validate(&application.billing, customer_id));
    } else if !application.billing.is_empty() {
        findings.push(Finding::new(billing::PATH, ValidationCode::SectionNotApplicable));
    }

    findings.extend(approvals::validate_acceptance(application.service_description.as_ref()));
    findings.extend(approvals::validate_commitment(
        application.commitment.as_ref(),
        ctx.has_step(StepId::Commitment),
    ));
    findings
}
