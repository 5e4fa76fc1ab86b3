//! `kanta-pdf`: the signed commitment ("asiakkuuden sitoumus" / "förbindelse") and the whole
//! application as A4 PDFs in Finnish or Swedish, for printing and the customer's archive.
//!
//! Both are made from the application file (`ApplicationFile`), the same data the app exports:
//! so the commitment's SHA-256 fingerprint, of that file's exported JSON, lets a reader check a
//! printed page against the file. Texts are the app's own (the same Fluent catalog, the same
//! summary of the commitment the wizard shows); times are Finland's (Europe/Helsinki). Fonts
//! are embedded (subset), nothing is referenced outside the file.
//!
//! `layout` sets text on pages, `fonts` is the typeface, `commitment` and `application` are the
//! two documents, `metadata` the document information and language.
//!
//! Invariant: a PDF prints what the application file holds, as the summary shows it; it decides
//! nothing (what may be printed is `check_printable`, from the domain's validation), stores
//! nothing and reaches no network.

mod application;
mod commitment;
mod fonts;
mod layout;
mod metadata;

use jiff::tz::TimeZone;
/// The moment a PDF is printed at.
pub use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;
use ts_rs::TS;

use kanta_domain::{
    codes::code_message_id,
    model::ApplicationFile,
    validation::{self, Finding},
    Language,
};
use kanta_i18n::{messages, Catalog, Message};

/// Which PDF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Document {
    /// The signed commitment, for printing and archiving as the guide asks.
    Commitment,
    /// The whole application as on the summary page, every section.
    Application,
}

impl Document {
    pub fn as_str(self) -> &'static str {
        match self {
            Document::Commitment => "commitment",
            Document::Application => "application",
        }
    }
}

/// Why a PDF is not made.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum PdfError {
    /// There is no signed commitment to print.
    #[error("the application has no signed commitment")]
    NotSigned,
    /// The application has errors where the document needs valid data.
    #[error("the application has {} errors that the document would print", .0.len())]
    Errors(Vec<Finding>),
}

/// The errors that keep `document` from being printed: the whole application must be valid to be
/// archived as the application; the commitment needs its signature and valid customer data
/// (the rest of the application does not appear on it).
pub fn check_printable(document: Document, file: &ApplicationFile) -> Result<(), PdfError> {
    if document == Document::Commitment && file.application.commitment.is_none() {
        return Err(PdfError::NotSigned);
    }
    let on_the_page = |f: &Finding| match document {
        Document::Application => true,
        Document::Commitment => [
            "organisation.register",
            "organisation.customer",
            "application.commitment",
        ]
        .iter()
        .any(|prefix| f.path.starts_with(prefix)),
    };
    let errors: Vec<Finding> = validation::application::validate(file)
        .into_iter()
        .filter(|f| f.is_error() && on_the_page(f))
        .collect();
    match errors.is_empty() {
        true => Ok(()),
        false => Err(PdfError::Errors(errors)),
    }
}

/// The PDF of `document` in `lang`, printed at `now`.
pub fn render(
    document: Document,
    file: &ApplicationFile,
    lang: Language,
    catalog: &Catalog,
    now: Timestamp,
) -> Result<Vec<u8>, PdfError> {
    check_printable(document, file)?;
    let texts = Texts { catalog, lang };
    let printed = match document {
        Document::Commitment => commitment::write(file, &texts, now),
        Document::Application => application::write(file, &texts, now),
    };
    tracing::info!(document = document.as_str(), pages = printed.pages.len(), "PDF made");
    Ok(metadata::save(printed, &texts, file, now))
}

/// The SHA-256 of the application file as the app exports it (`to_json_pretty`), in hex.
pub fn fingerprint(file: &ApplicationFile) -> String {
    Sha256::digest(file.to_json_pretty().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The document's title and when it was printed.
fn title(w: &mut layout::Writer, texts: &Texts, title: &str, now: Timestamp) {
    w.paragraph(layout::Style::Title, title);
    w.paragraph(
        layout::Style::Small,
        &texts.text(&messages::pdf_printed(texts.time(now))),
    );
    w.rule();
}

/// What identifies the application: its id, its service, and the fingerprint of its file with
/// how to check it.
fn identifiers(w: &mut layout::Writer, file: &ApplicationFile, texts: &Texts) {
    w.heading(
        layout::Style::Heading,
        &texts.text(&messages::pdf_identifiers_heading()),
    );
    w.row(&texts.text(&messages::pdf_application_id()), &application_id(file));
    w.row(
        &texts.text(&messages::pdf_service()),
        &texts.code("service", &file.application.service),
    );
    // In groups of eight, four to a line, so a reader can compare it piece by piece.
    let hex = fingerprint(file);
    let groups: Vec<&str> = (0..hex.len()).step_by(8).map(|i| &hex[i..i + 8]).collect();
    let lines: Vec<String> = groups.chunks(4).map(|line| line.join(" ")).collect();
    w.row(&texts.text(&messages::pdf_fingerprint()), &lines.join("\n"));
    w.paragraph(layout::Style::Small, &texts.text(&messages::pdf_fingerprint_note()));
}

/// The application's id; a dash for a file that has none yet (a vendor's, say).
fn application_id(file: &ApplicationFile) -> String {
    file.application.id.map_or_else(|| "–".to_owned(), |id| id.to_string())
}

/// The pages, each with the title, the application's id and "page n / m" at its foot.
fn finish(w: layout::Writer, texts: &Texts, title: &str, file: &ApplicationFile) -> Vec<printpdf::PdfPage> {
    let id = application_id(file);
    w.finish(|page, pages| texts.text(&messages::pdf_footer(&id, page.to_string(), pages.to_string(), title)))
}

/// A laid-out document before it is saved.
struct Printed {
    title: String,
    pages: Vec<printpdf::PdfPage>,
    doc: printpdf::PdfDocument,
}

/// The catalog in the document's language.
struct Texts<'a> {
    catalog: &'a Catalog,
    lang: Language,
}

impl Texts<'_> {
    fn text(&self, message: &Message) -> String {
        self.catalog.text(self.lang, message)
    }

    /// The message of a code (`step-…`, `role-…`, …).
    fn code<T: Serialize>(&self, prefix: &str, code: &T) -> String {
        self.catalog.format(self.lang, &code_message_id(prefix, code), None)
    }

    /// A moment in Finland's time, as Finns and Finland-Swedes write it: `23.11.2026 klo 14.05`.
    fn time(&self, moment: Timestamp) -> String {
        let local = moment.to_zoned(finnish_time());
        self.text(&messages::pdf_time(
            local.strftime("%-d.%-m.%Y").to_string(),
            local.strftime("%H.%M").to_string(),
        ))
    }
}

/// Finland's rule since 1983 (the EU's summer time), as a POSIX TZ string: EET, and EEST from
/// the last Sunday of March 03:00 to the last Sunday of October 04:00 local time.
const FINNISH_RULE: &str = "EET-2EEST,M3.5.0/3,M10.5.0/4";

/// Finland's time zone: Europe/Helsinki from the OS's database, which follows any change of the
/// rules; where there is none, the rule itself, which is the same for every time this app prints
/// (all after 1983).
fn finnish_time() -> TimeZone {
    TimeZone::get("Europe/Helsinki")
        .or_else(|_| TimeZone::posix(FINNISH_RULE))
        .unwrap_or(TimeZone::UTC)
}

#[cfg(test)]
mod tests;
