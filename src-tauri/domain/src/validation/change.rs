//! A change notification's findings, by the same rules as the wizard's: billing as the billing
//! step checks it; contacts as the contacts step does, for **every** service the customer uses,
//! so that no change leaves a mandatory role of any service in use without a holder (the common
//! roles hold for all of them).

use std::collections::BTreeSet;

use super::{billing, business_id::BusinessId, contacts, Finding};
use crate::{
    model::{Change, CustomerType, Service},
    rules::WizardContext,
};

/// Checks the normalised `change` of the customer `business_id` of `customer_type`, which uses
/// `services_in_use`.
pub fn validate(
    change: &Change,
    business_id: &str,
    customer_type: CustomerType,
    services_in_use: &BTreeSet<Service>,
) -> Vec<Finding> {
    match change {
        Change::Billing { billing } => billing::validate(billing, BusinessId::parse(business_id).ok()),
        Change::Contacts { contacts } => {
            let mut findings: Vec<Finding> = Vec::new();
            for service in services_in_use {
                let ctx = WizardContext {
                    service: *service,
                    customer_type,
                    first_application: false,
                };
                // A contact's own errors and a missing common role are the same for every
                // service: each is said once.
                for finding in contacts::validate(contacts, ctx) {
                    if !findings.contains(&finding) {
                        findings.push(finding);
                    }
                }
            }
            findings
        }
    }
}

/// What deleting contact `index` from `contacts` would mean (guide 4.1.3): the mandatory roles
/// of the services in use nobody would hold then, which refuse it; and the roles it holds, which
/// the confirmation names (common roles hold for all of the customer's services).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Removal {
    /// Nothing would be left empty: it may go, after the confirmation. The core's answer, so the
    /// UI decides nothing.
    pub allowed: bool,
    /// `role-missing` findings that deleting it would make, one per role (and service).
    pub empties: Vec<Finding>,
    /// The services in use the empty roles concern.
    pub services_in_use: Vec<Service>,
    pub common_roles: Vec<crate::model::CommonRole>,
    /// Its roles for the services other than `service`.
    pub other_service_roles: Vec<(Service, crate::model::ServiceRole)>,
}

/// Whether contact `index` of `contacts` (edited for `service`) may be deleted, for a customer of
/// `customer_type` using `services_in_use`. `None`: no such contact.
pub fn removal(
    contacts: &[crate::model::Contact],
    index: usize,
    service: Service,
    customer_type: CustomerType,
    services_in_use: &BTreeSet<Service>,
) -> Option<Removal> {
    let contact = contacts.get(index)?;
    let missing = |list: Vec<crate::model::Contact>| -> Vec<Finding> {
        validate(&Change::Contacts { contacts: list }, "", customer_type, services_in_use)
            .into_iter()
            .filter(|f| f.code == super::ValidationCode::RoleMissing)
            .collect()
    };
    let before = missing(contacts.to_vec());
    let mut without = contacts.to_vec();
    without.remove(index);
    let empties: Vec<Finding> = missing(without).into_iter().filter(|f| !before.contains(f)).collect();
    Some(Removal {
        allowed: empties.is_empty(),
        empties,
        services_in_use: services_in_use.iter().copied().collect(),
        common_roles: contact.common_roles.iter().copied().collect(),
        other_service_roles: contact
            .service_roles
            .iter()
            .filter(|(s, _)| **s != service)
            .flat_map(|(s, roles)| roles.iter().map(|r| (*s, *r)))
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        model::{CommonRole, ServiceRole},
        test_environment::{self, IN_USE_ORGANISATION},
        validation::ValidationCode,
    };

    fn in_use() -> (CustomerType, BTreeSet<Service>) {
        let org = test_environment::organisation(IN_USE_ORGANISATION).unwrap();
        (org.customer_type, org.services_in_use.iter().copied().collect())
    }

    fn contacts() -> Vec<crate::model::Contact> {
        test_environment::service_in_use(IN_USE_ORGANISATION, Service::PatientDataRepository)
            .unwrap()
            .contacts
    }

    fn errors(change: &Change) -> Vec<Finding> {
        let (customer_type, services) = in_use();
        validate(change, IN_USE_ORGANISATION, customer_type, &services)
            .into_iter()
            .filter(Finding::is_error)
            .collect()
    }

    #[test]
    fn the_contacts_as_they_are_pass_and_the_only_holder_of_a_role_cannot_go() {
        assert_eq!(errors(&Change::Contacts { contacts: contacts() }), vec![]);
        // The data protection officer is the only one: without her a common role is empty.
        let without_dpo: Vec<_> = contacts()
            .into_iter()
            .filter(|c| !c.holds(CommonRole::DataProtectionOfficer))
            .collect();
        let found = errors(&Change::Contacts { contacts: without_dpo });
        assert_eq!(found.len(), 1, "said once, not once per service: {found:?}");
        assert_eq!(found[0].code, ValidationCode::RoleMissing);
        // The billing contact holds a role of both services in use: each is named.
        let without_billing: Vec<_> = contacts()
            .into_iter()
            .filter(|c| !c.holds_for(Service::Prescription, ServiceRole::BillingContact))
            .collect();
        let found = errors(&Change::Contacts {
            contacts: without_billing,
        });
        let services: Vec<_> = found.iter().filter_map(|f| f.args.get("service")).collect();
        assert_eq!(services.len(), 2, "{found:?}");
    }

    #[test]
    fn billing_is_checked_as_in_the_wizard() {
        let mut billing = test_environment::service_in_use(IN_USE_ORGANISATION, Service::Prescription)
            .unwrap()
            .billing;
        assert_eq!(
            errors(&Change::Billing {
                billing: billing.clone()
            }),
            vec![]
        );
        billing.postal_code = "331".into();
        let found = errors(&Change::Billing { billing });
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn deleting_the_only_holder_of_a_role_of_a_service_in_use_is_refused_and_others_go() {
        let (customer_type, services) = in_use();
        let all = contacts();
        let dpo = all
            .iter()
            .position(|c| c.holds(CommonRole::DataProtectionOfficer))
            .unwrap();
        let refused = removal(&all, dpo, Service::ImagingArchive, customer_type, &services).unwrap();
        assert!(!refused.allowed);
        assert_eq!(refused.empties.len(), 1, "the common role, once: {:?}", refused.empties);
        assert_eq!(
            refused.services_in_use,
            vec![Service::PatientDataRepository, Service::Prescription]
        );
        assert_eq!(refused.common_roles, vec![CommonRole::DataProtectionOfficer]);

        let archivist = all.iter().position(|c| c.certificate_card == "11122211121").unwrap();
        let refused = removal(&all, archivist, Service::ImagingArchive, customer_type, &services).unwrap();
        assert_eq!(
            refused.other_service_roles,
            vec![(Service::PatientDataRepository, ServiceRole::Archivist)]
        );
        assert!(!refused.allowed, "the patient data repository's only archivist");

        let mut more = all.clone();
        more.push(all[archivist].clone());
        assert!(
            removal(&more, archivist, Service::ImagingArchive, customer_type, &services)
                .unwrap()
                .allowed,
            "another holds it"
        );
        assert!(removal(&all, 99, Service::ImagingArchive, customer_type, &services).is_none());
        // A first application: nothing in use, nothing refused (the step shows what is missing).
        assert!(
            removal(&all, dpo, Service::ImagingArchive, customer_type, &BTreeSet::new())
                .unwrap()
                .allowed
        );
    }
}
