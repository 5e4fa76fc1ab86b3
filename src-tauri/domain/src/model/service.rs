//! The Kanta services an organisation can apply for (domain.md, "Services that can be applied
//! for").

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::codes::code_message_id;

/// A Kanta service an organisation can apply for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS, JsonSchema)]
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

    /// Its name's Fluent id: `service-<kebab-case>`.
    pub fn title_id(self) -> String {
        code_message_id("service", &self)
    }

    /// Its stored name, as serialised (`client-data-archive`).
    pub fn as_str(self) -> String {
        crate::codes::name(&self)
    }
}
