//! E-invoice addresses (verkkolaskuosoite) and operator IDs (välittäjän tunnus).
//!
//! What customers really type, from the details Finnish organisations publish on their
//! "laskutustiedot" pages:
//! - an e-invoice address is usually an OVT code (`0037` + the Y-tunnus as 8 digits + an optional
//!   suffix of up to 5 letters or digits), with some banks the customer's IBAN, and more and more
//!   a Peppol participant id, which for an OVT code is `0216:` and the code;
//! - an operator ID is usually the operator's own OVT code (`003721291126` Maventa,
//!   `003708599126` OpenText) or a bank's BIC (`DABAFIHH`); some operators publish a code of
//!   the BIC's shape that is no bank's (`BAWCFI22` Basware), and some one of their own shape
//!   (`E204503` OpusCapita, `INEXCHANGE`, `CREDIFLOW`).
//!
//! So the check is in three tiers. Certainly wrong (an error): characters no address or code
//! has, an OVT code that is not one (wrong length, a Y-tunnus part with a wrong check digit),
//! an IBAN whose check digits fail, something too short to be any of them, or an IBAN typed as
//! the operator. Recognised: the shapes above. Anything else made of letters and digits is
//! unusual and may be right (an operator's code this table does not know, a foreign address):
//! the caller warns and lets the user send.
//!
//! Both are normalised to their electronic form: no spaces, letters upper-case, and the hyphen
//! of a Y-tunnus copied into an OVT code (`0037 2332748-7`) removed (`../shared/notes/formats.md`).

use super::business_id::{BusinessId, BusinessIdError};

/// A recognised e-invoice address.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Address {
    /// An OVT code, alone or as a Peppol id (`0216:`); carries the Y-tunnus it names, so it can
    /// be compared with the customer's.
    Ovt(BusinessId),
    Iban,
    /// Letters and digits in no shape this module knows (a foreign or other Peppol id): may be
    /// right, worth a look.
    Unusual,
}

/// A recognised operator ID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Operator {
    Ovt(BusinessId),
    /// A bank's BIC, or an operator's code of that shape.
    Bic,
    /// An operator code of its own shape that operators publish (`KNOWN_OPERATOR_CODES`).
    Known,
    /// Letters and digits in no known shape: may be right, worth a look.
    Unusual,
}

/// Why a text is certainly not an address or an operator ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Not the shape of any accepted form, and not one that could be right.
    Format,
    /// An OVT code whose Y-tunnus part has a wrong check digit: a typo.
    OvtCheckDigit,
    /// An account number (IBAN) in the operator field: it is an address, and the operator is
    /// the bank's BIC.
    IbanAsOperator,
}

/// Operator codes of neither the OVT nor the BIC shape, as the operators publish them (Tieke's
/// list of e-invoice operators).
pub const KNOWN_OPERATOR_CODES: &[&str] = &["E204503", "INEXCHANGE", "CREDIFLOW"];

/// The Peppol scheme (ICD) for OVT codes.
const PEPPOL_OVT_SCHEME: &str = "0216:";

/// The shortest text of letters and digits taken as a possible address or code; shorter ones
/// are certainly typos (the shortest published operator code has 7 characters).
const SHORTEST_UNUSUAL: usize = 5;

/// Removes the spaces people type in groups and a Y-tunnus's hyphen inside an OVT code;
/// letters are upper-case in electronic form.
pub fn normalise(text: &str) -> String {
    let mut compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    // `0037` + seven digits + `-` + a digit: the Y-tunnus copied as it is written.
    let b = compact.as_bytes();
    if compact.starts_with("0037")
        && b.len() >= 13
        && b[4..11].iter().all(u8::is_ascii_digit)
        && b[11] == b'-'
        && b[12].is_ascii_digit()
    {
        compact.remove(11);
    }
    compact
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
    let text = text.strip_prefix(PEPPOL_OVT_SCHEME).unwrap_or(text);
    if text.starts_with("0037") {
        return parse_ovt(text).map(Address::Ovt);
    }
    if looks_like_iban(text) {
        return text
            .parse::<iban::Iban>()
            .map(|_| Address::Iban)
            .map_err(|_| Problem::Format);
    }
    // Another Peppol scheme (`0088:` a GLN, `0007:` a Swedish organisation number, ...).
    let id = match text.split_once(':') {
        Some((scheme, id)) if scheme.len() == 4 && scheme.bytes().all(|b| b.is_ascii_digit()) => id,
        _ => text,
    };
    unusual(id).map(|()| Address::Unusual)
}

/// Reads a normalised operator ID.
pub fn parse_operator(text: &str) -> Result<Operator, Problem> {
    if text.starts_with("0037") {
        return parse_ovt(text).map(Operator::Ovt);
    }
    if is_bic(text) {
        return Ok(Operator::Bic);
    }
    if KNOWN_OPERATOR_CODES.contains(&text) {
        return Ok(Operator::Known);
    }
    if looks_like_iban(text) && text.parse::<iban::Iban>().is_ok() {
        return Err(Problem::IbanAsOperator);
    }
    unusual(text).map(|()| Operator::Unusual)
}

