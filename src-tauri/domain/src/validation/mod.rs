//! Validation: one place, returning codes with arguments, never sentences. The UI turns each
//! code into `validation-<code>` through Fluent, so switching the language re-renders every
//! message without validating again.

pub mod application;
pub mod approvals;
pub mod billing;
pub mod business_id;
pub mod certificate_card;
pub mod change;
pub mod connection_points;
pub mod contacts;
pub mod customer;
pub mod e_invoice;
pub mod email;
pub mod oid;
pub mod phone;
pub mod postal_code;
pub mod register;
pub mod service_usage;

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

/// Does a finding block sending?
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    /// Must be fixed before the application can be sent.
    Error,
    /// Worth a look; does not block.
    Warning,
}

/// What is wrong (or unusual). Serialised in kebab-case; the Fluent id is `validation-<code>`,
/// and its message says what is wrong and what to do.
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
    /// A disturbance notice recipient's number cannot take text messages.
    PhoneNotMobile,
    /// Not in the Y-tunnus shape `1234567-8`.
    BusinessId,
    /// The Y-tunnus's check digit does not match: a typo.
    BusinessIdCheckDigit,
    /// Not an OID (dotted decimal).
    Oid,
    /// A well-formed OID outside Finland's arc 1.2.246.
    OidOutsideFinland,
    /// The same connection point OID twice.
    DuplicateConnectionPoint,
    /// Not an 11-digit certificate card register number.
    CertificateCard,
    /// Certainly not an e-invoice address (characters no address has, an OVT code or IBAN that is
    /// not one, too short).
    EInvoiceAddress,
    /// An OVT code whose Y-tunnus part has a wrong check digit.
    EInvoiceCheckDigit,
    /// An OVT e-invoice address of another business than the customer (`businessId`).
    EInvoiceOtherBusinessId,
    /// Letters and digits in no shape of an e-invoice address: may be right (a foreign or other
    /// Peppol id).
    EInvoiceAddressUnusual,
    /// Certainly not an operator ID (characters no code has, an OVT code that is not one, too
    /// short).
    OperatorId,
    /// An operator code of no known shape: may be right (an operator's own code).
    OperatorIdUnusual,
    /// An account number (IBAN) typed as the operator: it is the e-invoice address.
    OperatorIsIban,
    /// An e-invoice address needs its operator, and an operator needs an address.
    EInvoiceIncomplete,
    /// An IBAN e-invoice address goes with the bank's BIC as the operator.
    OperatorForIban,
    /// A code not in its code list (`code`).
    UnknownCode,
    /// Nobody holds a mandatory role (`role`, and `service` for a service role).
    RoleMissing,
    /// A service role given for a service it does not exist in (`role`, `service`).
    RoleNotForService,
    /// A certificate card is personal: the archivist must be a person.
    ArchivistNotPerson,
    /// This application does not offer renewal requests.
    RenewalRequestsNotOffered,
    /// Renewal requests chosen: the receiving unit must be reported to THL's code service.
    RenewalRequestsReportToThl,
    /// This customer type cannot apply for this service (`service`, `customerType`).
    ServiceNotAvailable,
    /// The customer already uses this service.
    ServiceAlreadyInUse,
    /// A section this application does not have; it is ignored.
    SectionNotApplicable,
    /// The commitment was signed on another version of its text (`expected`).
    CommitmentTextVersion,
}

impl ValidationCode {
    pub const ALL: [ValidationCode; 31] = [
        ValidationCode::Required,
        ValidationCode::TooLong,
        ValidationCode::PostalCode,
        ValidationCode::Email,
        ValidationCode::Phone,
        ValidationCode::PhoneNotMobile,
        ValidationCode::BusinessId,
        ValidationCode::BusinessIdCheckDigit,
        ValidationCode::Oid,
        ValidationCode::OidOutsideFinland,
        ValidationCode::DuplicateConnectionPoint,
        ValidationCode::CertificateCard,
        ValidationCode::EInvoiceAddress,
        ValidationCode::EInvoiceCheckDigit,
        ValidationCode::EInvoiceOtherBusinessId,
        ValidationCode::EInvoiceAddressUnusual,
        ValidationCode::OperatorId,
        ValidationCode::OperatorIdUnusual,
        ValidationCode::OperatorIsIban,
        ValidationCode::EInvoiceIncomplete,
        ValidationCode::OperatorForIban,
        ValidationCode::UnknownCode,
        ValidationCode::RoleMissing,
        ValidationCode::RoleNotForService,
        ValidationCode::ArchivistNotPerson,
        ValidationCode::RenewalRequestsNotOffered,
        ValidationCode::RenewalRequestsReportToThl,
        ValidationCode::ServiceNotAvailable,
        ValidationCode::ServiceAlreadyInUse,
        ValidationCode::SectionNotApplicable,
        ValidationCode::CommitmentTextVersion,
    ];

