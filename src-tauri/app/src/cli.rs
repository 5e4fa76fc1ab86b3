//! The command line: the same `kanta-extranet` binary, given a subcommand, works without a
//! window, for system vendors and testers.
//!
//! - `check FILE.json [--lang sv|fi] [--format text|json]`: the findings; exit 0 with no errors
//!   (warnings allowed), 1 with errors, 2 when the file cannot be read or parsed.
//! - `schema`: the JSON Schema of application files.
//! - `pdf commitment|application FILE.json [--lang sv|fi] -o OUT.pdf`: the signed commitment or
//!   the whole application as PDF; exit 0 when written, 1 when the application is not valid
//!   enough to print (its errors are listed, as `check` lists them), 2 when the file cannot be
//!   read or the PDF cannot be written.
//!
//! Texts come from the same Fluent catalog as the app (`i18n/*/cli.ftl`), named through the typed
//! `messages`. Usage errors exit 2, as clap does.

use std::{ffi::OsString, io::Write, path::PathBuf};

use clap::{Parser, Subcommand, ValueEnum};
use serde::Serialize;

use crate::texts;
use kanta_domain::{
    model::document::{self, ParseError},
    validation::{self, Finding, Severity},
    Language,
};
use kanta_i18n::{messages, Catalog, Message};
use kanta_pdf as pdf;

/// Exit codes, as documented for vendors.
pub mod exit {
    pub const OK: u8 = 0;
    pub const FINDINGS: u8 = 1;
    pub const UNREADABLE: u8 = 2;
}

#[derive(Parser)]
#[command(
    name = "kanta-extranet",
    version = crate::about::LONG_VERSION,
    about = "Kanta Extranet desktop. Without arguments it opens the app; with a command it works on the command line."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check an application file. Exit 0: no errors; 1: errors; 2: the file cannot be read.
    Check {
        /// The application file (JSON; see `kanta-extranet schema`).
        file: PathBuf,
        /// The language of the messages (default: the system's).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// Text for people, JSON for programs.
        #[arg(long, value_enum, default_value_t = OutputFormat::Text)]
        format: OutputFormat,
    },
    /// Print the JSON Schema of application files.
    Schema,
    /// Make a PDF of an application file. Exit 0: written; 1: not valid enough to print; 2: the
    /// file cannot be read or the PDF written.
    Pdf {
        /// The signed commitment, or the whole application.
        #[arg(value_enum)]
        document: DocumentArg,
        /// The application file (JSON), as the app exports it.
        file: PathBuf,
        /// The language of the PDF (default: the system's).
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// Where to write the PDF.
        #[arg(short, long)]
        output: PathBuf,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum DocumentArg {
    Commitment,
    Application,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Fi,
    Sv,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    Text,
    Json,
}

/// Are these process arguments a command line rather than a plain start of the app? A plain
/// start has none; old macOS adds `-psn_…` when launching from the Finder.
pub fn is_command_line(args: &[OsString]) -> bool {
    args.get(1)
        .is_some_and(|arg| !arg.to_string_lossy().starts_with("-psn_"))
}

/// Runs a command line (`args[0]` is the program) and returns its exit code.
pub fn run(args: impl IntoIterator<Item = OsString>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { exit::UNREADABLE } else { exit::OK };
            let rendered = e.render().ansi().to_string();
            let _ = if e.use_stderr() {
                write!(err, "{rendered}")
            } else {
                write!(out, "{rendered}")
            };
            return code;
        }
    };
    let catalog = match Catalog::embedded() {
        Ok(catalog) => catalog,
        Err(e) => {
            let _ = writeln!(err, "kanta-extranet: {e}");
            return exit::UNREADABLE;
        }
    };
    match cli.command {
        Command::Schema => {
            let _ = writeln!(out, "{}", document::schema());
            exit::OK
        }
        Command::Check { file, lang, format } => Check {
            catalog: &catalog,
            lang: language(lang),
            file: file.display().to_string(),
            json: format == OutputFormat::Json,
        }
        .run(&file, out, err),
        Command::Pdf {
            document,
            file,
            lang,
            output,
        } => {
            let document = match document {
                DocumentArg::Commitment => pdf::Document::Commitment,
                DocumentArg::Application => pdf::Document::Application,
            };
            let check = Check {
                catalog: &catalog,
                lang: language(lang),
                file: file.display().to_string(),
                json: false,
            };
            check.print(document, &file, &output, out, err)
        }
    }
}

