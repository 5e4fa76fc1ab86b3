//! The command line as vendors and testers use it: the real `kanta-extranet` binary, started
//! with a subcommand and no display, so it must never touch GTK or WebKit. The core's unit tests
//! (`kanta_core::cli`) cover the messages; these cover the binary's dispatch and exit codes.

use std::{
    path::{Path, PathBuf},
    process::{Command, Output},
};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/examples")
        .join(name)
}

/// Runs the binary headless: no X display, no Wayland, no session bus.
fn kanta_extranet(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kanta-extranet"))
        .args(args)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env("KANTA_EXTRANET_LOG", "off")
        .output()
        .expect("the app binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn each_valid_example_passes_with_exit_0() {
    for name in [
        "patient-data-repository",
        "client-data-archive",
        "prescription",
        "imaging-archive",
    ] {
        let file = example(&format!("{name}.json"));
        let output = kanta_extranet(&["check", file.to_str().unwrap(), "--lang", "fi"]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{name}: {}{}",
            stdout(&output),
            stderr(&output)
        );
    }
}

#[test]
fn the_bad_example_fails_with_exit_1_and_every_finding() {
    let file = example("many-errors.json");
    let output = kanta_extranet(&["check", file.to_str().unwrap(), "--lang", "sv", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 31);
    assert!(findings.iter().all(|f| !f["message"].as_str().unwrap().is_empty()));
}

#[test]
fn a_truncated_file_fails_with_exit_2_and_a_position() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(example("client-data-archive.json")).unwrap();
    let cut = dir.path().join("cut.json");
    std::fs::write(&cut, &text[..text.len() / 2]).unwrap();
    let output = kanta_extranet(&["check", cut.to_str().unwrap(), "--lang", "sv"]);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    let line = text[..text.len() / 2].lines().count();
    assert!(err.contains(&format!("cut.json:{line}:")), "{err}");
    assert!(err.contains(&format!("rad {line}, kolumn")), "{err}");
}

#[test]
fn schema_prints_json_schema() {
    let output = kanta_extranet(&["schema"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(schema["title"], "Kanta Extranet application file");
}

#[test]
fn a_wrong_command_fails_with_exit_2_and_usage() {
    let output = kanta_extranet(&["chek"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("Usage"), "{}", stderr(&output));
}
