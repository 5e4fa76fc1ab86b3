//! Laskutustiedot / Faktureringsuppgifter: the billing language*, address*, postal code* and
//! post office*, and the optional e-invoice address with its operator. An e-invoice address and
//! its operator come as a pair; a wrong-looking but possible combination is a warning.

use super::{
    business_id::BusinessId, check_fields, e_invoice, join, normalise_fields, specs, FieldRule, FieldSpec, Finding,
    MessageArg, ValidationCode,
};
use crate::model::Billing;

pub const PATH: &str = "application.billing";

const FIELDS: &[FieldRule<Billing>] = &[
    FieldRule {
        field: "eInvoiceAddress",
        slot: |b| &mut b.e_invoice_address,
        required: false,
        max_chars: E_INVOICE_MAX,
        normalise: e_invoice::normalise,
        check: Some(|v| match e_invoice::parse_address(v) {
            Ok(e_invoice::Address::Unusual) => Some(ValidationCode::EInvoiceAddressUnusual),
            Ok(_) => None,
            Err(problem) => Some(problem_code(problem, ValidationCode::EInvoiceAddress)),
        }),
    },
    FieldRule {
        field: "operatorId",
        slot: |b| &mut b.operator_id,
        required: false,
        max_chars: E_INVOICE_MAX,
        normalise: e_invoice::normalise,
        check: Some(|v| match e_invoice::parse_operator(v) {
            Ok(e_invoice::Operator::Unusual) => Some(ValidationCode::OperatorIdUnusual),
            Ok(_) => None,
            Err(problem) => Some(problem_code(problem, ValidationCode::OperatorId)),
        }),
    },
    FieldRule::text("invoiceReference", |b| &mut b.invoice_reference, false, 70),
    FieldRule::street_address("address", |b| &mut b.address),
    FieldRule::postal_code("postalCode", |b| &mut b.postal_code),
    FieldRule::post_office("postOffice", |b| &mut b.post_office),
];

/// Finvoice's limit for an e-invoice address and an intermediator's id (35 characters); the
/// longest IBAN has 34.
const E_INVOICE_MAX: usize = 35;

/// An OVT code with a typo in its Y-tunnus part, and an IBAN in the operator field, get their
/// own messages; other problems the field's format message.
fn problem_code(problem: e_invoice::Problem, format: ValidationCode) -> ValidationCode {
    match problem {
        e_invoice::Problem::OvtCheckDigit => ValidationCode::EInvoiceCheckDigit,
        e_invoice::Problem::IbanAsOperator => ValidationCode::OperatorIsIban,
        e_invoice::Problem::Format => format,
    }
}

/// The billing language is chosen, not typed: mandatory (guide 3.1.5), checked in `validate`.
const LANGUAGE: &str = "language";

/// The step's fields in the guide's order: the language*, the e-invoice details, the address*.
pub fn fields() -> Vec<FieldSpec> {
    let mut fields = vec![FieldSpec::required(PATH, LANGUAGE)];
    fields.extend(specs(PATH, FIELDS));
    fields
}

pub fn normalise(billing: &mut Billing) {
    normalise_fields(billing, FIELDS)
}

/// Checks normalised billing details; `customer_id` is the customer's Y-tunnus, if valid.
pub fn validate(billing: &Billing, customer_id: Option<BusinessId>) -> Vec<Finding> {
    let mut findings = Vec::new();
    if billing.language.is_none() {
        findings.push(Finding::new(join(PATH, LANGUAGE), ValidationCode::Required));
    }
    findings.extend(check_fields(billing, PATH, FIELDS));

    let address = (!billing.e_invoice_address.is_empty()).then(|| e_invoice::parse_address(&billing.e_invoice_address));
    let operator = (!billing.operator_id.is_empty()).then(|| e_invoice::parse_operator(&billing.operator_id));
    match (&address, &operator) {
        (Some(_), None) => findings.push(Finding::new(
            join(PATH, "operatorId"),
            ValidationCode::EInvoiceIncomplete,
        )),
        (None, Some(_)) => findings.push(Finding::new(
            join(PATH, "eInvoiceAddress"),
            ValidationCode::EInvoiceIncomplete,
        )),
        _ => {}
    }
    if let (Some(Ok(e_invoice::Address::Ovt(addressee))), Some(customer)) = (&address, customer_id) {
        if *addressee != customer {
            findings.push(
                Finding::new(join(PATH, "eInvoiceAddress"), ValidationCode::EInvoiceOtherBusinessId)
                    .with_arg("businessId", MessageArg::Text(addressee.to_string())),
            );
        }
    }
    if let (Some(Ok(e_invoice::Address::Iban)), Some(Ok(e_invoice::Operator::Ovt(_)))) = (&address, &operator) {
        findings.push(Finding::new(join(PATH, "operatorId"), ValidationCode::OperatorForIban));
    }
    findings
}
