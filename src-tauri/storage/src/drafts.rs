//! Drafts: one organisation's application for one service, with the wizard's progress. Each
//! write is one transaction; a step's save writes the draft and, when the step edits the
//! organisation's shared data, its profile together.
//!
//! Each draft's summary (service, status, current step, completed steps) is kept in columns
//! beside the content, written by every write of the content, and read by the lists through a
//! covering index: a list never decrypts or decodes the content.
//!
//! Deleting is in two stages, so that the user can undo right after: a deleted draft is marked
//! and disappears from every read; marked drafts are removed for good at the next start.

use rusqlite::{params, OptionalExtension, Row};

use super::{now_ms, Database, StorageError};
use kanta_domain::{
    model::{draft::DRAFT_FORMAT, ApplicationStatus, Draft, DraftContent, DraftSummary, OrganisationProfile, Service},
    step::StepId,
};

const COLUMNS: &str = "id, organisation, service, content, updated_at";

/// The list: only columns of the `drafts_list` index (schema 5), in its order.
const SUMMARIES: &str = "SELECT id, service, status, current_step, completed_steps, updated_at FROM drafts \
     WHERE organisation = ?1 AND deleted_at IS NULL ORDER BY updated_at DESC, id DESC";

impl Database {
    /// The summaries of the organisation's drafts and sent applications, the most recently
    /// edited first. Reads only the `drafts_list` index.
    pub fn summaries_of(&self, organisation: &str) -> Result<Vec<DraftSummary>, StorageError> {
        let mut statement = self.conn().prepare_cached(SUMMARIES)?;
        let rows = statement.query_map([organisation], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get_ref(1)?.as_str()?.to_owned(),
                row.get_ref(2)?.as_str()?.to_owned(),
                row.get_ref(3)?.as_str()?.to_owned(),
                row.get_ref(4)?.as_str()?.to_owned(),
                row.get::<_, i64>(5)?,
            ))
        })?;
        rows.map(|row| {
            let (id, service, status, current_step, completed, updated_at_ms) = row?;
            let unreadable = |what: &str| StorageError::UnreadableDraft {
                id,
                reason: format!("unknown {what} in its summary"),
            };
            Ok(DraftSummary {
                id,
                service: kanta_domain::codes::parse(&service).ok_or_else(|| unreadable("service"))?,
                status: kanta_domain::codes::parse(&status).ok_or_else(|| unreadable("status"))?,
                current_step: kanta_domain::codes::parse(&current_step).ok_or_else(|| unreadable("step"))?,
                // A step this version does not know (a newer app's) is not counted.
                completed: completed
                    .split(' ')
                    .filter_map(kanta_domain::codes::parse::<StepId>)
                    .collect(),
                updated_at_ms,
            })
        })
        .collect()
    }

    pub fn draft(&self, id: i64) -> Result<Draft, StorageError> {
        let row = self
            .conn()
            .query_row(
                &format!("SELECT {COLUMNS} FROM drafts WHERE id = ?1 AND deleted_at IS NULL"),
                [id],
                raw,
            )
            .optional()?
            .ok_or(StorageError::DraftNotFound(id))?;
        decode(row)
    }

    pub fn insert_draft(&self, organisation: &str, content: &DraftContent) -> Result<Draft, StorageError> {
        let now = now_ms();
        let service = content.application.service;
        let summary = SummaryColumns::of(content);
        self.conn().execute(
            "INSERT INTO drafts (organisation, service, status, current_step, completed_steps, content, \
             created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![
                organisation,
                service.as_str(),
                summary.status,
                summary.current_step,
                summary.completed_steps,
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

    /// Inserts a draft and, when given, its organisation's profile in one transaction.
    pub fn insert_draft_with_organisation(
        &self,
        organisation: &str,
        content: &DraftContent,
        profile: Option<&OrganisationProfile>,
    ) -> Result<Draft, StorageError> {
        self.atomically(|| {
            if let Some(profile) = profile {
                self.save_organisation(organisation, profile)?;
            }
            self.insert_draft(organisation, content)
        })
    }

    /// Replaces a draft's content. Returns the new edit time.
    pub fn update_draft(&self, id: i64, content: &DraftContent) -> Result<i64, StorageError> {
        let now = now_ms();
        let summary = SummaryColumns::of(content);
        let changed = self.conn().execute(
            "UPDATE drafts SET content = ?2, status = ?3, current_step = ?4, completed_steps = ?5, \
             updated_at = ?6 WHERE id = ?1 AND deleted_at IS NULL",
            params![
                id,
                encode(content),
                summary.status,
                summary.current_step,
                summary.completed_steps,
                now
            ],
        )?;
        if changed == 0 {
            return Err(StorageError::DraftNotFound(id));
        }
        Ok(now)
    }

    /// Sets a sent application's status as the service reports it; the edit time stays (the
    /// user did not edit it). Returns the draft with its new status, or `None` when it had that
    /// status already.
    pub fn set_draft_status(&self, id: i64, status: ApplicationStatus) -> Result<Option<Draft>, StorageError> {
        let mut draft = self.draft(id)?;
        if draft.content.application.status == status {
            return Ok(None);
        }
        draft.content.application.status = status;
        self.conn().execute(
            "UPDATE drafts SET content = ?2, status = ?3 WHERE id = ?1",
            params![id, encode(&draft.content), kanta_domain::codes::name(&status)],
        )?;
        Ok(Some(draft))
    }

    /// Saves a draft and, when given, its organisation's profile in one transaction: a step
    /// that edits the shared data is never half stored. Updates the draft's edit time.
    pub fn save_draft_with_organisation(
        &self,
        draft: &mut Draft,
        profile: Option<&OrganisationProfile>,
    ) -> Result<(), StorageError> {
        self.atomically(|| {
            if let Some(profile) = profile {
                self.save_organisation(&draft.organisation, profile)?;
            }
            draft.updated_at_ms = self.update_draft(draft.id, &draft.content)?;
            Ok(())
        })
    }
}

impl Database {
    /// Marks an unsent draft deleted. Sent applications are a record and stay.
    pub fn delete_draft(&self, id: i64) -> Result<(), StorageError> {
        let draft = self.draft(id)?;
        if draft.content.is_sent() {
            return Err(StorageError::SentDraft(id));
        }
        self.conn()
            .execute("UPDATE drafts SET deleted_at = ?2 WHERE id = ?1", params![id, now_ms()])?;
        Ok(())
    }

    /// Brings back a draft of `organisation` deleted since the app started.
    pub fn restore_draft(&self, id: i64, organisation: &str) -> Result<Draft, StorageError> {
        let restored = self.conn().execute(
            "UPDATE drafts SET deleted_at = NULL WHERE id = ?1 AND organisation = ?2 AND deleted_at IS NOT NULL",
            params![id, organisation],
        )?;
        if restored == 0 {
            return Err(StorageError::DraftNotFound(id));
        }
        self.draft(id)
    }
}

/// Removes the drafts marked deleted. Returns how many.
pub(super) fn purge_deleted(conn: &rusqlite::Connection) -> Result<usize, StorageError> {
    Ok(conn.execute("DELETE FROM drafts WHERE deleted_at IS NOT NULL", [])?)
}

type RawDraft = (i64, String, String, String, i64);

fn raw(row: &Row) -> rusqlite::Result<RawDraft> {
    Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?))
}

