//! An application to take one Kanta service into use (liittymishakemus / anslutningsansökan):
//! what the wizard's service-specific steps collect, the approvals, and where it is on its way.
//! The customer data and contacts are the organisation's (`organisation.rs`), not copied here.

use std::fmt;

use jiff::Timestamp;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;
use uuid::Uuid;

use super::Service;
use kanta_language::Language;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Application {
    /// Given by the app when the application is created; a vendor's file may leave it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<Uuid>,
    pub service: Service,
    #[serde(default)]
    pub status: ApplicationStatus,
    /// Liityntäpisteet ja järjestelmät / Anslutningspunkter och system.
    #[serde(default)]
    pub connection_points: Vec<ConnectionPoint>,
    /// Palvelun käyttö: the Client Data Archive only.
    #[serde(default, skip_serializing_if = "ServiceUsage::is_empty")]
    pub service_usage: ServiceUsage,
    /// Laskutustiedot / Faktureringsuppgifter, where the rules ask for them.
    #[serde(default, skip_serializing_if = "Billing::is_empty")]
    pub billing: Billing,
    /// Palvelukuvauksen hyväksyminen / Godkännande av tjänstebeskrivningen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_description: Option<Acceptance>,
    /// Sitoumuksen allekirjoittaminen / Signering av förbindelsen: the first application only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub commitment: Option<Commitment>,
}

impl Application {
    /// A new, empty application with a fresh id: the id is the outbox's idempotency key, so it
    /// is made once, when the draft is.
    pub fn new(service: Service) -> Application {
        Application {
            id: Some(Uuid::new_v4()),
            service,
            status: ApplicationStatus::Draft,
            connection_points: Vec::new(),
            service_usage: ServiceUsage::default(),
            billing: Billing::default(),
            service_description: None,
            commitment: None,
        }
    }
}

/// Where the application is. The app moves it up to `waiting-to-be-sent` and `sent`; the Kanta
/// service reports the rest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ApplicationStatus {
    #[default]
    Draft,
    /// Every step is valid; not sent yet.
    Ready,
    /// In the outbox, to be delivered when online.
    WaitingToBeSent,
    Sent,
    Received,
    InProcessing,
    Approved,
    /// Returned by Kela with a reason, to be corrected.
    Returned,
    /// The service refused to take it in (the outbox keeps why); not tried again.
    Refused,
}

impl ApplicationStatus {
    pub const ALL: [ApplicationStatus; 9] = [
        ApplicationStatus::Draft,
        ApplicationStatus::Ready,
        ApplicationStatus::WaitingToBeSent,
        ApplicationStatus::Sent,
        ApplicationStatus::Received,
        ApplicationStatus::InProcessing,
        ApplicationStatus::Approved,
        ApplicationStatus::Returned,
        ApplicationStatus::Refused,
    ];

    /// Handed over (to the outbox or further): no longer edited in the wizard.
    pub fn is_sent(self) -> bool {
        !matches!(self, ApplicationStatus::Draft | ApplicationStatus::Ready)
    }

    /// May be amended and sent again: only an application the service returned for correction
    /// (a refused one was not accepted at all: the user applies anew; one on its way or approved
    /// is not the user's to change).
    pub fn may_be_amended(self) -> bool {
        self == ApplicationStatus::Returned
    }
}

/// A connection point: where the customer's system joins the Kanta services.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ConnectionPoint {
    /// Liityntäpisteen OID, e.g. `1.2.246.10.2430960.10.0.13.3`; usually from the system vendor.
    pub oid: String,
    /// The information systems used through it: codes of the `information-systems` list.
    pub systems: Vec<String>,
    /// The Prescription service's renewal request service (uusimispyyntöpalvelu / begäran om
    /// förnyelse), offered after a system is chosen.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub renewal_requests: bool,
}

/// Palvelun käyttö (Client Data Archive): codes of the `system-profiles`, `document-groups` and
/// `service-tasks` lists.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct ServiceUsage {
    pub system_profile: String,
    pub document_groups: Vec<String>,
    pub service_tasks: Vec<String>,
}

impl ServiceUsage {
    pub fn is_empty(&self) -> bool {
        *self == ServiceUsage::default()
    }
}

/// Laskutustiedot. E-invoicing is used first when its details are given.
#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct Billing {
    /// Laskutuskieli / faktureringsspråk.
    pub language: Option<Language>,
    /// Verkkolaskuosoite: an OVT code (alone or as a Peppol id), an IBAN, or another id
    /// (`validation::e_invoice`).
    pub e_invoice_address: String,
    /// Välittäjän tunnus: the operator's OVT code, the bank's BIC, or an operator's own code.
    pub operator_id: String,
    /// Asiakkaan laskun viitetieto: free text the customer wants on its invoices.
    pub invoice_reference: String,
    pub address: String,
    pub postal_code: String,
    pub post_office: String,
}

impl Billing {
    pub fn is_empty(&self) -> bool {
        *self == Billing::default()
    }
}

/// Prints which fields are filled in, not what (a sole trader's billing address is a home).
impl fmt::Debug for Billing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Billing")
            .field("language", &self.language)
            .field("e_invoice", &!self.e_invoice_address.is_empty())
            .field("address", &!self.address.is_empty())
            .finish_non_exhaustive()
    }
}

/// The service description accepted: Kela records the approver's name.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Acceptance {
    /// The identified person's name.
    pub accepted_by: String,
    pub accepted_at: Timestamp,
}

/// On what grounds the signer may act for the organisation (domain.md, "Who may apply").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum SigningBasis {
    /// The company's responsible person (CEO, trader).
    ResponsiblePerson,
    /// The Suomi.fi mandate "Sosiaali- ja terveydenhuollon digitaalisten palvelujen käyttöönotto".
    Mandate,
}

impl SigningBasis {
    pub const ALL: [SigningBasis; 2] = [SigningBasis::ResponsiblePerson, SigningBasis::Mandate];
}

/// The signed commitment (asiakkuuden sitoumus / förbindelse).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Commitment {
    pub signed_by: String,
    pub basis: SigningBasis,
    pub signed_at: Timestamp,
    /// Which version of the commitment text was shown (`COMMITMENT_TEXT_VERSION`).
    pub text_version: String,
}

/// The version of the commitment text this app shows and signs.
pub const COMMITMENT_TEXT_VERSION: &str = "2023-09-04";

/// Names are personal data: print only when.
impl fmt::Debug for Acceptance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Acceptance")
            .field("accepted_at", &self.accepted_at)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Commitment {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Commitment")
            .field("basis", &self.basis)
            .field("signed_at", &self.signed_at)
            .field("text_version", &self.text_version)
            .finish_non_exhaustive()
    }
}
