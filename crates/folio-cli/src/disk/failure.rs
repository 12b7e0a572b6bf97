//! A write that failed, said in plain words, and what stops a command: a failed write,
//! or any other reason (`Stop`). A command that meets a `WriteError` stops at once and
//! says what it left as it was (`cli`).

use std::fmt;
use std::io::{self, ErrorKind};
use std::path::PathBuf;

/// A file (or its folder) that could not be written; the file is as it was before.
#[derive(Debug)]
pub struct WriteError {
    pub path: PathBuf,
    pub error: io::Error,
}

impl WriteError {
    pub fn new(path: impl Into<PathBuf>, error: io::Error) -> WriteError {
        WriteError {
            path: path.into(),
            error,
        }
    }

    /// Why, as a publisher would say it.
    pub fn reason(&self) -> String {
        match self.error.kind() {
            ErrorKind::StorageFull => "the disk is full".into(),
            ErrorKind::QuotaExceeded => "the disk quota is used up".into(),
            ErrorKind::ReadOnlyFilesystem => "the disk is read-only".into(),
            ErrorKind::PermissionDenied => "permission denied".into(),
            ErrorKind::FileTooLarge => "the file is larger than the disk allows".into(),
            _ => self.error.to_string(),
        }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "cannot write {}: {}", self.path.display(), self.reason())
    }
}

/// Why a command stopped: a write that failed (with what the command left as it was,
/// when the place it failed knows better than the command), or another reason (a bad
/// option, a file that cannot be read).
#[derive(Debug)]
pub enum Stop {
    Write { error: WriteError, left: Option<String> },
    Other(String),
}

impl Stop {
    /// A failed write, with what was left as it was.
    pub fn write(error: WriteError, left: String) -> Stop {
        Stop::Write {
            error,
            left: Some(left),
        }
    }
}

impl From<WriteError> for Stop {
    fn from(error: WriteError) -> Stop {
        Stop::Write { error, left: None }
    }
}

impl From<String> for Stop {
    fn from(e: String) -> Stop {
        Stop::Other(e)
    }
}

impl From<&str> for Stop {
    fn from(e: &str) -> Stop {
        Stop::Other(e.to_string())
    }
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Stop::Write { error, left: None } => error.fmt(f),
            Stop::Write { error, left: Some(l) } => write!(f, "{error}. {l}"),
            Stop::Other(e) => f.write_str(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reasons_in_plain_words() {
        let full = WriteError::new("en/index.json", io::Error::from(ErrorKind::StorageFull));
        assert_eq!(full.to_string(), "cannot write en/index.json: the disk is full");
        let denied = WriteError::new("a.json", io::Error::from(ErrorKind::PermissionDenied));
        assert_eq!(denied.reason(), "permission denied");
        // ENOSPC and EROFS as the system reports them.
        assert_eq!(
            WriteError::new("x", io::Error::from_raw_os_error(28)).reason(),
            "the disk is full"
        );
        assert_eq!(
            WriteError::new("x", io::Error::from_raw_os_error(30)).reason(),
            "the disk is read-only"
        );
    }
}
