//! Drafts: insert, read and update, one transaction each.

use rusqlite::{params, OptionalExtension, Row};

use super::{now_ms, Database, StorageError};
use crate::{
    model::{draft::DRAFT_FORMAT, Draft, DraftContent},
    wizard::Service,
};

impl Database {
    /// The most recently edited draft for `service`, if there is one.
    pub fn latest_draft(&self, service: Service) -> Result<Option<Draft>, StorageError> {
        let row = self
            .conn()
            .query_row(
                "SELECT id, content, updated_at FROM drafts WHERE service = ?1 ORDER BY updated_at DESC, id DESC LIMIT 1",
                [service.as_str()],
                raw,
            )
            .optional()?;
        row.map(|raw| decode(service, raw)).transpose()
    }

    pub fn draft(&self, id: i64) -> Result<Draft, StorageError> {
        let (service, raw): (String, RawDraft) = self
            .conn()
            .query_row(
                "SELECT service, id, content, updated_at FROM drafts WHERE id = ?1",
                [id],
                |row| Ok((row.get(0)?, (row.get(1)?, row.get(2)?, row.get(3)?))),
            )
            .optional()?
            .ok_or(StorageError::DraftNotFound(id))?;
        let service = crate::codes::parse(&service).ok_or_else(|| StorageError::UnreadableDraft {
            id,
            reason: format!("unknown service {service}"),
        })?;
        decode(service, raw)
    }

    pub fn insert_draft(&self, service: Service, content: &DraftContent) -> Result<Draft, StorageError> {
        let now = now_ms();
        self.conn().execute(
            "INSERT INTO drafts (service, content, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)",
            params![service.as_str(), encode(content), now],
        )?;
        Ok(Draft {
            id: self.conn().last_insert_rowid(),
            service,
            content: content.clone(),
            updated_at_ms: now,
        })
    }

    /// Replaces a draft's content. Returns the new edit time.
    pub fn update_draft(&self, id: i64, content: &DraftContent) -> Result<i64, StorageError> {
        let now = now_ms();
        let changed = self.conn().execute(
            "UPDATE drafts SET content = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, encode(content), now],
        )?;
        if changed == 0 {
            return Err(StorageError::DraftNotFound(id));
        }
        Ok(now)
    }
}

type RawDraft = (i64, String, i64);

fn raw(row: &Row) -> rusqlite::Result<RawDraft> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?))
}

fn encode(content: &DraftContent) -> String {
    serde_json::to_string(content).expect("draft content always serialises")
}

fn decode(service: Service, (id, json, updated_at_ms): RawDraft) -> Result<Draft, StorageError> {
    // serde_json's messages can quote the offending value, which may be personal data: keep
    // only the kind of error and where it is.
    let content: DraftContent = serde_json::from_str(&json).map_err(|e| StorageError::UnreadableDraft {
        id,
        reason: format!("{:?} error at line {} column {}", e.classify(), e.line(), e.column()),
    })?;
    if content.format > DRAFT_FORMAT {
        return Err(StorageError::UnreadableDraft {
            id,
            reason: format!("format {} is newer than {DRAFT_FORMAT}", content.format),
        });
    }
    Ok(Draft {
        id,
        service,
        content,
        updated_at_ms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{model::CustomerData, wizard::StepId};

    fn content() -> DraftContent {
        let mut content = DraftContent::new();
        content.current_step = StepId::CustomerData;
        content.customer = CustomerData {
            street_address: "Åkerväg 3".into(),
            postal_code: "22100".into(),
            ..Default::default()
        };
        content
    }

    #[test]
    fn a_draft_survives_closing_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let id = {
            let db = Database::open_in(dir.path()).unwrap();
            assert_eq!(db.latest_draft(Service::ClientDataArchive).unwrap(), None);
            db.insert_draft(Service::ClientDataArchive, &content()).unwrap().id
        };
        let db = Database::open_in(dir.path()).unwrap();
        let draft = db.latest_draft(Service::ClientDataArchive).unwrap().unwrap();
        assert_eq!(draft.id, id);
        assert_eq!(draft.content, content());
        assert_eq!(db.draft(id).unwrap(), draft);
        assert_eq!(db.latest_draft(Service::Prescription).unwrap(), None);
    }

    #[test]
    fn updating_replaces_the_content() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path()).unwrap();
        let draft = db
            .insert_draft(Service::ClientDataArchive, &DraftContent::new())
            .unwrap();
        db.update_draft(draft.id, &content()).unwrap();
        assert_eq!(db.draft(draft.id).unwrap().content, content());
        assert!(matches!(
            db.update_draft(draft.id + 1, &content()),
            Err(StorageError::DraftNotFound(_))
        ));
    }

    #[test]
    fn a_draft_from_a_newer_app_or_a_damaged_one_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path()).unwrap();
        let id = db
            .insert_draft(Service::ClientDataArchive, &DraftContent::new())
            .unwrap()
            .id;
        db.conn()
            .execute(
                "UPDATE drafts SET content = ?1 WHERE id = ?2",
                params![r#"{"format":99,"currentStep":"instructions"}"#, id],
            )
            .unwrap();
        assert!(matches!(db.draft(id), Err(StorageError::UnreadableDraft { .. })));
        db.conn()
            .execute("UPDATE drafts SET content = 'not json' WHERE id = ?1", [id])
            .unwrap();
        assert!(matches!(db.draft(id), Err(StorageError::UnreadableDraft { .. })));
    }
}
