//! Every file pbctl writes goes through this module, so one set of rules holds everywhere:
//!
//! - Files are created **new** (`O_CREAT|O_EXCL|O_NOFOLLOW`), mode 0600, and directories
//!   pbctl creates are 0700, whatever the umask: the same helpers write tokens, seeds,
//!   creds, backups and raw input rows.
//! - Nothing is ever written *through* an existing path: a file is written under a
//!   temporary or `.part` name that pbctl just created, then renamed over the target. A
//!   symlink at the target is replaced as a link (its target is never opened), and an
//!   existing 0644 file is replaced by a new 0600 one, never rewritten in place.
//! - A file the user names (`-O FILE`, `--errors FILE`, `--download`) is not replaced
//!   without `--force` ([`Overwrite`]); pbctl's own files (config, credentials, the JWT
//!   store) are replaced atomically under a lock.
//! - Temporary files are named `.pbctl-<pid>-<random>.tmp`; one left by a process that was
//!   killed (`kill -9`, power loss) is removed by the next pbctl that uses the directory.

use crate::error::{Error, Result};
use std::collections::HashSet;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Whether an existing file at a user-named destination may be replaced (`--force`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overwrite {
    /// Refuse (exit 1) when the path exists, as a file, a directory or a symlink.
    Refuse,
    /// Replace it atomically (a symlink is replaced, not followed).
    Replace,
}

impl Overwrite {
    /// `--force` given or not.
    pub fn from_force(force: bool) -> Overwrite {
        if force {
            Overwrite::Replace
        } else {
            Overwrite::Refuse
        }
    }
}

/// Create `dir` (and parents) with mode 0700 for the directories pbctl creates.
/// Existing directories are left as they are.
pub fn create_private_dir(dir: &Path) -> Result<()> {
    if dir.as_os_str().is_empty() || dir.is_dir() {
        return Ok(());
    }
    let mut builder = fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder
        .create(dir)
        .map_err(|e| Error::failed(format!("cannot create directory {}: {e}", dir.display())))
}

/// The directory a path is in (`.` for a bare file name).
fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Open a **new** file for writing, mode 0600: fails if anything exists at `path`,
/// a dangling symlink included, so nothing is ever written through a link or into a file
/// someone else prepared.
pub fn create_new_private(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    options.open(path)
}

/// Create the user-named `path` as a new 0600 file to write into as data comes (a log
/// such as `--errors FILE`; not atomic). With [`Overwrite::Replace`] an existing file or
/// symlink is unlinked first, never opened.
pub fn create_private(path: &Path, overwrite: Overwrite) -> Result<File> {
    check_destination(path, overwrite)?;
    create_private_dir(&parent_dir(path))?;
    if overwrite == Overwrite::Replace && fs::symlink_metadata(path).is_ok() {
        fs::remove_file(path)
            .map_err(|e| Error::failed(format!("cannot replace {}: {e}", path.display())))?;
    }
    create_new_private(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => exists_error(path),
        _ => Error::failed(format!("cannot create {}: {e}", path.display())),
    })
}

/// Refuse a destination that exists (unless `--force`) or that is a directory.
/// `symlink_metadata`: a symlink counts as existing, even a dangling one.
pub fn check_destination(path: &Path, overwrite: Overwrite) -> Result<()> {
    match fs::symlink_metadata(path) {
        Err(_) => Ok(()),
        Ok(m) if m.is_dir() => Err(Error::failed(format!("{} is a directory", path.display()))),
        Ok(_) if overwrite == Overwrite::Replace => Ok(()),
        Ok(_) => Err(exists_error(path)),
    }
}

