//! The rules, in one place: which customer may apply for which service, which steps each
//! application has, which options and contact roles apply. Read it against domain.md; where the
//! guide is silent the rule says so and why. Everything else (the wizard, validation, the UI)
//! asks these tables and decides nothing on its own.

use crate::model::{CommonRole, CustomerType, Service, ServiceRole};

use CustomerType::*;
use Service::*;

use super::StepId;

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
