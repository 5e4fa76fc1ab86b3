//! The PDFs read back with Debian's tools, as a reader's software would: the texts in both
//! languages with å, ä and ö intact (pdftotext), the fonts embedded (pdffonts), the structure
//! valid (qpdf --check), the metadata and language (pdfinfo, qpdf), a 40-contact application
//! over several pages with every name on them. `tests/dev/setup.sh` installs poppler-utils and
//! qpdf; without them these tests fail and say so.

use std::{path::Path, process::Command};

use jiff::Timestamp;

use super::*;
use kanta_domain::model::{document, Contact, ContactKind};

const NOW: &str = "2026-11-23T10:30:00Z";

fn example(name: &str) -> ApplicationFile {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/examples")
        .join(name);
    document::parse(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The client data archive example with Nordic letters in its customer data, and an id.
fn signed_file() -> ApplicationFile {
    let mut file = example("client-data-archive.json");
    file.organisation.register.name = "Hoivakoti Äppelgården Ab (fiktiv)".into();
    file.organisation.customer.street_address = "Åkervägen 3 B".into();
    file.organisation.customer.post_office = "Jakobstad".into();
    file.application.id = Some("6f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f".parse().unwrap());
    let commitment = file.application.commitment.as_mut().unwrap();
    commitment.signed_by = "Sölve Öhman".into();
    file
}

fn render_to(dir: &Path, name: &str, document: Document, file: &ApplicationFile, lang: Language) -> std::path::PathBuf {
    let catalog = Catalog::embedded().unwrap();
    let bytes = render(document, file, lang, &catalog, NOW.parse::<Timestamp>().unwrap()).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Runs a PDF tool; its standard output.
fn tool(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program}: {e}: install poppler-utils and qpdf (tests/dev/setup.sh)"));
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn text_of(pdf: &Path) -> String {
    tool("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"])
}

/// Fonts embedded and subset, and nothing else (no font the reader's computer must have).
fn expect_fonts_embedded(pdf: &Path) {
    let fonts = tool("pdffonts", &[pdf.to_str().unwrap()]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        // name type [encoding...] emb sub uni object ID
        let n = columns.len();
        assert_eq!(
            (columns[n - 5], columns[n - 4]),
            ("yes", "yes"),
            "embedded and subset: {row}"
        );
        assert!(columns[0].contains("SourceSans3"), "{row}");
    }
}

fn expect_valid_structure(pdf: &Path) {
    let check = tool("qpdf", &["--check", pdf.to_str().unwrap()]);
    assert!(check.contains("No syntax or stream encoding errors found"), "{check}");
}

fn page_count(pdf: &Path) -> usize {
    let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap()
}

#[test]
fn the_commitment_reads_back_in_both_languages_with_its_letters_fonts_and_metadata() {
    let dir = tempfile::tempdir().unwrap();
    let file = signed_file();
    let hex = fingerprint(&file);

    for (lang, expected) in [
        (
            Language::Fi,
            [
                "Kanta-palvelujen asiakkuuden sitoumus",
                "Tiivistelmä",
                "Olen lukenut sitoumuslomakkeen ja allekirjoitan sen",
                "Allekirjoittaja",
                "21.11.2026 klo 12.05",
                "Sivu 1 / ",
            ],
        ),
        (
            Language::Sv,
            [
                "Förbindelse",
                "Sammandrag",
                "Jag har läst förbindelseblanketten och undertecknar den",
                "Undertecknare",
                "21.11.2026 kl. 12.05",
                "Sida 1 / ",
            ],
        ),
    ] {
        let pdf = render_to(
            dir.path(),
            &format!("sitoumus-{}.pdf", lang.tag()),
            Document::Commitment,
            &file,
            lang,
        );
        let text = text_of(&pdf);
        for wanted in expected
            .iter()
            .copied()
            .chain([
                "Hoivakoti Äppelgården Ab (fiktiv)",
                "Åkervägen 3 B",
                "Sölve Öhman",
                "1.2.246.10.14142130.10.0",
            ])
            .chain(["6f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f"])
        {
            assert!(text.contains(wanted), "{} lacks {wanted:?}:\n{text}", lang.tag());
        }
        let first_half = format!("{} {} {} {}", &hex[0..8], &hex[8..16], &hex[16..24], &hex[24..32]);
        assert!(text.contains(&first_half), "the fingerprint, in groups:\n{text}");
        let squeezed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        assert!(squeezed.contains(&hex), "the whole fingerprint");
        expect_fonts_embedded(&pdf);
        expect_valid_structure(&pdf);

        let info = tool("pdfinfo", &[pdf.to_str().unwrap()]);
        assert!(info.contains("Hoivakoti Äppelgården Ab (fiktiv)"), "author: {info}");
        assert!(info.lines().any(|l| l.starts_with("Title:") && l.len() > 10), "{info}");
        assert!(info.contains("(A4)"), "{info}");
        assert!(
            !info.contains("PDF/X"),
            "no claim of a standard the file does not meet: {info}"
        );
        let qdf = dir.path().join("qdf.pdf");
        tool(
            "qpdf",
            &[
                "--qdf",
                "--object-streams=disable",
                pdf.to_str().unwrap(),
                qdf.to_str().unwrap(),
            ],
        );
        let raw = String::from_utf8_lossy(&std::fs::read(&qdf).unwrap()).into_owned();
        let lang_tag = format!("/Lang ({}-FI)", lang.tag());
        assert!(raw.contains(&lang_tag), "{lang_tag}");
        assert!(
            !raw.contains("/URI") && !raw.contains("/Launch"),
            "no external references"
        );
    }
}

#[test]
fn the_fingerprint_is_the_exported_files_and_survives_a_round_trip() {
    use sha2::{Digest, Sha256};
    let file = signed_file();
    let exported = file.to_json_pretty();
    let sha: String = Sha256::digest(exported.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(fingerprint(&file), sha);
    let read_back = document::parse(&exported).unwrap();
    assert_eq!(
        fingerprint(&read_back),
        sha,
        "the command line prints what the app printed"
    );
    let mut changed = file.clone();
    changed.organisation.customer.phone.push('0');
    assert_ne!(fingerprint(&changed), sha);
}

#[test]
fn a_forty_contact_application_runs_over_pages_and_loses_no_name() {
    let dir = tempfile::tempdir().unwrap();
    let mut file = signed_file();
    let template = file.organisation.contacts[0].clone();
    let names: Vec<(String, String)> = (1..=40)
        .map(|i| (format!("Åsa{i:02}"), format!("Järvinen-Öster{i:02}")))
        .collect();
    file.organisation.contacts = names
        .iter()
        .map(|(first, last)| Contact {
            kind: ContactKind::Person,
            first_name: first.clone(),
            last_name: last.clone(),
            ..template.clone()
        })
        .collect();
    check_printable(Document::Application, &file).unwrap();
    for lang in Language::ALL {
        let pdf = render_to(dir.path(), "hakemus.pdf", Document::Application, &file, lang);
        let pages = page_count(&pdf);
        assert!(pages >= 5, "{pages} pages");
        let text = text_of(&pdf);
        for (first, last) in &names {
            assert!(text.contains(&format!("{first} {last}")), "{first} {last} is missing");
        }
        let footer = match lang {
            Language::Fi => format!("Sivu {pages} / {pages}"),
            Language::Sv => format!("Sida {pages} / {pages}"),
        };
        assert!(text.contains(&footer), "{footer}");
        expect_fonts_embedded(&pdf);
        expect_valid_structure(&pdf);
    }
}

#[test]
fn every_section_of_the_application_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    let file = example("patient-data-repository.json");
    let pdf = render_to(dir.path(), "hakemus.pdf", Document::Application, &file, Language::Fi);
    let text = text_of(&pdf);
    let catalog = Catalog::embedded().unwrap();
    let ctx = kanta_domain::rules::context(&file.organisation, &file.application);
    for step in kanta_domain::wizard::sections_of(ctx) {
        let heading = catalog.format(Language::Fi, &code_message_id("step", &step), None);
        assert!(text.contains(&heading), "{heading} is missing:\n{text}");
    }
    for point in &file.application.connection_points {
        assert!(text.contains(&point.oid), "{}", point.oid);
    }
    assert!(text.contains(&file.organisation.customer.email));
}

#[test]
fn what_is_not_ready_is_not_printed() {
    let mut unsigned = signed_file();
    unsigned.application.commitment = None;
    assert_eq!(
        check_printable(Document::Commitment, &unsigned),
        Err(PdfError::NotSigned)
    );
    let bad = example("many-errors.json");
    assert!(matches!(
        check_printable(Document::Application, &bad),
        Err(PdfError::Errors(errors)) if !errors.is_empty()
    ));
    // The commitment needs only what it prints: an error in a contact does not stop it.
    let mut contact_error = signed_file();
    contact_error.organisation.contacts[0].email = "not an address".into();
    assert!(check_printable(Document::Commitment, &contact_error).is_ok());
    assert!(check_printable(Document::Application, &contact_error).is_err());
    contact_error.organisation.register.business_id = "1234567-8".into();
    assert!(check_printable(Document::Commitment, &contact_error).is_err());
}

/// Without the OS's time zone database the PDF uses Finland's rule: it must give the offset the
/// database gives at every hour of the years an application is signed in, summer time's
/// changes included.
#[test]
fn finland_s_rule_is_the_time_zone_database_s() {
    let rule = jiff::tz::TimeZone::posix(super::FINNISH_RULE).unwrap();
    let database = jiff::tz::TimeZone::get("Europe/Helsinki").expect("the OS's time zone database (tzdata)");
    let start = jiff::Timestamp::from_second(1_704_067_200).unwrap(); // 2024-01-01T00:00:00Z
    for hour in 0..(7 * 366 * 24) {
        let moment = start + jiff::SignedDuration::from_hours(hour);
        assert_eq!(rule.to_offset(moment), database.to_offset(moment), "at {moment}");
    }
}