/// Refuse a `-O DIR` destination that exists as something other than a directory: a
/// file, a symlink to one, a dangling symlink (exit 1, like an existing `-O FILE`). A
/// symlink to a directory is a directory. The caller adds a hint about its own files.
pub fn check_output_dir(dir: &Path) -> Result<()> {
    // Without a trailing `/`: `stat("file/")` fails with ENOTDIR, as if nothing were there.
    let bare: PathBuf = dir.components().collect();
    if fs::symlink_metadata(&bare).is_err() || fs::metadata(&bare).is_ok_and(|m| m.is_dir()) {
        return Ok(());
    }
    Err(Error::failed(format!(
        "{} is a file, not a directory",
        dir.display()
    )))
}

fn exists_error(path: &Path) -> Error {
    Error::failed(format!("{} already exists", path.display()))
        .hint("pass --force to replace it, or choose another path")
}

/// Move the finished `from` to `to`: `rename` when replacing is allowed, otherwise a
/// hard link that fails if `to` appeared meanwhile (then `from` is removed). File
/// systems without hard links fall back to a checked rename.
fn install(from: &Path, to: &Path, overwrite: Overwrite) -> Result<()> {
    let fail = |e: std::io::Error| {
        Error::failed(format!(
            "cannot rename {} to {}: {e}",
            from.display(),
            to.display()
        ))
    };
    if overwrite == Overwrite::Replace {
        return fs::rename(from, to).map_err(fail);
    }
    match fs::hard_link(from, to) {
        Ok(()) => {
            let _ = fs::remove_file(from);
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Err(exists_error(to)),
        Err(_) => {
            check_destination(to, overwrite)?;
            fs::rename(from, to).map_err(fail)
        }
    }
}

fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// An exclusive advisory lock on `<path>.lock`, released on drop.
pub struct FileLock {
    _file: File,
}

impl FileLock {
    pub fn acquire(path: &Path) -> Result<FileLock> {
        let lock_path = lock_path(path);
        let dir = parent_dir(&lock_path);
        create_private_dir(&dir)?;
        // The lock file is empty and never holds data; it may already exist (that is how
        // locks are shared), but never as a symlink.
        let mut options = OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
        }
        let file = options.open(&lock_path).map_err(|e| {
            Error::failed(format!(
                "cannot open lock file {}: {e}",
                lock_path.display()
            ))
        })?;
        file.lock()
            .map_err(|e| Error::failed(format!("cannot lock {}: {e}", lock_path.display())))?;
        remove_stale_temps(&dir);
        Ok(FileLock { _file: file })
    }
}

fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    path.with_file_name(name)
}

/// A new temporary file in `dir`, 0600, named `.pbctl-<pid>-<random>.tmp`.
pub fn temp_file_in(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    // tempfile creates with O_CREAT|O_EXCL and mode 0600 on unix.
    tempfile::Builder::new()
        .prefix(&format!("{TEMP_PREFIX}{}-", std::process::id()))
        .suffix(TEMP_SUFFIX)
        .tempfile_in(dir)
}

const TEMP_PREFIX: &str = ".pbctl-";
const TEMP_SUFFIX: &str = ".tmp";

/// Replace `path` with `bytes` atomically, mode 0600: for pbctl's own files (config,
/// credentials, the JWT store). The caller holds the lock if the write is part of a
/// read-modify-write.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    write_file(path, bytes, Overwrite::Replace)
}

