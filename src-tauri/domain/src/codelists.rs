//! The code lists an application's choices come from (information systems, system profiles,
//! document groups, service tasks), with Finnish and Swedish names. They are data files under
//! `src-tauri/domain/codelists/`, embedded at build time, so replacing a list is a data change.
//! Their entries are samples until the official lists are available: see each file's `note`.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use kanta_language::Language;

/// Which list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ListId {
    InformationSystems,
    SystemProfiles,
    DocumentGroups,
    ServiceTasks,
}

impl ListId {
    pub const ALL: [ListId; 4] = [
        ListId::InformationSystems,
        ListId::SystemProfiles,
        ListId::DocumentGroups,
        ListId::ServiceTasks,
    ];

    fn source(self) -> &'static str {
        match self {
            ListId::InformationSystems => include_str!("../codelists/information-systems.json"),
            ListId::SystemProfiles => include_str!("../codelists/system-profiles.json"),
            ListId::DocumentGroups => include_str!("../codelists/document-groups.json"),
            ListId::ServiceTasks => include_str!("../codelists/service-tasks.json"),
        }
    }
}

/// One entry: its code (what files and the database store) and its names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Code {
    pub code: String,
    pub fi: String,
    pub sv: String,
}

impl Code {
    pub fn name(&self, lang: Language) -> &str {
        match lang {
            Language::Fi => &self.fi,
            Language::Sv => &self.sv,
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CodeList {
    pub list: ListId,
    /// Where the entries come from, and whether they are samples.
    pub note: String,
    pub codes: Vec<Code>,
}

impl CodeList {
    pub fn get(&self, code: &str) -> Option<&Code> {
        self.codes.iter().find(|c| c.code == code)
    }

    pub fn contains(&self, code: &str) -> bool {
        self.get(code).is_some()
    }
}

/// A list, parsed once. The files are part of the build and a test reads each one, so a broken
/// file fails the tests, never a user's session.
pub fn list(id: ListId) -> &'static CodeList {
    static LISTS: OnceLock<Vec<CodeList>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        ListId::ALL
            .iter()
            .map(|id| serde_json::from_str(id.source()).expect("an embedded code list parses"))
            .collect()
    });
    lists.iter().find(|l| l.list == id).expect("every list is embedded")
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn every_list_loads_with_unique_named_codes() {
        for id in ListId::ALL {
            let list = list(id);
            assert_eq!(list.list, id);
            assert!(!list.codes.is_empty(), "{id:?}");
            let codes: HashSet<_> = list.codes.iter().map(|c| c.code.as_str()).collect();
            assert_eq!(codes.len(), list.codes.len(), "{id:?} has a duplicate code");
            for code in &list.codes {
                assert!(
                    !code.fi.trim().is_empty() && !code.sv.trim().is_empty(),
                    "{}",
                    code.code
                );
                assert_eq!(code.code, code.code.trim(), "{}", code.code);
            }
        }
    }

    #[test]
    fn sample_lists_say_so() {
        for id in ListId::ALL {
            let list = list(id);
            if list.codes.iter().any(|c| c.code.starts_with("sample-")) {
                assert!(list.note.starts_with("SAMPLE ENTRIES."), "{id:?}");
            }
        }
    }

    #[test]
    fn the_guides_examples_are_there() {
        assert_eq!(
            list(ListId::InformationSystems).get("sample-abilita").unwrap().fi,
            "Abilita"
        );
        assert_eq!(
            list(ListId::ServiceTasks)
                .get("sample-working-age-services")
                .unwrap()
                .name(Language::Sv),
            "Tjänster för personer i arbetsför ålder"
        );
        assert!(
            !list(ListId::DocumentGroups).contains("II-vaiheen asiakirjat"),
            "names are not codes"
        );
    }
}
