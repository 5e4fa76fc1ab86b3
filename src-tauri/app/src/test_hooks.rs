//! The hooks the tests and the measuring script drive the app with (the save folder that
//! replaces the dialog, perf mode): read only in a debug build (what `cargo test` runs) or a
//! build with the `test-hooks` feature (what `tests/perf/measure.sh` builds). A release build
//! for users ignores them, and says so in the log, so a variable set on a clinic's machine
//! cannot change where files go or what the app prints.

use std::ffi::OsString;

/// Whether this build reads the test hooks.
pub const ENABLED: bool = cfg!(debug_assertions) || cfg!(feature = "test-hooks");

/// The hook `name`'s value, in a build that reads hooks.
pub fn var(name: &str) -> Option<OsString> {
    read(name, ENABLED)
}

fn read(name: &str, enabled: bool) -> Option<OsString> {
    let value = std::env::var_os(name).filter(|v| !v.is_empty());
    if value.is_some() && !enabled {
        tracing::warn!(
            hook = name,
            "a test hook is set and ignored: this build does not read them"
        );
        return None;
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_release_build_ignores_the_hooks() {
        let name = "KANTA_TEST_HOOKS_PROBE";
        // SAFETY: this test alone reads or writes this variable.
        unsafe { std::env::set_var(name, "/tmp/elsewhere") };
        assert_eq!(read(name, true), Some("/tmp/elsewhere".into()));
        assert_eq!(read(name, false), None);
        assert!(ENABLED, "the tests run a build that reads them");
    }
}
