//! What the UI renders: the wizard as the rules, the draft and the current findings make it.
//! Everything the screens need to decide what to show is here, decided by the core: the steps
//! and their states, which fields are mandatory, which roles exist and which are required,
//! which findings belong to the current step.

use std::collections::BTreeMap;

use serde::Serialize;
use ts_rs::TS;

use kanta_domain::{
    delivery::Delivery,
    identity::Identity,
    model::{
        application::COMMITMENT_TEXT_VERSION, Amendment, Application, CommonRole, OrganisationProfile, Service,
        ServiceRole,
    },
    rules::{self, previous, steps, WizardContext},
    step::{StepId, StepState},
    validation::{FieldSpec, Finding},
    wizard::{
        sections::{fields, step_of},
        sections_of,
    },
};

/// One entry of the left-hand step list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct StepView {
    pub id: StepId,
    pub title_id: String,
    pub state: StepState,
    /// The state's Fluent id.
    pub state_id: String,
    pub current: bool,
    /// The user may jump to it from the list: it was reached already (and, once the
    /// application is sent, only the summary and the thanks page are).
    pub reachable: bool,
}

/// What a step submission did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum SubmitOutcome {
    /// Saved, and now on another step.
    Moved,
    /// Saved, but the step has errors (or, on sending, the application has): the user stays.
    Invalid,
    /// Sent: the application is in the outbox.
    Sent,
}

/// A common role, and whether its holder's phone must take text messages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CommonRoleView {
    pub role: CommonRole,
    pub phone_takes_sms: bool,
}

/// A service role offered for this application's service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ServiceRoleView {
    pub role: ServiceRole,
    /// Someone must hold it in this application.
    pub required: bool,
    /// Its holder must be a person with a certificate card number.
    pub needs_certificate_card: bool,
}

/// A step's findings on the summary page: the errors that block sending, and the warnings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SectionCheck {
    pub step: StepId,
    pub errors: Vec<Finding>,
    pub warnings: Vec<Finding>,
}

/// The rules of this application that the screens show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ApplicationRules {
    /// This application's steps that fill in a part of it, in order: what the instructions
    /// describe and the summary shows.
    pub sections: Vec<StepId>,
    /// The organisation's first Kanta application: the commitment is signed in it.
    pub first_application: bool,
    /// The Prescription service's renewal request option is offered.
    pub offers_renewal_requests: bool,
    pub common_roles: Vec<CommonRoleView>,
    pub service_roles: Vec<ServiceRoleView>,
    /// The version of the commitment text shown and signed.
    pub commitment_text_version: String,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct WizardView {
    pub draft_id: i64,
    pub service: Service,
    pub service_title_id: String,
    pub current: StepId,
    pub steps: Vec<StepView>,
    pub previous: Option<StepId>,
    /// The organisation's shared data as stored: register data (read-only), customer data,
    /// contacts.
    pub organisation: OrganisationProfile,
    pub application: Application,
    pub rules: ApplicationRules,
    /// The current step's fields, in order, with whether each is mandatory.
    pub fields: Vec<FieldSpec>,
    /// The current step's errors, shown when the step has errors: after "save and continue"
    /// found some, and whenever the user returns to it until they are fixed. On the summary,
    /// after a refused send, every error of the application.
    pub errors: Vec<Finding>,
    /// The current step's warnings: shown, never blocking.
    pub warnings: Vec<Finding>,
    /// On the summary: each section's errors and warnings, then those about the application as a
    /// whole (on the summary step).
    pub checks: Vec<SectionCheck>,
    pub outcome: Option<SubmitOutcome>,
    /// The current step was opened from the summary: "save and continue" returns there.
    pub return_to_summary: bool,
    /// Sent: nothing can be edited any more.
    pub sent: bool,
    /// Typing on the current step is autosaved (`rules::autosaves`, and not sent).
    pub autosaves: bool,
    /// Who accepts and signs: the person logged in, `None` when logged out.
    pub identity: Option<Identity>,
    /// The built-in, fictional test environment is in use.
    pub test_environment: bool,
    /// Sent: how its delivery to the Kanta service goes, and the service's status.
    pub delivery: Option<Delivery>,
    /// This application amends a returned one: which, and why it was returned.
    pub amends: Option<Amendment>,
    /// The service returned this application: it can be amended and sent again.
    pub amendable: bool,
}

/// What a view is made of.
pub struct ViewInput<'a> {
    pub ctx: WizardContext,
    pub draft_id: i64,
    pub content: &'a kanta_domain::model::DraftContent,
    pub organisation: &'a OrganisationProfile,
    /// Every finding about the application as stored.
    pub findings: &'a [Finding],
    pub identity: Option<&'a Identity>,
    pub test_environment: bool,
    pub delivery: Option<&'a Delivery>,
}

impl ViewInput<'_> {
    /// Findings grouped by the step that edits them.
    fn by_step(&self) -> BTreeMap<StepId, Vec<&Finding>> {
        let mut map: BTreeMap<StepId, Vec<&Finding>> = BTreeMap::new();
        for finding in self.findings {
            map.entry(step_of(&finding.path)).or_default().push(finding);
        }
        map
    }
}