/// Write `bytes` to `path` (mode 0600, directories 0700) via a temporary file, fsync,
/// rename and fsync of the directory. With [`Overwrite::Refuse`] an existing `path` is an
/// error (checked before writing and again, atomically, when the file is put in place).
pub fn write_file(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<()> {
    check_destination(path, overwrite)?;
    let dir = parent_dir(path);
    create_private_dir(&dir)?;
    remove_stale_temps(&dir);
    let fail = |e: std::io::Error| Error::failed(format!("cannot write {}: {e}", path.display()));
    let mut tmp = temp_file_in(&dir).map_err(fail)?;
    tmp.write_all(bytes).map_err(fail)?;
    tmp.as_file().sync_all().map_err(fail)?;
    // Dropping the handle removes the temporary file on every error path below.
    let (file, tmp_path) = tmp.keep().map_err(|e| fail(e.error))?;
    drop(file);
    let guard = PartGuard::new(tmp_path.clone());
    install(&tmp_path, path, overwrite)?;
    guard.keep();
    sync_dir(&dir);
    Ok(())
}

/// Write several files as one change: every destination is checked first, then every
/// file is written in full (temporary file, fsync) next to its destination, and only then
/// are they put in place. A failure before that point leaves nothing behind; a
/// destination that appears meanwhile fails the install, and with [`Overwrite::Refuse`]
/// the files this call already put in place are removed again.
pub fn write_files(files: &[(PathBuf, Vec<u8>)], overwrite: Overwrite) -> Result<()> {
    for (path, _) in files {
        check_destination(path, overwrite)?;
    }
    let mut staged = Vec::new();
    for (path, bytes) in files {
        let dir = parent_dir(path);
        create_private_dir(&dir)?;
        remove_stale_temps(&dir);
        let fail =
            |e: std::io::Error| Error::failed(format!("cannot write {}: {e}", path.display()));
        let mut tmp = temp_file_in(&dir).map_err(fail)?;
        tmp.write_all(bytes).map_err(fail)?;
        tmp.as_file().sync_all().map_err(fail)?;
        let (file, tmp_path) = tmp.keep().map_err(|e| fail(e.error))?;
        drop(file);
        staged.push((PartGuard::new(tmp_path), path));
    }
    let mut installed: Vec<&Path> = Vec::new();
    for (guard, path) in staged {
        if let Err(e) = install(guard.path(), path, overwrite) {
            if overwrite == Overwrite::Refuse {
                for done in installed {
                    let _ = fs::remove_file(done);
                }
            }
            return Err(e);
        }
        guard.keep();
        sync_dir(&parent_dir(path));
        installed.push(path);
    }
    Ok(())
}

/// Removes its file when dropped unless [`PartGuard::keep`] was called: a transfer that
/// fails, or a command dropped on Ctrl-C, SIGTERM or SIGHUP, leaves nothing behind.
pub struct PartGuard {
    path: PathBuf,
    keep: bool,
}

impl PartGuard {
    pub fn new(path: PathBuf) -> PartGuard {
        PartGuard { path, keep: false }
    }
    pub fn path(&self) -> &Path {
        &self.path
    }
    /// The file was put in place (or must stay): do not remove it.
    pub fn keep(mut self) {
        self.keep = true;
    }
}

impl Drop for PartGuard {
    fn drop(&mut self) {
        if !self.keep {
            let _ = fs::remove_file(&self.path);
        }
    }
}

/// A download or export in progress: written to `FILE.part` (new, 0600), moved to
/// `FILE` by [`PartFile::commit`], removed when dropped before that.
pub struct PartFile {
    target: PathBuf,
    overwrite: Overwrite,
    guard: PartGuard,
}

impl PartFile {
    /// Check the destination, create its directory (0700) and a fresh `FILE.part`.
    /// A `.part` left by an earlier run (or planted as a symlink) is removed first, never
    /// opened: the new one is created with `O_EXCL|O_NOFOLLOW`.
    pub fn create(target: &Path, overwrite: Overwrite) -> Result<(PartFile, File)> {
        check_destination(target, overwrite)?;
        let dir = parent_dir(target);
        create_private_dir(&dir)?;
        let part = part_path(target);
        if let Ok(m) = fs::symlink_metadata(&part)
            && !m.is_dir()
        {
            let _ = fs::remove_file(&part);
        }
        let file = create_new_private(&part)
            .map_err(|e| Error::failed(format!("cannot create {}: {e}", part.display())))?;
        Ok((
            PartFile {
                target: target.to_path_buf(),
                overwrite,
                guard: PartGuard::new(part),
            },
            file,
        ))
    }

    pub fn part(&self) -> &Path {
        self.guard.path()
    }

    /// The data is complete and `file` flushed by the caller: fsync, move into place,
    /// fsync the directory.
    pub fn commit(self, file: File) -> Result<()> {
        file.sync_all()
            .map_err(|e| Error::failed(format!("cannot write {}: {e}", self.part().display())))?;
        drop(file);
        install(self.guard.path(), &self.target, self.overwrite)?;
        self.guard.keep();
        sync_dir(&parent_dir(&self.target));
        Ok(())
    }
}

/// `FILE.part` beside `FILE`.
pub fn part_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".part");
    path.with_file_name(name)
}

