//! The About page: which build this is (version, date, commit, the same as
//! `kanta-extranet --version`), where it keeps the data and the logs, and the licences of
//! everything it ships. The build facts and the licence list are gathered at compile time
//! (`build.rs`); the folders are the ones the shell resolved.

use std::path::Path;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The version of the app (the workspace's, which `tauri.conf.json` and the installers carry).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
/// The commit built, when the build had a git checkout.
pub const COMMIT: Option<&str> = option_env!("KANTA_BUILD_COMMIT");
/// The day of the build (UTC), or of `SOURCE_DATE_EPOCH`.
pub const BUILD_DATE: &str = env!("KANTA_BUILD_DATE");

/// `0.1.0 (2026-12-03, commit 0123456789ab)`: what `--version` prints after the name.
pub const LONG_VERSION: &str = env!("KANTA_LONG_VERSION");

/// The About page's facts.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct About {
    pub version: String,
    pub build_date: String,
    pub commit: Option<String>,
    pub data_folder: String,
    pub log_folder: Option<String>,
}

impl About {
    pub fn new(data_folder: &Path, log_folder: Option<&Path>) -> About {
        About {
            version: VERSION.to_owned(),
            build_date: BUILD_DATE.to_owned(),
            commit: COMMIT.map(str::to_owned),
            data_folder: data_folder.display().to_string(),
            log_folder: log_folder.map(|p| p.display().to_string()),
        }
    }
}

/// The licences of what the app ships, each text once with the packages it covers.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Licences {
    /// Both generated lists (Rust crates, npm packages) were there when this was built.
    pub complete: bool,
    pub groups: Vec<LicenceGroup>,
}

#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LicenceGroup {
    pub kind: Shipped,
    /// An SPDX expression (`MIT`, `Apache-2.0 OR MIT`, `OFL-1.1`).
    pub licence: String,
    /// The text as the packages ship it; empty when a package ships none of its own.
    pub text: String,
    /// `name version` of each package under this text.
    pub packages: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Shipped {
    RustCrate,
    NpmPackage,
    Font,
}

const LICENCES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/licences.json.deflate"));

/// The licence list compiled in.
pub fn licences() -> Licences {
    // Bounded all the same: the list is ours, but an inflater is given a limit.
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(LICENCES, 64 << 20)
        .expect("build.rs deflates the licence list");
    serde_json::from_slice(&json).expect("build.rs writes the licence list in this shape")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn packages(licences: &Licences, kind: Shipped) -> Vec<&str> {
        licences
            .groups
            .iter()
            .filter(|g| g.kind == kind)
            .flat_map(|g| g.packages.iter())
            .map(|p| p.split(' ').next().unwrap())
            .collect()
    }

    /// The list is checked where it was generated (tests/dev/test.sh generates it and sets
    /// KANTA_REQUIRE_LICENCES); a bare `cargo test` without it checks the fonts alone.
    #[test]
    fn the_licences_cover_what_the_app_ships() {
        let licences = licences();
        assert_eq!(packages(&licences, Shipped::Font).len(), 1);
        if !licences.complete {
            assert!(
                std::env::var_os("KANTA_REQUIRE_LICENCES").is_none(),
                "the licence lists were not generated (bash tests/dev/licences.sh)"
            );
            return;
        }
        let rust = packages(&licences, Shipped::RustCrate);
        for krate in [
            "tauri",
            "rusqlite",
            "serde",
            "fluent-bundle",
            "printpdf",
            "keyring",
            "reqwest",
            "ring",
        ] {
            assert!(
                rust.contains(&krate),
                "{krate} is missing from the Rust crates' licences"
            );
        }
        // Our own crates are not third-party software.
        assert!(!rust.iter().any(|c| c.starts_with("kanta-")));
        let npm = packages(&licences, Shipped::NpmPackage);
        for package in [
            "svelte",
            "@fluent/bundle",
            "@tauri-apps/api",
            "@fontsource/source-sans-3",
        ] {
            assert!(
                npm.contains(&package),
                "{package} is missing from the npm packages' licences"
            );
        }
        for group in &licences.groups {
            assert!(!group.licence.is_empty() && !group.packages.is_empty(), "{group:?}");
            // Only an npm package may come without a text of its own (the UI then says so).
            assert!(
                group.kind == Shipped::NpmPackage || !group.text.trim().is_empty(),
                "{:?}",
                group.packages
            );
        }
    }

    #[test]
    fn the_version_is_the_installers_and_the_command_line_s() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../../../tauri.conf.json")).expect("tauri.conf.json is JSON");
        assert_eq!(conf["version"], VERSION, "tauri.conf.json's version is the workspace's");
        let ui: serde_json::Value = serde_json::from_str(include_str!("../../../ui/package.json")).unwrap();
        assert_eq!(ui["version"], VERSION, "ui/package.json's version is the workspace's");
        assert!(LONG_VERSION.starts_with(VERSION) && LONG_VERSION.contains(BUILD_DATE));
        assert_eq!(BUILD_DATE.len(), 10, "{BUILD_DATE}");
    }
}
