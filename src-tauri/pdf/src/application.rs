//! The whole application for the customer's archive: every section of it, as the summary page
//! shows it, then the identifiers. Code-list entries are named in the document's language.

use jiff::Timestamp;
use printpdf::PdfDocument;

use super::{
    layout::{Style, Writer},
    Printed, Texts,
};
use kanta_domain::{
    codelists::{self, ListId},
    model::{contact::ContactKind, ApplicationFile, Contact},
    step::StepId,
    Language,
};
use kanta_i18n::messages;

pub(super) fn write(file: &ApplicationFile, texts: &Texts, now: Timestamp) -> Printed {
    let app = &file.application;
    let title = texts.text(&messages::pdf_application_title(texts.code("service", &app.service)));
    let mut doc = PdfDocument::new(&title);
    let mut w = Writer::new(&mut doc);
    super::title(&mut w, texts, &title, now);
    w.row(
        &texts.text(&messages::pdf_status()),
        &texts.code("application-status", &app.status),
    );

    let ctx = kanta_domain::rules::context(&file.organisation, app);
    for step in kanta_domain::wizard::sections_of(ctx) {
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
        "" => texts.text(&messages::summary_empty()),
        v => v.to_owned(),
    };
    let names = |list: ListId, codes: &[String]| match codes.is_empty() {
        true => texts.text(&messages::summary_empty()),
        false => codes
            .iter()
            .map(|code| code_name(list, code, texts.lang))
            .collect::<Vec<_>>()
            .join(", "),
    };
    match step {
        StepId::ConnectionPoints => {
            if app.connection_points.is_empty() {
                w.paragraph(Style::Body, &texts.text(&messages::summary_empty()));
            }
            for (i, point) in app.connection_points.iter().enumerate() {
                w.heading(
                    Style::Subheading,
                    &texts.text(&messages::connection_point_heading((i + 1).to_string())),
                );
                w.row(&texts.text(&messages::connection_point_oid()), &given(&point.oid));
                w.row(
                    &texts.text(&messages::summary_systems()),
                    &names(ListId::InformationSystems, &point.systems),
                );
                if point.renewal_requests {
                    w.paragraph(Style::Body, &texts.text(&messages::summary_renewal_requests()));
                }
            }
        }
        StepId::ServiceUsage => {
            let usage = &app.service_usage;
            let profile = match usage.system_profile.is_empty() {
                true => texts.text(&messages::summary_empty()),
                false => code_name(ListId::SystemProfiles, &usage.system_profile, texts.lang),
            };
            w.row(&texts.text(&messages::service_usage_system_profile()), &profile);
            w.row(
                &texts.text(&messages::service_usage_document_groups()),
                &names(ListId::DocumentGroups, &usage.document_groups),
            );
            w.row(
                &texts.text(&messages::service_usage_service_tasks()),
                &names(ListId::ServiceTasks, &usage.service_tasks),
            );
        }
        StepId::CustomerData => {
            let customer = &org.customer;
            w.row(&texts.text(&messages::customer_name()), &org.register.name);
            w.row(
                &texts.text(&messages::customer_business_id()),
                &org.register.business_id,
            );
            w.row(&texts.text(&messages::customer_oid()), &org.register.oid);
            w.row(
                &texts.text(&messages::customer_street_address()),
                &given(&customer.street_address),
            );
            w.row(
                &texts.text(&messages::customer_postal_code()),
                &given(&customer.postal_code),
            );
            w.row(
                &texts.text(&messages::customer_post_office()),
                &given(&customer.post_office),
            );
            w.row(&texts.text(&messages::customer_email()), &given(&customer.email));
            w.row(&texts.text(&messages::customer_phone()), &given(&customer.phone));
        }
        StepId::Contacts => {
            if org.contacts.is_empty() {
                w.paragraph(Style::Body, &texts.text(&messages::summary_empty()));
            }
            for contact in &org.contacts {
                contact_rows(w, contact, file, texts);
            }
        }
        StepId::Billing => {
            let billing = &app.billing;
            let language = match billing.language {
                Some(Language::Fi) => texts.text(&messages::billing_language_fi()),
                Some(Language::Sv) => texts.text(&messages::billing_language_sv()),
                None => texts.text(&messages::summary_empty()),
            };
            w.row(&texts.text(&messages::billing_language()), &language);
            w.row(
                &texts.text(&messages::billing_e_invoice_address()),
                &given(&billing.e_invoice_address),
            );
            w.row(
                &texts.text(&messages::billing_operator_id()),
                &given(&billing.operator_id),
            );
            w.row(
                &texts.text(&messages::billing_invoice_reference()),
                &given(&billing.invoice_reference),
            );
            w.row(&texts.text(&messages::billing_address()), &given(&billing.address));
            w.row(
                &texts.text(&messages::billing_postal_code()),
                &given(&billing.postal_code),
            );
            w.row(
                &texts.text(&messages::billing_post_office()),
                &given(&billing.post_office),
            );
        }
        StepId::ServiceDescription => {
            let text = match &app.service_description {
                Some(a) => texts.text(&messages::service_description_accepted_by(
                    &a.accepted_by,
                    texts.time(a.accepted_at),
                )),
                None => texts.text(&messages::summary_empty()),
            };
            w.paragraph(Style::Body, &text);
        }
        StepId::Commitment => {
            let text = match &app.commitment {
                Some(c) => texts.text(&messages::commitment_signed_by(
                    texts.code("signing-basis", &c.basis),
                    &c.signed_by,
                    texts.time(c.signed_at),
                )),
                None => texts.text(&messages::summary_empty()),
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
        "" => texts.text(&messages::summary_empty()),
        n => n.to_owned(),
    };
    w.heading(Style::Subheading, &name);
    let kind = match contact.kind {
        ContactKind::Person => messages::contact_kind_person(),
        ContactKind::Organisation => messages::contact_kind_organisation(),
    };
    w.row(&texts.text(&messages::contact_kind()), &texts.text(&kind));
    w.row(&texts.text(&messages::contact_phone()), &contact.phone);
    w.row(&texts.text(&messages::contact_email()), &contact.email);
    if !contact.certificate_card.is_empty() {
        w.row(
            &texts.text(&messages::contact_certificate_card()),
            &contact.certificate_card,
        );
    }
    let roles = |names: Vec<String>| match names.is_empty() {
        true => "–".to_owned(),
        false => names.join(", "),
    };
    w.row(
        &texts.text(&messages::contact_common_roles()),
        &roles(contact.common_roles.iter().map(|r| texts.code("role", r)).collect()),
    );
    let service = file.application.service;
    w.row(
        &texts.text(&messages::contact_service_roles(texts.code("service", &service))),
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
