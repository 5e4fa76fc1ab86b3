//! SQLCipher's settings are the file's, not the library's: a SQLCipher whose defaults differ
//! (simulated by changing this process's defaults, so this test runs in a process of its own)
//! still opens the database, writes new ones in the pinned format, and keeps temporary data in
//! memory. Without the pin, the reopen below fails as "wrong key".

use kanta_storage::{encryption::CIPHER_COMPATIBILITY, Database, DatabaseKey, DATABASE_FILE};
use rusqlite::Connection;

/// Opens `path` as a plain SQLCipher client would, with settings of `compatibility`, and says
/// whether the file reads.
fn reads_with(path: &std::path::Path, passphrase: &str, compatibility: u32) -> bool {
    let conn = Connection::open(path).unwrap();
    conn.pragma_update(None, "key", passphrase).unwrap();
    conn.execute_batch(&format!("PRAGMA cipher_compatibility = {compatibility};"))
        .unwrap();
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))
        .is_ok()
}

/// This process's SQLCipher now defaults to the settings of `compatibility`.
fn library_defaults(compatibility: u32) {
    let conn = Connection::open_in_memory().unwrap();
    conn.execute_batch(&format!("PRAGMA cipher_default_compatibility = {compatibility};"))
        .unwrap();
}

#[test]
fn the_file_format_is_pinned_whatever_the_library_s_defaults() {
    let passphrase = "correct horse battery staple";
    let key = DatabaseKey::passphrase(passphrase);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DATABASE_FILE);
    drop(Database::open_in(dir.path(), &key).unwrap());
    assert!(reads_with(&path, passphrase, CIPHER_COMPATIBILITY));

    library_defaults(3);
    let db = Database::open_in(dir.path(), &key).expect("the same key opens it under other defaults");
    assert_eq!(db.temp_store().unwrap(), 2, "temporary data in memory");
    drop(db);

    let other = tempfile::tempdir().unwrap();
    drop(Database::open_in(other.path(), &key).unwrap());
    let created = other.path().join(DATABASE_FILE);
    assert!(
        reads_with(&created, passphrase, CIPHER_COMPATIBILITY),
        "a new file is written in the pinned format"
    );
    assert!(!reads_with(&created, passphrase, 3), "not in the library's defaults");
    library_defaults(CIPHER_COMPATIBILITY);
}
