//! Contacts (yhteyshenkilöt / kontaktpersoner): a person or an organisation (a helpdesk, say),
//! with the roles it holds. The four common roles cover all of the customer's Kanta services;
//! the service-specific ones are held per service.

use std::{
    collections::{BTreeMap, BTreeSet},
    fmt,
};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Service;

/// Yhteystietotyyppi / kontaktuppgiftstyp: chosen before the details.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    #[default]
    Person,
    Organisation,
}

/// The roles every customer must fill, common to all its Kanta services.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum CommonRole {
    /// Hallinnollinen yhteyshenkilö / administrativ kontaktperson.
    AdministrativeContact,
    /// Tietosuojavastaava / dataskyddsombud.
    DataProtectionOfficer,
    /// Asiakkaan tekninen yhteyshenkilö / kundens tekniska kontaktperson.
    TechnicalContact,
    /// Häiriötiedotteen vastaanottaja / mottagare av störningsmeddelanden (e-mail and SMS).
    DisturbanceNoticeRecipient,
}

impl CommonRole {
    pub const ALL: [CommonRole; 4] = [
        CommonRole::AdministrativeContact,
        CommonRole::DataProtectionOfficer,
        CommonRole::TechnicalContact,
        CommonRole::DisturbanceNoticeRecipient,
    ];
}

/// Roles held for one service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ServiceRole {
    /// Laskutuksen yhteyshenkilö / kontaktperson i faktureringsärenden.
    BillingContact,
    /// Arkistonhoitaja / arkivarie: uses the archivist's interface; needs a certificate card.
    Archivist,
    /// Kuva-aineistojen arkiston tekninen yhteyshenkilö / bildarkivets tekniska kontaktperson.
    ImagingTechnicalContact,
}

impl ServiceRole {
    pub const ALL: [ServiceRole; 3] = [
        ServiceRole::BillingContact,
        ServiceRole::Archivist,
        ServiceRole::ImagingTechnicalContact,
    ];
}

#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Contact {
    pub kind: ContactKind,
    /// A person's names.
    pub first_name: String,
    pub last_name: String,
    /// An organisation's name (a helpdesk, an IT service provider).
    pub organisation_name: String,
    pub phone: String,
    pub email: String,
    /// Varmennekortin rekisterinumero: 11 digits; asked of archivists.
    pub certificate_card: String,
    pub common_roles: BTreeSet<CommonRole>,
    /// Roles per service, e.g. `{"patient-data-repository": ["archivist"]}`.
    pub service_roles: BTreeMap<Service, BTreeSet<ServiceRole>>,
}

impl Contact {
    pub fn holds(&self, role: CommonRole) -> bool {
        self.common_roles.contains(&role)
    }

    pub fn holds_for(&self, service: Service, role: ServiceRole) -> bool {
        self.service_roles
            .get(&service)
            .is_some_and(|roles| roles.contains(&role))
    }
}

/// Prints the kind and roles, never names, numbers or addresses.
impl fmt::Debug for Contact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Contact")
            .field("kind", &self.kind)
            .field("common_roles", &self.common_roles)
            .field("service_roles", &self.service_roles)
            .finish_non_exhaustive()
    }
}
