//! The organisation profile: who the customer is (type, and the base registers' data) and what
//! is common to all of its Kanta services (the customer data and the contacts with their common
//! roles). Modelled once per organisation, never copied into each application (domain.md).

use std::collections::BTreeSet;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Contact, CustomerData, Service};

/// The kind of customer (domain.md, "Who and why"). It decides, with the service, which
/// applications may be made and what they ask (`rules`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CustomerType {
    /// Terveydenhuollon toimintayksikkö / verksamhetsenhet inom hälso- och sjukvården.
    #[default]
    HealthCareOrganisation,
    /// Sosiaalihuollon palvelunantaja / serviceproducent inom socialvården.
    SocialCareOrganisation,
    /// Itsenäinen ammatinharjoittaja / självständig yrkesutövare.
    IndependentPractitioner,
    /// Apteekki / apotek.
    Pharmacy,
    /// Proviisori tai farmaseutti / apotekare.
    Pharmacist,
}

impl CustomerType {
    pub const ALL: [CustomerType; 5] = [
        CustomerType::HealthCareOrganisation,
        CustomerType::SocialCareOrganisation,
        CustomerType::IndependentPractitioner,
        CustomerType::Pharmacy,
        CustomerType::Pharmacist,
    ];
}

/// The organisation as the base registers know it (THL's SOTE organisation register, Valvira's
/// register of independent practitioners, the pharmacy register). Read-only to the user: errors
/// in it are reported to the register's keeper, not fixed in the application.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct RegisterData {
    pub name: String,
    /// Business ID (Y-tunnus), `NNNNNNN-C`.
    pub business_id: String,
    /// The organisation's OID in its register, e.g. `1.2.246.10.2430960.10.0`.
    pub oid: String,
}

/// Everything about the customer that is shared by its applications.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct OrganisationProfile {
    pub customer_type: CustomerType,
    pub register: RegisterData,
    /// Asiakastiedot / Kunduppgifter: given by the user, common to all Kanta services.
    pub customer: CustomerData,
    /// Yhteyshenkilöt / Kontaktpersoner: one list for the organisation; each contact carries its
    /// common roles and its roles per service.
    pub contacts: Vec<Contact>,
    /// The Kanta services the customer already uses. Empty: the next application is its first,
    /// and the customer relationship begins with the signed commitment.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub services_in_use: BTreeSet<Service>,
}

impl OrganisationProfile {
    /// The customer relationship begins with its first Kanta application (domain.md, step 8).
    pub fn is_first_application(&self) -> bool {
        self.services_in_use.is_empty()
    }

    /// Takes what the Kanta service holds of a service in use where this computer has nothing
    /// of its own: the customer data and the contacts (common to all of the customer's
    /// services), so that a new application of a customer starts from what Kela knows. What was
    /// typed here is never overwritten. Returns whether anything was taken.
    pub fn fill_from(&mut self, current: &super::ServiceInUse) -> bool {
        let mut taken = self.services_in_use.insert(current.service);
        if self.customer.is_empty() && !current.customer.is_empty() {
            self.customer = current.customer.clone();
            taken = true;
        }
        if self.contacts.is_empty() && !current.contacts.is_empty() {
            self.contacts = current.contacts.clone();
            taken = true;
        }
        taken
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_environment::{self, IN_USE_ORGANISATION};

    #[test]
    fn the_services_data_fills_only_what_this_computer_has_not() {
        let current = test_environment::service_in_use(IN_USE_ORGANISATION, Service::Prescription).unwrap();
        let mut empty = OrganisationProfile::default();
        assert!(empty.fill_from(&current));
        assert_eq!(
            (&empty.customer, &empty.contacts),
            (&current.customer, &current.contacts)
        );
        assert!(empty.services_in_use.contains(&Service::Prescription));
        assert!(!empty.fill_from(&current), "nothing more to take");

        let mut typed = OrganisationProfile::default();
        typed.customer.email = "oma@example.fi".into();
        typed.services_in_use.insert(Service::Prescription);
        assert!(typed.fill_from(&current), "the contacts");
        assert_eq!(typed.customer.email, "oma@example.fi", "what was typed here stays");
    }
}
