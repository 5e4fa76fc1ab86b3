//! Files the user saves from an application: the application file (JSON, for another computer
//! or `kanta-extranet check`) and the PDFs (the signed commitment, the whole application). Where
//! to save is asked through the host (the OS's save dialog, opened by the shell in Rust, so the
//! web side has no file access); a file is written whole or not at all; a PDF then opens in the
//! OS's viewer to print.
//!
//! `KANTA_EXTRANET_SAVE_DIR` (for the end-to-end tests, which cannot drive a native dialog):
//! files are saved in that folder under their proposed names, without the dialog, and no viewer
//! is opened.

use std::path::{Path, PathBuf};

use kanta_domain::{validation::business_id::BusinessId, Language};
use kanta_i18n::messages;
use kanta_pdf::{self as pdf, Document};

use super::{logged, App};
use crate::{error::Error, host::SaveRequest};

pub const SAVE_DIR_VAR: &str = "KANTA_EXTRANET_SAVE_DIR";

impl App {
    /// Saves the application as a JSON file where the user chooses. Answers whether it was
    /// saved (false: the user cancelled).
    pub fn export_application(&self, draft_id: i64) -> Result<bool, Error> {
        logged("export", self.export(draft_id))
    }

    fn export(&self, draft_id: i64) -> Result<bool, Error> {
        let file = self.with_editor(|editor| Ok(editor.export(draft_id)?))?;
        let request = SaveRequest {
            title: self.catalog.text(self.language(), &messages::export_dialog_title()),
            name: format!(
                "kanta-{}-{}.json",
                file.application.service.as_str(),
                name_part(&file.organisation.register.business_id)
            ),
            filter: ("JSON", "json"),
        };
        let saved = self.save_as(request, file.to_json_pretty().into_bytes())?;
        tracing::info!(saved = saved.is_some(), "application file");
        Ok(saved.is_some())
    }

    /// Saves the PDF of `document` in `language` where the user chooses, then opens it in the
    /// OS's viewer for printing. Answers whether it was saved.
    pub fn save_pdf(&self, draft_id: i64, document: Document, language: Language) -> Result<bool, Error> {
        logged("pdf", self.pdf(draft_id, document, language))
    }

    fn pdf(&self, draft_id: i64, document: Document, language: Language) -> Result<bool, Error> {
        let file = self.with_editor(|editor| Ok(editor.export(draft_id)?))?;
        let bytes = pdf::render(document, &file, language, &self.catalog, pdf::Timestamp::now())?;
        let request = SaveRequest {
            title: self.catalog.text(self.language(), &messages::pdf_dialog_title()),
            name: format!(
                "kanta-{}-{}-{}.pdf",
                document.as_str(),
                file.application.service.as_str(),
                name_part(&file.organisation.register.business_id)
            ),
            filter: ("PDF", "pdf"),
        };
        let Some(path) = self.save_as(request, bytes)? else {
            return Ok(false);
        };
        if crate::test_hooks::var(SAVE_DIR_VAR).is_none() {
            if let Err(err) = self.host.open_file(&path) {
                tracing::warn!(%err, "the PDF viewer did not open");
            }
        }
        tracing::info!(document = document.as_str(), "PDF saved");
        Ok(true)
    }

    /// Asks where to save and writes `bytes` there, whole or not at all: a temporary file beside
    /// the target, renamed over it. `None`: the user cancelled.
    fn save_as(&self, request: SaveRequest, bytes: Vec<u8>) -> Result<Option<PathBuf>, Error> {
        let extension = request.filter.1;
        let chosen = match crate::test_hooks::var(SAVE_DIR_VAR) {
            // The name is the app's own (`name_part`), a file name and never a path.
            Some(dir) => Some(PathBuf::from(dir).join(Path::new(&request.name).file_name().unwrap_or_default())),
            None => self.host.choose_save_path(request),
        };
        let Some(path) = chosen else {
            return Ok(None);
        };
        let staging = path.with_extension(format!("{extension}.part"));
        std::fs::write(&staging, bytes)
            .and_then(|()| std::fs::rename(&staging, &path))
            .map_err(|err| {
                let _ = std::fs::remove_file(&staging);
                Error::Write(err)
            })?;
        Ok(Some(path))
    }
}

/// A business ID as a part of a suggested file name: the Y-tunnus in its one form, or a neutral
/// word when what is stored is not one (it came from a service, and must never name a path).
fn name_part(business_id: &str) -> &str {
    match BusinessId::parse(business_id) {
        Ok(id) if id.to_string() == business_id => business_id,
        _ => "organisation",
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_file_name_never_carries_a_path_from_the_service() {
        assert_eq!(super::name_part("3141593-8"), "3141593-8");
        for hostile in ["../../.bashrc", "3141593-8/../../x", "C:\\Windows\\x", "", " 3141593-8"] {
            assert_eq!(super::name_part(hostile), "organisation", "{hostile}");
        }
    }
}