/// A step's state as shown: a step saved as completed (or with errors) is judged again against
/// the findings of now, because the organisation's shared data may have changed in another
/// application since.
pub fn shown_state(stored: StepState, has_errors_now: bool) -> StepState {
    match (stored, has_errors_now) {
        (StepState::Completed | StepState::HasErrors, true) => StepState::HasErrors,
        (StepState::Completed, false) => StepState::Completed,
        (StepState::HasErrors, false) => StepState::InProgress,
        (other, _) => other,
    }
}

impl WizardView {
    pub fn new(input: ViewInput) -> WizardView {
        let ViewInput { ctx, content, .. } = input;
        let current = content.current_step;
        let sent = content.is_sent();
        let by_step = input.by_step();
        let errors_of = |step: StepId| -> Vec<Finding> {
            by_step
                .get(&step)
                .into_iter()
                .flatten()
                .filter(|f| f.is_error())
                .map(|f| (*f).clone())
                .collect()
        };
        let has_errors = |step: StepId| {
            by_step
                .get(&step)
                .is_some_and(|found| found.iter().any(|f| f.is_error()))
        };
        let state_of = |step: StepId| shown_state(content.state(step), has_errors(step));

        let steps = steps(ctx)
            .into_iter()
            .map(|id| {
                let state = state_of(id);
                let reached = id == current || content.visited.contains(&id);
                StepView {
                    id,
                    title_id: id.title_id(),
                    state,
                    state_id: state.message_id(),
                    current: id == current,
                    reachable: reached && (!sent || matches!(id, StepId::Summary | StepId::Thanks)),
                }
            })
            .collect();

        let checks = if current == StepId::Summary {
            sections_of(ctx)
                .into_iter()
                .chain([StepId::Summary])
                .map(|step| SectionCheck {
                    step,
                    errors: errors_of(step),
                    warnings: warnings_in(by_step.get(&step)),
                })
                .collect()
        } else {
            Vec::new()
        };
        WizardView {
            draft_id: input.draft_id,
            service: ctx.service,
            service_title_id: ctx.service.title_id(),
            current,
            steps,
            previous: if sent { None } else { previous(ctx, current) },
            organisation: input.organisation.clone(),
            application: content.application.clone(),
            rules: application_rules(ctx),
            fields: fields(current),
            errors: if state_of(current) == StepState::HasErrors {
                errors_of(current)
            } else {
                Vec::new()
            },
            warnings: warnings_in(by_step.get(&current)),
            checks,
            outcome: None,
            return_to_summary: content.return_to_summary,
            sent,
            autosaves: !sent && rules::autosaves(current),
            identity: input.identity.cloned(),
            test_environment: input.test_environment,
            delivery: input.delivery.cloned(),
            amends: content.amends.clone(),
            amendable: sent && content.application.status.may_be_amended(),
        }
    }
}

fn warnings_in(findings: Option<&Vec<&Finding>>) -> Vec<Finding> {
    findings
        .into_iter()
        .flatten()
        .filter(|f| !f.is_error())
        .map(|f| (*f).clone())
        .collect()
}

pub(crate) fn application_rules(ctx: WizardContext) -> ApplicationRules {
    let required = ctx.required_service_roles();
    ApplicationRules {
        sections: sections_of(ctx),
        first_application: ctx.first_application,
        offers_renewal_requests: ctx.offers_renewal_requests(),
        common_roles: rules::COMMON_ROLES
            .iter()
            .map(|r| CommonRoleView {
                role: r.role,
                phone_takes_sms: r.phone_takes_sms,
            })
            .collect(),
        service_roles: rules::SERVICE_ROLES
            .iter()
            .filter(|r| r.offered_for.contains(&ctx.service))
            .map(|r| ServiceRoleView {
                role: r.role,
                required: required.contains(&r.role),
                needs_certificate_card: r.needs_certificate_card,
            })
            .collect(),
        commitment_text_version: COMMITMENT_TEXT_VERSION.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_is_judged_again_by_the_findings_of_now() {
        use StepState::*;
        assert_eq!(shown_state(Completed, false), Completed);
        assert_eq!(shown_state(Completed, true), HasErrors);
        assert_eq!(shown_state(HasErrors, true), HasErrors);
        assert_eq!(shown_state(HasErrors, false), InProgress);
        assert_eq!(
            shown_state(InProgress, true),
            InProgress,
            "not judged before save and continue"
        );
        assert_eq!(shown_state(NotStarted, true), NotStarted);
    }

    #[test]
    fn every_step_with_input_lists_its_fields() {
        for step in StepId::ALL {
            let expect_fields = !matches!(step, StepId::Instructions | StepId::Summary | StepId::Thanks);
            assert_eq!(!fields(step).is_empty(), expect_fields, "{step:?}");
            for spec in fields(step) {
                assert_eq!(step_of(&spec.path.replace("[]", "[0]")), step, "{}", spec.path);
            }
        }
    }
}
