//! Organisation profiles: the customer data and contacts an organisation's applications share,
//! stored once per organisation (keyed by its business ID) as JSON.

use rusqlite::{params, OptionalExtension};

use super::{now_ms, Database, StorageError};
use kanta_domain::model::OrganisationProfile;

impl Database {
    /// The stored profile of the organisation, if it has one.
    pub fn organisation(&self, id: &str) -> Result<Option<OrganisationProfile>, StorageError> {
        let json: Option<String> = self
            .conn()
            .query_row("SELECT profile FROM organisations WHERE id = ?1", [id], |row| {
                row.get(0)
            })
            .optional()?;
        json.as_deref().map(parse_profile).transpose()
    }

    /// Every stored profile, the most recently changed first.
    pub fn organisations(&self) -> Result<Vec<OrganisationProfile>, StorageError> {
        let mut stmt = self
            .conn()
            .prepare("SELECT profile FROM organisations ORDER BY updated_at DESC, id")?;
        let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
        rows.map(|json| parse_profile(&json?)).collect()
    }

    pub fn save_organisation(&self, id: &str, profile: &OrganisationProfile) -> Result<(), StorageError> {
        self.conn().execute(
            "INSERT INTO organisations (id, profile, updated_at) VALUES (?1, ?2, ?3) \
             ON CONFLICT (id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at",
            params![
                id,
                serde_json::to_string(profile).expect("a profile serialises"),
                now_ms()
            ],
        )?;
        Ok(())
    }
}

fn parse_profile(json: &str) -> Result<OrganisationProfile, StorageError> {
    // Never quote the stored text: it holds names and phone numbers.
    serde_json::from_str(json).map_err(|e| StorageError::UnreadableOrganisation {
        reason: format!("{:?} error at line {} column {}", e.classify(), e.line(), e.column()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use kanta_domain::model::{CustomerData, CustomerType};

    #[test]
    fn a_profile_is_stored_once_per_organisation_and_replaced_on_save() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path(), &crate::test_support::test_key()).unwrap();
        assert_eq!(db.organisation("3141593-8").unwrap(), None);
        let mut profile = OrganisationProfile {
            customer_type: CustomerType::Pharmacy,
            customer: CustomerData {
                post_office: "Vasa".into(),
                ..Default::default()
            },
            ..Default::default()
        };
        db.save_organisation("3141593-8", &profile).unwrap();
        profile.customer.post_office = "Vaasa".into();
        db.save_organisation("3141593-8", &profile).unwrap();
        assert_eq!(db.organisation("3141593-8").unwrap(), Some(profile));
        assert_eq!(db.organisation("2449489-3").unwrap(), None);
    }
}
