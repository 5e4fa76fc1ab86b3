//! The application file: an organisation profile and one application, as versioned JSON. It is
//! what `kanta-extranet check` reads, what vendors produce, and what export and import will
//! write and read. The JSON Schema is generated from these same types (`schema()`), so the
//! schema cannot promise what serde would refuse.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::{Application, OrganisationProfile};

/// The version of the file's shape. Bump it with a conversion when the shape changes; a file of
/// another version is refused with a message, never half-read.
pub const FILE_FORMAT: u64 = 1;

/// Larger files are refused before parsing. A 40-contact application is about 20 KB; this
/// leaves room for any real one and keeps a wrong or hostile file from eating memory.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;

/// The most entries any one list of a file may hold (contacts, connection points, a connection
/// point's systems, document groups…). A large organisation names some 40 contacts and a few
/// connection points; the bytes limit alone would let about 1.4 million empty contacts in, each
/// validated with its findings.
pub const MAX_LIST_ITEMS: usize = 200;

/// The most characters any one text of a file may hold: an address or a name is short; a long
/// text is not data a field takes.
pub const MAX_TEXT_CHARS: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
#[schemars(
    title = "Kanta Extranet application file",
    description = "An organisation profile and one application for a Kanta service, as read by `kanta-extranet check`."
)]
pub struct ApplicationFile {
    /// Optional: lets editors find this schema. Ignored by the app.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The file format's version: 1.
    #[schemars(extend("const" = 1))]
    pub format: u64,
    #[serde(default)]
    pub organisation: OrganisationProfile,
    pub application: Application,
}

impl ApplicationFile {
    pub fn new(organisation: OrganisationProfile, application: Application) -> ApplicationFile {
        ApplicationFile {
            schema: None,
            format: FILE_FORMAT,
            organisation,
            application,
        }
    }

    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("the model serialises to JSON")
    }
}

/// Why a file could not be read as an application file. Positions are 1-based.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    #[error("the file is {bytes} bytes, more than the {limit} accepted")]
    TooLarge { bytes: usize, limit: usize },
    #[error("not valid JSON at line {line}, column {column}: {detail}")]
    Syntax { line: usize, column: usize, detail: String },
    #[error("the file ends too early, at line {line}, column {column}")]
    Truncated { line: usize, column: usize },
    #[error("valid JSON, but not an application file at line {line}, column {column}: {detail}")]
    Shape { line: usize, column: usize, detail: String },
    #[error("file format {found} is not supported (this app reads format {FILE_FORMAT})")]
    UnsupportedFormat { found: String },
    #[error("the file is not UTF-8 text")]
    Encoding,
    /// A list holds more entries than [`MAX_LIST_ITEMS`]; `at` is its place in the file
    /// (`organisation.contacts`).
    #[error("{at} holds {count} entries, more than the {limit} accepted")]
    TooManyItems { at: String, count: usize, limit: usize },
    /// A text is longer than [`MAX_TEXT_CHARS`].
    #[error("the text at {at} is {chars} characters, more than the {limit} accepted")]
    TextTooLong { at: String, chars: usize, limit: usize },
}

impl ParseError {
    /// Where in the file, when known.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            ParseError::Syntax { line, column, .. }
            | ParseError::Truncated { line, column }
            | ParseError::Shape { line, column, .. } => Some((*line, *column)),
            _ => None,
        }
    }

    /// `syntax_known_good`: the text already parsed as JSON, so whatever serde_json calls the
    /// error now (it reports a number where an enum belongs as "expected value"), it is about
    /// the shape.
    fn from_json(err: serde_json::Error, syntax_known_good: bool) -> ParseError {
        let (line, column) = (err.line(), err.column());
        // serde_json's messages end with " at line L column C"; the position is told separately.
        let detail = err.to_string();
        let detail = detail
            .rsplit_once(" at line ")
            .map_or(detail.as_str(), |(text, _)| text)
            .to_owned();
        match err.classify() {
            _ if syntax_known_good => ParseError::Shape { line, column, detail },
            serde_json::error::Category::Eof => ParseError::Truncated { line, column },
            serde_json::error::Category::Data => ParseError::Shape { line, column, detail },
            _ => ParseError::Syntax { line, column, detail },
        }
    }
}

