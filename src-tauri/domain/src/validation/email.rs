//! E-mail addresses. The syntax is the email_address crate's (RFC 5321/5322, without display
//! names or IP-literal domains, which nobody types into a form); on top of it we ask for what
//! catches real typos: a domain with a dot and a top-level label of letters. Internationalised
//! domains (`häme.fi`) and local parts (`päivi@`) are accepted.

use email_address::{EmailAddress, Options};

pub fn is_valid(value: &str) -> bool {
    let options = Options::default()
        .with_required_tld()
        .without_display_text()
        .without_domain_literal();
    if EmailAddress::parse_with_options(value, options).is_err() {
        return false;
    }
    let Some((_, domain)) = value.rsplit_once('@') else {
        return false;
    };
    let label_ok = |l: &str| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-');
    let tld_ok = domain
        .rsplit('.')
        .next()
        .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
    domain.split('.').all(label_ok) && tld_ok
}

/// For the field tables.
pub fn check(value: &str) -> Option<super::ValidationCode> {
    (!is_valid(value)).then_some(super::ValidationCode::Email)
}

/// Trims the address and lower-cases its domain: domains are case-insensitive, and one form
/// makes addresses comparable. The local part is left as typed (RFC 5321 lets servers tell
/// cases apart there).
pub fn normalise(value: &str) -> String {
    let value = value.trim();
    match value.rsplit_once('@') {
        Some((local, domain)) => format!("{local}@{}", domain.to_lowercase()),
        None => value.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_addresses_pass() {
        for ok in [
            "asiakaspalvelu@organisaatio.fi",
            "ahkera.arkistonhoitaja@organisaatio.fi",
            "kirjaamo@kela.fi",
            "first+tag@sub.example.com",
            "o'brien@example.ie",
            "päivi@yritys.fi",
            "info@häme.fi",
        ] {
            assert!(is_valid(ok), "{ok}");
        }
    }

    #[test]
    fn typos_fail() {
        for bad in [
            "",
            "no-at-sign.fi",
            "two@@example.fi",
            "a@b@example.fi",
            "space in@example.fi",
            "name@example",
            "name@example.",
            "name@.example.fi",
            "name@example..fi",
            "name@-example.fi",
            "name@example.f1",
            ".name@example.fi",
            "na..me@example.fi",
            "@example.fi",
            "Anna <anna@example.fi>",
            "anna@[192.168.0.1]",
            "anna@example.fi ",
        ] {
            assert!(!is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn the_domain_is_lower_cased_and_the_local_part_kept() {
        assert_eq!(
            normalise("  Anna.Virtanen@Organisaatio.FI "),
            "Anna.Virtanen@organisaatio.fi"
        );
        assert_eq!(normalise("not an address"), "not an address");
    }
}
