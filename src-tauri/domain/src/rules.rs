//! The rules, in one place: which customer may apply for which service, which steps each
//! application has, which options and contact roles apply. Read it against domain.md; where the
//! guide is silent the rule says so and why. Everything else (the wizard, validation, the UI)
//! asks these tables and decides nothing on its own.

use crate::{
    model::{Application, CommonRole, CustomerType, OrganisationProfile, Service, ServiceRole},
    step::StepId,
};

use CustomerType::*;
use Service::*;

const ALL_SERVICES: &[Service] = &Service::ALL;
const ALL_CUSTOMERS: &[CustomerType] = &CustomerType::ALL;
const ALL_BUT_PHARMACISTS: &[CustomerType] = &[
    HealthCareOrganisation,
    SocialCareOrganisation,
    IndependentPractitioner,
    Pharmacy,
];

/// Which services each customer type may apply for. The guide says only that "the organisation
/// type and field of activity decide"; this is our reading, to revisit with Kela:
/// - health care organisations: patient records, prescriptions and images, not social welfare
///   client records;
/// - social care organisations: the Client Data Archive for social welfare only;
/// - independent practitioners: all four, because Valvira's register does not tell a doctor from
///   a social worker and both kinds apply;
/// - pharmacies and pharmacists: the Prescription service, which dispenses.
#[rustfmt::skip]
pub const SERVICES_BY_CUSTOMER: &[(CustomerType, &[Service])] = &[
    (HealthCareOrganisation,  &[PatientDataRepository, Prescription, ImagingArchive]),
    (SocialCareOrganisation,  &[ClientDataArchive]),
    (IndependentPractitioner, ALL_SERVICES),
    (Pharmacy,                &[Prescription]),
    (Pharmacist,              &[Prescription]),
];

/// One row of the steps table.
pub struct StepRule {
    pub step: StepId,
    pub services: &'static [Service],
    pub customers: &'static [CustomerType],
    /// Only in the organisation's first Kanta application (the commitment).
    pub first_application_only: bool,
}

/// The wizard's steps in order (domain.md, "The application wizard, step by step"):
/// - service usage only for the Client Data Archive (guide 3.1.2);
/// - billing for the Patient Data Repository and the Prescription service (guide 3.1.5), but not
///   for a pharmacist: "a pharmacist's application asks less", and our reading is that the
///   pharmacy, not the pharmacist, is billed;
/// - the commitment only in the organisation's first application (guide 3.1.7).
#[rustfmt::skip]
pub const STEPS: &[StepRule] = &[
    StepRule { step: StepId::Instructions,       services: ALL_SERVICES,                          customers: ALL_CUSTOMERS,       first_application_only: false },
    StepRule { step: StepId::ConnectionPoints,   services: ALL_SERVICES,                          customers: ALL_CUSTOMERS,       first_application_only: false },
    StepRule { step: StepId::ServiceUsage,       services: &[ClientDataArchive],                  customers: ALL_CUSTOMERS,       first_application_only: false },
    StepRule { step: StepId::CustomerData,       services: ALL_SERVICES,                          customers: ALL_CUSTOMERS,       first_application_only: false },
    StepRule { step: StepId::Contacts,           services: ALL_SERVICES,                          customers: ALL_CUSTOMERS,       first_application_only: false },
    StepRule { step: StepId::Billing,            services: &[PatientDataRepository, Prescription], customers: ALL_BUT_PHARMACISTS, first_application_only: false },
    StepRule { step: StepId::ServiceDescription, services: ALL_SERVICES,                          customers: ALL_CUSTOMERS,       first_application_only: false },
    StepRule { step: StepId::Commitment,         services: ALL_SERVICES,                          customers: ALL_CUSTOMERS,       first_application_only: true  },
    StepRule { step: StepId::Summary,            services: ALL_SERVICES,                          customers: ALL_CUSTOMERS,       first_application_only: false },
    StepRule { step: StepId::Thanks,             services: ALL_SERVICES,                          customers: ALL_CUSTOMERS,       first_application_only: false },
];

/// The Prescription service's renewal request option (guide 3.1.2): renewal requests come from
/// pharmacies and My Kanta to the prescribing unit, so the option is for those who prescribe;
/// pharmacies and pharmacists forward requests and do not receive them (our reading).
pub const RENEWAL_REQUESTS: (&[Service], &[CustomerType]) =
    (&[Prescription], &[HealthCareOrganisation, IndependentPractitioner]);

