//! Where a run writes: `--output` and `--write-baseline` never name a file the run reads
//! (compared by device and inode, so a hard link or a symbolic link is caught too), never
//! name each other, and are replaced atomically (a temporary file in the same folder, then
//! a rename), so concurrent runs and a crash never leave a mixed or half-written file.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Every file a run reads, found before any work.
#[derive(Debug, Default)]
pub struct ReadSet {
    files: Vec<(PathBuf, FileId)>,
    /// Files read because they lie in an input folder (not named one by one).
    in_folders: Vec<FileId>,
}

/// The identity of a file: device and inode where the platform has them, else its
/// canonical path.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FileId(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

fn file_id(path: &Path) -> Option<FileId> {
    let meta = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(FileId((meta.dev(), meta.ino())))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        path.canonicalize().ok().map(FileId)
    }
}

impl ReadSet {
    /// Adds one file the run reads (a missing one is skipped: it cannot be overwritten).
    pub fn add_file(&mut self, path: &Path) {
        if let Some(id) = file_id(path) {
            self.files.push((path.to_path_buf(), id));
        }
    }

    /// Adds an input path as `check` reads it: a file and its folder's manifest, or every
    /// file directly inside a folder (its articles and its manifest).
    pub fn add_input(&mut self, path: &Path) {
        if path.is_dir() {
            let Ok(entries) = std::fs::read_dir(path) else {
                return;
            };
            let mut files: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
            files.sort();
            for file in files {
                if file.is_file() {
                    self.add_file(&file);
                    if crate::input::is_article_name(&file) {
                        self.in_folders.extend(file_id(&file));
                    }
                }
            }
        } else {
            self.add_file(path);
            if let Some(parent) = path.parent() {
                let parent = if parent.as_os_str().is_empty() {
                    Path::new(".")
                } else {
                    parent
                };
                self.add_file(&parent.join(crate::input::MANIFEST_NAME));
            }
        }
    }

    /// The input that `path` would overwrite, if any, and whether it is read only because
    /// it lies in an input folder.
    fn find(&self, path: &Path) -> Option<(&Path, bool)> {
        let id = file_id(path)?;
        self.files
            .iter()
            .find(|(_, other)| *other == id)
            .map(|(p, _)| (p.as_path(), self.in_folders.contains(&id)))
    }
}

/// Refuses `path` (given with `flag`) when it is a file the run reads. A file that does not
/// exist yet is never an input.
pub fn refuse_inputs(path: &Path, flag: &str, reads: &ReadSet) -> Result<()> {
    match reads.find(path) {
        Some((input, in_folder)) => Err(Error::Usage(format!(
            "refusing to write {flag} {}: it is one of the inputs ({}; factdiff never writes to its inputs){}",
            path.display(),
            input.display(),
            if in_folder {
                "; every article file in an input folder is read, an earlier report too: write the report outside the folder, or remove the old one"
            } else {
                ""
            }
        ))),
        None => Ok(()),
    }
}

/// A warning when `path` is a new file with an article's extension directly inside one of
/// the input folders: this run does not read it, the next run over that folder would.
pub fn new_file_in_an_input_folder(path: &Path, inputs: &[PathBuf]) -> Option<String> {
    if path.exists() || !crate::input::is_article_name(path) {
        return None;
    }
    let folder = resolve(path).ok()?.parent()?.to_path_buf();
    inputs
        .iter()
        .filter(|input| input.is_dir())
        .any(|input| input.canonicalize().ok().as_ref() == Some(&folder))
        .then(|| {
            format!(
                "{}: the report goes into an article folder; a later run over that folder would read it as an article",
                path.display()
            )
        })
}

/// Refuses `--output` and `--write-baseline` naming one file: one would silently lose the other.
pub fn refuse_same_target(output: &Path, baseline: &Path) -> Result<()> {
    let same = match (file_id(output), file_id(baseline)) {
        (Some(a), Some(b)) => a == b,
        _ => resolve(output)
            .ok()
            .is_some_and(|a| resolve(baseline).ok() == Some(a)),
    };
    if same {
        return Err(Error::Usage(format!(
            "--output and --write-baseline both name {}: give them different files",
            output.display()
        )));
    }
    Ok(())
}

/// Checks that `path` can take a report: its folder exists, and it is no folder itself.
pub fn check_writable(path: &Path) -> Result<()> {
    let dir = folder_of(path);
    if !dir.is_dir() {
        return Err(Error::Usage(format!(
            "cannot write the report to {}: the directory {} does not exist",
            path.display(),
            dir.display()
        )));
    }
    if path.is_dir() {
        return Err(Error::Usage(format!(
            "cannot write the report to {}: it is a directory",
            path.display()
        )));
    }
    Ok(())
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// The canonical path of a file that may not exist yet.
pub fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    if let Ok(p) = path.canonicalize() {
        return Ok(p);
    }
    let parent = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(p) => p.canonicalize()?,
        None => std::env::current_dir()?,
    };
    Ok(parent.join(path.file_name().unwrap_or_default()))
}

