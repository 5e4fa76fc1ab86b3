//! The Y-tunnus (business ID): seven digits, a hyphen and a check digit, `NNNNNNN-C`.
//!
//! The check digit: weights 7, 9, 10, 5, 8, 4, 2 over the digits, sum mod 11 = r; r = 0 gives 0,
//! r = 1 is never issued, otherwise 11 - r (`../shared/notes/formats.md`). Old six-digit IDs are
//! written with a leading zero; we accept them without it and store the seven-digit form.

use std::fmt;

const WEIGHTS: [u32; 7] = [7, 9, 10, 5, 8, 4, 2];

/// A Y-tunnus whose check digit is right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BusinessId {
    digits: [u8; 7],
    check: u8,
}

/// Why a text is not a Y-tunnus: the shape, or the check digit (usually a typo).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BusinessIdError {
    Format,
    CheckDigit,
}

impl BusinessId {
    /// Reads `1234567-8` (white space around it forgiven) or the old `123456-7`.
    pub fn parse(text: &str) -> Result<BusinessId, BusinessIdError> {
        let (body, check) = text.trim().split_once('-').ok_or(BusinessIdError::Format)?;
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(body) || !(6..=7).contains(&body.len()) || check.len() != 1 || !all_digits(check) {
            return Err(BusinessIdError::Format);
        }
        let mut digits = [0u8; 7];
        for (slot, b) in digits.iter_mut().rev().zip(body.bytes().rev()) {
            *slot = b - b'0';
        }
        let id = BusinessId {
            digits,
            check: check.as_bytes()[0] - b'0',
        };
        match check_digit(&digits) {
            Some(c) if c == id.check => Ok(id),
            _ => Err(BusinessIdError::CheckDigit),
        }
    }

    /// Builds one from its seven digits, if they can carry a check digit at all.
    pub fn from_digits(digits: [u8; 7]) -> Option<BusinessId> {
        if digits.iter().any(|d| *d > 9) {
            return None;
        }
        check_digit(&digits).map(|check| BusinessId { digits, check })
    }

    /// The eight digits without the hyphen, as in OVT e-invoice addresses (`12345678`).
    pub fn eight_digits(&self) -> String {
        self.to_string().replace('-', "")
    }
}

/// The check digit for seven digits, or `None` when the remainder is 1 (never issued).
pub fn check_digit(digits: &[u8; 7]) -> Option<u8> {
    let sum: u32 = digits.iter().zip(WEIGHTS).map(|(d, w)| u32::from(*d) * w).sum();
    match sum % 11 {
        0 => Some(0),
        1 => None,
        r => Some((11 - r) as u8),
    }
}

impl fmt::Display for BusinessId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in self.digits {
            write!(f, "{d}")?;
        }
        write!(f, "-{}", self.check)
    }
}

/// For the field tables.
pub fn check(value: &str) -> Option<super::ValidationCode> {
    match BusinessId::parse(value) {
        Ok(_) => None,
        Err(BusinessIdError::Format) => Some(super::ValidationCode::BusinessId),
        Err(BusinessIdError::CheckDigit) => Some(super::ValidationCode::BusinessIdCheckDigit),
    }
}

/// The seven-digit form of a valid ID (`246246-0` → `0246246-0`); anything else trimmed. Text
/// copied from documents often carries a typographic dash (`0246246–0`): it is read as a hyphen.
pub fn normalise(value: &str) -> String {
    let value: String = value
        .trim()
        .chars()
        .map(|c| {
            if matches!(c, '\u{2010}'..='\u{2015}' | '\u{2212}') {
                '-'
            } else {
                c
            }
        })
        .collect();
    BusinessId::parse(&value).map_or(value, |id| id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn public_companies_ids_pass() {
        // Kela, Nokia, Kesko, Stora Enso, Helsingin kaupunki, Elisa, Telia Finland, UPM, Fortum.
        let ids = [
            "0246246-0",
            "0112038-9",
            "0109862-8",
            "1039050-8",
            "0201256-6",
            "0116510-6",
            "1475607-9",
            "1041090-0",
            "1463611-4",
        ];
        for ok in ids {
            assert_eq!(
                BusinessId::parse(ok).map(|id| id.to_string()),
                Ok(ok.to_string()),
                "{ok}"
            );
        }
    }

    #[test]
    fn old_six_digit_ids_gain_their_leading_zero() {
        assert_eq!(BusinessId::parse(" 246246-0 ").unwrap().to_string(), "0246246-0");
    }

    #[test]
    fn typographic_dashes_are_read_as_hyphens() {
        assert_eq!(normalise(" 0246246\u{2013}0"), "0246246-0");
        assert_eq!(normalise("246246\u{2011}0"), "0246246-0");
        assert_eq!(normalise(" not an id "), "not an id");
    }

    #[test]
    fn typos_are_told_apart_from_shapes() {
        assert_eq!(BusinessId::parse("0246246-1"), Err(BusinessIdError::CheckDigit));
        assert_eq!(
            BusinessId::parse("0246426-0"),
            Err(BusinessIdError::CheckDigit),
            "swapped digits"
        );
        for bad in [
            "",
            "02462460",
            "0246246-",
            "-0",
            "0246246-00",
            "12345678-9",
            "02462A6-0",
            "0246246 0",
            "٠٢٤٦٢٤٦-٠",
        ] {
            assert_eq!(BusinessId::parse(bad), Err(BusinessIdError::Format), "{bad}");
        }
    }

    #[test]
    fn remainder_one_is_never_valid() {
        // 0010001: 1·10 + 1·2 = 12, remainder 1.
        let digits = [0, 0, 1, 0, 0, 0, 1];
        assert_eq!(check_digit(&digits), None);
        assert_eq!(BusinessId::from_digits(digits), None);
        for c in 0..=9 {
            assert_eq!(
                BusinessId::parse(&format!("0010001-{c}")),
                Err(BusinessIdError::CheckDigit)
            );
        }
    }

    proptest! {
        #[test]
        fn a_valid_id_survives_formatting_and_parsing(digits in proptest::array::uniform7(0u8..10)) {
            if let Some(id) = BusinessId::from_digits(digits) {
                let text = id.to_string();
                prop_assert_eq!(BusinessId::parse(&text), Ok(id));
                prop_assert_eq!(BusinessId::parse(&format!("  {text}\t")), Ok(id));
                prop_assert_eq!(id.eight_digits().len(), 8);
            }
        }

        #[test]
        fn any_text_parses_or_fails_without_panicking(text in "\\PC*") {
            let _ = BusinessId::parse(&text);
        }

        #[test]
        fn one_changed_digit_is_always_caught(digits in proptest::array::uniform7(0u8..10), at in 0usize..7, delta in 1u8..10) {
            if let Some(id) = BusinessId::from_digits(digits) {
                let mut changed = digits;
                changed[at] = (changed[at] + delta) % 10;
                let text = format!("{}-{}", changed.iter().map(|d| d.to_string()).collect::<String>(), id.check);
                prop_assert!(BusinessId::parse(&text).is_err());
            }
        }
    }
}
