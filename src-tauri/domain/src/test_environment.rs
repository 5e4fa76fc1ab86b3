//! The built-in test environment the app starts in on a fresh machine: it needs no server, no
//! account and no network. Everything here is fictional and is shown as a test environment.
//!
//! It offers one organisation of each customer type, so that every service's application can
//! be tried, and test persons to log in as: one who may act for all of them, one for a single
//! organisation, and one for none (to see the advice a person without a mandate gets). Business
//! IDs carry valid check digits (validation treats them like real ones); OIDs follow JHS 159
//! (`1.2.246.10.` + the business ID's digits) with the operating unit's `.10.0`.
//!
//! One more health care organisation uses Kanta services already (`SERVICES_IN_USE`), with the
//! contacts and billing the guide's chapter 4 pictures, so that keeping a customer relationship
//! current can be tried too, and one change notification of it (the prescription service's
//! billing) that Kela returned earlier.

pub mod tokens;

use std::time::Duration;

use std::collections::{BTreeMap, BTreeSet};

use crate::{
    identity::Representation,
    model::{
        application::SigningBasis, ApplicationStatus, Billing, ChangeKind, ChangeRecord, ChangeStatus,
        ChangeStatusView, CommonRole, ConnectionPoint, Contact, ContactKind, CustomerData, CustomerType, RegisterData,
        Service, ServiceInUse, ServiceRole,
    },
    Language,
};

/// A fictional organisation.
pub struct TestOrganisation {
    pub customer_type: CustomerType,
    pub name: &'static str,
    pub business_id: &'static str,
    pub oid: &'static str,
    /// The Kanta services it uses already (the service's customer register says so).
    pub services_in_use: &'static [Service],
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
    TestOrganisation { customer_type: CustomerType::SocialCareOrganisation,  name: "Mäntylän Sosiaalipalvelut Oy (testi)",   business_id: "3141593-8", oid: "1.2.246.10.31415938.10.0", services_in_use: &[] },
    TestOrganisation { customer_type: CustomerType::HealthCareOrganisation,  name: "Koivurannan Lääkäriasema Oy (testi)",    business_id: "2449489-3", oid: "1.2.246.10.24494893.10.0", services_in_use: &[] },
    TestOrganisation { customer_type: CustomerType::IndependentPractitioner, name: "Terveyspalvelu Ilona Laine (testi)",     business_id: "2645751-9", oid: "1.2.246.10.26457519.10.0", services_in_use: &[] },
    TestOrganisation { customer_type: CustomerType::Pharmacy,                name: "Apteekki Kuusela (testi)",               business_id: "1732050-2", oid: "1.2.246.10.17320502.10.0", services_in_use: &[] },
    TestOrganisation { customer_type: CustomerType::Pharmacist,              name: "Proviisori Oskari Nieminen (testi)",     business_id: "3316624-2", oid: "1.2.246.10.33166242.10.0", services_in_use: &[] },
    TestOrganisation { customer_type: CustomerType::HealthCareOrganisation,  name: "Järvelän Terveyskeskus Oy (testi)",      business_id: "2718282-8", oid: "1.2.246.10.27182828.10.0", services_in_use: IN_USE },
];

/// The organisation that uses Kanta services already.
pub const IN_USE_ORGANISATION: &str = "2718282-8";
const IN_USE: &[Service] = &[Service::PatientDataRepository, Service::Prescription];

/// The organisation a fresh install acts for.
pub fn default_organisation() -> &'static TestOrganisation {
    &ORGANISATIONS[0]
}

/// The test organisation with this business ID.
pub fn organisation(business_id: &str) -> Option<&'static TestOrganisation> {
    ORGANISATIONS.iter().find(|o| o.business_id == business_id)
}

/// A fictional person to log in as, and the organisations they may act for (business ID and
/// basis).
pub struct TestPerson {
    /// Stable: the session and the tests name the person by it.
    pub id: &'static str,
    pub name: &'static str,
    pub represents: &'static [(&'static str, SigningBasis)],
}

use SigningBasis::{Mandate, ResponsiblePerson};

