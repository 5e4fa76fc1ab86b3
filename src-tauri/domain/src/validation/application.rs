//! The whole application file, checked as the rules decide: the sections this application has
//! are validated, the ones it does not have are a warning when filled in (they are ignored).
//! `normalise` first, then `validate`: what is checked is what would be stored.

use super::{
    approvals, billing, business_id::BusinessId, connection_points, contacts, customer, register, service_usage,
    Finding, ValidationCode,
};
use crate::{
    model::ApplicationFile,
    rules::{self, context},
    step::StepId,
};

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
    let ctx = context(&file.organisation, &file.application);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{document, Contact, ContactKind, CustomerType, Service, ServiceRole};
    use crate::validation::MessageArg;

    /// The example files vendors are pointed to, in `tests/examples/`.
    pub(crate) const VALID_EXAMPLES: [(&str, &str); 4] = [
        (
            "patient-data-repository",
            include_str!("../../../../tests/examples/patient-data-repository.json"),
        ),
        (
            "client-data-archive",
            include_str!("../../../../tests/examples/client-data-archive.json"),
        ),
        (
            "prescription",
            include_str!("../../../../tests/examples/prescription.json"),
        ),
        (
            "imaging-archive",
            include_str!("../../../../tests/examples/imaging-archive.json"),
        ),
    ];
    const MANY_ERRORS: &str = include_str!("../../../../tests/examples/many-errors.json");

    fn findings(text: &str) -> Vec<(String, ValidationCode)> {
        validate(&document::parse(text).unwrap())
            .into_iter()
            .map(|f| (f.path, f.code))
            .collect()
    }

    #[test]
    fn every_valid_example_has_no_errors() {
        for (name, text) in VALID_EXAMPLES {
            let file = document::parse(text).unwrap();
            assert_eq!(file.application.service.as_str(), name);
            let errors: Vec<_> = validate(&file).into_iter().filter(Finding::is_error).collect();
            assert_eq!(errors, vec![], "{name}");
        }
    }

    #[test]
    fn the_prescription_example_is_reminded_of_thl() {
        let (_, text) = VALID_EXAMPLES[2];
        assert_eq!(
            findings(text),
            vec![(
                "application.connectionPoints[0].renewalRequests".into(),
                ValidationCode::RenewalRequestsReportToThl
            )]
        );
    }

    #[test]
    fn the_bad_example_reports_every_problem() {
        use ValidationCode::*;
        let expected: Vec<(&str, ValidationCode)> = vec![
            ("application.service", ServiceNotAvailable),
            ("organisation.register.name", Required),
            ("organisation.register.businessId", BusinessIdCheckDigit),
            ("organisation.register.oid", Oid),
            ("application.connectionPoints[0].oid", OidOutsideFinland),
            ("application.connectionPoints[0].systems", Required),
            ("application.connectionPoints[1].oid", OidOutsideFinland),
            ("application.connectionPoints[1].oid", DuplicateConnectionPoint),
            ("application.connectionPoints[1].systems[0]", UnknownCode),
            (
                "application.connectionPoints[1].renewalRequests",
                RenewalRequestsNotOffered,
            ),
            ("application.serviceUsage.systemProfile", Required),
            ("application.serviceUsage.documentGroups[0]", UnknownCode),
            ("application.serviceUsage.serviceTasks", Required),
            ("organisation.customer.streetAddress", Required),
            ("organisation.customer.postalCode", PostalCode),
            ("organisation.customer.email", Email),
            ("organisation.customer.phone", Phone),
            ("organisation.contacts[0].organisationName", Required),
            ("organisation.contacts[0].email", Email),
            ("organisation.contacts[0].certificateCard", CertificateCard),
            ("organisation.contacts[0].phone", PhoneNotMobile),
            ("organisation.contacts[0].serviceRoles", RoleNotForService),
            ("organisation.contacts[0].kind", ArchivistNotPerson),
            ("organisation.contacts", RoleMissing),
            ("organisation.contacts", RoleMissing),
            ("organisation.contacts", RoleMissing),
            ("organisation.contacts", RoleMissing),
            ("application.billing", SectionNotApplicable),
            ("application.serviceDescription", Required),
            ("application.commitment.signedBy", Required),
            ("application.commitment.textVersion", CommitmentTextVersion),
        ];
        let expected: Vec<(String, ValidationCode)> = expected.into_iter().map(|(p, c)| (p.to_owned(), c)).collect();
        assert_eq!(findings(MANY_ERRORS), expected);
    }

    fn example(service: Service) -> ApplicationFile {
        let (_, text) = VALID_EXAMPLES
            .iter()
            .find(|(name, _)| *name == service.as_str())
            .unwrap();
        document::parse(text).unwrap()
    }

    fn codes(file: &ApplicationFile) -> Vec<ValidationCode> {
        validate(file).into_iter().map(|f| f.code).collect()
    }

    #[test]
    fn each_common_role_and_the_required_service_roles_must_be_held() {
        let mut file = example(Service::PatientDataRepository);
        file.organisation.contacts[0].service_roles.clear();
        let missing: Vec<_> = validate(&file)
            .into_iter()
            .filter(|f| f.code == ValidationCode::RoleMissing)
            .map(|f| f.args)
            .collect();
        assert_eq!(missing.len(), 2, "billing contact and archivist: {missing:?}");
        assert!(missing
            .iter()
            .all(|args| args["service"] == MessageArg::Text("patient-data-repository".into())));
    }

    #[test]
    fn an_archivist_needs_a_card_and_a_pharmacist_no_billing() {
        let mut file = example(Service::PatientDataRepository);
        file.organisation.contacts[0].certificate_card.clear();
        assert_eq!(
            validate(&file).iter().map(|f| f.path.as_str()).collect::<Vec<_>>(),
            vec!["organisation.contacts[0].certificateCard"]
        );

        let mut file = example(Service::Prescription);
        file.organisation.customer_type = CustomerType::Pharmacist;
        file.application.connection_points[0].renewal_requests = false;
        assert_eq!(
            codes(&file),
            vec![ValidationCode::SectionNotApplicable],
            "billing is not asked"
        );
    }

    #[test]
    fn an_ovt_address_of_another_business_is_a_warning() {
        let mut file = example(Service::PatientDataRepository);
        file.application.billing.e_invoice_address = "003702462460".into(); // Kela's
        let found = validate(&file);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, ValidationCode::EInvoiceOtherBusinessId);
        assert!(!found[0].is_error());
        assert_eq!(found[0].args["businessId"], MessageArg::Text("0246246-0".into()));
    }

    #[test]
    fn an_iban_with_an_ovt_operator_is_a_warning_and_half_an_address_an_error() {
        let mut file = example(Service::Prescription);
        file.application.billing.operator_id = "003721291126".into();
        assert!(codes(&file).contains(&ValidationCode::OperatorForIban));
        file.application.billing.operator_id.clear();
        assert!(codes(&file).contains(&ValidationCode::EInvoiceIncomplete));
    }

    #[test]
    fn published_operator_codes_pass_unusual_ones_warn_and_only_certain_mistakes_block() {
        let with_operator = |operator: &str| {
            let mut file = example(Service::PatientDataRepository);
            file.application.billing.e_invoice_address = "0037 1618033-3".into(); // the applicant's, as copied
            file.application.billing.operator_id = operator.into();
            normalise(&mut file);
            validate(&file)
                .into_iter()
                .map(|f| (f.code, f.is_error()))
                .collect::<Vec<_>>()
        };
        for published in ["003708599126", "BAWCFI22", "E204503", "InExchange", "DABAFIHH"] {
            assert_eq!(with_operator(published), vec![], "{published}");
        }
        assert_eq!(
            with_operator("PAGERO"),
            vec![(ValidationCode::OperatorIdUnusual, false)],
            "unusual: may be sent"
        );
        assert_eq!(
            with_operator("FI21 1234 5600 0007 85"),
            vec![(ValidationCode::OperatorIsIban, true)]
        );
        assert_eq!(
            with_operator("003721291127"),
            vec![(ValidationCode::EInvoiceCheckDigit, true)]
        );
        assert_eq!(with_operator("maventa.fi"), vec![(ValidationCode::OperatorId, true)]);
    }

    #[test]
    fn a_later_application_needs_no_commitment_and_a_used_service_cannot_be_applied_for() {
        let mut file = example(Service::PatientDataRepository);
        file.organisation.services_in_use.insert(Service::Prescription);
        assert_eq!(codes(&file), vec![ValidationCode::SectionNotApplicable]);
        file.application.commitment = None;
        assert_eq!(codes(&file), vec![]);
        file.organisation.services_in_use.insert(Service::PatientDataRepository);
        assert_eq!(codes(&file), vec![ValidationCode::ServiceAlreadyInUse]);
    }

    #[test]
    fn an_organisation_contact_cannot_be_the_archivist() {
        let mut file = example(Service::ClientDataArchive);
        file.organisation.contacts.push(Contact {
            kind: ContactKind::Organisation,
            organisation_name: "Arkistopalvelu".into(),
            phone: "09 1234 567".into(),
            email: "arkisto@example.fi".into(),
            certificate_card: "11122211121".into(),
            service_roles: [(Service::ClientDataArchive, [ServiceRole::Archivist].into())].into(),
            ..Contact::default()
        });
        assert_eq!(codes(&file), vec![ValidationCode::ArchivistNotPerson]);
    }

    #[test]
    fn normalising_twice_changes_nothing_more() {
        for (_, text) in VALID_EXAMPLES {
            let mut once = document::parse(text).unwrap();
            normalise(&mut once);
            let mut twice = once.clone();
            normalise(&mut twice);
            assert_eq!(once, twice);
        }
        let mut file = example(Service::PatientDataRepository);
        normalise(&mut file);
        assert_eq!(file.organisation.contacts[0].certificate_card, "11122211121");
        assert_eq!(file.organisation.contacts[0].phone, "+358501234567");
    }
}
