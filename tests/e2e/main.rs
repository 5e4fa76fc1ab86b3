//! End-to-end tests: the real app binary, in WebKit, driven through tauri-driver.
//! Run them with `tests/dev/test.sh`, or one alone as shown in tests/e2e/README.md.

mod applications;
mod drafts;
mod harness;
mod help;
mod identification;
mod layout;
mod sending;
mod services_in_use;
mod steps;
mod wizard;