/// Every customer fills all four common roles (guide 3.1.4, "all mandatory").
pub struct CommonRoleRule {
    pub role: CommonRole,
    /// Notices go by e-mail and SMS: the phone must take text messages.
    pub phone_takes_sms: bool,
}

#[rustfmt::skip]
pub const COMMON_ROLES: &[CommonRoleRule] = &[
    CommonRoleRule { role: CommonRole::AdministrativeContact,      phone_takes_sms: false },
    CommonRoleRule { role: CommonRole::DataProtectionOfficer,      phone_takes_sms: false },
    CommonRoleRule { role: CommonRole::TechnicalContact,           phone_takes_sms: false },
    CommonRoleRule { role: CommonRole::DisturbanceNoticeRecipient, phone_takes_sms: true  },
];

/// When a service role must be held by someone.
pub enum Required {
    /// In every application for the services it is offered for.
    Always,
    /// When the application has this step.
    WithStep(StepId),
}

/// A service-specific role: for which services it may be held, when it must be, and what its
/// holder needs.
pub struct ServiceRoleRule {
    pub role: ServiceRole,
    pub offered_for: &'static [Service],
    pub required: Required,
    /// The archivist's interface is used with a personal certificate card: a person, with the
    /// card's register number.
    pub needs_certificate_card: bool,
}

/// Service-specific roles (guide 3.1.4):
/// - the billing contact is named for the Prescription service and the two archives; it is
///   required where the application has the billing step;
/// - the archivist, for the two archives, always, with a certificate card;
/// - the imaging archive's technical contact, for the imaging archive (domain.md).
#[rustfmt::skip]
pub const SERVICE_ROLES: &[ServiceRoleRule] = &[
    ServiceRoleRule { role: ServiceRole::BillingContact,          offered_for: &[PatientDataRepository, ClientDataArchive, Prescription], required: Required::WithStep(StepId::Billing), needs_certificate_card: false },
    ServiceRoleRule { role: ServiceRole::Archivist,               offered_for: &[PatientDataRepository, ClientDataArchive],               required: Required::Always,                   needs_certificate_card: true  },
    ServiceRoleRule { role: ServiceRole::ImagingTechnicalContact, offered_for: &[ImagingArchive],                                         required: Required::Always,                   needs_certificate_card: false },
];

/// May this customer apply for this service?
pub fn may_apply(customer: CustomerType, service: Service) -> bool {
    SERVICES_BY_CUSTOMER
        .iter()
        .any(|(c, services)| *c == customer && services.contains(&service))
}

/// The services this customer may apply for, in the menu's order.
pub fn services_for(customer: CustomerType) -> Vec<Service> {
    Service::ALL.into_iter().filter(|s| may_apply(customer, *s)).collect()
}

pub fn offers_renewal_requests(service: Service, customer: CustomerType) -> bool {
    RENEWAL_REQUESTS.0.contains(&service) && RENEWAL_REQUESTS.1.contains(&customer)
}

pub fn common_role(role: CommonRole) -> &'static CommonRoleRule {
    COMMON_ROLES
        .iter()
        .find(|r| r.role == role)
        .expect("every common role has a rule")
}

pub fn service_role(role: ServiceRole) -> &'static ServiceRoleRule {
    SERVICE_ROLES
        .iter()
        .find(|r| r.role == role)
        .expect("every service role has a rule")
}

/// What the rules depend on.
#[derive(Debug, Clone, Copy)]
pub struct WizardContext {
    pub service: Service,
    pub customer_type: CustomerType,
    pub first_application: bool,
}

impl WizardContext {
    pub fn has_step(self, step: StepId) -> bool {
        steps(self).contains(&step)
    }

    /// The service roles someone must hold in this application.
    pub fn required_service_roles(self) -> Vec<ServiceRole> {
        SERVICE_ROLES
            .iter()
            .filter(|r| r.offered_for.contains(&self.service))
            .filter(|r| match r.required {
                Required::Always => true,
                Required::WithStep(step) => self.has_step(step),
            })
            .map(|r| r.role)
            .collect()
    }

    pub fn offers_renewal_requests(self) -> bool {
        offers_renewal_requests(self.service, self.customer_type)
    }
}

