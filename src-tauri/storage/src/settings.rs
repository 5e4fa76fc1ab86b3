//! Small key-value settings, such as the language the user chose.

use rusqlite::{params, OptionalExtension};

use super::{Database, StorageError};
use kanta_domain::Language;

const LANGUAGE: &str = "language";
/// The business ID of the organisation the user acts for.
const ACTING_FOR: &str = "acting-for";

impl Database {
    pub fn setting(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self
            .conn()
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| row.get(0))
            .optional()?)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.conn().execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// The language the user chose, if they ever chose one.
    pub fn chosen_language(&self) -> Result<Option<Language>, StorageError> {
        Ok(self.setting(LANGUAGE)?.as_deref().and_then(Language::from_tag))
    }

    pub fn set_chosen_language(&self, language: Language) -> Result<(), StorageError> {
        self.set_setting(LANGUAGE, language.tag())
    }

    /// The organisation the user chose to act for, if they ever chose one.
    pub fn acting_for(&self) -> Result<Option<String>, StorageError> {
        self.setting(ACTING_FOR)
    }

    pub fn set_acting_for(&self, business_id: &str) -> Result<(), StorageError> {
        self.set_setting(ACTING_FOR, business_id)
    }

    /// The language to start in: the user's choice, else the OS locale's.
    pub fn start_language(&self, os_default: Language) -> Result<Language, StorageError> {
        Ok(self.chosen_language()?.unwrap_or(os_default))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_choice_survives_reopening_and_wins_over_the_os() {
        let dir = tempfile::tempdir().unwrap();
        {
            let db = Database::open_in(dir.path(), &crate::test_support::test_key()).unwrap();
            assert_eq!(db.start_language(Language::Sv).unwrap(), Language::Sv);
            assert_eq!(db.start_language(Language::Fi).unwrap(), Language::Fi);
            db.set_chosen_language(Language::Sv).unwrap();
        }
        let db = Database::open_in(dir.path(), &crate::test_support::test_key()).unwrap();
        assert_eq!(db.start_language(Language::Fi).unwrap(), Language::Sv);
        db.set_chosen_language(Language::Fi).unwrap();
        assert_eq!(db.chosen_language().unwrap(), Some(Language::Fi));
    }
}
