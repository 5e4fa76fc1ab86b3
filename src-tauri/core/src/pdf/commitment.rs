//! The signed commitment: the customer, the commitment text (the app's summary, marked as such,
//! as the wizard shows it), the statement the signer ticked, who signed, on what basis and when,
//! and the identifiers a reader checks the page against.

use jiff::Timestamp;
use printpdf::PdfDocument;

use super::{
    layout::{Style, Writer},
    Printed, Texts,
};
use crate::model::ApplicationFile;

pub(super) fn write(file: &ApplicationFile, texts: &Texts, now: Timestamp) -> Printed {
    let title = texts.get("commitment-heading");
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

    w.heading(Style::Heading, &texts.get("pdf-customer-heading"));
    w.row(&texts.get("customer-name"), &register.name);
    w.row(&texts.get("customer-business-id"), &register.business_id);
    w.row(&texts.get("customer-oid"), &register.oid);
    let address = format!(
        "{}\n{} {}",
        customer.street_address, customer.postal_code, customer.post_office
    );
    w.row(&texts.get("pdf-address"), address.trim());

    w.heading(Style::Heading, &texts.get("pdf-commitment-text-heading"));
    w.paragraph(Style::Strong, &texts.get("summary-of-document"));
    w.paragraph(Style::Small, &texts.get("summary-of-document-note"));
    w.space(6.0);
    w.paragraph(Style::Body, &texts.get("commitment-text"));
    w.heading(Style::Subheading, &texts.get("commitment-terms-heading"));
    w.paragraph(Style::Body, &texts.get("commitment-terms"));
    w.space(4.0);
    w.paragraph(
        Style::Small,
        &texts.with("commitment-version", &[("version", commitment.text_version.clone())]),
    );

    w.heading(Style::Heading, &texts.get("pdf-signature-heading"));
    w.row(&texts.get("pdf-statement"), &texts.get("commitment-sign"));
    w.row(&texts.get("pdf-signer"), &commitment.signed_by);
    w.row(&texts.get("pdf-basis"), &texts.code("signing-basis", &commitment.basis));
    w.row(&texts.get("pdf-signed-at"), &texts.time(commitment.signed_at));

    super::identifiers(&mut w, file, texts);
    Printed {
        pages: super::finish(w, texts, &title, file),
        title,
        doc,
    }
}