/// Whether typing on `step` is autosaved: the steps with fields to fill in. The approvals
/// (accepting the service description, signing the commitment) are deliberate acts, stored only
/// by "save and continue".
pub fn autosaves(step: StepId) -> bool {
    matches!(
        step,
        StepId::ConnectionPoints | StepId::ServiceUsage | StepId::CustomerData | StepId::Contacts | StepId::Billing
    )
}

/// The steps of this application, in order (`STEPS`).
pub fn steps(ctx: WizardContext) -> Vec<StepId> {
    STEPS
        .iter()
        .filter(|r| r.services.contains(&ctx.service) && r.customers.contains(&ctx.customer_type))
        .filter(|r| ctx.first_application || !r.first_application_only)
        .map(|r| r.step)
        .collect()
}

/// The step "save and continue" leads to from `from`. The summary leads nowhere: it sends, and
/// only sending opens the thanks page.
pub fn next(ctx: WizardContext, from: StepId) -> Option<StepId> {
    if from == StepId::Summary {
        return None;
    }
    steps(ctx).into_iter().skip_while(|s| *s != from).nth(1)
}

/// The step "previous" leads to from `from`, if any. Nothing leads back from the thanks page:
/// the application has been sent.
pub fn previous(ctx: WizardContext, from: StepId) -> Option<StepId> {
    if from == StepId::Thanks {
        return None;
    }
    steps(ctx).into_iter().take_while(|s| *s != from).last()
}

/// The rules' context of an organisation's application (a file, or a draft with its profile).
pub fn context(organisation: &OrganisationProfile, application: &Application) -> WizardContext {
    context_for(organisation, application.service)
}

