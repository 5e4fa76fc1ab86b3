//! The application wizard's parts that are not the rules table: which step edits which part of
//! the application file (`sections`), and how a step's input goes into the application and the
//! organisation's profile (`input`). Which steps there are and where each leads is `rules`; what
//! the UI renders of it all is the application crate's `wizard_view`.

pub mod input;
pub mod sections;

use crate::{rules::WizardContext, step::StepId};

/// This application's steps that edit a section of it (`sections::SECTIONS`), in order: what the
/// instructions describe, the summary shows and the application's PDF prints.
pub fn sections_of(ctx: WizardContext) -> Vec<StepId> {
    crate::rules::steps(ctx)
        .into_iter()
        .filter(|step| sections::SECTIONS.iter().any(|section| section.step == *step))
        .collect()
}
