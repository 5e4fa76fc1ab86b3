//! The built-in test environment the app starts in on a fresh machine: it needs no server, no
//! account and no network. Everything here is fictional and is shown as a test environment.

use crate::model::{CustomerType, RegisterData};

/// The test organisation provides social services.
pub const CUSTOMER_TYPE: CustomerType = CustomerType::SocialCareOrganisation;

/// The organisation the user acts for in the test environment. The business ID carries a valid
/// check digit (3141593 → 8) so that validation treats it like a real one; the OID follows
/// JHS 159 (`1.2.246.10.` + the business ID's digits) with the operating unit's `.10.0`.
pub fn organisation() -> RegisterData {
    RegisterData {
        name: "Mäntylän Sosiaalipalvelut Oy (testi)".into(),
        business_id: "3141593-8".into(),
        oid: "1.2.246.10.31415938.10.0".into(),
    }
}
