//! The application wizard's rules: which steps each service's application has, in which order,
//! and which of them this version of the app can already show. The UI asks; it decides nothing.

pub mod progress;
pub mod view;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::code_message_id;

/// A Kanta service an organisation can apply for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    /// Potilastiedon arkisto / Patientdataarkivet.
    PatientDataRepository,
    /// Sosiaalihuollon asiakastiedon arkisto / Klientdataarkivet för socialvården.
    ClientDataArchive,
    /// Reseptipalvelu / Recepttjänsten.
    Prescription,
    /// Kuva-aineistojen arkisto / Arkivet över bildmaterial.
    ImagingArchive,
}

impl Service {
    pub const ALL: [Service; 4] = [
        Service::PatientDataRepository,
        Service::ClientDataArchive,
        Service::Prescription,
        Service::ImagingArchive,
    ];

    fn column(self) -> usize {
        self as usize
    }

    /// Its name's Fluent id: `service-<kebab-case>`.
    pub fn title_id(self) -> String {
        code_message_id("service", &self)
    }

    /// Its stored name, as serialised (`client-data-archive`).
    pub fn as_str(self) -> String {
        crate::codes::name(&self)
    }
}

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

/// One row of the rules table: a step, the services whose application has it, and whether it
/// appears only in the organisation's first Kanta application.
struct StepRule {
    step: StepId,
    /// Columns: Patient Data Repository, Client Data Archive, Prescription, Imaging archive.
    services: [bool; 4],
    first_application_only: bool,
}

const ALL: [bool; 4] = [true; 4];

/// The wizard, as the guide describes it. Read it against domain.md:
/// service usage only for the Client Data Archive; billing for the Patient Data Repository and
/// the Prescription service; the commitment only in the organisation's first application.
#[rustfmt::skip]
const RULES: &[StepRule] = &[
    //                                                        PDR    CDA    Rx     Imaging
    StepRule { step: StepId::Instructions,       services: ALL,                              first_application_only: false },
    StepRule { step: StepId::ConnectionPoints,   services: ALL,                              first_application_only: false },
    StepRule { step: StepId::ServiceUsage,       services: [false, true,  false, false],     first_application_only: false },
    StepRule { step: StepId::CustomerData,       services: ALL,                              first_application_only: false },
    StepRule { step: StepId::Contacts,           services: ALL,                              first_application_only: false },
    StepRule { step: StepId::Billing,            services: [true,  false, true,  false],     first_application_only: false },
    StepRule { step: StepId::ServiceDescription, services: ALL,                              first_application_only: false },
    StepRule { step: StepId::Commitment,         services: ALL,                              first_application_only: true  },
    StepRule { step: StepId::Summary,            services: ALL,                              first_application_only: false },
    StepRule { step: StepId::Thanks,             services: ALL,                              first_application_only: false },
];

/// The steps this version of the app has screens for. The others are listed, so the user sees
/// the whole road, but cannot be entered yet; navigation passes over them.
const WITH_SCREENS: &[StepId] = &[StepId::Instructions, StepId::CustomerData];

/// What the rules depend on.
#[derive(Debug, Clone, Copy)]
pub struct WizardContext {
    pub service: Service,
    pub first_application: bool,
}

/// The steps of this application, in order.
pub fn steps(ctx: WizardContext) -> Vec<StepId> {
    RULES
        .iter()
        .filter(|r| r.services[ctx.service.column()] && (ctx.first_application || !r.first_application_only))
        .map(|r| r.step)
        .collect()
}

pub fn has_screen(step: StepId) -> bool {
    WITH_SCREENS.contains(&step)
}

/// The next step with a screen after `from`, if any.
pub fn next(ctx: WizardContext, from: StepId) -> Option<StepId> {
    steps(ctx)
        .into_iter()
        .skip_while(|s| *s != from)
        .skip(1)
        .find(|s| has_screen(*s))
}

/// The previous step with a screen before `from`, if any.
pub fn previous(ctx: WizardContext, from: StepId) -> Option<StepId> {
    steps(ctx)
        .into_iter()
        .take_while(|s| *s != from)
        .filter(|s| has_screen(*s))
        .last()
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIRST_CDA: WizardContext = WizardContext {
        service: Service::ClientDataArchive,
        first_application: true,
    };

    #[test]
    fn client_data_archive_first_application_has_the_guides_steps() {
        use StepId::*;
        assert_eq!(
            steps(FIRST_CDA),
            vec![
                Instructions,
                ConnectionPoints,
                ServiceUsage,
                CustomerData,
                Contacts,
                ServiceDescription,
                Commitment,
                Summary,
                Thanks
            ]
        );
    }

    #[test]
    fn billing_and_service_usage_follow_the_service() {
        let has = |service, step| {
            steps(WizardContext {
                service,
                first_application: true,
            })
            .contains(&step)
        };
        assert!(has(Service::PatientDataRepository, StepId::Billing));
        assert!(has(Service::Prescription, StepId::Billing));
        assert!(!has(Service::ClientDataArchive, StepId::Billing));
        assert!(!has(Service::ImagingArchive, StepId::Billing));
        assert!(has(Service::ClientDataArchive, StepId::ServiceUsage));
        assert!(!has(Service::PatientDataRepository, StepId::ServiceUsage));
    }

    #[test]
    fn the_commitment_is_signed_only_in_the_first_application() {
        let later = WizardContext {
            first_application: false,
            ..FIRST_CDA
        };
        assert!(steps(FIRST_CDA).contains(&StepId::Commitment));
        assert!(!steps(later).contains(&StepId::Commitment));
    }

    #[test]
    fn navigation_passes_over_steps_without_screens() {
        assert_eq!(next(FIRST_CDA, StepId::Instructions), Some(StepId::CustomerData));
        assert_eq!(previous(FIRST_CDA, StepId::CustomerData), Some(StepId::Instructions));
        assert_eq!(previous(FIRST_CDA, StepId::Instructions), None);
        assert_eq!(next(FIRST_CDA, StepId::CustomerData), None);
    }

    #[test]
    fn every_step_and_service_has_a_title_in_both_languages() {
        let catalog = crate::i18n::Catalog::embedded().unwrap();
        let ids = RULES
            .iter()
            .map(|r| r.step.title_id())
            .chain(Service::ALL.map(Service::title_id));
        assert_eq!(catalog.missing(ids), Vec::<String>::new());
    }
}
