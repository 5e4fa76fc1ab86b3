//! The built-in test environment the app starts in on a fresh machine: it needs no server, no
//! account and no network. Everything here is fictional and is shown as a test environment.
//!
//! It offers one organisation of each customer type, so that every service's application can
//! be tried, and a test person who acts for each of them. Business IDs carry valid check digits
//! (validation treats them like real ones); OIDs follow JHS 159 (`1.2.246.10.` + the business
//! ID's digits) with the operating unit's `.10.0`.

use crate::{
    identity::Identity,
    model::{application::SigningBasis, CustomerType, RegisterData},
};

/// A fictional organisation and the test person's basis for acting for it.
pub struct TestOrganisation {
    pub customer_type: CustomerType,
    pub name: &'static str,
    pub business_id: &'static str,
    pub oid: &'static str,
    pub basis: SigningBasis,
}

impl TestOrganisation {
    pub fn register(&self) -> RegisterData {
        RegisterData {
            name: self.name.to_owned(),
            business_id: self.business_id.to_owned(),
            oid: self.oid.to_owned(),
        }
    }
}

/// The organisations, the default first. The names say "(testi)": they show in every screen
/// that names the organisation.
#[rustfmt::skip]
pub const ORGANISATIONS: &[TestOrganisation] = &[
    TestOrganisation { customer_type: CustomerType::SocialCareOrganisation,  name: "Mäntylän Sosiaalipalvelut Oy (testi)",   business_id: "3141593-8", oid: "1.2.246.10.31415938.10.0", basis: SigningBasis::ResponsiblePerson },
    TestOrganisation { customer_type: CustomerType::HealthCareOrganisation,  name: "Koivurannan Lääkäriasema Oy (testi)",    business_id: "2449489-3", oid: "1.2.246.10.24494893.10.0", basis: SigningBasis::Mandate },
    TestOrganisation { customer_type: CustomerType::IndependentPractitioner, name: "Terveyspalvelu Ilona Laine (testi)",     business_id: "2645751-9", oid: "1.2.246.10.26457519.10.0", basis: SigningBasis::ResponsiblePerson },
    TestOrganisation { customer_type: CustomerType::Pharmacy,                name: "Apteekki Kuusela (testi)",               business_id: "1732050-2", oid: "1.2.246.10.17320502.10.0", basis: SigningBasis::Mandate },
    TestOrganisation { customer_type: CustomerType::Pharmacist,              name: "Proviisori Oskari Nieminen (testi)",     business_id: "3316624-2", oid: "1.2.246.10.33166242.10.0", basis: SigningBasis::ResponsiblePerson },
];

/// The organisation a fresh install acts for.
pub fn default_organisation() -> &'static TestOrganisation {
    &ORGANISATIONS[0]
}

/// The test organisation with this business ID.
pub fn organisation(business_id: &str) -> Option<&'static TestOrganisation> {
    ORGANISATIONS.iter().find(|o| o.business_id == business_id)
}

/// The fictional person who accepts and signs in the test environment.
pub const TEST_PERSON_NAME: &str = "Tiina Testaaja";

/// The test person, acting for `organisation`.
pub fn person(organisation: &TestOrganisation) -> Identity {
    Identity {
        name: TEST_PERSON_NAME.to_owned(),
        basis: organisation.basis,
        test_person: true,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::validation::{register, Finding};

    #[test]
    fn every_test_organisation_has_valid_register_data_and_a_type_of_its_own() {
        for org in ORGANISATIONS {
            let errors: Vec<Finding> = register::validate(&org.register());
            assert_eq!(errors, vec![], "{}", org.name);
            assert!(org.name.ends_with("(testi)"), "{}", org.name);
            let digits: String = org.business_id.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(org.oid, format!("1.2.246.10.{}.10.0", digits.trim_start_matches('0')));
        }
        let types: HashSet<_> = ORGANISATIONS.iter().map(|o| o.customer_type).collect();
        assert_eq!(types.len(), CustomerType::ALL.len(), "one of each customer type");
        assert_eq!(
            organisation("2449489-3").unwrap().customer_type,
            CustomerType::HealthCareOrganisation
        );
        assert!(organisation("0000000-0").is_none());
    }
}
