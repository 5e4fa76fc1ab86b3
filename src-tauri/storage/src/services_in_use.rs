//! The services an organisation uses already, as the Kanta service last answered for each, with
//! when that answer was fetched: the summary of current data opens from here offline. A newer
//! answer replaces the older one; nothing here is edited by the user.

use rusqlite::{params, OptionalExtension};

use super::{Database, StorageError};
use kanta_domain::{
    codes,
    model::{Service, ServiceInUse},
};

/// A service's data as last fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    pub data: ServiceInUse,
    /// Milliseconds since the Unix epoch.
    pub fetched_at_ms: i64,
}

impl Database {
    /// The organisation's `service` as last fetched, if it ever was.
    pub fn service_in_use(&self, organisation: &str, service: Service) -> Result<Option<Fetched>, StorageError> {
        let row: Option<(String, i64)> = self
            .conn()
            .query_row(
                "SELECT data, fetched_at FROM services_in_use WHERE organisation = ?1 AND service = ?2",
                params![organisation, codes::name(&service)],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        row.map(|(json, fetched_at_ms)| {
            // Never quote the stored text: it holds names and phone numbers.
            let data = serde_json::from_str(&json).map_err(|e| StorageError::UnreadableServiceData {
                reason: format!("{:?} error at line {} column {}", e.classify(), e.line(), e.column()),
            })?;
            Ok(Fetched { data, fetched_at_ms })
        })
        .transpose()
    }

    /// Keeps the service's answer, fetched at `fetched_at_ms`, in place of the one before.
    pub fn save_service_in_use(
        &self,
        organisation: &str,
        data: &ServiceInUse,
        fetched_at_ms: i64,
    ) -> Result<(), StorageError> {
        self.conn().execute(
            "INSERT INTO services_in_use (organisation, service, data, fetched_at) VALUES (?1, ?2, ?3, ?4) \
             ON CONFLICT (organisation, service) DO UPDATE SET data = excluded.data, fetched_at = excluded.fetched_at",
            params![
                organisation,
                codes::name(&data.service),
                serde_json::to_string(data).expect("service data serialises"),
                fetched_at_ms
            ],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kanta_domain::test_environment::{self, IN_USE_ORGANISATION};

    #[test]
    fn the_latest_answer_is_kept_per_organisation_and_service_across_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let key = crate::test_support::test_key();
        let rx = test_environment::service_in_use(IN_USE_ORGANISATION, Service::Prescription).unwrap();
        let pdr = test_environment::service_in_use(IN_USE_ORGANISATION, Service::PatientDataRepository).unwrap();
        {
            let db = Database::open_in(dir.path(), &key).unwrap();
            assert_eq!(
                db.service_in_use(IN_USE_ORGANISATION, Service::Prescription).unwrap(),
                None
            );
            db.save_service_in_use(IN_USE_ORGANISATION, &rx, 1_000).unwrap();
            let mut newer = rx.clone();
            newer.contacts.pop();
            db.save_service_in_use(IN_USE_ORGANISATION, &newer, 2_000).unwrap();
            db.save_service_in_use(IN_USE_ORGANISATION, &pdr, 3_000).unwrap();
        }
        let db = Database::open_in(dir.path(), &key).unwrap();
        let fetched = db
            .service_in_use(IN_USE_ORGANISATION, Service::Prescription)
            .unwrap()
            .unwrap();
        assert_eq!(fetched.fetched_at_ms, 2_000);
        assert_eq!(fetched.data.contacts.len(), rx.contacts.len() - 1, "the newer answer");
        assert_eq!(
            db.service_in_use(IN_USE_ORGANISATION, Service::PatientDataRepository)
                .unwrap()
                .unwrap()
                .data,
            pdr
        );
        assert_eq!(db.service_in_use("3141593-8", Service::Prescription).unwrap(), None);
    }
}
