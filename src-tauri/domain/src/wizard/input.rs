//! What the user typed on a step, and how it goes into the application and the organisation's
//! profile. Input is stored as typed (in its normal form), valid or not: nothing typed is lost.
//! The approvals are the exception: a tick records who accepted or signed and when, from the
//! identity, never from the UI.

use jiff::Timestamp;
use serde::Deserialize;
use ts_rs::TS;

use crate::{
    identity::Identity,
    model::{
        application::COMMITMENT_TEXT_VERSION, Acceptance, Application, Billing, Commitment, ConnectionPoint, Contact,
        CustomerData, OrganisationProfile, ServiceUsage,
    },
    step::StepId,
    validation::{approvals, billing, connection_points, contacts, customer, service_usage},
};

/// The input of one step, tagged with the step it belongs to.
#[derive(Debug, Clone, Deserialize, TS)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum StepInput {
    /// The instructions have nothing to fill in.
    Instructions,
    ConnectionPoints {
        points: Vec<ConnectionPoint>,
    },
    ServiceUsage {
        usage: ServiceUsage,
    },
    CustomerData {
        customer: CustomerData,
    },
    /// The organisation's whole contact list, each contact with its roles for every service.
    Contacts {
        contacts: Vec<Contact>,
    },
    Billing {
        billing: Billing,
    },
    /// "Olen lukenut palvelukuvauksen ja hyväksyn sen" ticked or not.
    ServiceDescription {
        accepted: bool,
    },
    /// "Olen lukenut sitoumuslomakkeen ja allekirjoitan sen" ticked or not.
    Commitment {
        signed: bool,
    },
    Summary,
    Thanks,
}

/// What a step's input goes into.
pub struct Target<'a> {
    pub organisation: &'a mut OrganisationProfile,
    pub application: &'a mut Application,
    /// Who accepts and signs: the person logged in. A new approval needs one
    /// (`records_approval`); the editor refuses it before applying.
    pub identity: Option<&'a Identity>,
    pub now: Timestamp,
}

impl StepInput {
    /// Whether the input keeps within the limits an application file keeps to (at most 200
    /// entries in a list, 1,000 characters in a text): a screen sends what a user can type,
    /// and anything larger is refused before it is applied, validated or stored.
    pub fn within_limits(&self) -> Result<(), crate::model::document::ParseError> {
        let part = match self {
            StepInput::ConnectionPoints { points } => serde_json::to_value(points),
            StepInput::ServiceUsage { usage } => serde_json::to_value(usage),
            StepInput::CustomerData { customer } => serde_json::to_value(customer),
            StepInput::Contacts { contacts } => serde_json::to_value(contacts),
            StepInput::Billing { billing } => serde_json::to_value(billing),
            _ => return Ok(()),
        };
        crate::model::document::check_limits(&part.expect("the model serialises"))
    }

    pub fn step(&self) -> StepId {
        match self {
            StepInput::Instructions => StepId::Instructions,
            StepInput::ConnectionPoints { .. } => StepId::ConnectionPoints,
            StepInput::ServiceUsage { .. } => StepId::ServiceUsage,
            StepInput::CustomerData { .. } => StepId::CustomerData,
            StepInput::Contacts { .. } => StepId::Contacts,
            StepInput::Billing { .. } => StepId::Billing,
            StepInput::ServiceDescription { .. } => StepId::ServiceDescription,
            StepInput::Commitment { .. } => StepId::Commitment,
            StepInput::Summary => StepId::Summary,
            StepInput::Thanks => StepId::Thanks,
        }
    }

    /// Nothing was typed or ticked: leaving such a step does not start it.
    pub fn is_empty(&self) -> bool {
        match self {
            StepInput::Instructions | StepInput::Summary | StepInput::Thanks => false,
            StepInput::ConnectionPoints { points } => points.iter().all(|p| *p == ConnectionPoint::default()),
            StepInput::ServiceUsage { usage } => usage.is_empty(),
            StepInput::CustomerData { customer } => customer.is_empty(),
            StepInput::Contacts { contacts } => contacts.iter().all(|c| *c == Contact::default()),
            StepInput::Billing { billing } => billing.is_empty(),
            StepInput::ServiceDescription { accepted } => !accepted,
            StepInput::Commitment { signed } => !signed,
        }
    }

    /// Whether applying this input to `application` records a new acceptance or signature,
    /// which names the person logged in. Unticking, or ticking what is ticked already, does not.
    pub fn records_approval(&self, application: &Application) -> bool {
        match self {
            StepInput::ServiceDescription { accepted } => *accepted && application.service_description.is_none(),
            StepInput::Commitment { signed } => {
                *signed
                    && application
                        .commitment
                        .as_ref()
                        .is_none_or(|c| c.text_version != COMMITMENT_TEXT_VERSION)
            }
            _ => false,
        }
    }

    /// Stores the input, in its normal form, into `target`.
    pub fn apply(self, target: Target) {
        let Target {
            organisation,
            application,
            identity,
            now,
        } = target;
        match self {
            StepInput::Instructions | StepInput::Summary | StepInput::Thanks => {}
            StepInput::ConnectionPoints { mut points } => {
                connection_points::normalise(&mut points);
                application.connection_points = points;
            }
            StepInput::ServiceUsage { mut usage } => {
                service_usage::normalise(&mut usage);
                application.service_usage = usage;
            }
            StepInput::CustomerData { mut customer } => {
                customer::normalise(&mut customer);
                organisation.customer = customer;
            }
            StepInput::Contacts { mut contacts } => {
                contacts.iter_mut().for_each(contacts::normalise);
                organisation.contacts = contacts;
            }
            StepInput::Billing { mut billing } => {
                billing::normalise(&mut billing);
                application.billing = billing;
            }
            StepInput::ServiceDescription { accepted } => {
                // Ticking again keeps the first acceptance: it is what Kela records.
                application.service_description = match (accepted, application.service_description.take()) {
                    (false, _) => None,
                    (true, Some(earlier)) => Some(earlier),
                    (true, None) => identity.map(|identity| Acceptance {
                        accepted_by: identity.name.clone(),
                        accepted_at: now,
                    }),
                };
                approvals::normalise(application.service_description.as_mut(), None);
            }
            StepInput::Commitment { signed } => {
                application.commitment = match (signed, application.commitment.take()) {
                    (false, _) => None,
                    (true, Some(earlier)) if earlier.text_version == COMMITMENT_TEXT_VERSION => Some(earlier),
                    (true, _) => identity.map(|identity| Commitment {
                        signed_by: identity.name.clone(),
                        basis: identity.basis,
                        signed_at: now,
                        text_version: COMMITMENT_TEXT_VERSION.to_owned(),
                    }),
                };
                approvals::normalise(None, application.commitment.as_mut());
            }
        }
    }
}