/// Replaces `path` with `bytes` atomically: the bytes go to a new file in the same folder,
/// which is then renamed over `path`. A symbolic link is followed (its target is replaced);
/// an existing file's permissions are kept. A path that exists and is not a regular file
/// (`/dev/null`, `/dev/stdout`, a named pipe) is written into as it is: renaming over it
/// would put a plain file in the device's place.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut file = AtomicFile::create(path)?;
    file.write_all(bytes)?;
    file.commit()
}

/// A file that replaces `path` when it is committed ([`write_atomically`], written as it
/// goes); dropped uncommitted, it is removed and `path` is left as it was. Into a device or a
/// named pipe the bytes go directly (`tmp` is then empty: nothing to rename or remove).
pub struct AtomicFile {
    tmp: PathBuf,
    target: PathBuf,
    previous: Option<std::fs::Metadata>,
    file: Option<std::io::BufWriter<std::fs::File>>,
}

impl AtomicFile {
    pub fn create(path: &Path) -> std::io::Result<AtomicFile> {
        let target = match path.canonicalize() {
            Ok(p) => p,
            Err(_) => path.to_path_buf(),
        };
        let dir = folder_of(&target);
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let previous = std::fs::metadata(&target).ok();
        if previous
            .as_ref()
            .is_some_and(|m| !m.is_file() && !m.is_dir())
        {
            let file = std::fs::OpenOptions::new().write(true).open(&target)?;
            return Ok(AtomicFile {
                tmp: PathBuf::new(),
                target,
                previous: None,
                file: Some(std::io::BufWriter::new(file)),
            });
        }
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let mut attempt = 0u32;
        let (tmp, file) = loop {
            let tmp = dir.join(format!(
                ".{name}.factdiff-{}-{stamp}-{attempt}.tmp",
                std::process::id()
            ));
            match std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&tmp)
            {
                Ok(file) => break (tmp, file),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && attempt < 100 => {
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        };
        Ok(AtomicFile {
            tmp,
            target,
            previous,
            file: Some(std::io::BufWriter::new(file)),
        })
    }

    /// Renames the file written over `path`.
    pub fn commit(mut self) -> std::io::Result<()> {
        let file = self.file.take().expect("committed once");
        let file = file.into_inner().map_err(|e| e.into_error())?;
        if self.tmp.as_os_str().is_empty() {
            return Ok(());
        }
        file.sync_all()?;
        if let Some(meta) = &self.previous {
            std::fs::set_permissions(&self.tmp, meta.permissions())?;
        }
        std::fs::rename(&self.tmp, &self.target)?;
        self.tmp = PathBuf::new();
        Ok(())
    }
}

impl std::io::Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.file.as_mut().expect("not committed").write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.file.as_mut().expect("not committed").flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            self.file = None;
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hard_link_to_an_input_is_that_input() {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("a.txt");
        std::fs::write(&article, "text").unwrap();
        let link = dir.path().join("elsewhere.md");
        std::fs::hard_link(&article, &link).unwrap();
        let mut reads = ReadSet::default();
        reads.add_input(&article);
        assert!(refuse_inputs(&link, "--output", &reads).is_err());
        assert!(refuse_inputs(&dir.path().join("new.md"), "--output", &reads).is_ok());
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.md");
        std::fs::write(&path, "old and much longer").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_written_into_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let pipe = dir.path().join("report.pipe");
        let made = std::process::Command::new("mkfifo").arg(&pipe).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo (coreutils) failed");
        let reader = {
            let pipe = pipe.clone();
            std::thread::spawn(move || std::fs::read(pipe).unwrap())
        };
        write_atomically(&pipe, b"report").unwrap();
        let kind = std::fs::symlink_metadata(&pipe).unwrap().file_type();
        assert!(kind.is_fifo(), "the pipe was replaced by {kind:?}");
        assert_eq!(reader.join().unwrap(), b"report");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1, "a temporary file was left: {names:?}");
    }

    #[test]
    fn atomic_write_through_a_symbolic_link_replaces_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.md");
        std::fs::write(&target, "old").unwrap();
        let link = dir.path().join("link.md");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&target, &link).unwrap();
        #[cfg(unix)]
        {
            write_atomically(&link, b"new").unwrap();
            assert_eq!(std::fs::read_to_string(&target).unwrap(), "new");
            assert!(
                std::fs::symlink_metadata(&link)
                    .unwrap()
                    .file_type()
                    .is_symlink()
            );
        }
    }
}
