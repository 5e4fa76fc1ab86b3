//! E-mail addresses. Deliberately lenient on the local part (RFC 5321 allows much that users
//! never type, and rejecting a real address is worse than accepting an odd one) but strict on
//! what catches real typos: one `@`, no spaces, and a domain with a dot and a real top-level
//! label. Internationalised domains (`ä.fi`) are accepted.

pub fn is_valid(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    if local.is_empty() || local.len() > 64 || domain.contains('@') || value.len() > 254 {
        return false;
    }
    if local.chars().any(|c| c.is_whitespace() || c.is_control())
        || local.starts_with('.')
        || local.ends_with('.')
        || local.contains("..")
    {
        return false;
    }
    let labels: Vec<&str> = domain.split('.').collect();
    let label_ok = |l: &&str| {
        !l.is_empty()
            && l.chars().count() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.chars().all(|c| c.is_alphanumeric() || c == '-')
    };
    let tld_ok = labels
        .last()
        .is_some_and(|tld| tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic));
    labels.len() >= 2 && labels.iter().all(label_ok) && tld_ok
}

#[cfg(test)]
mod tests {
    #[test]
    fn real_addresses_pass() {
        for ok in [
            "asiakaspalvelu@organisaatio.fi",
            "ahkera.arkistonhoitaja@organisaatio.fi",
            "first+tag@sub.example.com",
            "o'brien@example.ie",
            "päivi@yritys.fi",
            "info@häme.fi",
        ] {
            assert!(super::is_valid(ok), "{ok}");
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
        ] {
            assert!(!super::is_valid(bad), "{bad}");
        }
    }
}
