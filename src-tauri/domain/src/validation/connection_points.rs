//! Connection points and the systems used through them (Liityntäpisteet ja järjestelmät): at
//! least one point, each with a well-formed OID (told once) and at least one system from the
//! code list; the renewal request option only where the rules offer it.

use std::collections::HashSet;

use super::{check_fields, join, oid, specs, FieldRule, FieldSpec, Finding, MessageArg, ValidationCode};
use crate::{
    codelists::{self, ListId},
    model::ConnectionPoint,
    rules::WizardContext,
};

pub const PATH: &str = "application.connectionPoints";

const FIELDS: &[FieldRule<ConnectionPoint>] = &[FieldRule {
    field: "oid",
    slot: |c| &mut c.oid,
    required: true,
    max_chars: oid::MAX_CHARS,
    normalise: super::trimmed,
    check: Some(oid::check_code),
}];

/// The step's fields: each point's OID*, and its systems* (at least one, from the code list).
pub fn fields() -> Vec<FieldSpec> {
    let item = format!("{PATH}[]");
    let mut fields = specs(&item, FIELDS);
    fields.push(FieldSpec::required(&item, "systems"));
    fields
}

pub fn normalise(points: &mut [ConnectionPoint]) {
    for point in points {
        super::normalise_fields(point, FIELDS);
        for system in &mut point.systems {
            *system = system.trim().to_owned();
        }
    }
}

pub fn validate(points: &[ConnectionPoint], ctx: WizardContext) -> Vec<Finding> {
    if points.is_empty() {
        return vec![Finding::new(PATH, ValidationCode::Required)];
    }
    let systems = codelists::list(ListId::InformationSystems);
    let mut seen = HashSet::new();
    let mut findings = Vec::new();
    for (i, point) in points.iter().enumerate() {
        let path = format!("{PATH}[{i}]");
        findings.extend(check_fields(point, &path, FIELDS));
        if !point.oid.is_empty() && !seen.insert(point.oid.as_str()) {
            findings.push(Finding::new(
                join(&path, "oid"),
                ValidationCode::DuplicateConnectionPoint,
            ));
        }
        if point.systems.is_empty() {
            findings.push(Finding::new(join(&path, "systems"), ValidationCode::Required));
        }
        for (j, system) in point.systems.iter().enumerate() {
            if !systems.contains(system) {
                findings.push(
                    Finding::new(format!("{path}.systems[{j}]"), ValidationCode::UnknownCode)
                        .with_arg("code", MessageArg::Text(system.clone())),
                );
            }
        }
        if point.renewal_requests {
            let code = if ctx.offers_renewal_requests() {
                ValidationCode::RenewalRequestsReportToThl
            } else {
                ValidationCode::RenewalRequestsNotOffered
            };
            findings.push(Finding::new(join(&path, "renewalRequests"), code));
        }
    }
    findings
}
