//! The application wizard's rules: which steps each service's application has, in which order,
//! and where the user may go from each. The UI asks; it decides nothing.

pub mod input;
pub mod progress;
pub mod rules;
pub mod sections;
pub mod view;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::codes::code_message_id;
pub use crate::model::Service;
use crate::model::{CustomerType, ServiceRole};

/// A step of the application wizard (domain.md, "The application wizard, step by step").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum StepId {
    Instructions,
    ConnectionPoints,
    ServiceUsage,
    CustomerData,
    Contacts,
    Billing,
    ServiceDescription,
    Commitment,
    Summary,
    Thanks,
}

impl StepId {
    /// Its title's Fluent id: `step-<kebab-case>`.
    pub fn title_id(self) -> String {
        code_message_id("step", &self)
    }
}

impl StepId {
    pub const ALL: [StepId; 10] = [
        StepId::Instructions,
        StepId::ConnectionPoints,
        StepId::ServiceUsage,
        StepId::CustomerData,
        StepId::Contacts,
        StepId::Billing,
        StepId::ServiceDescription,
        StepId::Commitment,
        StepId::Summary,
        StepId::Thanks,
    ];
}

/// What the rules depend on.
#[derive(Debug, Clone, Copy)]
pub struct WizardContext {
    pub service: Service,
    pub customer_type: CustomerType,
    pub first_application: bool,
}

impl WizardContext {
    pub fn has_step(self, step: StepId) -> bool {
        steps(self).contains(&step)
    }

    /// The service roles someone must hold in this application.
    pub fn required_service_roles(self) -> Vec<ServiceRole> {
        rules::SERVICE_ROLES
            .iter()
            .filter(|r| r.offered_for.contains(&self.service))
            .filter(|r| match r.required {
                rules::Required::Always => true,
                rules::Required::WithStep(step) => self.has_step(step),
            })
            .map(|r| r.role)
            .collect()
    }

    pub fn offers_renewal_requests(self) -> bool {
        rules::offers_renewal_requests(self.service, self.customer_type)
    }
}

/// Whether typing on `step` is autosaved: the steps with fields to fill in. The approvals
/// (accepting the service description, signing the commitment) are deliberate acts, stored only
/// by "save and continue".
pub fn autosaves(step: StepId) -> bool {
    matches!(
        step,
        StepId::ConnectionPoints | StepId::ServiceUsage | StepId::CustomerData | StepId::Contacts | StepId::Billing
    )
}

/// The steps of this application, in order (`rules::STEPS`).
pub fn steps(ctx: WizardContext) -> Vec<StepId> {
    rules::STEPS
        .iter()
        .filter(|r| r.services.contains(&ctx.service) && r.customers.contains(&ctx.customer_type))
        .filter(|r| ctx.first_application || !r.first_application_only)
        .map(|r| r.step)
        .collect()
}

/// The step "save and continue" leads to from `from`. The summary leads nowhere: it sends, and
/// only sending opens the thanks page.
pub fn next(ctx: WizardContext, from: StepId) -> Option<StepId> {
    if from == StepId::Summary {
        return None;
    }
    steps(ctx).into_iter().skip_while(|s| *s != from).nth(1)
}

