//! Finnish postal codes: five digits, Åland (22xxx) included.

pub fn is_valid(value: &str) -> bool {
    value.len() == 5 && value.bytes().all(|b| b.is_ascii_digit())
}

/// For the field tables.
pub fn check(value: &str) -> Option<super::ValidationCode> {
    (!is_valid(value)).then_some(super::ValidationCode::PostalCode)
}

#[cfg(test)]
mod tests {
    #[test]
    fn five_digits_only() {
        for ok in ["00100", "22100", "99999", "01010"] {
            assert!(super::is_valid(ok), "{ok}");
        }
        for bad in ["0010", "001000", "00 100", "FI-00100", "abcde", "００１００"] {
            assert!(!super::is_valid(bad), "{bad}");
        }
    }
}
