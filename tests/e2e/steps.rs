//! Filling in the wizard's steps as a user does, and checking each screen: axe-core and a
//! screenshot in the current language, then the same in the other language after a live switch,
//! and back. Expected texts come from the app's own Fluent catalog, so a reworded message
//! changes the tests' expectations with it.

use kanta_domain::Language;
use kanta_i18n::Catalog;

use crate::harness::{field, App};

pub const SWEDISH: &str = "sv_FI.UTF-8";
pub const FINNISH: &str = "fi_FI.UTF-8";

/// A message of the app in `lang`.
pub fn text(lang: Language, id: &str) -> String {
    static CATALOG: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CATALOG
        .get_or_init(|| Catalog::embedded().unwrap())
        .format(lang, id, None)
}

/// A message with arguments.
pub fn text_with(lang: Language, id: &str, args: &[(&str, &str)]) -> String {
    let mut fluent = fluent_bundle::FluentArgs::new();
    for (name, value) in args {
        fluent.set(*name, *value);
    }
    Catalog::embedded().unwrap().format(lang, id, Some(&fluent))
}

pub fn other(lang: Language) -> Language {
    match lang {
        Language::Fi => Language::Sv,
        Language::Sv => Language::Fi,
    }
}

impl App {
    /// The language the page is in now.
    pub async fn language(&self) -> Language {
        let tag = self.script("return document.documentElement.lang").await;
        Language::from_tag(tag.as_str().unwrap()).expect("fi or sv")
    }

    /// Switches the language with the header's switch and waits until the page has followed.
    pub async fn switch_to(&self, lang: Language) {
        self.click(&format!("lang-{}", lang.tag())).await;
        self.eventually("the page follows the language switch", || async {
            self.language().await == lang
        })
        .await;
    }

    /// Waits for the wizard to show `step` (by its title in the current language).
    pub async fn expect_step(&self, step: &str) {
        let lang = self.language().await;
        self.expect_text("step-heading", &text(lang, &format!("step-{step}")))
            .await;
        assert_eq!(
            self.attr(&format!("step-{step}"), "data-current").await.as_deref(),
            Some("true")
        );
    }

    /// axe-core and a screenshot of the screen in the current language and, after a live
    /// switch, in the other; then back. `name`: the screen's name in the screenshot files.
    pub async fn check_screen_in_both_languages(&self, name: &str) {
        let first = self.language().await;
        for lang in [first, other(first)] {
            if lang != first {
                self.switch_to(lang).await;
            }
            self.expect_accessible(&format!("{name} ({})", lang.tag())).await;
            self.screenshot(&format!("{}-{name}", lang.tag())).await;
        }
        self.switch_to(first).await;
    }

    /// Logs in with the header's button as a test person of the built-in test environment.
    pub async fn log_in_as(&self, person: &str) {
        self.click("log-in").await;
        self.log_in_in_dialog(person).await;
    }

    /// In the open login dialog: picks the test person and logs in; waits for the header.
    pub async fn log_in_in_dialog(&self, person: &str) {
        self.click(&format!("test-person-{person}")).await;
        self.click("login-submit").await;
        self.wait_for("identity").await;
    }

    /// "Save and continue" (or the step's own primary button) and wait for `next`.
    pub async fn continue_to(&self, next: &str) {
        self.click("save-and-continue").await;
        self.expect_step(next).await;
    }

    pub async fn tick(&self, testid: &str) {
        self.click(testid).await;
    }

    pub async fn fill(&self, path: &str, value: &str) {
        self.type_into(&field(path), value).await;
    }

    /// Connection point `i`: its OID and its systems.
    pub async fn fill_connection_point(&self, i: usize, oid: &str, systems: &[&str]) {
        if !self.exists(&format!("connection-point-{i}")).await {
            self.click("add-connection-point").await;
        }
        self.fill(&format!("application.connectionPoints[{i}].oid"), oid).await;
        for system in systems {
            let group = field(&format!("application.connectionPoints[{i}].systems"));
            self.tick(&format!("{group}-{system}")).await;
        }
    }

