//! Validation: one place, returning codes with arguments, never sentences. The UI turns each
//! code into `validation-<code>` through Fluent, so switching the language re-renders every
//! message without validating again.

pub mod customer;
pub mod email;
pub mod phone;
pub mod postal_code;

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

/// What is wrong with a field. Serialised in kebab-case; the Fluent id is `validation-<code>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ValidationCode {
    /// A mandatory field is empty (or only white space).
    Required,
    /// Longer than `max` characters.
    TooLong,
    /// Not a five-digit Finnish postal code.
    PostalCode,
    /// Not an e-mail address.
    Email,
    /// Not a Finnish or international phone number.
    Phone,
}

impl ValidationCode {
    pub const ALL: [ValidationCode; 5] = [
        ValidationCode::Required,
        ValidationCode::TooLong,
        ValidationCode::PostalCode,
        ValidationCode::Email,
        ValidationCode::Phone,
    ];

    /// The Fluent message id for this code.
    pub fn message_id(self) -> String {
        crate::i18n::code_message_id("validation", &self)
    }
}

/// A Fluent argument: a number or a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(untagged)]
pub enum MessageArg {
    Number(i64),
    Text(String),
}

/// One problem with one field. `field` is the field's key in the step's input (`postalCode`);
/// the UI uses it to place the message and to link the error summary to the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldError {
    pub field: String,
    pub code: ValidationCode,
    pub args: BTreeMap<String, MessageArg>,
}

impl FieldError {
    pub fn new(field: &str, code: ValidationCode) -> FieldError {
        FieldError {
            field: field.to_owned(),
            code,
            args: BTreeMap::new(),
        }
    }

    pub fn with_arg(mut self, name: &str, value: MessageArg) -> FieldError {
        self.args.insert(name.to_owned(), value);
        self
    }
}

/// What the UI may show about a field before any validation: whether it is mandatory (the
/// asterisk). Derived from the rules table, so the screen and the check cannot disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldSpec {
    pub field: String,
    pub required: bool,
}

/// The specs of a table of field rules.
pub fn specs<T>(rules: &[FieldRule<T>]) -> Vec<FieldSpec> {
    rules
        .iter()
        .map(|r| FieldSpec {
            field: r.field.to_owned(),
            required: r.required,
        })
        .collect()
}

/// A field's rule: mandatory or not, its longest accepted length, and its format check.
pub struct FieldRule<T> {
    pub field: &'static str,
    pub value: fn(&T) -> &str,
    pub required: bool,
    pub max_chars: usize,
    pub format: Option<fn(&str) -> bool>,
    pub format_code: ValidationCode,
}

/// Applies a table of field rules; at most one error per field, the most basic first.
pub fn check_fields<T>(input: &T, rules: &[FieldRule<T>]) -> Vec<FieldError> {
    rules
        .iter()
        .filter_map(|rule| {
            let value = (rule.value)(input).trim();
            if value.is_empty() {
                return rule
                    .required
                    .then(|| FieldError::new(rule.field, ValidationCode::Required));
            }
            if value.chars().count() > rule.max_chars {
                return Some(
                    FieldError::new(rule.field, ValidationCode::TooLong)
                        .with_arg("max", MessageArg::Number(rule.max_chars as i64)),
                );
            }
            match rule.format {
                Some(is_valid) if !is_valid(value) => Some(FieldError::new(rule.field, rule.format_code)),
                _ => None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_follow_the_code() {
        assert_eq!(ValidationCode::PostalCode.message_id(), "validation-postal-code");
        assert_eq!(ValidationCode::TooLong.message_id(), "validation-too-long");
    }

    #[test]
    fn every_code_has_a_message_in_both_languages() {
        let catalog = crate::i18n::Catalog::embedded().unwrap();
        assert_eq!(
            catalog.missing(ValidationCode::ALL.map(ValidationCode::message_id)),
            Vec::<String>::new()
        );
    }

    #[test]
    fn errors_serialise_as_codes_with_arguments() {
        let error = FieldError::new("street", ValidationCode::TooLong).with_arg("max", MessageArg::Number(100));
        assert_eq!(
            serde_json::to_value(&error).unwrap(),
            serde_json::json!({"field": "street", "code": "too-long", "args": {"max": 100}})
        );
    }
}
