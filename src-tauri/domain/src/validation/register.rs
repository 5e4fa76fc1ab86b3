//! The base registers' data in a file: the organisation's name, Y-tunnus and OID. The user
//! cannot edit them in the app, but a file made elsewhere can carry anything, and the Y-tunnus
//! is compared with e-invoice addresses.

use super::{business_id, check_fields, normalise_fields, oid, trimmed, FieldRule, Finding};
use crate::model::RegisterData;

pub const PATH: &str = "organisation.register";

const RULES: &[FieldRule<RegisterData>] = &[
    FieldRule::text("name", |r| &mut r.name, true, 200),
    FieldRule {
        field: "businessId",
        slot: |r| &mut r.business_id,
        required: true,
        max_chars: 9,
        normalise: business_id::normalise,
        check: Some(business_id::check),
    },
    FieldRule {
        field: "oid",
        slot: |r| &mut r.oid,
        required: true,
        max_chars: oid::MAX_CHARS,
        normalise: trimmed,
        check: Some(oid::check_code),
    },
];

pub fn normalise(register: &mut RegisterData) {
    normalise_fields(register, RULES)
}

pub fn validate(register: &RegisterData) -> Vec<Finding> {
    check_fields(register, PATH, RULES)
}
