//! E-invoice addresses (verkkolaskuosoite) and operator IDs (välittäjän tunnus).
//!
//! An e-invoice address is an OVT code (`0037` + the Y-tunnus as 8 digits + an optional suffix of
//! up to 5 letters or digits) or, with some banks, the customer's IBAN. An operator ID is the
//! operator's own OVT code (`003721291126`) or a bank's BIC (`DABAFIHH`). Both are normalised
//! to their electronic form: no spaces, IBANs and BICs upper-case (`../shared/notes/formats.md`).

use super::business_id::{BusinessId, BusinessIdError};

/// A recognised e-invoice address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// Carries the Y-tunnus it names, so it can be compared with the customer's.
    Ovt(BusinessId),
    Iban,
}

/// A recognised operator ID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operator {
    Ovt(BusinessId),
    Bic,
}

/// Why a text is neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not the shape of any accepted form.
    Format,
    /// An OVT code whose Y-tunnus part has a wrong check digit: a typo.
    OvtCheckDigit,
}

/// Removes the spaces people type in groups; IBANs and BICs are upper-case in electronic form.
pub fn normalise(text: &str) -> String {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.starts_with(|c: char| c.is_ascii_alphabetic()) {
        compact.to_ascii_uppercase()
    } else {
        compact
    }
}

/// Reads a normalised OVT code: `0037`, 8 digits of a Y-tunnus, up to 5 letters or digits.
pub fn parse_ovt(text: &str) -> Result<BusinessId, Problem> {
    let rest = text.strip_prefix("0037").ok_or(Problem::Format)?;
    if !(12..=17).contains(&text.len()) || !text.is_ascii() {
        return Err(Problem::Format);
    }
    let (digits, suffix) = rest.split_at(8);
    if !digits.bytes().all(|b| b.is_ascii_digit()) || !suffix.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(Problem::Format);
    }
    BusinessId::parse(&format!("{}-{}", &digits[..7], &digits[7..])).map_err(|e| match e {
        BusinessIdError::CheckDigit => Problem::OvtCheckDigit,
        BusinessIdError::Format => Problem::Format,
    })
}

/// Reads a normalised e-invoice address.
pub fn parse_address(text: &str) -> Result<Address, Problem> {
    if text.starts_with("0037") {
        return parse_ovt(text).map(Address::Ovt);
    }
    text.parse::<iban::Iban>()
        .map(|_| Address::Iban)
        .map_err(|_| Problem::Format)
}

/// Reads a normalised operator ID.
pub fn parse_operator(text: &str) -> Result<Operator, Problem> {
    if text.starts_with("0037") {
        return parse_ovt(text).map(Operator::Ovt);
    }
    if is_bic(text) {
        Ok(Operator::Bic)
    } else {
        Err(Problem::Format)
    }
}

/// ISO 9362: 4 letters (the bank), 2 letters (the country), 2 letters or digits (the place),
/// optionally 3 more (the branch). There is no check digit to verify.
fn is_bic(text: &str) -> bool {
    let b = text.as_bytes();
    (b.len() == 8 || b.len() == 11)
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && b[6..].iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> BusinessId {
        BusinessId::parse(text).unwrap()
    }

    #[test]
    fn real_ovt_addresses_name_their_business_id() {
        assert_eq!(parse_address("003702462460"), Ok(Address::Ovt(id("0246246-0"))), "Kela");
        assert_eq!(
            parse_address("003702012566"),
            Ok(Address::Ovt(id("0201256-6"))),
            "Helsinki"
        );
        assert_eq!(
            parse_address("00370201256610100"),
            Ok(Address::Ovt(id("0201256-6"))),
            "with a suffix"
        );
        assert_eq!(
            parse_address(&normalise(" 0037 0201 2566 ")),
            Ok(Address::Ovt(id("0201256-6")))
        );
    }

    #[test]
    fn ibans_are_checked_by_their_check_digits() {
        // The Finnish example IBAN of the Federation of Finnish Financial Services.
        assert_eq!(parse_address(&normalise("fi21 1234 5600 0007 85")), Ok(Address::Iban));
        assert_eq!(
            parse_address("FI2112345600000786"),
            Err(Problem::Format),
            "one digit off"
        );
    }

    #[test]
    fn broken_addresses_fail() {
        assert_eq!(parse_address("003702462461"), Err(Problem::OvtCheckDigit));
        for bad in [
            "",
            "0037",
            "00370246246",
            "003702462460123456",
            "0037024624600-1",
            "0037O2462460",
            "abc",
        ] {
            assert_eq!(parse_address(bad), Err(Problem::Format), "{bad}");
        }
    }

    #[test]
    fn operators_are_ovt_codes_or_bics() {
        assert_eq!(
            parse_operator("003721291126"),
            Ok(Operator::Ovt(id("2129112-6"))),
            "Maventa"
        );
        assert_eq!(
            parse_operator("003723327487"),
            Ok(Operator::Ovt(id("2332748-7"))),
            "Apix"
        );
        for bic in [
            "DABAFIHH",
            "NDEAFIHH",
            "OKOYFIHH",
            "HANDFIHH",
            "AABAFI22",
            "DABAFIHHXXX",
        ] {
            assert_eq!(parse_operator(bic), Ok(Operator::Bic), "{bic}");
        }
        assert_eq!(normalise("dabafihh"), "DABAFIHH");
        for bad in [
            "",
            "DABAFI",
            "DABAFIHHX",
            "DABA1IHH",
            "dabafihh",
            "0037212911",
            "ÄBAFIHH1",
        ] {
            assert_eq!(parse_operator(bad), Err(Problem::Format), "{bad}");
        }
    }
}
