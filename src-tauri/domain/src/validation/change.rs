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
}
