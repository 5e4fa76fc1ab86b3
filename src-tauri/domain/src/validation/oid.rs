//! ISO object identifiers (OIDs) in dotted decimal: the connection points' and organisations'
//! identifiers. At least two arcs, digits only, no arc with a leading zero (`0` alone is fine),
//! and a first arc of 0, 1 or 2 (ITU-T X.660). Finland's arc is `1.2.246`; an OID outside it is
//! allowed (foreign vendors' arcs exist) but worth a second look, so it is a warning.

/// What is wrong with an OID, or what is unusual about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OidCheck {
    Valid,
    /// Well-formed, but not under Finland's arc `1.2.246`.
    OutsideFinland,
    Invalid,
}

/// Longer than any real OID; keeps pasted junk out.
pub const MAX_CHARS: usize = 200;

pub fn check(text: &str) -> OidCheck {
    if !is_well_formed(text) {
        OidCheck::Invalid
    } else if text == "1.2.246" || text.starts_with("1.2.246.") {
        OidCheck::Valid
    } else {
        OidCheck::OutsideFinland
    }
}

fn is_well_formed(text: &str) -> bool {
    let arcs: Vec<&str> = text.split('.').collect();
    let arc_ok = |arc: &&str| {
        !arc.is_empty() && arc.bytes().all(|b| b.is_ascii_digit()) && (arc.len() == 1 || !arc.starts_with('0'))
    };
    text.len() <= MAX_CHARS && arcs.len() >= 2 && arcs.iter().all(arc_ok) && matches!(arcs[0], "0" | "1" | "2")
}

/// For the field tables: invalid, or (a warning) outside Finland's arc.
pub fn check_code(value: &str) -> Option<super::ValidationCode> {
    match check(value) {
        OidCheck::Valid => None,
        OidCheck::OutsideFinland => Some(super::ValidationCode::OidOutsideFinland),
        OidCheck::Invalid => Some(super::ValidationCode::Oid),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_finnish_oids_pass() {
        for ok in [
            "1.2.246.10.2430960.10.0.13.3", // the guide's connection point
            "1.2.246.10.2048198",           // JHS 159: Y-tunnus 0204819-8
            "1.2.246.537.6.202.2008",       // THL's SOTE organisation register
            "1.2.246.537.6.203.2014",       // Valvira's register of independent practitioners
            "1.2.246.10.31415938.10.0",
        ] {
            assert_eq!(check(ok), OidCheck::Valid, "{ok}");
        }
    }

    #[test]
    fn foreign_arcs_are_a_warning() {
        assert_eq!(check("2.16.840.1.113883.3.1"), OidCheck::OutsideFinland);
        assert_eq!(check("1.2.752.129.2.1.4.1"), OidCheck::OutsideFinland, "Sweden");
        assert_eq!(check("1.2.2460.1"), OidCheck::OutsideFinland, "not a prefix match");
        assert_eq!(check("0.0"), OidCheck::OutsideFinland);
    }

    #[test]
    fn malformed_oids_fail() {
        for bad in [
            "",
            "1",
            "1.2.246.",
            ".1.2.246",
            "1..2",
            "1.2.246.010",
            "1.2.246.10.2430960.10.0.13.3 ",
            "1,2,246",
            "3.1.2",
            "1.2.246.a",
            "1.2.-246",
            "１.２",
        ] {
            assert_eq!(check(bad), OidCheck::Invalid, "{bad:?}");
        }
        assert_eq!(
            check(&format!("1.2.246.{}", "1.".repeat(100).trim_end_matches('.'))),
            OidCheck::Invalid
        );
    }
}
