//! The log folder is the user's alone (0700), and a log an earlier version left readable to
//! others is made the user's (0600) when logging starts. In a process of its own: logging is set
//! up once per process.

#[cfg(unix)]
#[test]
fn the_log_folder_and_its_files_are_the_user_s_alone() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let parent = tempfile::tempdir().unwrap();
    let logs = parent.path().join("logs");
    std::fs::create_dir(&logs).unwrap();
    std::fs::set_permissions(&logs, std::fs::Permissions::from_mode(0o755)).unwrap();
    let old = logs.join(format!("{}.2026-11-01.log", kanta_app::logging::FILE_PREFIX));
    std::fs::write(&old, "an earlier day\n").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o644)).unwrap();

    kanta_app::logging::init(&logs).unwrap();
    tracing::info!("a line");
    assert_eq!(mode(&logs), 0o700);
    assert_eq!(mode(&old), 0o600);
}
