//! The customer data step's fields, as one table.

use super::{check_fields, email, phone, postal_code, specs, FieldError, FieldRule, FieldSpec, ValidationCode};
use crate::model::CustomerData;

/// Street address*, postal code*, post office*, e-mail*, phone*: all mandatory (the guide's
/// form marks every one with an asterisk). Lengths are generous limits against pasted junk.
const RULES: &[FieldRule<CustomerData>] = &[
    FieldRule {
        field: "streetAddress",
        value: |c| &c.street_address,
        required: true,
        max_chars: 100,
        format: None,
        format_code: ValidationCode::Required,
    },
    FieldRule {
        field: "postalCode",
        value: |c| &c.postal_code,
        required: true,
        max_chars: 5,
        format: Some(postal_code::is_valid),
        format_code: ValidationCode::PostalCode,
    },
    FieldRule {
        field: "postOffice",
        value: |c| &c.post_office,
        required: true,
        max_chars: 50,
        format: None,
        format_code: ValidationCode::Required,
    },
    FieldRule {
        field: "email",
        value: |c| &c.email,
        required: true,
        max_chars: 254,
        format: Some(email::is_valid),
        format_code: ValidationCode::Email,
    },
    FieldRule {
        field: "phone",
        value: |c| &c.phone,
        required: true,
        max_chars: 30,
        format: Some(phone::is_valid),
        format_code: ValidationCode::Phone,
    },
];

pub fn validate(data: &CustomerData) -> Vec<FieldError> {
    check_fields(data, RULES)
}

pub fn fields() -> Vec<FieldSpec> {
    specs(RULES)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(data: &CustomerData) -> Vec<(String, ValidationCode)> {
        validate(data).into_iter().map(|e| (e.field, e.code)).collect()
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
    fn surrounding_white_space_is_forgiven() {
        let data = CustomerData {
            postal_code: " 01010 ".into(),
            ..CustomerData::guide_example()
        };
        assert_eq!(codes(&data), vec![]);
    }

    #[test]
    fn too_long_carries_the_limit() {
        let data = CustomerData {
            post_office: "x".repeat(51),
            ..CustomerData::guide_example()
        };
        let errors = validate(&data);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code, ValidationCode::TooLong);
        assert_eq!(errors[0].args["max"], super::super::MessageArg::Number(50));
    }
}
