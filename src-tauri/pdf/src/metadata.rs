//! The document's own information, and saving. printpdf writes the information dictionary
//! (title, author, subject, keywords, creator, producer, dates, identifier); the language it
//! does not write, so it is put in the catalog (`/Lang`) through lopdf, with the viewer told to
//! show the title rather than the file name. printpdf's XMP packet is not written: its template
//! claims PDF/X and does not escape the title for XML.

use jiff::Timestamp;
use lopdf::Object;
use printpdf::{PdfDocumentInfo, PdfSaveOptions};

use super::{Printed, Texts};
use kanta_domain::{model::ApplicationFile, Language};
use kanta_i18n::messages;

pub(super) fn save(printed: Printed, texts: &Texts, file: &ApplicationFile, now: Timestamp) -> Vec<u8> {
    let Printed { title, pages, mut doc } = printed;
    let register = &file.organisation.register;
    let service = texts.code("service", &file.application.service);
    let when = printpdf::OffsetDateTime::from_unix_timestamp(now.as_second()).expect("a time after 1970");
    doc.metadata.info = PdfDocumentInfo {
        document_title: title,
        author: register.name.clone(),
        subject: texts.text(&messages::pdf_subject(&register.business_id, &register.name, &service)),
        keywords: vec!["Kanta".to_owned(), service, register.business_id.clone()],
        creator: format!("Kanta Extranet desktop {}", env!("CARGO_PKG_VERSION")),
        producer: "printpdf".to_owned(),
        identifier: super::application_id(file),
        creation_date: when,
        modification_date: when,
        metadata_date: when,
        ..PdfDocumentInfo::default()
    };
    doc.with_pages(pages);
    let mut warnings = Vec::new();
    let mut pdf = doc.to_lopdf_document(&PdfSaveOptions::default(), &mut warnings);
    for warning in &warnings {
        tracing::debug!(?warning, "printpdf");
    }
    // printpdf always writes a PDF/X version key, empty here; readers take its presence for a
    // PDF/X claim, which this file does not make.
    if let Ok(info) = pdf.trailer.get(b"Info").and_then(Object::as_reference) {
        if let Ok(dict) = pdf.get_object_mut(info).and_then(Object::as_dict_mut) {
            dict.remove(b"GTS_PDFXVersion");
        }
    }
    let catalog = pdf.catalog_mut().expect("printpdf writes a catalog");
    let lang = match texts.lang {
        Language::Fi => "fi-FI",
        Language::Sv => "sv-FI",
    };
    catalog.set("Lang", Object::string_literal(lang));
    let mut preferences = lopdf::Dictionary::new();
    preferences.set("DisplayDocTitle", true);
    catalog.set("ViewerPreferences", preferences);
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes).expect("writing to memory cannot fail");
    bytes
}
