//! A Kanta service the customer uses already, as the service holds it now (guide 4.1, "the
//! summary of current data"): what `GET /v1/customers/{businessId}/services/{service}` answers.
//! The customer data and the contacts are the customer relationship's, common to all of its
//! services; the connection points, the service usage and the billing are this service's.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{
    Application, ApplicationStatus, Billing, ChangeRecord, ConnectionPoint, Contact, CustomerData, Service,
    ServiceUsage,
};

/// The service's answer. Unknown fields are ignored: a newer service may say more, and the app
/// shows what it knows rather than nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceInUse {
    pub service: Service,
    /// The status of the customer relationship's latest application for it (Hakemuksen tila).
    pub status: ApplicationStatus,
    /// When the service's data last changed.
    #[ts(type = "string")]
    pub updated_at: Timestamp,
    pub customer: CustomerData,
    pub contacts: Vec<Contact>,
    #[serde(default)]
    pub connection_points: Vec<ConnectionPoint>,
    #[serde(default, skip_serializing_if = "ServiceUsage::is_empty")]
    pub service_usage: ServiceUsage,
    /// Empty where the service is not billed.
    #[serde(default, skip_serializing_if = "Billing::is_empty")]
    pub billing: Billing,
    /// The customer's change notifications that concern this service (its billing, or the
    /// contacts), as the service holds them: the latest first, at most `ChangeRecord::MAX`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<ChangeRecord>,
}

impl ServiceInUse {
    /// What an approved application makes current: its own data, and the customer data and
    /// contacts it was sent with.
    pub fn approved(file: &super::ApplicationFile, at: Timestamp) -> ServiceInUse {
        let Application {
            service,
            connection_points,
            service_usage,
            billing,
            ..
        } = file.application.clone();
        ServiceInUse {
            service,
            status: ApplicationStatus::Approved,
            updated_at: at,
            customer: file.organisation.customer.clone(),
            contacts: file.organisation.contacts.clone(),
            connection_points,
            service_usage,
            billing,
            changes: Vec::new(),
        }
    }
}