#[rustfmt::skip]
pub const PERSONS: &[TestPerson] = &[
    TestPerson { id: "tiina-testaaja", name: "Tiina Testaaja", represents: &[
        ("3141593-8", ResponsiblePerson), ("2449489-3", Mandate), ("2645751-9", ResponsiblePerson),
        ("1732050-2", Mandate), ("3316624-2", ResponsiblePerson), ("2718282-8", ResponsiblePerson),
    ] },
    TestPerson { id: "matti-meikalainen", name: "Matti Meikäläinen", represents: &[("1732050-2", ResponsiblePerson)] },
    TestPerson { id: "essi-esimerkki", name: "Essi Esimerkki", represents: &[] },
];

/// A test person's session lasts a working day, as a broker's typically does.
pub const SESSION: Duration = Duration::from_secs(8 * 60 * 60);

/// The test person with this id.
pub fn person(id: &str) -> Option<&'static TestPerson> {
    PERSONS.iter().find(|p| p.id == id)
}

/// The test person who may act for every test organisation.
pub fn tiina() -> &'static TestPerson {
    &PERSONS[0]
}

impl TestPerson {
    /// What the built-in test service answers for this person: the organisations and bases.
    pub fn representations(&self) -> Vec<Representation> {
        self.represents
            .iter()
            .map(|(business_id, basis)| {
                let org = organisation(business_id).expect("a test person acts for test organisations");
                Representation {
                    organisation: org.register(),
                    customer_type: org.customer_type,
                    basis: *basis,
                    services_in_use: org.services_in_use.iter().copied().collect(),
                }
            })
            .collect()
    }
}

/// What the test service holds of a service the test organisation uses already: the contacts
/// of the guide's Bild 13 (one holds every common role, the archivists hold theirs with a
/// certificate card, the billing contact is named per billed service) and a billing address.
pub fn service_in_use(business_id: &str, service: Service) -> Option<ServiceInUse> {
    let org = organisation(business_id)?;
    if !org.services_in_use.contains(&service) {
        return None;
    }
    let digits: String = business_id.chars().filter(char::is_ascii_digit).collect();
    let billed = matches!(service, Service::PatientDataRepository | Service::Prescription);
    Some(ServiceInUse {
        service,
        status: ApplicationStatus::Approved,
        updated_at: "2026-03-16T09:30:00Z".parse().expect("a timestamp"),
        customer: CustomerData {
            street_address: "Järveläntie 4".into(),
            postal_code: "33100".into(),
            post_office: "Tampere".into(),
            email: "kirjaamo@jarvelan-terveyskeskus.example".into(),
            phone: "03 123 4567".into(),
        },
        contacts: in_use_contacts(),
        connection_points: vec![ConnectionPoint {
            oid: format!("{}.1", org.oid),
            systems: vec!["sample-abilita".into()],
            renewal_requests: service == Service::Prescription,
        }],
        service_usage: Default::default(),
        billing: if billed {
            Billing {
                language: Some(Language::Fi),
                e_invoice_address: format!("0037{}", &digits[..8]),
                operator_id: "003721291126".into(),
                invoice_reference: "Kanta".into(),
                address: "Järveläntie 4".into(),
                postal_code: "33100".into(),
                post_office: "Tampere".into(),
            }
        } else {
            Billing::default()
        },
        changes: match service {
            Service::Prescription => vec![returned_change()],
            _ => Vec::new(),
        },
    })
}

/// The prescription service's billing change that Kela returned before this install: the
/// service lists it with its reason, though no computer here sent it.
fn returned_change() -> ChangeRecord {
    ChangeRecord {
        kind: ChangeKind::Billing,
        made_by: "Kanta Yhteyshenkilö".into(),
        made_at: "2026-05-04T10:15:00Z".parse().expect("a timestamp"),
        status: ChangeStatusView {
            change_id: uuid::Uuid::from_u128(0x6d1c_2a40_5e7b_4f0c_9a3e_1b2c_3d4e_5f60),
            status: ChangeStatus::Returned,
            reason: Some(
                "Verkkolaskuosoite ei ole voimassa: tarkistakaa osoite operaattoriltanne. / \
                 Nätfakturaadressen är inte giltig: kontrollera adressen hos er operatör."
                    .into(),
            ),
            updated_at: "2026-05-06T08:00:00Z".parse().expect("a timestamp"),
        },
    }
}

