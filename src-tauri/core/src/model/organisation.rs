//! The organisation as the base registers know it (THL's SOTE organisation register, Valvira's
//! register of independent practitioners, the pharmacy register). Read-only to the user: errors
//! in it are reported to the register's keeper, not fixed in the application.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RegisterData {
    pub name: String,
    /// Business ID, `NNNNNNN-C`.
    pub business_id: String,
    pub oid: String,
}