/// Remove the `.pbctl-<pid>-*.tmp` files in `dir` whose process is gone (once per
/// directory and process). A file without a pid (older pbctl) is removed once it is a
/// minute old.
pub fn remove_stale_temps(dir: &Path) {
    static DONE: Mutex<Option<HashSet<PathBuf>>> = Mutex::new(None);
    if let Ok(mut done) = DONE.lock()
        && !done
            .get_or_insert_with(HashSet::new)
            .insert(dir.to_path_buf())
    {
        return;
    }
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        let Some(middle) = name
            .strip_prefix(TEMP_PREFIX)
            .and_then(|n| n.strip_suffix(TEMP_SUFFIX))
        else {
            continue;
        };
        let stale = match middle.split_once('-').map(|(pid, _)| pid.parse::<u32>()) {
            Some(Ok(pid)) => !process_alive(pid),
            _ => entry
                .metadata()
                .ok()
                .and_then(|m| m.modified().ok())
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|age| age.as_secs() > 60),
        };
        if stale && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(unix)]
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only checks that the process exists; nothing is sent.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() != Some(libc::ESRCH)
}

#[cfg(not(unix))]
fn process_alive(_pid: u32) -> bool {
    true
}

/// Read a file into a string, `None` when it does not exist.
pub fn read_optional(path: &Path) -> Result<Option<String>> {
    match fs::read_to_string(path) {
        Ok(s) => Ok(Some(s)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::failed(format!(
            "cannot read {}: {e}",
            path.display()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(unix)]
    use std::os::unix::fs::PermissionsExt;

    #[cfg(unix)]
    fn mode(p: &Path) -> u32 {
        fs::symlink_metadata(p).unwrap().permissions().mode() & 0o777
    }

    fn names(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn atomic_write_creates_private_file_and_dir() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("sub").join("secret.yaml");
        write_atomic(&path, b"a: 1\n").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "a: 1\n");
        #[cfg(unix)]
        {
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(path.parent().unwrap()), 0o700);
        }
        // No temporary files are left behind.
        assert_eq!(names(path.parent().unwrap()), vec!["secret.yaml"]);
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_replaced_never_followed() {
        let tmp = tempfile::tempdir().unwrap();
        let victim = tmp.path().join("victim");
        fs::write(&victim, "precious").unwrap();
        let link = tmp.path().join("out.creds");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        let e = write_file(&link, b"seed", Overwrite::Refuse).unwrap_err();
        assert!(e.message.contains("already exists"), "{}", e.message);
        write_file(&link, b"seed", Overwrite::Replace).unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
        assert!(!fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(mode(&link), 0o600);

        // A planted FILE.part symlink is removed, not written through.
        let target = tmp.path().join("t.zip");
        std::os::unix::fs::symlink(&victim, part_path(&target)).unwrap();
        let (part, mut file) = PartFile::create(&target, Overwrite::Refuse).unwrap();
        file.write_all(b"zip").unwrap();
        part.commit(file).unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
        assert_eq!(fs::read_to_string(&target).unwrap(), "zip");
        assert!(!fs::symlink_metadata(&target).unwrap().is_symlink());
        assert_eq!(mode(&target), 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn existing_0644_file_becomes_a_new_0600_file() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("errors.jsonl");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(write_file(&path, b"new", Overwrite::Refuse).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        write_file(&path, b"new", Overwrite::Replace).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(mode(&path), 0o600);
        assert!(create_new_private(&path).is_err());
    }

    #[test]
    fn write_files_checks_every_destination_before_writing_any() {
        let tmp = tempfile::tempdir().unwrap();
        let a = tmp.path().join("out").join("a.yaml");
        let b = tmp.path().join("out").join("b.yaml");
        fs::create_dir_all(b.parent().unwrap()).unwrap();
        fs::write(&b, "old").unwrap();
        let files = vec![(a.clone(), b"a".to_vec()), (b.clone(), b"b".to_vec())];
        let e = write_files(&files, Overwrite::Refuse).unwrap_err();
        assert!(e.message.contains("b.yaml already exists"), "{}", e.message);
        assert_eq!(names(a.parent().unwrap()), vec!["b.yaml"]);
        write_files(&files, Overwrite::Replace).unwrap();
        assert_eq!(fs::read_to_string(&a).unwrap(), "a");
        assert_eq!(fs::read_to_string(&b).unwrap(), "b");
        assert_eq!(names(a.parent().unwrap()), vec!["a.yaml", "b.yaml"]);
    }

    #[test]
    fn output_dir_must_be_a_directory() {
        let tmp = tempfile::tempdir().unwrap();
        assert!(check_output_dir(&tmp.path().join("new")).is_ok());
        assert!(check_output_dir(tmp.path()).is_ok());
        let file = tmp.path().join("exist.yaml");
        fs::write(&file, "x").unwrap();
        let e = check_output_dir(&file).unwrap_err();
        assert_eq!(e.exit_code(), 1);
        assert!(check_output_dir(&tmp.path().join("exist.yaml/")).is_err());
        assert!(
            e.message.contains("is a file, not a directory"),
            "{}",
            e.message
        );
        #[cfg(unix)]
        {
            let to_dir = tmp.path().join("to-dir");
            std::os::unix::fs::symlink(tmp.path(), &to_dir).unwrap();
            assert!(check_output_dir(&to_dir).is_ok());
            let dangling = tmp.path().join("dangling");
            std::os::unix::fs::symlink(tmp.path().join("gone"), &dangling).unwrap();
            assert!(check_output_dir(&dangling).is_err());
        }
    }

    #[test]
    fn dropped_part_file_is_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("export.jsonl");
        let (part, _file) = PartFile::create(&target, Overwrite::Refuse).unwrap();
        assert!(part.part().exists());
        drop(part);
        assert!(names(tmp.path()).is_empty());
    }

    #[test]
    fn commit_refuses_a_file_that_appeared_meanwhile() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("backup.zip");
        let (part, file) = PartFile::create(&target, Overwrite::Refuse).unwrap();
        fs::write(&target, "someone else's").unwrap();
        assert!(part.commit(file).is_err());
        assert_eq!(fs::read_to_string(&target).unwrap(), "someone else's");
        assert_eq!(names(tmp.path()), vec!["backup.zip"]);
    }

    #[test]
    fn temps_of_dead_processes_are_removed() {
        let tmp = tempfile::tempdir().unwrap();
        // A pid far above pid_max: no such process.
        let dead = tmp.path().join(".pbctl-999999999-abc.tmp");
        let mine = tmp
            .path()
            .join(format!(".pbctl-{}-abc.tmp", std::process::id()));
        let other = tmp.path().join("keep.tmp");
        for p in [&dead, &mine, &other] {
            fs::write(p, "token").unwrap();
        }
        remove_stale_temps(tmp.path());
        let mut expected = vec![
            other.file_name().unwrap().to_string_lossy().into_owned(),
            mine.file_name().unwrap().to_string_lossy().into_owned(),
        ];
        expected.sort();
        assert_eq!(names(tmp.path()), expected);
    }
}
