//! Palvelun käyttö (the Client Data Archive): the system profile, the document groups to archive
//! and the service tasks whose data is stored, each from its code list; at least one of each.

use super::{FieldSpec, Finding, MessageArg, ValidationCode};
use crate::{
    codelists::{self, ListId},
    model::ServiceUsage,
};

pub const PATH: &str = "application.serviceUsage";

/// Each of the three parts is mandatory (`validate` asks for at least one code of each).
const FIELDS: [&str; 3] = ["systemProfile", "documentGroups", "serviceTasks"];

pub fn fields() -> Vec<FieldSpec> {
    FIELDS.iter().map(|field| FieldSpec::required(PATH, field)).collect()
}

pub fn normalise(usage: &mut ServiceUsage) {
    usage.system_profile = usage.system_profile.trim().to_owned();
    for code in usage.document_groups.iter_mut().chain(usage.service_tasks.iter_mut()) {
        *code = code.trim().to_owned();
    }
}

pub fn validate(usage: &ServiceUsage) -> Vec<Finding> {
    let mut findings = Vec::new();
    // The profile is one code; as a list of zero or one it goes through the same checks.
    let profile: &[String] = if usage.system_profile.is_empty() {
        &[]
    } else {
        std::slice::from_ref(&usage.system_profile)
    };
    let parts: [(&str, &[String], ListId, bool); 3] = [
        (FIELDS[0], profile, ListId::SystemProfiles, false),
        (FIELDS[1], &usage.document_groups, ListId::DocumentGroups, true),
        (FIELDS[2], &usage.service_tasks, ListId::ServiceTasks, true),
    ];
    for (field, codes, list, is_list) in parts {
        let path = format!("{PATH}.{field}");
        if codes.is_empty() {
            findings.push(Finding::new(&path, ValidationCode::Required));
        }
        let list = codelists::list(list);
        for (j, code) in codes.iter().enumerate() {
            if !list.contains(code) {
                let at = if is_list { format!("{path}[{j}]") } else { path.clone() };
                findings.push(
                    Finding::new(at, ValidationCode::UnknownCode).with_arg("code", MessageArg::Text(code.clone())),
                );
            }
        }
    }
    findings
}
