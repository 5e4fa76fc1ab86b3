//! The command line as vendors and testers use it: the real `kanta-extranet` binary, started
//! with a subcommand and no display, so it must never touch GTK or WebKit. The core's unit tests
//! (`kanta_app::cli`) cover the messages; these cover the binary's dispatch and exit codes.

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

/// `pdf`: the commitment and the application written in the chosen language; 1 when not valid
/// enough to print (unsigned, or with errors); 2 when the file cannot be read or the PDF written.
#[test]
fn pdf_writes_the_commitment_and_the_application_with_the_exit_codes_of_check() {
    let dir = tempfile::tempdir().unwrap();
    let signed = example("client-data-archive.json");
    for (document, lang, expected) in [
        (
            "commitment",
            "sv",
            "Förbindelse om kundrelationen till Kanta-tjänsterna",
        ),
        ("application", "fi", "Hakemus: Sosiaalihuollon asiakastiedon arkisto"),
    ] {
        let pdf = dir.path().join(format!("{document}.pdf"));
        let output = kanta_extranet(&[
            "pdf",
            document,
            signed.to_str().unwrap(),
            "--lang",
            lang,
            "-o",
            pdf.to_str().unwrap(),
        ]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let text = Command::new("pdftotext")
            .args([pdf.to_str().unwrap(), "-"])
            .output()
            .expect("pdftotext (poppler-utils, tests/dev/setup.sh)");
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(text.contains(expected), "{document}: {text}");
        assert!(text.contains("Bo Exempel"), "{document}");
    }

    // Unsigned: no commitment to print.
    let mut unsigned: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&signed).unwrap()).unwrap();
    unsigned["application"].as_object_mut().unwrap().remove("commitment");
    let unsigned_path = dir.path().join("unsigned.json");
    std::fs::write(&unsigned_path, unsigned.to_string()).unwrap();
    let out = dir.path().join("never.pdf");
    let output = kanta_extranet(&[
        "pdf",
        "commitment",
        unsigned_path.to_str().unwrap(),
        "--lang",
        "fi",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("allekirjoitettua sitoumusta"),
        "{}",
        stderr(&output)
    );
    // Errors: listed as check lists them.
    let bad = example("many-errors.json");
    let output = kanta_extranet(&[
        "pdf",
        "application",
        bad.to_str().unwrap(),
        "--lang",
        "fi",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("virhe: "), "{}", stderr(&output));
    assert!(!out.exists(), "nothing written");
    // Unreadable input, unwritable output.
    let output = kanta_extranet(&["pdf", "application", "no-such.json", "-o", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let nowhere = dir.path().join("no-such-folder/out.pdf");
    let output = kanta_extranet(&[
        "pdf",
        "commitment",
        signed.to_str().unwrap(),
        "-o",
        nowhere.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
}
