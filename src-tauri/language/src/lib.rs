//! `kanta-language`: the two languages of the app, and how the first start picks one from the
//! OS locale.
//!
//! The bottom of the core: it depends on no other crate of ours. Both the texts (`kanta-i18n`)
//! and the domain (`kanta-domain`: a billing language is a customer's choice) name a language,
//! and neither may depend on the other, so the language lives below both.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A UI language. Finnish and Swedish are Finland's two official languages and the two the
/// Kanta services serve their customers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Fi,
    Sv,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::Fi, Language::Sv];

    /// The BCP 47 tag, as used by Fluent and by the HTML `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Fi => "fi",
            Language::Sv => "sv",
        }
    }

    pub fn from_tag(tag: &str) -> Option<Language> {
        match tag {
            "fi" => Some(Language::Fi),
            "sv" => Some(Language::Sv),
            _ => None,
        }
    }

    /// The language for a first start: Swedish when the OS locale is Swedish (any region:
    /// `sv-FI`, `sv_SE.UTF-8`, `sv`), otherwise Finnish, the majority language.
    pub fn from_os_locale(locale: Option<&str>) -> Language {
        let primary = locale
            .unwrap_or("")
            .split(['-', '_', '.', '@'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        if primary == "sv" {
            Language::Sv
        } else {
            Language::Fi
        }
    }

    /// What the OS says right now (`LANG`/`LC_*` on Linux, the user's preferences on Windows and macOS).
    pub fn from_current_os() -> Language {
        Language::from_os_locale(sys_locale::get_locale().as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn swedish_locales_pick_swedish() {
        for locale in ["sv", "sv-FI", "sv_FI.UTF-8", "sv_SE", "SV-se", "sv_FI@euro"] {
            assert_eq!(Language::from_os_locale(Some(locale)), Language::Sv, "{locale}");
        }
    }

    #[test]
    fn every_other_locale_picks_finnish() {
        for locale in ["fi-FI", "fi_FI.UTF-8", "en-US", "C", "POSIX", "", "se-FI", "sve"] {
            assert_eq!(Language::from_os_locale(Some(locale)), Language::Fi, "{locale}");
        }
        assert_eq!(Language::from_os_locale(None), Language::Fi);
    }

    #[test]
    fn tags_round_trip() {
        for lang in Language::ALL {
            assert_eq!(Language::from_tag(lang.tag()), Some(lang));
        }
        assert_eq!(Language::from_tag("en"), None);
    }
}