fn in_use_contacts() -> Vec<Contact> {
    let person =
        |first: &str, last: &str, phone: &str, card: &str, common: &[CommonRole], roles: &[(Service, ServiceRole)]| {
            let mut service_roles: BTreeMap<Service, BTreeSet<ServiceRole>> = BTreeMap::new();
            for (service, role) in roles {
                service_roles.entry(*service).or_default().insert(*role);
            }
            Contact {
                kind: ContactKind::Person,
                first_name: first.into(),
                last_name: last.into(),
                organisation_name: String::new(),
                phone: phone.into(),
                email: format!(
                    "{}.{}@jarvelan-terveyskeskus.example",
                    first.to_lowercase(),
                    last.to_lowercase()
                ),
                certificate_card: card.into(),
                common_roles: common.iter().copied().collect(),
                service_roles,
            }
        };
    use CommonRole::*;
    use Service::{PatientDataRepository as Pdr, Prescription as Rx};
    use ServiceRole::*;
    vec![
        person(
            "Laskutus",
            "Yhteyshenkilö",
            "040 111 2222",
            "",
            &[],
            &[(Pdr, BillingContact), (Rx, BillingContact)],
        ),
        person(
            "Ahkera",
            "Arkistonhoitaja",
            "040 222 3333",
            "11122211121",
            &[],
            &[(Pdr, Archivist)],
        ),
        person(
            "Kanta",
            "Yhteyshenkilö",
            "040 333 4444",
            "",
            &[AdministrativeContact, TechnicalContact, DisturbanceNoticeRecipient],
            &[],
        ),
        person("Tieto", "Suojanen", "040 444 5555", "", &[DataProtectionOfficer], &[]),
    ]
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

    #[test]
    fn the_services_in_use_hold_data_the_wizard_would_accept_with_every_role_filled() {
        use crate::{
            rules::WizardContext,
            validation::{billing, connection_points, contacts, customer},
        };
        let org = organisation(IN_USE_ORGANISATION).unwrap();
        assert!(!org.services_in_use.is_empty());
        for service in org.services_in_use {
            let data = service_in_use(org.business_id, *service).unwrap();
            let ctx = WizardContext {
                service: *service,
                customer_type: org.customer_type,
                first_application: false,
            };
            let mut findings = customer::validate(&data.customer);
            findings.extend(contacts::validate(&data.contacts, ctx));
            findings.extend(connection_points::validate(&data.connection_points, ctx));
            findings.extend(billing::validate(
                &data.billing,
                crate::validation::business_id::BusinessId::parse(org.business_id).ok(),
            ));
            let errors: Vec<&Finding> = findings.iter().filter(|f| f.is_error()).collect();
            assert_eq!(errors, Vec::<&Finding>::new(), "{service:?}");
            assert!(!data.billing.is_empty(), "both are billed: {service:?}");
        }
        let returned: Vec<ChangeRecord> = org
            .services_in_use
            .iter()
            .flat_map(|s| service_in_use(org.business_id, *s).unwrap().changes)
            .collect();
        assert_eq!(returned.len(), 1, "one change returned earlier");
        assert_eq!(returned[0].status.status, ChangeStatus::Returned);
        assert!(returned[0].status.reason.is_some());
        assert_eq!(service_in_use(IN_USE_ORGANISATION, Service::ImagingArchive), None);
        assert_eq!(service_in_use("3141593-8", Service::ClientDataArchive), None);
    }

    #[test]
    fn the_test_persons_act_for_all_one_and_none_of_the_organisations() {
        let counts: Vec<usize> = PERSONS.iter().map(|p| p.representations().len()).collect();
        assert_eq!(counts, vec![ORGANISATIONS.len(), 1, 0]);
        let matti = person("matti-meikalainen").unwrap().representations();
        assert_eq!(matti[0].customer_type, CustomerType::Pharmacy);
        assert_eq!(matti[0].basis, SigningBasis::ResponsiblePerson);
        assert!(person("nobody").is_none());
    }
}
