//! Who may act for which organisation, and on what grounds: the organisations the Kanta service
//! names for the identified person after login (the responsible person of the organisation, or
//! one with the Suomi.fi mandate "Sosiaali- ja terveydenhuollon digitaalisten palvelujen
//! käyttöönotto"). The service decides; the app only offers what it was given.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{application::SigningBasis, CustomerType, RegisterData};

/// One organisation the person may act for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Representation {
    /// The organisation as the base registers have it now.
    pub organisation: RegisterData,
    pub customer_type: CustomerType,
    pub basis: SigningBasis,
}

/// The person's organisations, found by business ID.
pub fn find<'a>(representations: &'a [Representation], business_id: &str) -> Option<&'a Representation> {
    representations
        .iter()
        .find(|r| r.organisation.business_id == business_id)
}