    /// The Fluent message id for this code.
    pub fn message_id(self) -> String {
        crate::codes::code_message_id("validation", &self)
    }

    /// Warnings are the cases where the value may well be right: a foreign OID, a shared
    /// e-invoice address, an e-invoice address or operator code of a shape the checks do not
    /// know, a section that will be ignored, a reminder.
    pub fn severity(self) -> Severity {
        match self {
            ValidationCode::OidOutsideFinland
            | ValidationCode::EInvoiceOtherBusinessId
            | ValidationCode::OperatorForIban
            | ValidationCode::EInvoiceAddressUnusual
            | ValidationCode::OperatorIdUnusual
            | ValidationCode::RenewalRequestsReportToThl
            | ValidationCode::SectionNotApplicable => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// A Fluent argument: a number or a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(untagged)]
pub enum MessageArg {
    Number(i64),
    Text(String),
}

/// One finding about one place in the application file. `path` names the place in the file's
/// JSON (`organisation.contacts[2].phone`); the UI uses it to put the message at its field and
/// to link the error summary to the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Finding {
    pub path: String,
    pub code: ValidationCode,
    pub severity: Severity,
    pub args: BTreeMap<String, MessageArg>,
}

impl Finding {
    pub fn new(path: impl Into<String>, code: ValidationCode) -> Finding {
        Finding {
            path: path.into(),
            code,
            severity: code.severity(),
            args: BTreeMap::new(),
        }
    }

    pub fn with_arg(mut self, name: &str, value: MessageArg) -> Finding {
        self.args.insert(name.to_owned(), value);
        self
    }

    /// Adds a code (a role, a service) as a text argument, in its serialised form.
    pub fn with_code<T: Serialize>(self, name: &str, code: &T) -> Finding {
        self.with_arg(name, MessageArg::Text(crate::codes::name(code)))
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// `prefix.field`, or `field` alone.
pub fn join(prefix: &str, field: &str) -> String {
    if prefix.is_empty() {
        field.to_owned()
    } else {
        format!("{prefix}.{field}")
    }
}

/// What the UI may show about a field before any validation: whether it is mandatory (the
/// asterisk). Derived from the rules table, so the screen and the check cannot disagree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldSpec {
    /// The field's key in its section (`postalCode`).
    pub field: String,
    /// Its place in the file, as in findings (`organisation.customer.postalCode`); in a list,
    /// `[]` stands for any item (`organisation.contacts[].phone`).
    pub path: String,
    pub required: bool,
}

impl FieldSpec {
    /// A mandatory field that is not in a table of text rules (a choice, a list).
    pub fn required(prefix: &str, field: &str) -> FieldSpec {
        FieldSpec {
            field: field.to_owned(),
            path: join(prefix, field),
            required: true,
        }
    }

    /// A mandatory section that is one field (an acceptance, a signature): its path is the
    /// section's own.
    pub fn whole(path: &str) -> FieldSpec {
        FieldSpec {
            field: path.rsplit('.').next().unwrap_or(path).to_owned(),
            path: path.to_owned(),
            required: true,
        }
    }
}

/// The specs of a table of field rules under `prefix`.
pub fn specs<T>(prefix: &str, rules: &[FieldRule<T>]) -> Vec<FieldSpec> {
    rules
        .iter()
        .map(|r| FieldSpec {
            field: r.field.to_owned(),
            path: join(prefix, r.field),
            required: r.required,
        })
        .collect()
}

/// A text field's rule: where it is, whether it is mandatory, its longest accepted length, its
/// normal form and its format check (which names what is wrong, or `None`).
pub struct FieldRule<T> {
    pub field: &'static str,
    pub slot: fn(&mut T) -> &mut String,
    pub required: bool,
    pub max_chars: usize,
    pub normalise: fn(&str) -> String,
    pub check: Option<fn(&str) -> Option<ValidationCode>>,
}

/// Rows for the kinds of field several sections share, so that "a phone field" or "a postal code
/// field" is defined once: the same limit, normal form and check wherever it appears.
impl<T> FieldRule<T> {
    /// Free text: mandatory or not, trimmed, at most `max_chars`.
    pub const fn text(field: &'static str, slot: fn(&mut T) -> &mut String, required: bool, max_chars: usize) -> Self {
        FieldRule {
            field,
            slot,
            required,
            max_chars,
            normalise: trimmed,
            check: None,
        }
    }

    /// A street address (mandatory).
    pub const fn street_address(field: &'static str, slot: fn(&mut T) -> &mut String) -> Self {
        Self::text(field, slot, true, 100)
    }

    /// A post office (mandatory).
    pub const fn post_office(field: &'static str, slot: fn(&mut T) -> &mut String) -> Self {
        Self::text(field, slot, true, 50)
    }

    /// A Finnish postal code (mandatory).
    pub const fn postal_code(field: &'static str, slot: fn(&mut T) -> &mut String) -> Self {
        FieldRule {
            check: Some(postal_code::check),
            ..Self::text(field, slot, true, 5)
        }
    }

    /// An e-mail address (mandatory); stored with its domain in lower case.
    pub const fn email(field: &'static str, slot: fn(&mut T) -> &mut String) -> Self {
        FieldRule {
            normalise: email::normalise,
            check: Some(email::check),
            ..Self::text(field, slot, true, 254)
        }
    }

    /// A phone number (mandatory); stored in E.164.
    pub const fn phone(field: &'static str, slot: fn(&mut T) -> &mut String) -> Self {
        FieldRule {
            normalise: phone::normalise,
            check: Some(phone::check),
            ..Self::text(field, slot, true, 30)
        }
    }
}

/// The normaliser of fields with no special form.
pub fn trimmed(value: &str) -> String {
    value.trim().to_owned()
}

/// Puts every field of `input` into its normal form: what is stored is what was checked.
pub fn normalise_fields<T>(input: &mut T, rules: &[FieldRule<T>]) {
    for rule in rules {
        let slot = (rule.slot)(input);
        *slot = (rule.normalise)(slot);
    }
}

/// Applies a table of field rules to an already normalised `input`; at most one finding per
/// field, the most basic first.
pub fn check_fields<T: Clone>(input: &T, prefix: &str, rules: &[FieldRule<T>]) -> Vec<Finding> {
    let mut input = input.clone();
    rules
        .iter()
        .filter_map(|rule| {
            let value = (rule.slot)(&mut input).as_str();
            let path = || join(prefix, rule.field);
            if value.trim().is_empty() {
                return rule.required.then(|| Finding::new(path(), ValidationCode::Required));
            }
            if value.chars().count() > rule.max_chars {
                return Some(
                    Finding::new(path(), ValidationCode::TooLong)
                        .with_arg("max", MessageArg::Number(rule.max_chars as i64)),
                );
            }
            rule.check
                .and_then(|check| check(value))
                .map(|code| Finding::new(path(), code))
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
    fn findings_serialise_as_codes_with_arguments() {
        let finding = Finding::new("organisation.customer.streetAddress", ValidationCode::TooLong)
            .with_arg("max", MessageArg::Number(100));
        assert_eq!(
            serde_json::to_value(&finding).unwrap(),
            serde_json::json!({"path": "organisation.customer.streetAddress", "code": "too-long", "severity": "error", "args": {"max": 100}})
        );
        let warning = Finding::new("x", ValidationCode::OidOutsideFinland);
        assert!(!warning.is_error());
    }

    #[test]
    fn the_list_of_codes_is_complete() {
        // Adding a code without listing it in ALL would leave it without a checked message.
        let listed: std::collections::HashSet<String> = ValidationCode::ALL.iter().map(crate::codes::name).collect();
        assert_eq!(listed.len(), ValidationCode::ALL.len());
        let ts = <ValidationCode as TS>::decl(&ts_rs::Config::default());
        assert_eq!(ts.matches('"').count() / 2, ValidationCode::ALL.len(), "{ts}");
    }
}
