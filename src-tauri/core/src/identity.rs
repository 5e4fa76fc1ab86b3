//! Who is using the app: the identified person and on what grounds they act for the
//! organisation. Accepting the service description and signing the commitment record this
//! person's name (domain.md, steps 7 and 8).
//!
//! Until identification exists (Suomi.fi through the Kanta side's OpenID Connect broker), the
//! built-in test environment supplies a fictional test person, marked as such everywhere it
//! is shown (`test_person`).

use std::fmt;

use serde::Serialize;
use ts_rs::TS;

use crate::model::application::SigningBasis;

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
