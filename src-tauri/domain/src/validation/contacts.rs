//! Contacts: each contact's fields (which depend on its kind), what its roles ask of it, and
//! that every role the rules require is held by someone (`rules`).

use super::{
    certificate_card, check_fields, join, normalise_fields, phone, specs, FieldRule, FieldSpec, Finding, ValidationCode,
};
use crate::{
    model::{Contact, ContactKind},
    rules::{self, WizardContext},
};

pub const PATH: &str = "organisation.contacts";

const NAME_MAX: usize = 100;

const CERTIFICATE_CARD: &str = "certificateCard";

/// A person: first name*, last name*.
const PERSON_FIELDS: &[FieldRule<Contact>] = &[
    FieldRule::text("firstName", |c| &mut c.first_name, true, NAME_MAX),
    FieldRule::text("lastName", |c| &mut c.last_name, true, NAME_MAX),
];

/// An organisation (a helpdesk, an IT provider): its name*.
const ORGANISATION_FIELDS: &[FieldRule<Contact>] = &[FieldRule::text(
    "organisationName",
    |c| &mut c.organisation_name,
    true,
    200,
)];

/// Every contact: phone*, e-mail*; the certificate card number is checked when given, and asked
/// for when a role needs it (below).
const COMMON_FIELDS: &[FieldRule<Contact>] = &[
    FieldRule::phone("phone", |c| &mut c.phone),
    FieldRule::email("email", |c| &mut c.email),
    FieldRule {
        field: CERTIFICATE_CARD,
        slot: |c| &mut c.certificate_card,
        required: false,
        max_chars: 11,
        normalise: certificate_card::normalise,
        check: Some(certificate_card::check),
    },
];

fn kind_fields(kind: ContactKind) -> &'static [FieldRule<Contact>] {
    match kind {
        ContactKind::Person => PERSON_FIELDS,
        ContactKind::Organisation => ORGANISATION_FIELDS,
    }
}

/// Every contact field, under `organisation.contacts[]`: a person's names*, an organisation's
/// name*, phone*, e-mail*. The certificate card number is asked only of those whose roles need
/// it (`rules`, `needs_certificate_card`), and of them it is mandatory.
pub fn fields() -> Vec<FieldSpec> {
    let item = format!("{PATH}[]");
    let mut fields = specs(&item, PERSON_FIELDS);
    fields.extend(specs(&item, ORGANISATION_FIELDS));
    fields.extend(specs(&item, COMMON_FIELDS).into_iter().map(|mut spec| {
        spec.required |= spec.field == CERTIFICATE_CARD;
        spec
    }));
    fields
}

pub fn normalise(contact: &mut Contact) {
    normalise_fields(contact, PERSON_FIELDS);
    normalise_fields(contact, ORGANISATION_FIELDS);
    normalise_fields(contact, COMMON_FIELDS);
}

/// Checks the normalised contacts of an application in context.
pub fn validate(contacts: &[Contact], ctx: WizardContext) -> Vec<Finding> {
    let mut findings: Vec<Finding> = contacts
        .iter()
        .enumerate()
        .flat_map(|(i, contact)| validate_one(contact, &format!("{PATH}[{i}]")))
        .collect();

    for rule in rules::COMMON_ROLES {
        if !contacts.iter().any(|c| c.holds(rule.role)) {
            findings.push(Finding::new(PATH, ValidationCode::RoleMissing).with_code("role", &rule.role));
        }
    }
    for role in ctx.required_service_roles() {
        if !contacts.iter().any(|c| c.holds_for(ctx.service, role)) {
            findings.push(
                Finding::new(PATH, ValidationCode::RoleMissing)
                    .with_code("role", &role)
                    .with_code("service", &ctx.service),
            );
        }
    }
    findings
}

fn validate_one(contact: &Contact, path: &str) -> Vec<Finding> {
    let mut findings = check_fields(contact, path, kind_fields(contact.kind));
    findings.extend(check_fields(contact, path, COMMON_FIELDS));
    let has_finding_at = |findings: &[Finding], field: &str| findings.iter().any(|f| f.path == join(path, field));

    let sms_needed = contact
        .common_roles
        .iter()
        .any(|role| rules::common_role(*role).phone_takes_sms);
    if sms_needed && !has_finding_at(&findings, "phone") && !phone::can_take_sms(&contact.phone) {
        findings.push(Finding::new(join(path, "phone"), ValidationCode::PhoneNotMobile));
    }

    let mut needs_card = false;
    for (service, roles) in &contact.service_roles {
        for role in roles {
            let rule = rules::service_role(*role);
            if !rule.offered_for.contains(service) {
                findings.push(
                    Finding::new(join(path, "serviceRoles"), ValidationCode::RoleNotForService)
                        .with_code("role", role)
                        .with_code("service", service),
                );
            }
            needs_card |= rule.needs_certificate_card;
        }
    }
    if needs_card {
        if contact.kind != ContactKind::Person {
            findings.push(Finding::new(join(path, "kind"), ValidationCode::ArchivistNotPerson));
        }
        if contact.certificate_card.is_empty() {
            findings.push(Finding::new(join(path, CERTIFICATE_CARD), ValidationCode::Required));
        }
    }
    findings
}
