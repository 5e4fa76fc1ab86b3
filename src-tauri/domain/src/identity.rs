//! Who is using the app: the identified person and on what grounds they act for the
//! organisation. Accepting the service description and signing the commitment record this
//! person's name (domain.md, steps 7 and 8).
//!
//! Who may act for which organisation is the Kanta service's answer after login
//! ([`Representation`]: the organisation's responsible person, or one with the Suomi.fi mandate
//! "Sosiaali- ja terveydenhuollon digitaalisten palvelujen käyttöönotto"). The service decides;
//! the app only offers what it was given. In the built-in test environment a fictional test
//! person stands in, marked as such everywhere it is shown (`test_person`).

use std::{collections::BTreeSet, fmt};

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::{application::SigningBasis, CustomerType, RegisterData, Service};

#[derive(Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Identity {
    /// The name recorded as approver and signer.
    pub name: String,
    /// Responsible person or Suomi.fi mandate, for the organisation acted for.
    pub basis: SigningBasis,
    /// A fictional person of the built-in test environment, not an identified one.
    pub test_person: bool,
}

/// A name is personal data: print only the basis.
impl fmt::Debug for Identity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Identity")
            .field("basis", &self.basis)
            .field("test_person", &self.test_person)
            .finish_non_exhaustive()
    }
}

/// One organisation the person may act for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Representation {
    /// The organisation as the base registers have it now.
    pub organisation: RegisterData,
    pub customer_type: CustomerType,
    pub basis: SigningBasis,
    /// The Kanta services the organisation uses already, by the service's customer register.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub services_in_use: BTreeSet<Service>,
}

/// The person's organisations, found by business ID.
pub fn find<'a>(representations: &'a [Representation], business_id: &str) -> Option<&'a Representation> {
    representations
        .iter()
        .find(|r| r.organisation.business_id == business_id)
}
