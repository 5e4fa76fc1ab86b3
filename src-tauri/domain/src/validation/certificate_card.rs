//! The certificate card register number (varmennekortin rekisterinumero): 11 characters printed
//! on the front of a DVV certificate card, e.g. `11122211121`. Valvira calls it a technical
//! 11-digit number; no checksum is published, so only the length and the digits are checked,
//! and the message points the user to DVV's certificate search to compare the number.

/// Is `text` (already normalised: no spaces) an 11-digit register number?
pub fn is_valid(text: &str) -> bool {
    text.len() == 11 && text.bytes().all(|b| b.is_ascii_digit())
}

/// People copy the number from the card in groups; the spaces and hyphens are not part of it.
pub fn normalise(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '-').collect()
}

/// For the field tables.
pub fn check(value: &str) -> Option<super::ValidationCode> {
    (!is_valid(value)).then_some(super::ValidationCode::CertificateCard)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guides_example_passes_also_when_typed_in_groups() {
        assert!(is_valid("11122211121"));
        assert_eq!(normalise(" 111 222 111-21 "), "11122211121");
    }

    #[test]
    fn other_lengths_and_characters_fail() {
        for bad in [
            "",
            "1112221112",
            "111222111211",
            "1112221112A",
            "11122211 21",
            "１１１２２２１１１２１",
        ] {
            assert!(!is_valid(bad), "{bad}");
        }
    }
}