    /// The Client Data Archive's service usage: the sample list's first entry of each part.
    pub async fn fill_service_usage(&self) {
        for (group, code) in SERVICE_USAGE {
            self.tick(&service_usage_choice(group, code)).await;
        }
    }

    /// Imports the Client Data Archive example from the start screen and saves each step up to
    /// the service description (the first that asks for a login).
    pub async fn import_client_data_archive_example(&self) {
        let example =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/examples/client-data-archive.json");
        self.choose_file("import-file", &example).await;
        self.click("import-confirm").await;
        self.expect_step("instructions").await;
        self.click("start").await;
        for step in ["connection-points", "service-usage", "customer-data", "contacts"] {
            self.expect_step(step).await;
            self.click("save-and-continue").await;
        }
        self.expect_step("service-description").await;
    }

    /// Ticks the service description and the commitment, each with "save and continue", and
    /// waits for the summary.
    pub async fn accept_and_sign(&self) {
        self.expect_step("service-description").await;
        self.tick(&field("application.serviceDescription")).await;
        self.continue_to("commitment").await;
        self.tick(&field("application.commitment")).await;
        self.continue_to("summary").await;
    }

    pub async fn fill_customer_data(&self, customer: &Customer) {
        for (key, value) in [
            ("streetAddress", customer.street),
            ("postalCode", customer.postal_code),
            ("postOffice", customer.post_office),
            ("email", customer.email),
            ("phone", customer.phone),
        ] {
            self.fill(&format!("organisation.customer.{key}"), value).await;
        }
    }

    /// Adds contact `i` as a person with these roles.
    pub async fn add_person(&self, i: usize, person: &Person, common: &[&str], service_roles: &[&str]) {
        self.click("add-contact").await;
        let at = |f: &str| format!("organisation.contacts[{i}].{f}");
        self.wait_for(&field(&at("firstName"))).await;
        self.fill(&at("firstName"), person.first).await;
        self.fill(&at("lastName"), person.last).await;
        self.fill(&at("phone"), person.phone).await;
        self.fill(&at("email"), person.email).await;
        for role in common {
            self.tick(&format!("{}-{role}", field(&at("commonRoles")))).await;
        }
        for role in service_roles {
            self.tick(&format!("{}-{role}", field(&at("serviceRoles")))).await;
        }
        if let Some(card) = person.card {
            self.fill(&at("certificateCard"), card).await;
        }
    }

    /// The contacts step's live list of roles nobody holds yet.
    pub async fn missing_roles(&self) -> Vec<String> {
        let value = self
            .script("return [...document.querySelectorAll('[data-testid=\"missing-role\"]')].map(e => e.textContent.trim())")
            .await;
        serde_json::from_value(value).unwrap()
    }

    /// The texts of the error summary's entries.
    pub async fn error_summary_entries(&self) -> Vec<String> {
        self.wait_for("error-summary").await;
        let value = self
            .script("return [...document.querySelectorAll('[data-testid=\"error-summary\"] li')].map(e => e.textContent.trim())")
            .await;
        serde_json::from_value(value).unwrap()
    }
}

pub struct Customer {
    pub street: &'static str,
    pub postal_code: &'static str,
    pub post_office: &'static str,
    pub email: &'static str,
    pub phone: &'static str,
}

pub struct Person {
    pub first: &'static str,
    pub last: &'static str,
    pub phone: &'static str,
    pub email: &'static str,
    pub card: Option<&'static str>,
}

/// What `fill_service_usage` chooses: (part, code).
pub const SERVICE_USAGE: [(&str, &str); 3] = [
    ("systemProfile", "sample-producing-application"),
    ("documentGroups", "sample-phase-2-documents"),
    ("serviceTasks", "sample-working-age-services"),
];

/// The test id of a service usage choice.
pub fn service_usage_choice(part: &str, code: &str) -> String {
    format!("{}-{code}", field(&format!("application.serviceUsage.{part}")))
}

/// Every common role, as the UI names them in test ids.
pub const ALL_COMMON_ROLES: [&str; 4] = [
    "administrative-contact",
    "data-protection-officer",
    "technical-contact",
    "disturbance-notice-recipient",
];
