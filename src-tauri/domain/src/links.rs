//! The public pages the guide sends a user to (chapter 5 and the steps that name a page), and
//! the support address. The app opens them in the system browser, from Rust (`kanta_app`): the
//! UI names a [`Link`], never a URL, so the webview can be made to open nothing else, and it
//! loads nothing remote itself.
//!
//! Where kanta.fi has a page per language, each language gets its own; the other sites have
//! one address.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::codes::code_message_id;
use kanta_language::Language;

/// A page (or address) the app may open outside itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Link {
    /// Kanta Extranet's page on kanta.fi: its instructions and its login page (guide 5.2).
    KantaExtranet,
    /// Kanta's pages for professionals: the services' descriptions, the commitment form and
    /// the general terms of the customer relationship, the change notification forms (guide 3).
    Professionals,
    /// Suomi.fi's page on the means of identification (guide 2, and check 2 of 5.1).
    Identification,
    /// DVV's certificate search: an archivist's name and card number (guide 3.1.4).
    CertificateSearch,
    /// THL's code service (koodistopalvelu), where the organisation registers are kept (check 3
    /// of 5.1; the renewal requests' receiving unit, guide 3.1.2).
    CodeService,
    /// THL's instructions for checking and updating the SOTE organisation register.
    RegisterInstructions,
    /// Kanta's customer support, by e-mail (guide 5).
    Support,
}

impl Link {
    pub const ALL: [Link; 7] = [
        Link::KantaExtranet,
        Link::Professionals,
        Link::Identification,
        Link::CertificateSearch,
        Link::CodeService,
        Link::RegisterInstructions,
        Link::Support,
    ];

    /// The address to open for a user who reads `language`.
    pub fn url(self, language: Language) -> &'static str {
        use Language::{Fi, Sv};
        match (self, language) {
            (Link::KantaExtranet, Fi) => "https://www.kanta.fi/ammattilaiset/kanta-extranet",
            (Link::KantaExtranet, Sv) => "https://www.kanta.fi/sv/professionella/kanta-extranat",
            (Link::Professionals, Fi) => "https://www.kanta.fi/ammattilaiset",
            (Link::Professionals, Sv) => "https://www.kanta.fi/sv/professionella",
            (Link::Identification, Fi) => "https://www.suomi.fi/ohjeet-ja-tuki/tietoa-tunnistuksesta",
            (Link::Identification, Sv) => "https://www.suomi.fi/anvisningar-och-stod/information-om-identifikation",
            (Link::CertificateSearch, _) => "https://dvv.fi/oid/certificate-search",
            (Link::CodeService, _) => "https://koodistopalvelu.kanta.fi/",
            (Link::RegisterInstructions, _) => {
                "https://thl.fi/documents/920442/3962391/Tietojen+tarkastaminen+SOTE-organisaatiorekisterist%C3%A4+ja+p%C3%A4ivityksist%C3%A4+ilmoittaminen.pdf"
            }
            (Link::Support, _) => "mailto:kanta@kanta.fi",
        }
    }

    /// Its name's Fluent id: `link-<kebab-case>`.
    pub fn title_id(self) -> String {
        code_message_id("link", &self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The opener is handed these: only https pages and the support address, so that no link
    /// can start a program or open a local file.
    #[test]
    fn every_link_is_an_https_page_or_the_support_address() {
        for link in Link::ALL {
            for language in Language::ALL {
                let url = link.url(language);
                let mail = link == Link::Support && url.strip_prefix("mailto:").is_some_and(|a| a.contains('@'));
                let ok = url.starts_with("https://") || mail;
                assert!(ok, "{link:?} {url}");
                assert!(!url.contains(char::is_whitespace), "{url}");
            }
        }
    }

    #[test]
    fn kanta_fi_pages_are_in_the_reader_s_language() {
        assert!(Link::KantaExtranet.url(Language::Sv).contains("/sv/"));
        assert!(!Link::KantaExtranet.url(Language::Fi).contains("/sv/"));
        assert_eq!(Link::CodeService.title_id(), "link-code-service");
    }
}