/// Two letters (a country) and two check digits, then at least 11 more: the shape of every
/// IBAN (15 to 34 characters), which no OVT code or operator code has.
fn looks_like_iban(text: &str) -> bool {
    let b = text.as_bytes();
    (15..=34).contains(&b.len())
        && b[..2].iter().all(u8::is_ascii_uppercase)
        && b[2..4].iter().all(u8::is_ascii_digit)
        && b[4..].iter().all(u8::is_ascii_alphanumeric)
}

/// ISO 9362: 4 letters (the bank), 2 letters (the country), 2 letters or digits (the place),
/// optionally 3 more (the branch). There is no check digit to verify.
fn is_bic(text: &str) -> bool {
    let b = text.as_bytes();
    (b.len() == 8 || b.len() == 11)
        && b[..6].iter().all(u8::is_ascii_uppercase)
        && b[6..].iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Letters and digits, long enough to be a code someone published: unusual, not wrong.
fn unusual(text: &str) -> Result<(), Problem> {
    if text.len() >= SHORTEST_UNUSUAL && text.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(())
    } else {
        Err(Problem::Format)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> BusinessId {
        BusinessId::parse(text).unwrap()
    }

    fn address(typed: &str) -> Result<Address, Problem> {
        parse_address(&normalise(typed))
    }

    fn operator(typed: &str) -> Result<Operator, Problem> {
        parse_operator(&normalise(typed))
    }

    #[test]
    fn real_ovt_addresses_name_their_business_id() {
        assert_eq!(address("003702462460"), Ok(Address::Ovt(id("0246246-0"))), "Kela");
        assert_eq!(address("003702012566"), Ok(Address::Ovt(id("0201256-6"))), "Helsinki");
        assert_eq!(
            address("00370201256610100"),
            Ok(Address::Ovt(id("0201256-6"))),
            "with a suffix"
        );
        assert_eq!(
            address(" 0037 0201 2566 "),
            Ok(Address::Ovt(id("0201256-6"))),
            "in groups"
        );
        assert_eq!(
            address("0037 0201256-6"),
            Ok(Address::Ovt(id("0201256-6"))),
            "with the Y-tunnus copied as written"
        );
        assert_eq!(normalise("0037 2332748-7 abc"), "003723327487ABC");
        assert_eq!(
            address("0216:003723327487"),
            Ok(Address::Ovt(id("2332748-7"))),
            "as a Peppol id"
        );
    }

    #[test]
    fn ibans_are_checked_by_their_check_digits() {
        // The Finnish example IBAN of the Federation of Finnish Financial Services.
        assert_eq!(address("fi21 1234 5600 0007 85"), Ok(Address::Iban));
        assert_eq!(address("FI2112345600000786"), Err(Problem::Format), "one digit off");
    }

    #[test]
    fn other_addresses_of_letters_and_digits_are_unusual_not_wrong() {
        for other in ["0088:5790000435968", "5790000435968", "FI23327487", "0007:5567321707"] {
            assert_eq!(address(other), Ok(Address::Unusual), "{other}");
        }
    }

    #[test]
    fn broken_addresses_fail() {
        assert_eq!(address("003702462461"), Err(Problem::OvtCheckDigit));
        assert_eq!(address("0216:003702462461"), Err(Problem::OvtCheckDigit));
        for bad in [
            "",
            "0037",
            "00370246246",
            "003702462460123456",
            "0037024624600-1",
            "0037O2462460",
            "abc",
            "laskut@example.fi",
            "https://example.fi",
            "0216:",
        ] {
            assert_eq!(address(bad), Err(Problem::Format), "{bad}");
        }
    }

    #[test]
    fn operators_publish_ovt_codes_and_bics() {
        assert_eq!(operator("003721291126"), Ok(Operator::Ovt(id("2129112-6"))), "Maventa");
        assert_eq!(operator("003723327487"), Ok(Operator::Ovt(id("2332748-7"))), "Apix");
        assert_eq!(
            operator("0037 0859 9126"),
            Ok(Operator::Ovt(id("0859912-6"))),
            "OpenText"
        );
        for bic in [
            "DABAFIHH",
            "NDEAFIHH",
            "OKOYFIHH",
            "HANDFIHH",
            "AABAFI22",
            "DABAFIHHXXX",
            "dabafihh",
            "BAWCFI22", // Basware: the shape of a BIC, no bank's
        ] {
            assert_eq!(operator(bic), Ok(Operator::Bic), "{bic}");
        }
        for own in ["E204503", "e 204503", "InExchange", "CREDIFLOW"] {
            assert_eq!(operator(own), Ok(Operator::Known), "{own}");
        }
    }

    #[test]
    fn an_operator_code_of_another_shape_is_unusual_not_wrong() {
        for other in ["PAGERO", "DABAFI", "DABAFIHHX", "DABA1IHH", "E1234567"] {
            assert_eq!(operator(other), Ok(Operator::Unusual), "{other}");
        }
    }

    #[test]
    fn broken_operators_fail() {
        assert_eq!(operator("003721291127"), Err(Problem::OvtCheckDigit));
        assert_eq!(operator("FI21 1234 5600 0007 85"), Err(Problem::IbanAsOperator));
        for bad in [
            "",
            "0037212911",
            "ÄBAFIHH1",
            "2129112-6",
            "ABC",
            "maventa.fi",
            "E-204503",
        ] {
            assert_eq!(operator(bad), Err(Problem::Format), "{bad}");
        }
    }
}