fn language(arg: Option<LangArg>) -> Language {
    match arg {
        Some(LangArg::Fi) => Language::Fi,
        Some(LangArg::Sv) => Language::Sv,
        None => Language::from_current_os(),
    }
}

struct Check<'a> {
    catalog: &'a Catalog,
    lang: Language,
    /// The file as the user named it, for messages.
    file: String,
    json: bool,
}

/// Why the file could not be checked at all.
struct Unreadable {
    message: Message,
    position: Option<(usize, usize)>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct JsonReport<'a> {
    file: &'a str,
    valid: bool,
    errors: usize,
    warnings: usize,
    findings: Vec<JsonFinding<'a>>,
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    #[serde(flatten)]
    finding: &'a Finding,
    message: String,
}

#[derive(Serialize)]
struct JsonFailure<'a> {
    file: &'a str,
    error: JsonError,
}

#[derive(Serialize)]
struct JsonError {
    code: &'static str,
    line: Option<usize>,
    column: Option<usize>,
    message: String,
}

impl Check<'_> {
    fn run(&self, path: &std::path::Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
        let file = match read(path).and_then(|text| parse(&text)) {
            Ok(file) => file,
            Err(unreadable) => {
                self.report_unreadable(&unreadable, out, err);
                return exit::UNREADABLE;
            }
        };
        let findings = validation::application::validate(&file);
        tracing::info!(findings = findings.len(), "file checked");
        let errors = findings.iter().filter(|f| f.is_error()).count();
        let warnings = findings.len() - errors;
        if self.json {
            let report = JsonReport {
                file: &self.file,
                valid: errors == 0,
                errors,
                warnings,
                findings: findings
                    .iter()
                    .map(|finding| JsonFinding {
                        finding,
                        message: texts::finding(self.catalog, self.lang, finding),
                    })
                    .collect(),
            };
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&report).expect("a report serialises")
            );
        } else {
            let summary = messages::cli_check_summary(errors, &self.file, warnings);
            let _ = writeln!(out, "{}", self.catalog.text(self.lang, &summary));
            self.list(&findings, out);
        }
        if errors == 0 {
            exit::OK
        } else {
            exit::FINDINGS
        }
    }

    /// One line per finding: severity, path, message.
    fn list(&self, findings: &[Finding], out: &mut dyn Write) {
        for finding in findings {
            let severity = match finding.severity {
                Severity::Error => messages::cli_severity_error(),
                Severity::Warning => messages::cli_severity_warning(),
            };
            let _ = writeln!(
                out,
                "{}: {}: {}",
                self.catalog.text(self.lang, &severity),
                finding.path,
                texts::finding(self.catalog, self.lang, finding)
            );
        }
    }

    /// `pdf`: the document written to `output` (whole or not at all), or why not.
    fn print(
        &self,
        document: pdf::Document,
        path: &std::path::Path,
        output: &std::path::Path,
        out: &mut dyn Write,
        err: &mut dyn Write,
    ) -> u8 {
        let file = match read(path).and_then(|text| parse(&text)) {
            Ok(file) => file,
            Err(unreadable) => {
                self.report_unreadable(&unreadable, out, err);
                return exit::UNREADABLE;
            }
        };
        let bytes = match pdf::render(document, &file, self.lang, self.catalog, jiff::Timestamp::now()) {
            Ok(bytes) => bytes,
            Err(pdf::PdfError::NotSigned) => {
                let not_signed = messages::cli_pdf_not_signed(&self.file);
                let _ = writeln!(err, "{}", self.catalog.text(self.lang, &not_signed));
                return exit::FINDINGS;
            }
            Err(pdf::PdfError::Errors(errors)) => {
                let not_valid = messages::cli_pdf_not_valid(&self.file);
                let _ = writeln!(err, "{}", self.catalog.text(self.lang, &not_valid));
                self.list(&errors, err);
                return exit::FINDINGS;
            }
        };
        let staging = output.with_extension("pdf.part");
        let written = std::fs::write(&staging, bytes).and_then(|()| std::fs::rename(&staging, output));
        let target = output.display().to_string();
        if let Err(e) = written {
            let _ = std::fs::remove_file(&staging);
            let failed = messages::cli_pdf_write(&target, e.to_string());
            let _ = writeln!(err, "{}", self.catalog.text(self.lang, &failed));
            return exit::UNREADABLE;
        }
        let written = messages::cli_pdf_written(&target);
        let _ = writeln!(out, "{}", self.catalog.text(self.lang, &written));
        exit::OK
    }

    fn report_unreadable(&self, unreadable: &Unreadable, out: &mut dyn Write, err: &mut dyn Write) {
        let message = self.catalog.text(self.lang, &unreadable.message);
        if self.json {
            let failure = JsonFailure {
                file: &self.file,
                error: JsonError {
                    code: unreadable.message.id(),
                    line: unreadable.position.map(|p| p.0),
                    column: unreadable.position.map(|p| p.1),
                    message,
                },
            };
            let _ = writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&failure).expect("a failure serialises")
            );
        } else {
            // FILE:LINE:COLUMN, as compilers write it, so editors can jump there.
            let place = match unreadable.position {
                Some((line, column)) => format!("{}:{line}:{column}", self.file),
                None => self.file.clone(),
            };
            let _ = writeln!(err, "{place}: {message}");
        }
    }
}

