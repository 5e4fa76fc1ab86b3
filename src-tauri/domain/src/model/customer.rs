//! The customer data (Asiakastiedot / Kunduppgifter) the user gives: common to all of the
//! organisation's Kanta services; the e-mail receives the approval and a copy of the commitment.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "camelCase", default, deny_unknown_fields)]
pub struct CustomerData {
    pub street_address: String,
    pub postal_code: String,
    pub post_office: String,
    pub email: String,
    pub phone: String,
}

impl CustomerData {
    pub fn is_empty(&self) -> bool {
        *self == CustomerData::default()
    }

    /// The values of the guide's screenshot (Bild 6): valid, for tests.
    #[cfg(test)]
    pub(crate) fn guide_example() -> CustomerData {
        CustomerData {
            street_address: "Osoitetie 1".into(),
            postal_code: "01010".into(),
            post_office: "Postila".into(),
            email: "asiakaspalvelu@organisaatio.fi".into(),
            phone: "010 020 020".into(),
        }
    }
}

/// Prints only which fields are filled in: these are an organisation's contact details, and
/// for a sole practitioner they are a person's.
impl fmt::Debug for CustomerData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let filled = |s: &str| if s.is_empty() { "empty" } else { "filled" };
        f.debug_struct("CustomerData")
            .field("street_address", &filled(&self.street_address))
            .field("postal_code", &filled(&self.postal_code))
            .field("post_office", &filled(&self.post_office))
            .field("email", &filled(&self.email))
            .field("phone", &filled(&self.phone))
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_shows_no_values() {
        let data = CustomerData {
            email: "anna.virtanen@example.fi".into(),
            ..Default::default()
        };
        let printed = format!("{data:?}");
        assert!(!printed.contains("anna"), "{printed}");
        assert!(printed.contains("email: \"filled\""), "{printed}");
    }

    #[test]
    fn json_uses_camel_case_and_tolerates_missing_fields() {
        let data: CustomerData = serde_json::from_str(r#"{"postalCode":"00100"}"#).unwrap();
        assert_eq!(data.postal_code, "00100");
        assert_eq!(data.street_address, "");
    }
}
