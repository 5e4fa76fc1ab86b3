//! Files and folders readable by the user alone: the data folder and everything the app keeps
//! in it (the database with its WAL and shared-memory files, the key file, the logs) are `0700`
//! folders and `0600` files on Unix, whatever the process's umask, so that another account on a
//! shared workstation cannot copy even the encrypted database. Windows gives a user's profile
//! folders to that user already; there these are plain creates.

use std::{io, path::Path};

/// Creates `dir` (and its parents) if missing, and makes it the user's alone.
pub fn create_dir(dir: &Path) -> io::Result<()> {
    std::fs::create_dir_all(dir)?;
    restrict(dir, 0o700)
}

/// Writes `bytes` to a new or emptied `path`, the user's alone, flushed to the disk.
pub fn write_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    // A file that existed keeps its old mode through `open`: set it.
    restrict(path, 0o600)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Makes an existing file the user's alone (one created by a library, or by an earlier
/// version); a file that is not there is no error.
pub fn restrict_file(path: &Path) -> io::Result<()> {
    match restrict(path, 0o600) {
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// Flushes `dir`'s entries, so that a rename into it survives a power cut. Windows cannot open
/// a folder this way; its renames are durable already.
pub fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    std::fs::File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(unix)]
fn restrict(path: &Path, mode: u32) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode))
}

#[cfg(not(unix))]
fn restrict(_: &Path, _: u32) -> io::Result<()> {
    Ok(())
}
