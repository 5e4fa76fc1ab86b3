//! The signed commitment: the customer, the commitment text (the app's summary, marked as such,
//! as the wizard shows it), the statement the signer ticked, who signed, on what basis and when,
//! and the identifiers a reader checks the page against.

use jiff::Timestamp;
use printpdf::PdfDocument;

use super::{
    layout::{Style, Writer},
    Printed, Texts,
};
use kanta_domain::model::ApplicationFile;
use kanta_i18n::messages;

pub(super) fn write(file: &ApplicationFile, texts: &Texts, now: Timestamp) -> Printed {
    let title = texts.text(&messages::commitment_heading());
    let mut doc = PdfDocument::new(&title);
    let mut w = Writer::new(&mut doc);
    let register = &file.organisation.register;
    let customer = &file.organisation.customer;
    let commitment = file
        .application
        .commitment
        .as_ref()
        .expect("check_printable: a commitment is signed");

    super::title(&mut w, texts, &title, now);

    w.heading(Style::Heading, &texts.text(&messages::pdf_customer_heading()));
    w.row(&texts.text(&messages::customer_name()), &register.name);
    w.row(&texts.text(&messages::customer_business_id()), &register.business_id);
    w.row(&texts.text(&messages::customer_oid()), &register.oid);
    let address = format!(
        "{}\n{} {}",
        customer.street_address, customer.postal_code, customer.post_office
    );
    w.row(&texts.text(&messages::pdf_address()), address.trim());

    w.heading(Style::Heading, &texts.text(&messages::pdf_commitment_text_heading()));
    w.paragraph(Style::Strong, &texts.text(&messages::summary_of_document()));
    w.paragraph(Style::Small, &texts.text(&messages::summary_of_document_note()));
    w.space(6.0);
    w.paragraph(Style::Body, &texts.text(&messages::commitment_text()));
    w.heading(Style::Subheading, &texts.text(&messages::commitment_terms_heading()));
    w.paragraph(Style::Body, &texts.text(&messages::commitment_terms()));
    w.space(4.0);
    w.paragraph(
        Style::Small,
        &texts.text(&messages::commitment_version(&commitment.text_version)),
    );

    w.heading(Style::Heading, &texts.text(&messages::pdf_signature_heading()));
    w.row(
        &texts.text(&messages::pdf_statement()),
        &texts.text(&messages::commitment_sign()),
    );
    w.row(&texts.text(&messages::pdf_signer()), &commitment.signed_by);
    w.row(
        &texts.text(&messages::pdf_basis()),
        &texts.code("signing-basis", &commitment.basis),
    );
    w.row(
        &texts.text(&messages::pdf_signed_at()),
        &texts.time(commitment.signed_at),
    );

    super::identifiers(&mut w, file, texts);
    Printed {
        pages: super::finish(w, texts, &title, file),
        title,
        doc,
    }
}
