//! The customer data (Asiakastiedot / Kunduppgifter) as one table: street address*, postal
//! code*, post office*, e-mail*, phone*, all mandatory (the guide marks each with an asterisk).
//! Lengths are generous limits against pasted junk.

use super::{check_fields, normalise_fields, specs, FieldRule, FieldSpec, Finding};
use crate::model::CustomerData;

/// Where the customer data sits in the application file.
pub const PATH: &str = "organisation.customer";

const RULES: &[FieldRule<CustomerData>] = &[
    FieldRule::street_address("streetAddress", |c| &mut c.street_address),
    FieldRule::postal_code("postalCode", |c| &mut c.postal_code),
    FieldRule::post_office("postOffice", |c| &mut c.post_office),
    FieldRule::email("email", |c| &mut c.email),
    FieldRule::phone("phone", |c| &mut c.phone),
];

pub fn normalise(data: &mut CustomerData) {
    normalise_fields(data, RULES)
}

/// Checks normalised customer data.
pub fn validate(data: &CustomerData) -> Vec<Finding> {
    check_fields(data, PATH, RULES)
}

pub fn fields() -> Vec<FieldSpec> {
    specs(PATH, RULES)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validation::ValidationCode;

    fn codes(data: &CustomerData) -> Vec<(String, ValidationCode)> {
        let mut data = data.clone();
        normalise(&mut data);
        validate(&data)
            .into_iter()
            .map(|e| (e.path.trim_start_matches("organisation.customer.").to_owned(), e.code))
            .collect()
    }

    #[test]
    fn the_guides_example_is_valid() {
        assert_eq!(codes(&CustomerData::guide_example()), vec![]);
    }

    #[test]
    fn every_field_is_mandatory() {
        let all_required = ["streetAddress", "postalCode", "postOffice", "email", "phone"]
            .map(|f| (f.to_string(), ValidationCode::Required))
            .to_vec();
        assert_eq!(codes(&CustomerData::default()), all_required);
        let blank = CustomerData {
            street_address: "   ".into(),
            ..CustomerData::guide_example()
        };
        assert_eq!(codes(&blank), vec![("streetAddress".into(), ValidationCode::Required)]);
    }

    #[test]
    fn formats_are_checked_after_presence() {
        let data = CustomerData {
            postal_code: "1010".into(),
            email: "x@y".into(),
            phone: "12".into(),
            ..CustomerData::guide_example()
        };
        assert_eq!(
            codes(&data),
            vec![
                ("postalCode".into(), ValidationCode::PostalCode),
                ("email".into(), ValidationCode::Email),
                ("phone".into(), ValidationCode::Phone)
            ]
        );
    }

    #[test]
    fn values_are_stored_in_their_normal_form() {
        let mut data = CustomerData {
            street_address: "  Osoitetie 1 ".into(),
            postal_code: " 01010 ".into(),
            email: "Asiakaspalvelu@Organisaatio.FI ".into(),
            phone: "040 123 4567".into(),
            ..CustomerData::guide_example()
        };
        normalise(&mut data);
        assert_eq!(data.street_address, "Osoitetie 1");
        assert_eq!(data.postal_code, "01010");
        assert_eq!(data.email, "Asiakaspalvelu@organisaatio.fi");
        assert_eq!(data.phone, "+358401234567");
        assert_eq!(validate(&data), vec![]);
    }

    #[test]
    fn too_long_carries_the_limit() {
        let data = CustomerData {
            post_office: "x".repeat(51),
            ..CustomerData::guide_example()
        };
        let findings = validate(&data);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].code, ValidationCode::TooLong);
        assert_eq!(findings[0].args["max"], super::super::MessageArg::Number(50));
    }

    #[test]
    fn specs_carry_the_paths_findings_use() {
        assert!(fields()
            .iter()
            .any(|f| f.field == "postalCode" && f.path == "organisation.customer.postalCode" && f.required));
    }
}