/// The rules' context of an organisation's application for `service`.
pub fn context_for(organisation: &OrganisationProfile, service: Service) -> WizardContext {
    WizardContext {
        service,
        customer_type: organisation.customer_type,
        first_application: organisation.is_first_application(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIRST_CDA: WizardContext = WizardContext {
        service: Service::ClientDataArchive,
        customer_type: CustomerType::SocialCareOrganisation,
        first_application: true,
    };

    fn short(step: StepId) -> &'static str {
        match step {
            StepId::Instructions => "instr",
            StepId::ConnectionPoints => "conn",
            StepId::ServiceUsage => "usage",
            StepId::CustomerData => "cust",
            StepId::Contacts => "contacts",
            StepId::Billing => "billing",
            StepId::ServiceDescription => "descr",
            StepId::Commitment => "commit",
            StepId::Summary => "summary",
            StepId::Thanks => "thanks",
        }
    }

    /// Every service × customer type, first application and later: the steps, the options and
    /// the required service roles. A rule change shows up here as a changed line.
    #[test]
    fn the_whole_rules_table() {
        let mut table = String::new();
        for customer_type in CustomerType::ALL {
            for service in Service::ALL {
                let row = format!("{} / {}:", crate::codes::name(&customer_type), service.as_str());
                if !may_apply(customer_type, service) {
                    table += &format!("{row} may not apply\n");
                    continue;
                }
                for first_application in [true, false] {
                    let ctx = WizardContext {
                        service,
                        customer_type,
                        first_application,
                    };
                    let steps: Vec<_> = steps(ctx).into_iter().map(short).collect();
                    let roles: Vec<_> = ctx.required_service_roles().iter().map(crate::codes::name).collect();
                    table += &format!(
                        "{row} {} [{}] roles [{}]{}\n",
                        if first_application { "first" } else { "later" },
                        steps.join(" "),
                        roles.join(" "),
                        if ctx.offers_renewal_requests() {
                            " renewal-requests"
                        } else {
                            ""
                        },
                    );
                }
            }
        }
        let expected = "\
health-care-organisation / patient-data-repository: first [instr conn cust contacts billing descr commit summary thanks] roles [billing-contact archivist]
health-care-organisation / patient-data-repository: later [instr conn cust contacts billing descr summary thanks] roles [billing-contact archivist]
health-care-organisation / client-data-archive: may not apply
health-care-organisation / prescription: first [instr conn cust contacts billing descr commit summary thanks] roles [billing-contact] renewal-requests
health-care-organisation / prescription: later [instr conn cust contacts billing descr summary thanks] roles [billing-contact] renewal-requests
health-care-organisation / imaging-archive: first [instr conn cust contacts descr commit summary thanks] roles [imaging-technical-contact]
health-care-organisation / imaging-archive: later [instr conn cust contacts descr summary thanks] roles [imaging-technical-contact]
social-care-organisation / patient-data-repository: may not apply
social-care-organisation / client-data-archive: first [instr conn usage cust contacts descr commit summary thanks] roles [archivist]
social-care-organisation / client-data-archive: later [instr conn usage cust contacts descr summary thanks] roles [archivist]
social-care-organisation / prescription: may not apply
social-care-organisation / imaging-archive: may not apply
independent-practitioner / patient-data-repository: first [instr conn cust contacts billing descr commit summary thanks] roles [billing-contact archivist]
independent-practitioner / patient-data-repository: later [instr conn cust contacts billing descr summary thanks] roles [billing-contact archivist]
independent-practitioner / client-data-archive: first [instr conn usage cust contacts descr commit summary thanks] roles [archivist]
independent-practitioner / client-data-archive: later [instr conn usage cust contacts descr summary thanks] roles [archivist]
independent-practitioner / prescription: first [instr conn cust contacts billing descr commit summary thanks] roles [billing-contact] renewal-requests
independent-practitioner / prescription: later [instr conn cust contacts billing descr summary thanks] roles [billing-contact] renewal-requests
independent-practitioner / imaging-archive: first [instr conn cust contacts descr commit summary thanks] roles [imaging-technical-contact]
independent-practitioner / imaging-archive: later [instr conn cust contacts descr summary thanks] roles [imaging-technical-contact]
pharmacy / patient-data-repository: may not apply
pharmacy / client-data-archive: may not apply
pharmacy / prescription: first [instr conn cust contacts billing descr commit summary thanks] roles [billing-contact]
pharmacy / prescription: later [instr conn cust contacts billing descr summary thanks] roles [billing-contact]
pharmacy / imaging-archive: may not apply
pharmacist / patient-data-repository: may not apply
pharmacist / client-data-archive: may not apply
pharmacist / prescription: first [instr conn cust contacts descr commit summary thanks] roles []
pharmacist / prescription: later [instr conn cust contacts descr summary thanks] roles []
pharmacist / imaging-archive: may not apply
";
        assert_eq!(table, expected, "\n--- actual ---\n{table}");
    }

    #[test]
    fn every_rule_row_names_each_role_once() {
        for role in crate::model::CommonRole::ALL {
            assert_eq!(COMMON_ROLES.iter().filter(|r| r.role == role).count(), 1, "{role:?}");
        }
        for role in crate::model::ServiceRole::ALL {
            assert_eq!(SERVICE_ROLES.iter().filter(|r| r.role == role).count(), 1, "{role:?}");
        }
        for customer in CustomerType::ALL {
            assert!(
                !services_for(customer).is_empty(),
                "{customer:?} may apply for something"
            );
        }
    }

    #[test]
    fn navigation_follows_the_application_s_own_steps() {
        assert_eq!(next(FIRST_CDA, StepId::Instructions), Some(StepId::ConnectionPoints));
        assert_eq!(next(FIRST_CDA, StepId::ConnectionPoints), Some(StepId::ServiceUsage));
        assert_eq!(
            next(FIRST_CDA, StepId::Contacts),
            Some(StepId::ServiceDescription),
            "no billing"
        );
        assert_eq!(next(FIRST_CDA, StepId::ServiceDescription), Some(StepId::Commitment));
        assert_eq!(next(FIRST_CDA, StepId::Summary), None, "the summary sends");
        assert_eq!(previous(FIRST_CDA, StepId::CustomerData), Some(StepId::ServiceUsage));
        assert_eq!(previous(FIRST_CDA, StepId::Instructions), None);
        assert_eq!(previous(FIRST_CDA, StepId::Thanks), None, "sent");
        let later = WizardContext {
            first_application: false,
            ..FIRST_CDA
        };
        assert_eq!(
            next(later, StepId::ServiceDescription),
            Some(StepId::Summary),
            "no commitment"
        );
    }

    #[test]
    fn the_list_of_steps_is_complete() {
        let listed: std::collections::HashSet<StepId> = StepId::ALL.into_iter().collect();
        let in_rules: std::collections::HashSet<StepId> = STEPS.iter().map(|r| r.step).collect();
        assert_eq!(listed, in_rules);
    }
}
