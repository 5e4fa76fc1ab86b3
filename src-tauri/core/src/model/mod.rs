//! The domain model. Types that hold personal data implement `Debug` by hand and print no
//! values, so a stray `?value` in a log line cannot leak them.

pub mod customer;
pub mod draft;
pub mod organisation;

pub use customer::CustomerData;
pub use draft::{Draft, DraftContent};
pub use organisation::RegisterData;