fn read(path: &std::path::Path) -> Result<String, Unreadable> {
    // Refuse a huge file by its size, before reading it into memory.
    if let Ok(meta) = std::fs::metadata(path) {
        if meta.len() > document::MAX_FILE_BYTES as u64 {
            return Err(from_parse_error(ParseError::TooLarge {
                bytes: usize::try_from(meta.len()).unwrap_or(usize::MAX),
                limit: document::MAX_FILE_BYTES,
            }));
        }
    }
    let bytes = std::fs::read(path).map_err(|e| Unreadable {
        message: messages::file_error_read(e.to_string()),
        position: None,
    })?;
    String::from_utf8(bytes).map_err(|_| from_parse_error(ParseError::Encoding))
}

fn parse(text: &str) -> Result<kanta_domain::model::ApplicationFile, Unreadable> {
    document::parse(text).map_err(from_parse_error)
}

fn from_parse_error(e: ParseError) -> Unreadable {
    Unreadable {
        message: texts::unreadable_file(&e),
        position: e.position(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    fn example(name: &str) -> String {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../tests/examples")
            .join(name)
            .display()
            .to_string()
    }

    /// Runs a command line; returns the exit code, standard output and standard error.
    fn cli(args: &[&str]) -> (u8, String, String) {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let args = std::iter::once("kanta-extranet")
            .chain(args.iter().copied())
            .map(OsString::from);
        let code = run(args, &mut out, &mut err);
        (code, String::from_utf8(out).unwrap(), String::from_utf8(err).unwrap())
    }

    #[test]
    fn every_valid_example_exits_0() {
        for name in [
            "patient-data-repository",
            "client-data-archive",
            "prescription",
            "imaging-archive",
        ] {
            let (code, out, err) = cli(&["check", &example(&format!("{name}.json")), "--lang", "fi"]);
            assert_eq!(code, exit::OK, "{name}: {out}{err}");
            assert!(out.contains("ei virheitä"), "{out}");
        }
        let (_, out, _) = cli(&["check", &example("prescription.json"), "--lang", "sv"]);
        assert!(out.contains("inga fel, 1 varning."), "{out}");
        assert!(
            out.contains("varning: application.connectionPoints[0].renewalRequests: Anmäl också"),
            "{out}"
        );
    }

    #[test]
    fn the_bad_example_exits_1_with_every_finding_in_the_chosen_language() {
        let (code, out, _) = cli(&["check", &example("many-errors.json"), "--lang", "sv"]);
        assert_eq!(code, exit::FINDINGS);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].ends_with("many-errors.json: 28 fel, 3 varningar."), "{out}");
        assert_eq!(lines.len(), 1 + 31, "{out}");
        assert!(
            out.contains("fel: organisation.customer.postalCode: Ange postnumret med fem siffror"),
            "{out}"
        );
        assert!(
            out.contains("fel: organisation.contacts: Utse ett dataskyddsombud."),
            "{out}"
        );
        assert!(!out.contains('{'), "every variable is filled in: {out}");

        let (code, out, _) = cli(&[
            "check",
            &example("many-errors.json"),
            "--lang",
            "fi",
            "--format",
            "json",
        ]);
        assert_eq!(code, exit::FINDINGS);
        let report: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(report["valid"], false);
        assert_eq!(report["errors"], 28);
        assert_eq!(report["warnings"], 3);
        let first = &report["findings"][0];
        assert_eq!(first["path"], "application.service");
        assert_eq!(first["code"], "service-not-available");
        assert_eq!(first["severity"], "error");
        assert_eq!(first["args"]["customerType"], "pharmacy");
        assert_eq!(
            first["message"],
            "Apteekki ei voi hakea tätä palvelua. Valitse palvelu, jonka organisaatiosi voi ottaa käyttöön."
        );
    }

    #[test]
    fn a_truncated_file_exits_2_and_says_where() {
        let dir = tempfile::tempdir().unwrap();
        let text = std::fs::read_to_string(example("patient-data-repository.json")).unwrap();
        let cut = dir.path().join("cut.json");
        let keep = text.find("\"billing\"").unwrap() + 20;
        std::fs::write(&cut, &text[..keep]).unwrap();
        let line = text[..keep].lines().count();

        let (code, out, err) = cli(&["check", cut.to_str().unwrap(), "--lang", "fi"]);
        assert_eq!(code, exit::UNREADABLE);
        assert_eq!(out, "");
        assert!(err.starts_with(&format!("{}:{line}:", cut.display())), "{err}");
        assert!(
            err.contains(&format!("loppuu kesken rivillä {line}, sarakkeessa")),
            "{err}"
        );

        let (code, out, _) = cli(&["check", cut.to_str().unwrap(), "--format", "json", "--lang", "sv"]);
        assert_eq!(code, exit::UNREADABLE);
        let failure: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(failure["error"]["code"], "file-error-truncated");
        assert_eq!(failure["error"]["line"], line);
        assert!(failure["error"]["message"]
            .as_str()
            .unwrap()
            .contains("tar slut för tidigt"));
    }

    #[test]
    fn unreadable_files_exit_2_with_a_message() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, bytes: &[u8]| {
            let path = dir.path().join(name);
            std::fs::write(&path, bytes).unwrap();
            path.display().to_string()
        };
        let cases = [
            (
                dir.path().join("missing.json").display().to_string(),
                "Tiedostoa ei voi lukea",
            ),
            (write("latin1.json", b"{\"format\": 1, \"x\": \"\xe4\"}"), "UTF-8"),
            (
                write("types.json", br#"{"format": 1, "application": {"service": "x-ray"}}"#),
                "rivillä 1, sarakkeessa",
            ),
            (
                write("newer.json", br#"{"format": 7, "application": {}}"#),
                "muotoversiota 7 ei tueta",
            ),
            (write("empty.json", b""), "loppuu kesken"),
            (dir.path().display().to_string(), "Tiedostoa ei voi lukea"),
        ];
        for (path, expected) in cases {
            let (code, out, err) = cli(&["check", &path, "--lang", "fi"]);
            assert_eq!(code, exit::UNREADABLE, "{path}: {out}{err}");
            assert!(err.contains(expected), "{path}: {err}");
        }
    }

    #[test]
    fn usage_errors_exit_2_and_help_exits_0() {
        let (code, _, err) = cli(&["check"]);
        assert_eq!(code, exit::UNREADABLE);
        assert!(err.contains("FILE"), "{err}");
        assert_eq!(cli(&["chek", "x.json"]).0, exit::UNREADABLE);
        assert_eq!(cli(&["check", "x.json", "--lang", "en"]).0, exit::UNREADABLE);
        let (code, out, _) = cli(&["--help"]);
        assert_eq!(code, exit::OK);
        assert!(out.contains("check") && out.contains("schema"), "{out}");
    }

    #[test]
    fn schema_prints_the_committed_schema() {
        let (code, out, _) = cli(&["schema"]);
        assert_eq!(code, exit::OK);
        let committed =
            std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../domain/application.schema.json"));
        assert_eq!(out, committed.unwrap());
    }

    #[test]
    fn only_real_arguments_make_a_command_line() {
        let args = |list: &[&str]| list.iter().map(OsString::from).collect::<Vec<_>>();
        assert!(!is_command_line(&args(&["kanta-extranet"])));
        assert!(!is_command_line(&args(&["kanta-extranet", "-psn_0_12345"])));
        assert!(is_command_line(&args(&["kanta-extranet", "check", "x.json"])));
        assert!(is_command_line(&args(&["kanta-extranet", "--help"])));
    }
}