/// A draft's summary as its columns hold it: codes by name, the completed steps separated by
/// spaces.
pub(super) struct SummaryColumns {
    pub status: String,
    pub current_step: String,
    pub completed_steps: String,
}

impl SummaryColumns {
    pub fn of(content: &DraftContent) -> SummaryColumns {
        let completed: Vec<String> = content
            .completed_steps()
            .iter()
            .map(kanta_domain::codes::name)
            .collect();
        SummaryColumns {
            status: kanta_domain::codes::name(&content.application.status),
            current_step: kanta_domain::codes::name(&content.current_step),
            completed_steps: completed.join(" "),
        }
    }
}

fn encode(content: &DraftContent) -> String {
    serde_json::to_string(content).expect("draft content always serialises")
}

fn decode((id, organisation, service, json, updated_at_ms): RawDraft) -> Result<Draft, StorageError> {
    let unreadable = |reason: String| StorageError::UnreadableDraft { id, reason };
    let service: Service =
        kanta_domain::codes::parse(&service).ok_or_else(|| unreadable(format!("unknown service {service}")))?;
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
    use kanta_domain::{
        model::ApplicationStatus,
        step::{StepId, StepState},
    };

    const ORG: &str = "3141593-8";

    fn content() -> DraftContent {
        let mut content = DraftContent::new(Service::ClientDataArchive);
        content.current_step = StepId::CustomerData;
        content.progress.insert(StepId::Instructions, StepState::Completed);
        content.progress.insert(StepId::CustomerData, StepState::InProgress);
        content.application.service_usage.system_profile = "sample-producing-application".into();
        content
    }

    #[test]
    fn a_draft_survives_closing_the_database() {
        let dir = tempfile::tempdir().unwrap();
        let content = content();
        let id = {
            let db = Database::open_in(dir.path(), &crate::test_support::test_key()).unwrap();
            assert_eq!(db.summaries_of(ORG).unwrap(), vec![]);
            db.insert_draft(ORG, &content).unwrap().id
        };
        let db = Database::open_in(dir.path(), &crate::test_support::test_key()).unwrap();
        let draft = db.draft(id).unwrap();
        assert_eq!(draft.content, content);
        assert_eq!(draft.organisation, ORG);
        assert_eq!(draft.service, Service::ClientDataArchive);
        assert_eq!(db.summaries_of(ORG).unwrap(), vec![draft.summary()]);
        assert_eq!(
            db.summaries_of("2449489-3").unwrap(),
            vec![],
            "another organisation's list"
        );
    }

    #[test]
    fn updating_replaces_the_content_and_the_listed_status() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path(), &crate::test_support::test_key()).unwrap();
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
        let listed = db.summaries_of(ORG).unwrap();
        assert_eq!(listed, vec![db.draft(draft.id).unwrap().summary()]);
        assert_eq!(listed[0].current_step, StepId::CustomerData);
        assert_eq!(listed[0].completed, vec![StepId::Instructions]);
        assert!(matches!(
            db.update_draft(draft.id + 1, &content()),
            Err(StorageError::DraftNotFound(_))
        ));
    }

    /// The list's speed rests on this plan: the index holds every column it reads, in its order.
    #[test]
    fn the_list_reads_only_its_covering_index_in_order() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path(), &crate::test_support::test_key()).unwrap();
        let plan: Vec<String> = db
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {SUMMARIES}"))
            .unwrap()
            .query_map([ORG], |row| row.get(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(plan.len(), 1, "one step, no sort: {plan:?}");
        assert!(plan[0].contains("USING COVERING INDEX drafts_list"), "{plan:?}");
    }

    #[test]
    fn a_deleted_draft_can_be_restored_until_the_next_start() {
        let dir = tempfile::tempdir().unwrap();
        let key = crate::test_support::test_key();
        let (kept, gone) = {
            let db = Database::open_in(dir.path(), &key).unwrap();
            let kept = db.insert_draft(ORG, &content()).unwrap();
            let gone = db.insert_draft(ORG, &DraftContent::new(Service::Prescription)).unwrap();
            db.delete_draft(kept.id).unwrap();
            assert_eq!(db.summaries_of(ORG).unwrap(), vec![gone.summary()]);
            assert!(matches!(db.draft(kept.id), Err(StorageError::DraftNotFound(_))));
            assert!(matches!(
                db.update_draft(kept.id, &content()),
                Err(StorageError::DraftNotFound(_))
            ));
            assert_eq!(db.restore_draft(kept.id, ORG).unwrap().content, kept.content, "undo");
            assert!(matches!(
                db.restore_draft(kept.id, ORG),
                Err(StorageError::DraftNotFound(_))
            ));
            db.delete_draft(gone.id).unwrap();
            (kept, gone)
        };
        let db = Database::open_in(dir.path(), &key).unwrap();
        assert_eq!(db.summaries_of(ORG).unwrap().len(), 1);
        assert_eq!(db.draft(kept.id).unwrap().content, kept.content);
        assert!(
            matches!(db.restore_draft(gone.id, ORG), Err(StorageError::DraftNotFound(_))),
            "removed for good at the next start"
        );
        let rows: i64 = db
            .conn()
            .query_row("SELECT count(*) FROM drafts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 1);
    }

    #[test]
    fn a_sent_application_cannot_be_deleted() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path(), &crate::test_support::test_key()).unwrap();
        let mut sent = content();
        sent.application.status = ApplicationStatus::WaitingToBeSent;
        let draft = db.insert_draft(ORG, &sent).unwrap();
        assert!(matches!(db.delete_draft(draft.id), Err(StorageError::SentDraft(_))));
        assert_eq!(db.summaries_of(ORG).unwrap().len(), 1);
    }

    #[test]
    fn a_draft_from_a_newer_app_or_a_damaged_one_is_reported() {
        let dir = tempfile::tempdir().unwrap();
        let db = Database::open_in(dir.path(), &crate::test_support::test_key()).unwrap();
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
