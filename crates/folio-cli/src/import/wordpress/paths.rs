//! Old-site addresses read as paths: percent-escapes decoded (WordPress writes non-ASCII
//! slugs and file names percent-encoded), and where a file under `/wp-content/uploads/`
//! goes in the tree.

/// `%C3%BC` → `ü` (WordPress writes non-ASCII slugs percent-encoded); bad escapes stay.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The path under `wp-content/uploads/` of an address on the old site, when it is a
/// plain relative file path (no `..`, no empty segment, no backslash): the file goes to
/// `img/wp/{path}` and nowhere else.
pub fn uploads_path(url: &str) -> Option<String> {
    let rel = url.split_once("/wp-content/uploads/")?.1;
    let rel = rel.split(['?', '#']).next().unwrap_or("");
    let rel = percent_decode(rel);
    let safe = !rel.is_empty()
        && rel.split('/').all(|s| !s.is_empty() && s != "." && s != "..")
        && !rel.contains(['\\', '\0']);
    safe.then_some(rel)
}

/// Where a file of the uploads goes in the tree, relative to it.
pub fn tree_path(rel: &str) -> String {
    format!("img/wp/{rel}")
}
