//! The domain model. Types that hold personal data implement `Debug` by hand and print no
//! values, so a stray `?value` in a log line cannot leak them.

pub mod application;
pub mod change;
pub mod contact;
pub mod customer;
pub mod document;
pub mod draft;
pub mod organisation;
pub mod service;
pub mod service_in_use;

pub use application::{
    Acceptance, Application, ApplicationStatus, Billing, Commitment, ConnectionPoint, ServiceUsage, SigningBasis,
};
pub use change::{Change, ChangeKind, ChangeNotification, ChangeRecord, ChangeStatus, ChangeStatusView};
pub use contact::{CommonRole, Contact, ContactKind, ServiceRole};
pub use customer::CustomerData;
pub use document::ApplicationFile;
pub use draft::{Amendment, Draft, DraftContent, DraftSummary};
pub use organisation::{CustomerType, OrganisationProfile, RegisterData};
pub use service::Service;
pub use service_in_use::ServiceInUse;
