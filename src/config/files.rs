//! Reading a file a run was given (an article, a rule file, a baseline, a dictionary): regular
//! files only, and never more than a bound. Opening a FIFO with no writer blocks forever and a
//! device such as `/dev/zero` never ends, so both are refused before they are opened, and a
//! read stops one byte past its limit.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// An I/O error in words an editor can act on.
pub fn io_error(path: &Path, e: std::io::Error) -> Error {
    let msg = match e.raw_os_error() {
        Some(40) => Some("symbolic link loop (the link points back at itself)"),
        _ => match e.kind() {
            std::io::ErrorKind::NotFound => Some("no such file or directory"),
            std::io::ErrorKind::PermissionDenied => {
                Some("permission denied (factdiff cannot read this file)")
            }
            _ => None,
        },
    };
    match msg {
        Some(msg) => Error::input(path, msg),
        None => Error::io(path, e),
    }
}

/// Refuses a path that is no regular file (a FIFO, a socket, a device). Checked before
/// opening it, following links. A directory passes: its reader decides.
pub fn refuse_special_file(path: &Path) -> Result<()> {
    let meta = std::fs::metadata(path).map_err(|e| io_error(path, e))?;
    if meta.is_file() || meta.is_dir() {
        return Ok(());
    }
    let kind = {
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            let t = meta.file_type();
            if t.is_fifo() {
                "a named pipe (FIFO)"
            } else if t.is_socket() {
                "a socket"
            } else if t.is_char_device() || t.is_block_device() {
                "a device"
            } else {
                "not a regular file"
            }
        }
        #[cfg(not(unix))]
        {
            "not a regular file"
        }
    };
    Err(Error::input(
        path,
        format!("{kind}: factdiff reads regular files only"),
    ))
}

/// Reads a regular file of at most `limit` bytes. A special file is refused before it is
/// opened, a directory is an error, and a larger file (or one growing while read) stops one
/// byte past the limit with an error naming the file, the limit and `how_to_raise` (which
/// may be empty).
pub fn read_regular_file(path: &Path, limit: u64, how_to_raise: &str) -> Result<Vec<u8>> {
    refuse_special_file(path)?;
    if path.is_dir() {
        return Err(Error::input(path, "a directory, not a file"));
    }
    let file = std::fs::File::open(path).map_err(|e| io_error(path, e))?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    if bytes.len() as u64 > limit {
        let raise = if how_to_raise.is_empty() {
            String::new()
        } else {
            format!(" ({how_to_raise})")
        };
        return Err(Error::input(
            path,
            format!("larger than the limit of {}{raise}", megabytes(limit)),
        ));
    }
    Ok(bytes)
}

/// A byte count in megabytes, as limits are given.
pub fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / 1_000_000.0;
    if bytes.is_multiple_of(1_000_000) {
        format!("{} MB", bytes / 1_000_000)
    } else {
        format!("{mb:.1} MB")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_past_its_limit_is_refused_without_reading_it_all() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.txt");
        std::fs::write(&path, vec![b'a'; 2_000]).unwrap();
        assert_eq!(read_regular_file(&path, 2_000, "").unwrap().len(), 2_000);
        let err = read_regular_file(&path, 1_000, "raise it with --x").unwrap_err();
        assert!(err.to_string().contains("--x"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn a_device_is_refused_before_it_is_opened() {
        let err = read_regular_file(Path::new("/dev/zero"), 1_000, "").unwrap_err();
        assert!(err.to_string().contains("a device"), "{err}");
    }
}
