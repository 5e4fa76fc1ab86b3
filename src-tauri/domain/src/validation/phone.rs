//! Phone numbers, in national (`040 123 4567`) or international (`+358 40 123 4567`) form, checked
//! against libphonenumber's data (the phonenumber crate): Finnish number ranges vary in length
//! and no simple pattern tells a real one from a typo. Foreign numbers in `+` form are accepted.
//! The stored form is E.164 (`+358401234567`): one form whatever the user typed.

use phonenumber::{country, Mode, PhoneNumber, Type};

/// Loads libphonenumber's data and Finland's patterns, which happens once per process on first
/// use and takes about 125 ms in a release build (issue 9's measurements): the app calls this on
/// a thread of its own at start, so that the first wizard does not wait for it.
pub fn prepare() {
    let _ = is_valid("+358 40 123 4567");
}

fn parse(value: &str) -> Option<PhoneNumber> {
    phonenumber::parse(Some(country::Id::FI), value)
        .ok()
        .filter(phonenumber::is_valid)
}

pub fn is_valid(value: &str) -> bool {
    parse(value).is_some()
}

/// For the field tables.
pub fn check(value: &str) -> Option<super::ValidationCode> {
    (!is_valid(value)).then_some(super::ValidationCode::Phone)
}

/// Can the number take text messages? libphonenumber knows Finland's mobile ranges (040-050,
/// 0457...); where a range serves both (`FixedLineOrMobile`) we give the benefit of the doubt.
pub fn can_take_sms(value: &str) -> bool {
    parse(value).is_some_and(|n| {
        matches!(
            n.number_type(&phonenumber::metadata::DATABASE),
            Type::Mobile | Type::FixedLineOrMobile
        )
    })
}

/// The E.164 form of a valid number; anything else trimmed, so the user sees what they typed.
pub fn normalise(value: &str) -> String {
    match parse(value) {
        Some(number) => number.format().mode(Mode::E164).to_string(),
        None => value.trim().to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_and_international_numbers_pass() {
        for ok in [
            "040 123 4567",
            "0401234567",
            "+358 40 123 4567",
            "+358401234567",
            "09 1234 567",
            "010 020 020",
            "020 634 11",   // Kela's customer service number
            "029 516 0000", // a state agency's switchboard
            "+46 8 123 456 78",
        ] {
            assert!(is_valid(ok), "{ok}");
        }
    }

    #[test]
    fn typos_fail() {
        for bad in ["12", "040", "abc", "+358", "040 123 4567 8901 2", "not a number", ""] {
            assert!(!is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn mobile_numbers_take_sms_and_landlines_do_not() {
        for mobile in ["040 123 4567", "050 123 4567", "+358 45 7123 4567", "044 987 6543"] {
            assert!(can_take_sms(mobile), "{mobile}");
        }
        for landline in ["09 1234 567", "010 020 020", "020 634 11", "017 123 4567"] {
            assert!(!can_take_sms(landline), "{landline}");
        }
        assert!(!can_take_sms("not a number"));
    }

    #[test]
    fn numbers_are_stored_in_e164() {
        assert_eq!(normalise(" 040 123 4567 "), "+358401234567");
        assert_eq!(normalise("+358 (0)9 1234 567"), "+35891234567");
        assert_eq!(normalise("  12 "), "12");
        assert_eq!(
            normalise("040\u{a0}123\u{a0}4567"),
            "+358401234567",
            "no-break spaces from a web page"
        );
        assert_eq!(normalise("040-123 4567"), "+358401234567");
    }
}
