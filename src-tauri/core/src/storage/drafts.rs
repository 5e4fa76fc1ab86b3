//! Drafts: one organisation's application for one service, with the wizard's progress. Each
//! write is one transaction; a step's save writes the draft and, when the step edits the
//! organisation's shared data, its profile together.

use rusqlite::{params, OptionalExtension, Row};

use super::{now_ms, Database, StorageError};
use crate::{
    model::{draft::DRAFT_FORMAT, Draft, DraftContent, OrganisationProfile},
    wizard::Service,
};

const COLUMNS: &str = "id, organisation, service, content, updated_at";

impl Database {
    /// The organisation's drafts and sent applications, the most recently edited first.
    pub fn drafts_of(&self, organisation: &str) -> Result<Vec<Draft>, StorageError> {
        let mut statement = self.conn().prepare_cached(&format!(
            "SELECT {COLUMNS} FROM drafts WHERE organisation = ?1 ORDER BY updated_at DESC, id DESC"
        ))?;
        let rows = statement
            .query_map([organisation], raw)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows.into_iter().map(decode).collect()
    }

    pub fn draft(&self, id: i64) -> Result<Draft, StorageError> {
        let row = self
            .conn()
            .query_row(&format!("SELECT {COLUMNS} FROM drafts WHERE id = ?1"), [id], raw)
            .optional()?
            .ok_or(StorageError::DraftNotFound(id))?;
        decode(row)
    }

    pub fn insert_draft(&self, organisation: &str, content: &DraftContent) -> Result<Draft, StorageError> {
        let now = now_ms();
        let service = content.application.service;
        self.conn().execute(
            "INSERT INTO drafts (organisation, service, status, content, created_at, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![
                organisation,
                service.as_str(),
                crate::codes::name(&content.application.status),
                encode(content),
                now
            ],
        )?;
        Ok(Draft {
            id: self.conn().last_insert_rowid(),
            organisation: organisation.to_owned(),
            service,
            content: content.clone(),
            updated_at_ms: now,
        })
    }

    /// Replaces a draft's content. Returns the new edit time.
    pub fn update_draft(&self, id: i64, content: &DraftContent) -> Result<i64, StorageError> {
        let now = now_ms();
        let changed = self.conn().execute(
            "UPDATE drafts SET content = ?2, status = ?3, updated_at = ?4 WHERE id = ?1",
            params![
                id,
                encode(content),
                crate::codes::name(&content.application.status),
                now
            ],
        )?;
        if changed == 0 {
            return Err(StorageError::DraftNotFound(id));
        }
        Ok(now)
    }

    /// Saves a draft and, when given, its organisation's profile in one transaction: a step
    /// that edits the shared data is never half stored. Updates the draft's edit time.
    pub fn save_draft_with_organisation(
        &self,
        draft: &mut Draft,
        profile: Option<&OrganisationProfile>,
    ) -> Result<(), StorageError> {
        let tx = self.conn().unchecked_transaction()?;
        if let Some(profile) = profile {
            self.save_organisation(&draft.organisation, profile)?;
        }
        draft.updated_at_ms = self.update_draft(draft.id, &draft.content)?;
        tx.commit()?;
        Ok(())
    }
}

type RawDraft = (i64, String, String, String, i64);

fn raw(row: &Row) -> rusqlite::Result<RawDraft> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?))
}

fn encode(content: &DraftContent) -> String {
    serde_json::to_string(content).expect("draft content always serialises")
}

fn decode((id, organisation, service, json, updated_at_ms): RawDraft) -> Result<Draft, StorageError> {
    let unreadable = |reason: String| StorageError::UnreadableDraft { id, reason };
    let service: Service =
        crate::codes::parse(&service).ok_or_else(|| unreadable(format!("unknown service {service}")))?;
    // Read the version first, so that a newer draft is named as such rather than as a shape error.
    #[derive(serde::Deserialize)]
    struct Version {
        format: u32,
    }
    // serde_json's messages can quote the offending value, which may be personal data: keep
    // only the kind of error and where it is.
    let describe =
        |e: serde_json::Error| format!("{:?} error at line {} column {}", e.classify(), e.line(), e.column());
    let version: Version = serde_json::from_str(&json).map_err(|e| unreadable(describe(e)))?;
    if version.format != DRAFT_FORMAT {
        return Err(unreadable(format!(
            "format {} is not this version's {DRAFT_FORMAT}",
            version.format
        )));
    }
    let content: DraftContent = serde_json::from_str(&json).map_err(|e| unreadable(describe(e)))?;
    if content.application.service != service {
        return Err(unreadable("the content is for another service".into()));
    }
    Ok(Draft {
        id,
        organisation,
        service,
        content,
        updated_at_ms,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{model::ApplicationStatus, wizard::StepId};

    const ORG: &str = "3141593-8";

    fn content() -> DraftContent {
        let mut content = DraftContent::new(Service::ClientDataArchive);
        content.current_step = StepId::CustomerData;
        content.application.service_usage.system_profile = "sample-producing-application".into();
        content
    }

    #[test]
    fn a_draft_survives_closing_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let content = content();
        let id = {
            let db = Database::open_in(dir.path()).unwrap();
            assert_eq!(db.drafts_of(ORG).unwrap(), vec![]);
            db.insert_draft(ORG, &content).unwrap().id
        };
        let db = Database::open_in(dir.path()).unwrap();
        let draft = db.draft(id).unwrap();
        assert_eq!(draft.content, content);
        assert_eq!(draft.organisation, ORG);
        assert_eq!(draft.service, Service::ClientDataArchive);
        assert_eq!(db.drafts_of(ORG).unwrap(), vec![draft]);
        assert_eq!(
            db.drafts_of("2449489-3").unwrap(),
            vec![],
            "another organisation's list"
        );
    }

    #[test]
    fn updating_replaces_the_content_and_the_listed_status() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path()).unwrap();
        let draft = db
            .insert_draft(ORG, &DraftContent::new(Service::ClientDataArchive))
            .unwrap();
        let mut sent = content();
        sent.application.status = ApplicationStatus::WaitingToBeSent;
        db.update_draft(draft.id, &sent).unwrap();
        assert_eq!(db.draft(draft.id).unwrap().status(), ApplicationStatus::WaitingToBeSent);
        assert_eq!(db.draft(draft.id).unwrap().content, sent);
        let status: String = db
            .conn()
            .query_row("SELECT status FROM drafts WHERE id = ?1", [draft.id], |r| r.get(0))
            .unwrap();
        assert_eq!(status, "waiting-to-be-sent", "the listed status follows the content");
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
            .insert_draft(ORG, &DraftContent::new(Service::ClientDataArchive))
            .unwrap()
            .id;
        for content in [
            r#"{"format":99,"currentStep":"instructions"}"#,
            "not json",
            r#"{"format":2,"currentStep":"instructions","application":{"service":"prescription"}}"#,
        ] {
            db.conn()
                .execute("UPDATE drafts SET content = ?1 WHERE id = ?2", params![content, id])
                .unwrap();
            assert!(
                matches!(db.draft(id), Err(StorageError::UnreadableDraft { .. })),
                "{content}"
            );
        }
    }
}
