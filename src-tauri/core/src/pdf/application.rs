//! The whole application for the customer's archive: every section of it, as the summary page
//! shows it, then the identifiers. Code-list entries are named in the document's language.

use jiff::Timestamp;
use printpdf::PdfDocument;

use super::{
    layout::{Style, Writer},
    Printed, Texts,
};
use crate::{
    codelists::{self, ListId},
    model::{contact::ContactKind, ApplicationFile, Contact},
    step::StepId,
    Language,
};

pub(super) fn write(file: &ApplicationFile, texts: &Texts, now: Timestamp) -> Printed {
    let app = &file.application;
    let title = texts.with(
        "pdf-application-title",
        &[("service", texts.code("service", &app.service))],
    );
    let mut doc = PdfDocument::new(&title);
    let mut w = Writer::new(&mut doc);
    super::title(&mut w, texts, &title, now);
    w.row(&texts.get("pdf-status"), &texts.code("application-status", &app.status));

    let ctx = crate::rules::context(&file.organisation, app);
    for step in crate::wizard::sections_of(ctx) {
        w.heading(Style::Heading, &texts.code("step", &step));
        section(&mut w, step, file, texts);
    }
    super::identifiers(&mut w, file, texts);
    Printed {
        pages: super::finish(w, texts, &title, file),
        title,
        doc,
    }
}

fn section(w: &mut Writer, step: StepId, file: &ApplicationFile, texts: &Texts) {
    let app = &file.application;
    let org = &file.organisation;
    let given = |value: &str| match value.trim() {
        "" => texts.get("summary-empty"),
        v => v.to_owned(),
    };
    let names = |list: ListId, codes: &[String]| match codes.is_empty() {
        true => texts.get("summary-empty"),
        false => codes
            .iter()
            .map(|code| code_name(list, code, texts.lang))
            .collect::<Vec<_>>()
            .join(", "),
    };
    match step {
        StepId::ConnectionPoints => {
            if app.connection_points.is_empty() {
                w.paragraph(Style::Body, &texts.get("summary-empty"));
            }
            for (i, point) in app.connection_points.iter().enumerate() {
                w.heading(
                    Style::Subheading,
                    &texts.with("connection-point-heading", &[("number", (i + 1).to_string())]),
                );
                w.row(&texts.get("connection-point-oid"), &given(&point.oid));
                w.row(
                    &texts.get("summary-systems"),
                    &names(ListId::InformationSystems, &point.systems),
                );
                if point.renewal_requests {
                    w.paragraph(Style::Body, &texts.get("summary-renewal-requests"));
                }
            }
        }
        StepId::ServiceUsage => {
            let usage = &app.service_usage;
            let profile = match usage.system_profile.is_empty() {
                true => texts.get("summary-empty"),
                false => code_name(ListId::SystemProfiles, &usage.system_profile, texts.lang),
            };
            w.row(&texts.get("service-usage-system-profile"), &profile);
            w.row(
                &texts.get("service-usage-document-groups"),
                &names(ListId::DocumentGroups, &usage.document_groups),
            );
            w.row(
                &texts.get("service-usage-service-tasks"),
                &names(ListId::ServiceTasks, &usage.service_tasks),
            );
        }
        StepId::CustomerData => {
            let customer = &org.customer;
            w.row(&texts.get("customer-name"), &org.register.name);
            w.row(&texts.get("customer-business-id"), &org.register.business_id);
            w.row(&texts.get("customer-oid"), &org.register.oid);
            w.row(&texts.get("customer-street-address"), &given(&customer.street_address));
            w.row(&texts.get("customer-postal-code"), &given(&customer.postal_code));
            w.row(&texts.get("customer-post-office"), &given(&customer.post_office));
            w.row(&texts.get("customer-email"), &given(&customer.email));
            w.row(&texts.get("customer-phone"), &given(&customer.phone));
        }
        StepId::Contacts => {
            if org.contacts.is_empty() {
                w.paragraph(Style::Body, &texts.get("summary-empty"));
            }
            for contact in &org.contacts {
                contact_rows(w, contact, file, texts);
            }
        }
        StepId::Billing => {
            let billing = &app.billing;
            let language = match billing.language {
                Some(Language::Fi) => texts.get("billing-language-fi"),
                Some(Language::Sv) => texts.get("billing-language-sv"),
                None => texts.get("summary-empty"),
            };
            w.row(&texts.get("billing-language"), &language);
            w.row(
                &texts.get("billing-e-invoice-address"),
                &given(&billing.e_invoice_address),
            );
            w.row(&texts.get("billing-operator-id"), &given(&billing.operator_id));
            w.row(
                &texts.get("billing-invoice-reference"),
                &given(&billing.invoice_reference),
            );
            w.row(&texts.get("billing-address"), &given(&billing.address));
            w.row(&texts.get("billing-postal-code"), &given(&billing.postal_code));
            w.row(&texts.get("billing-post-office"), &given(&billing.post_office));
        }
        StepId::ServiceDescription => {
            let text = match &app.service_description {
                Some(a) => texts.with(
                    "service-description-accepted-by",
                    &[("name", a.accepted_by.clone()), ("time", texts.time(a.accepted_at))],
                ),
                None => texts.get("summary-empty"),
            };
            w.paragraph(Style::Body, &text);
        }
        StepId::Commitment => {
            let text = match &app.commitment {
                Some(c) => texts.with(
                    "commitment-signed-by",
                    &[
                        ("name", c.signed_by.clone()),
                        ("basis", texts.code("signing-basis", &c.basis)),
                        ("time", texts.time(c.signed_at)),
                    ],
                ),
                None => texts.get("summary-empty"),
            };
            w.paragraph(Style::Body, &text);
        }
        StepId::Instructions | StepId::Summary | StepId::Thanks => {}
    }
}

fn contact_rows(w: &mut Writer, contact: &Contact, file: &ApplicationFile, texts: &Texts) {
    let name = match contact.kind {
        ContactKind::Person => format!("{} {}", contact.first_name, contact.last_name),
        ContactKind::Organisation => contact.organisation_name.clone(),
    };
    let name = match name.trim() {
        "" => texts.get("summary-empty"),
        n => n.to_owned(),
    };
    w.heading(Style::Subheading, &name);
    let kind = match contact.kind {
        ContactKind::Person => "contact-kind-person",
        ContactKind::Organisation => "contact-kind-organisation",
    };
    w.row(&texts.get("contact-kind"), &texts.get(kind));
    w.row(&texts.get("contact-phone"), &contact.phone);
    w.row(&texts.get("contact-email"), &contact.email);
    if !contact.certificate_card.is_empty() {
        w.row(&texts.get("contact-certificate-card"), &contact.certificate_card);
    }
    let roles = |names: Vec<String>| match names.is_empty() {
        true => "–".to_owned(),
        false => names.join(", "),
    };
    w.row(
        &texts.get("contact-common-roles"),
        &roles(contact.common_roles.iter().map(|r| texts.code("role", r)).collect()),
    );
    let service = file.application.service;
    w.row(
        &texts.with("contact-service-roles", &[("service", texts.code("service", &service))]),
        &roles(
            contact
                .service_roles
                .get(&service)
                .into_iter()
                .flatten()
                .map(|r| texts.code("role", r))
                .collect(),
        ),
    );
}

/// A code's name in `lang`; the code itself when the list does not know it.
fn code_name(list: ListId, code: &str, lang: Language) -> String {
    codelists::list(list)
        .get(code)
        .map_or_else(|| code.to_owned(), |c| c.name(lang).to_owned())
}