/// The step "previous" leads to from `from`, if any. Nothing leads back from the thanks page:
/// the application has been sent.
pub fn previous(ctx: WizardContext, from: StepId) -> Option<StepId> {
    if from == StepId::Thanks {
        return None;
    }
    steps(ctx).into_iter().take_while(|s| *s != from).last()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIRST_CDA: WizardContext = WizardContext {
        service: Service::ClientDataArchive,
        customer_type: CustomerType::SocialCareOrganisation,
        first_application: true,
    };

    fn short(step: StepId) -> &'static str {
        match step {
            StepId::Instructions => "instr",
            StepId::ConnectionPoints => "conn",
            StepId::ServiceUsage => "usage",
            StepId::CustomerData => "cust",
            StepId::Contacts => "contacts",
            StepId::Billing => "billing",
            StepId::ServiceDescription => "descr",
            StepId::Commitment => "commit",
            StepId::Summary => "summary",
            StepId::Thanks => "thanks",
        }
    }

    /// Every service × customer type, first application and later: the steps, the options and
    /// the required service roles. A rule change shows up here as a changed line.
    #[test]
    fn the_whole_rules_table() {
        let mut table = String::new();
        for customer_type in CustomerType::ALL {
            for service in Service::ALL {
                let row = format!("{} / {}:", crate::codes::name(&customer_type), service.as_str());
                if !rules::may_apply(customer_type, service) {
                    table += &format!("{row} may not apply\n");
                    continue;
                }
                for first_application in [true, false] {
                    let ctx = WizardContext {
                        service,
                        customer_type,
                        first_application,
                    };
                    let steps: Vec<_> = steps(ctx).into_iter().map(short).collect();
                    let roles: Vec<_> = ctx.required_service_roles().iter().map(crate::codes::name).collect();
                    table += &format!(
                        "{row} {} [{}] roles [{}]{}\n",
                        if first_application { "first" } else { "later" },
                        steps.join(" "),
                        roles.join(" "),
                        if ctx.offers_renewal_requests() {
                            " renewal-requests"
                        } else {
                            ""
                        },
                    );
                }
            }
        }
        let expected = "\
health-care-organisation / patient-data-repository: first [instr conn cust contacts billing descr commit summary thanks] roles [billing-contact archivist]
health-care-organisation / patient-data-repository: later [instr conn cust contacts billing descr summary thanks] roles [billing-contact archivist]
health-care-organisation / client-data-archive: may not apply
health-care-organisation / prescription: first [instr conn cust contacts billing descr commit summary thanks] roles [billing-contact] renewal-requests
health-care-organisation / prescription: later [instr conn cust contacts billing descr summary thanks] roles [billing-contact] renewal-requests
health-care-organisation / imaging-archive: first [instr conn cust contacts descr commit summary thanks] roles [imaging-technical-contact]
health-care-organisation / imaging-archive: later [instr conn cust contacts descr summary thanks] roles [imaging-technical-contact]
social-care-organisation / patient-data-repository: may not apply
social-care-organisation / client-data-archive: first [instr conn usage cust contacts descr commit summary thanks] roles [archivist]
social-care-organisation / client-data-archive: later [instr conn usage cust contacts descr summary thanks] roles [archivist]
social-care-organisation / prescription: may not apply
social-care-organisation / imaging-archive: may not apply
independent-practitioner / patient-data-repository: first [instr conn cust contacts billing descr commit summary thanks] roles [billing-contact archivist]
independent-practitioner / patient-data-repository: later [instr conn cust contacts billing descr summary thanks] roles [billing-contact archivist]
independent-practitioner / client-data-archive: first [instr conn usage cust contacts descr commit summary thanks] roles [archivist]
independent-practitioner / client-data-archive: later [instr conn usage cust contacts descr summary thanks] roles [archivist]
independent-practitioner / prescription: first [instr conn cust contacts billing descr commit summary thanks] roles [billing-contact] renewal-requests
independent-practitioner / prescription: later [instr conn cust contacts billing descr summary thanks] roles [billing-contact] renewal-requests
independent-practitioner / imaging-archive: first [instr conn cust contacts descr commit summary thanks] roles [imaging-technical-contact]
independent-practitioner / imaging-archive: later [instr conn cust contacts descr summary thanks] roles [imaging-technical-contact]
pharmacy / patient-data-repository: may not apply
pharmacy / client-data-archive: may not apply
pharmacy / prescription: first [instr conn cust contacts billing descr commit summary thanks] roles [billing-contact]
pharmacy / prescription: later [instr conn cust contacts billing descr summary thanks] roles [billing-contact]
pharmacy / imaging-archive: may not apply
pharmacist / patient-data-repository: may not apply
pharmacist / client-data-archive: may not apply
pharmacist / prescription: first [instr conn cust contacts descr commit summary thanks] roles []
pharmacist / prescription: later [instr conn cust contacts descr summary thanks] roles []
pharmacist / imaging-archive: may not apply
";
        assert_eq!(table, expected, "\n--- actual ---\n{table}");
    }

    #[test]
    fn every_rule_row_names_each_role_once() {
        for role in crate::model::CommonRole::ALL {
            assert_eq!(
                rules::COMMON_ROLES.iter().filter(|r| r.role == role).count(),
                1,
                "{role:?}"
            );
        }
        for role in crate::model::ServiceRole::ALL {
            assert_eq!(
                rules::SERVICE_ROLES.iter().filter(|r| r.role == role).count(),
                1,
                "{role:?}"
            );
        }
        for customer in CustomerType::ALL {
            assert!(
                !rules::services_for(customer).is_empty(),
                "{customer:?} may apply for something"
            );
        }
    }

    #[test]
    fn navigation_follows_the_application_s_own_steps() {
        assert_eq!(next(FIRST_CDA, StepId::Instructions), Some(StepId::ConnectionPoints));
        assert_eq!(next(FIRST_CDA, StepId::ConnectionPoints), Some(StepId::ServiceUsage));
        assert_eq!(
            next(FIRST_CDA, StepId::Contacts),
            Some(StepId::ServiceDescription),
            "no billing"
        );
        assert_eq!(next(FIRST_CDA, StepId::ServiceDescription), Some(StepId::Commitment));
        assert_eq!(next(FIRST_CDA, StepId::Summary), None, "the summary sends");
        assert_eq!(previous(FIRST_CDA, StepId::CustomerData), Some(StepId::ServiceUsage));
        assert_eq!(previous(FIRST_CDA, StepId::Instructions), None);
        assert_eq!(previous(FIRST_CDA, StepId::Thanks), None, "sent");
        let later = WizardContext {
            first_application: false,
            ..FIRST_CDA
        };
        assert_eq!(
            next(later, StepId::ServiceDescription),
            Some(StepId::Summary),
            "no commitment"
        );
    }

    #[test]
    fn the_list_of_steps_is_complete() {
        let listed: std::collections::HashSet<StepId> = StepId::ALL.into_iter().collect();
        let in_rules: std::collections::HashSet<StepId> = rules::STEPS.iter().map(|r| r.step).collect();
        assert_eq!(listed, in_rules);
    }

    #[test]
    fn every_step_and_service_has_a_title_in_both_languages() {
        let catalog = crate::i18n::Catalog::embedded().unwrap();
        let ids = rules::STEPS
            .iter()
            .map(|r| r.step.title_id())
            .chain(Service::ALL.map(Service::title_id));
        assert_eq!(catalog.missing(ids), Vec::<String>::new());
    }
}
