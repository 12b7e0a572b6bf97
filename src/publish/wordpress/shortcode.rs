//! WordPress shortcodes in a post's text: `[caption]…[/caption]` becomes a `<figure>` the
//! HTML converter reads; any other shortcode is taken out, its content kept, and said.
//! A bracket that is not a shortcode (`[1]`, `[sic]`) stays as text: a shortcode has a
//! closing tag or attributes.

/// The name of a shortcode starting at `s` (after `[`), if it looks like one.
fn name_at(s: &str) -> Option<&str> {
    let end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))?;
    let name = &s[..end];
    let first = name.chars().next()?;
    (first.is_ascii_lowercase() && matches!(s[end..].chars().next(), Some(' ' | ']'))).then_some(name)
}

pub fn expand_shortcodes(html: &str, reduced: &mut Vec<String>) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let closing = after.starts_with('/');
        let tag_end = after.find(']');
        let name = name_at(after.trim_start_matches('/'));
        let (Some(name), Some(tag_end)) = (name, tag_end) else {
            out.push('[');
            rest = after;
            continue;
        };
        let tag = &after[..tag_end];
        let has_close = html.contains(&format!("[/{name}]"));
        if !closing && !has_close && !tag.contains('=') {
            out.push('[');
            rest = after;
            continue;
        }
        match (name, closing) {
            ("caption", false) => {
                // [caption id="" align="" width=""]<img …> The caption text[/caption]
                let body_end = after[tag_end + 1..]
                    .find("[/caption]")
                    .map_or(after.len(), |i| tag_end + 1 + i);
                let inner = &after[tag_end + 1..body_end];
                let (image, caption) = match inner.find('>') {
                    Some(i) if inner.trim_start().starts_with("<") => (&inner[..=i], inner[i + 1..].trim()),
                    _ => (inner, ""),
                };
                out.push_str(&format!("<figure>{image}<figcaption>{caption}</figcaption></figure>"));
                rest = after.get(body_end + "[/caption]".len()..).unwrap_or("");
                continue;
            }
            (_, false) => {
                let what = format!("a [{name}] shortcode taken out");
                if !reduced.contains(&what) {
                    reduced.push(what);
                }
            }
            _ => {}
        }
        rest = &after[tag_end + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_become_figures_and_other_shortcodes_go() {
        let mut reduced = Vec::new();
        let html = r#"A [gallery ids="1,2"] and [note]kept text[/note]. [caption id="a" width="300"]<img src="a.jpg" alt="A"> The pier[/caption] See [1] and [sic]."#;
        assert_eq!(
            expand_shortcodes(html, &mut reduced),
            r#"A  and kept text. <figure><img src="a.jpg" alt="A"><figcaption>The pier</figcaption></figure> See [1] and [sic]."#
        );
        assert_eq!(
            reduced,
            ["a [gallery] shortcode taken out", "a [note] shortcode taken out"]
        );
        // Unclosed and odd brackets never panic.
        for odd in [
            "[",
            "[caption",
            "[caption]",
            "[/x]",
            "a [b c=d",
            "[caption a=b]<img",
            "[é]",
        ] {
            let _ = expand_shortcodes(odd, &mut Vec::new());
        }
    }
}
