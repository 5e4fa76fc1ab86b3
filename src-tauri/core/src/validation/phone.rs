//! Phone numbers, in national (`040 123 4567`) or international (`+358 40 123 4567`) form, checked
//! against libphonenumber's data (the phonenumber crate): Finnish number ranges vary in length
//! and no simple pattern tells a real one from a typo. Foreign numbers in `+` form are accepted.

use phonenumber::country;

pub fn is_valid(value: &str) -> bool {
    phonenumber::parse(Some(country::Id::FI), value).is_ok_and(|number| phonenumber::is_valid(&number))
}

#[cfg(test)]
mod tests {
    #[test]
    fn finnish_and_international_numbers_pass() {
        for ok in [
            "040 123 4567",
            "0401234567",
            "+358 40 123 4567",
            "+358401234567",
            "09 1234 567",
            "010 020 020",
            "+46 8 123 456 78",
        ] {
            assert!(super::is_valid(ok), "{ok}");
        }
    }

    #[test]
    fn typos_fail() {
        for bad in ["12", "040", "abc", "+358", "040 123 4567 8901 2", "not a number"] {
            assert!(!super::is_valid(bad), "{bad}");
        }
    }
}