/// Reads an application file. Checks the size, then the JSON syntax, then the format version
/// (so a newer file is named as such, not as a list of unknown fields), then the shape.
pub fn parse(text: &str) -> Result<ApplicationFile, ParseError> {
    if text.len() > MAX_FILE_BYTES {
        return Err(ParseError::TooLarge {
            bytes: text.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    // Windows tools (Notepad, PowerShell's Out-File) start UTF-8 files with a byte order mark.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| ParseError::from_json(e, false))?;
    match value.get("format") {
        Some(serde_json::Value::Number(n)) if n.as_u64() != Some(FILE_FORMAT) => {
            return Err(ParseError::UnsupportedFormat { found: n.to_string() })
        }
        _ => {}
    }
    // Before the typed read, so that nothing of a file too big in count is built, validated
    // or stored.
    within_limits(&value, &mut String::new())?;
    serde_json::from_str(text).map_err(|e| ParseError::from_json(e, true))
}

/// Whether every list and text of `value` is within the file's limits ([`MAX_LIST_ITEMS`],
/// [`MAX_TEXT_CHARS`]): what a step's input is held to as well as a file.
pub fn check_limits(value: &serde_json::Value) -> Result<(), ParseError> {
    within_limits(value, &mut String::new())
}

/// Whether every list and text in `value` (at `at`, a dotted path) is within its limit. A list
/// is measured before its entries are looked at, so a huge one is refused at once.
fn within_limits(value: &serde_json::Value, at: &mut String) -> Result<(), ParseError> {
    use serde_json::Value;
    let place = |at: &str| {
        if at.is_empty() {
            "(the file)".to_owned()
        } else {
            at.to_owned()
        }
    };
    let count = |at: &str, count: usize| match count > MAX_LIST_ITEMS {
        true => Err(ParseError::TooManyItems {
            at: place(at),
            count,
            limit: MAX_LIST_ITEMS,
        }),
        false => Ok(()),
    };
    let text = |at: &str, text: &str| match text.chars().count() {
        chars if chars > MAX_TEXT_CHARS => Err(ParseError::TextTooLong {
            at: place(at),
            chars,
            limit: MAX_TEXT_CHARS,
        }),
        _ => Ok(()),
    };
    match value {
        Value::String(value) => text(at, value)?,
        Value::Array(items) => {
            count(at, items.len())?;
            for (i, item) in items.iter().enumerate() {
                let len = at.len();
                at.push_str(&format!("[{i}]"));
                within_limits(item, at)?;
                at.truncate(len);
            }
        }
        Value::Object(fields) => {
            count(at, fields.len())?;
            for (name, field) in fields {
                // A field's name is text too: a huge one is refused, not copied into the path.
                text(at, name)?;
                let len = at.len();
                if !at.is_empty() {
                    at.push('.');
                }
                at.push_str(name);
                within_limits(field, at)?;
                at.truncate(len);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
    Ok(())
}

/// Reads an application file from its bytes; `size` is the file's whole size, which may be more
/// than the bytes given when the reader stopped at the limit.
pub fn parse_bytes(bytes: &[u8], size: u64) -> Result<ApplicationFile, ParseError> {
    let size = size.max(bytes.len() as u64);
    if size > MAX_FILE_BYTES as u64 {
        return Err(ParseError::TooLarge {
            bytes: usize::try_from(size).unwrap_or(usize::MAX),
            limit: MAX_FILE_BYTES,
        });
    }
    parse(std::str::from_utf8(bytes).map_err(|_| ParseError::Encoding)?)
}

/// The JSON Schema of [`ApplicationFile`], pretty-printed.
pub fn schema() -> String {
    serde_json::to_string_pretty(&schemars::schema_for!(ApplicationFile)).expect("a schema serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = r#"{"format": 1, "application": {"service": "prescription"}}"#;

    #[test]
    fn a_minimal_file_reads_with_defaults() {
        let file = parse(MINIMAL).unwrap();
        assert_eq!(file.application.service, crate::model::Service::Prescription);
        assert_eq!(file.application.status, crate::model::ApplicationStatus::Draft);
        assert!(file.organisation.contacts.is_empty());
    }

    #[test]
    fn a_file_survives_writing_and_reading() {
        let mut file = parse(MINIMAL).unwrap();
        file.application.connection_points.push(crate::model::ConnectionPoint {
            oid: "1.2.246.10.2430960.10.0.13.3".into(),
            systems: vec!["sample-abilita".into()],
            renewal_requests: true,
        });
        assert_eq!(parse(&file.to_json_pretty()).unwrap(), file);
    }

    /// A file within the bytes limit but not within the counts: 4 MiB of empty contacts (about
    /// 1.4 million) is refused by the count, named where it is, before any contact is built.
    #[test]
    fn lists_and_texts_are_bounded_in_count_and_length() {
        let empty = "{},".repeat((MAX_FILE_BYTES - 200) / 3);
        let text = format!(
            r#"{{"format": 1, "organisation": {{"contacts": [{}{{}}]}}, "application": {{"service": "prescription"}}}}"#,
            empty
        );
        assert!(text.len() <= MAX_FILE_BYTES);
        assert!(
            matches!(parse(&text), Err(ParseError::TooManyItems { ref at, count, limit: MAX_LIST_ITEMS })
                if at == "organisation.contacts" && count > 1_000_000),
            "{:?}",
            parse(&text).err()
        );
        let contacts = |n: usize| {
            format!(
                r#"{{"format": 1, "organisation": {{"contacts": [{}]}}, "application": {{"service": "prescription"}}}}"#,
                vec!["{}"; n].join(",")
            )
        };
        assert_eq!(
            parse(&contacts(MAX_LIST_ITEMS)).unwrap().organisation.contacts.len(),
            MAX_LIST_ITEMS
        );
        assert!(matches!(
            parse(&contacts(MAX_LIST_ITEMS + 1)),
            Err(ParseError::TooManyItems { .. })
        ));
        let systems = format!(
            r#"{{"format": 1, "application": {{"service": "prescription", "connectionPoints": [{{"oid": "1.2.3", "systems": [{}]}}]}}}}"#,
            vec![r#""x""#; MAX_LIST_ITEMS + 1].join(",")
        );
        assert!(
            matches!(parse(&systems), Err(ParseError::TooManyItems { ref at, .. }) if at == "application.connectionPoints[0].systems")
        );
        let long = format!(
            r#"{{"format": 1, "organisation": {{"contacts": [{{"name": "{}"}}]}}, "application": {{"service": "prescription"}}}}"#,
            "ä".repeat(MAX_TEXT_CHARS + 1)
        );
        assert_eq!(
            parse(&long),
            Err(ParseError::TextTooLong {
                at: "organisation.contacts[0].name".into(),
                chars: MAX_TEXT_CHARS + 1,
                limit: MAX_TEXT_CHARS
            })
        );
        let at_limit = long.replacen('ä', "", 1);
        assert!(
            !matches!(parse(&at_limit), Err(ParseError::TextTooLong { .. })),
            "{MAX_TEXT_CHARS} characters are fine"
        );
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        assert_eq!(parse(&format!("\u{feff}{MINIMAL}")), parse(MINIMAL));
    }

    #[test]
    fn a_truncated_file_says_where_it_ends() {
        let text = "{\n  \"format\": 1,\n  \"application\": {\"service\": \"pre";
        assert_eq!(parse(text), Err(ParseError::Truncated { line: 3, column: 33 }));
    }

    #[test]
    fn syntax_and_shape_errors_have_positions() {
        let err = parse("{\"format\": 1,\n \"application\": {\"service\": prescription}}").unwrap_err();
        assert!(matches!(err, ParseError::Syntax { line: 2, .. }), "{err:?}");
        let err =
            parse("{\"format\": 1,\n \"application\": {\"service\": \"prescription\", \"colour\": 1}}").unwrap_err();
        assert!(
            matches!(&err, ParseError::Shape { line: 2, detail, .. } if detail.contains("colour")),
            "{err:?}"
        );
        let err = parse("{\"format\": 1, \"application\": {\"service\": 7}}").unwrap_err();
        assert!(matches!(err, ParseError::Shape { line: 1, .. }), "{err:?}");
        let err = parse("[]").unwrap_err();
        assert!(matches!(err, ParseError::Shape { .. }), "{err:?}");
    }

    #[test]
    fn another_format_version_is_named() {
        let err = parse(r#"{"format": 2, "application": {"service": "prescription", "newField": true}}"#).unwrap_err();
        assert_eq!(err, ParseError::UnsupportedFormat { found: "2".into() });
        let err = parse(r#"{"application": {"service": "prescription"}}"#).unwrap_err();
        assert!(
            matches!(&err, ParseError::Shape { detail, .. } if detail.contains("format")),
            "{err:?}"
        );
    }

    #[test]
    fn huge_files_are_refused_before_parsing() {
        let text = format!("{{\"format\": 1, \"x\": \"{}\"}}", "a".repeat(MAX_FILE_BYTES));
        assert!(matches!(parse(&text), Err(ParseError::TooLarge { .. })));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let text = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(parse(&text).is_err());
    }

    /// Vendors find the schema in the repository (`src-tauri/domain/application.schema.json`);
    /// the example files point their `$schema` at it. Regenerate with `KANTA_UPDATE_BINDINGS=1`.
    #[test]
    fn the_committed_schema_is_current() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("application.schema.json");
        let fresh = schema() + "\n";
        if std::env::var_os("KANTA_UPDATE_BINDINGS").is_some() {
            std::fs::write(&path, &fresh).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == fresh,
            "{} is stale: run the tests with KANTA_UPDATE_BINDINGS=1",
            path.display()
        );
    }

    #[test]
    fn the_schema_names_the_version_and_refuses_unknown_fields() {
        let schema: serde_json::Value = serde_json::from_str(&schema()).unwrap();
        assert_eq!(schema["properties"]["format"]["const"], 1);
        assert_eq!(schema["additionalProperties"], false);
        assert_eq!(schema["required"], serde_json::json!(["format", "application"]));
        let defs = schema["$defs"].as_object().unwrap();
        for def in [
            "Application",
            "OrganisationProfile",
            "Contact",
            "ConnectionPoint",
            "Billing",
            "Commitment",
        ] {
            assert!(defs.contains_key(def), "{def}");
        }
    }
}
