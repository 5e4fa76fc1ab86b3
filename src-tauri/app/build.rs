//! What the About page tells about this build (`src/about.rs`), gathered when it is compiled:
//!
//! - the commit (`git rev-parse`) and the build date (UTC; `SOURCE_DATE_EPOCH` when set, for
//!   reproducible builds), as `KANTA_BUILD_COMMIT` and `KANTA_BUILD_DATE`;
//! - the licences of everything shipped, as `$OUT_DIR/licences.json.deflate`: the Rust crates in the
//!   app's dependency tree (written by cargo-about into `generated/rust-licences.json`, see
//!   tests/dev/licences.sh), the npm packages in the UI's bundle (written by the UI's build into
//!   `generated/npm-licences.json`), and the PDF's fonts (their OFL, in the repository).
//!
//! A list that was not generated (a build without tests/dev/licences.sh) is left out and the
//! page says so; `tests/dev/package.sh` refuses to build installers without both.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap());
    build_info(&manifest);
    licences(&manifest);
}

fn git(manifest: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git").arg("-C").arg(manifest).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn build_info(manifest: &Path) {
    let commit = git(manifest, &["rev-parse", "--short=12", "HEAD"]);
    if let Some(commit) = &commit {
        println!("cargo:rustc-env=KANTA_BUILD_COMMIT={commit}");
    }
    // A new commit runs this again (and so dates the build anew).
    for file in ["HEAD", "logs/HEAD"] {
        if let Some(path) = git(manifest, &["rev-parse", "--git-path", file]) {
            println!("cargo:rerun-if-changed={}", manifest.join(path).display());
        }
    }
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let seconds = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.parse::<i64>().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64)
        });
    let (y, m, d) = civil_date(seconds.div_euclid(86_400));
    let date = format!("{y:04}-{m:02}-{d:02}");
    println!("cargo:rustc-env=KANTA_BUILD_DATE={date}");
    // `--version`'s text, whole at compile time (clap takes a static string).
    let version = std::env::var("CARGO_PKG_VERSION").unwrap();
    let long = match &commit {
        Some(commit) => format!("{version} ({date}, commit {commit})"),
        None => format!("{version} ({date})"),
    };
    println!("cargo:rustc-env=KANTA_LONG_VERSION={long}");
}

/// Days since 1970-01-01 as a proleptic Gregorian date (Howard Hinnant's `civil_from_days`): a
/// build script has no date library, and this is the one conversion it needs.
fn civil_date(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn read_json(path: &Path) -> Option<Value> {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(path).ok()?;
    Some(serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display())))
}

fn licences(manifest: &Path) {
    let mut groups = Vec::new();
    let rust = read_json(&manifest.join("generated/rust-licences.json"));
    let npm = read_json(&manifest.join("generated/npm-licences.json"));
    // cargo-about's JSON: each licence text once, with the crates it covers.
    for licence in rust
        .as_ref()
        .and_then(|r| r["licenses"].as_array())
        .into_iter()
        .flatten()
    {
        let mut packages: Vec<String> = licence["used_by"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|u| format!("{} {}", str_of(&u["crate"]["name"]), str_of(&u["crate"]["version"])))
            .collect();
        packages.sort();
        packages.dedup();
        groups.push(json!({ "kind": "rust-crate", "licence": str_of(&licence["id"]), "text": str_of(&licence["text"]), "packages": packages }));
    }
    // The UI's build: one entry per package; packages with the same licence text go together.
    let mut by_text: Vec<(String, String, Vec<String>)> = Vec::new();
    for package in npm
        .as_ref()
        .and_then(|n| n["packages"].as_array())
        .into_iter()
        .flatten()
    {
        let (licence, text) = (str_of(&package["licence"]), str_of(&package["text"]));
        let name = format!("{} {}", str_of(&package["name"]), str_of(&package["version"]));
        match by_text.iter_mut().find(|(l, t, _)| *l == licence && *t == text) {
            Some((_, _, names)) => names.push(name),
            None => by_text.push((licence, text, vec![name])),
        }
    }
    for (licence, text, packages) in by_text {
        groups.push(json!({ "kind": "npm-package", "licence": licence, "text": text, "packages": packages }));
    }
    let ofl = manifest.join("../pdf/fonts/OFL.md");
    println!("cargo:rerun-if-changed={}", ofl.display());
    groups.push(json!({
        "kind": "font",
        "licence": "OFL-1.1",
        "text": std::fs::read_to_string(&ofl).expect("the PDF fonts' licence is in the repository"),
        "packages": ["Source Sans 3 (the PDF's fonts)"],
    }));
    let all = json!({ "complete": rust.is_some() && npm.is_some(), "groups": groups });
    // Deflated: licence texts repeat (hundreds of MIT texts), 0.5 MB becomes some 40 KB.
    let json = serde_json::to_string(&all).unwrap();
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap()).join("licences.json.deflate");
    std::fs::write(out, miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 10)).unwrap();
}

fn str_of(value: &Value) -> String {
    value.as_str().unwrap_or_default().to_owned()
}
