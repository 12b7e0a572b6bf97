//! Writing an output file: its folder made as needed, and, for files a run may leave as
//! they are, only when the text differs (an incremental publish copies, and a server
//! revalidates, only what changed).

use std::fs;
use std::path::Path;

pub fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Writes the file unless it already holds `text`; whether it wrote.
pub fn write_if_changed(path: &Path, text: &str) -> Result<bool, String> {
    if fs::read(path).is_ok_and(|old| old == text.as_bytes()) {
        return Ok(false);
    }
    write(path, text).map(|_| true)
}
