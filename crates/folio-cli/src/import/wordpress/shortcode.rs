//! WordPress shortcodes in a post's text, turned into the HTML the converter reads:
//! `[caption]…[/caption]` a `<figure>`; `[gallery ids="…"]` a gallery figure of those
//! attachments' pictures (with their alt text and captions); `[audio]` and `[video]` a
//! figure with an `<audio>` or `<video>` of their file and a video's `poster` (`src`, an attribute named for the
//! file's type such as `mp3` or `mp4`, or a bare address). Any other shortcode is taken
//! out, its content kept, and said. A bracket that is not a shortcode (`[1]`, `[sic]`)
//! stays as text: a shortcode has a closing tag, attributes or an address.

/// The name of a shortcode starting at `s` (after `[`), if it looks like one.
fn name_at(s: &str) -> Option<&str> {
    let end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))?;
    let name = &s[..end];
    let first = name.chars().next()?;
    (first.is_ascii_lowercase() && matches!(s[end..].chars().next(), Some(' ' | ']'))).then_some(name)
}

/// An attachment's picture: its address, alt text and caption.
pub type Picture = (String, String, String);

/// The attributes of a shortcode's opening tag (after its name): `key="value"`,
/// `key='value'`, `key=value`, and bare values under `0`, `1`, … (as WordPress's
/// `shortcode_parse_atts` reads them).
fn attributes(tag: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = tag.trim();
    let mut bare = 0;
    while !rest.is_empty() {
        let word_end = rest.find(|c: char| c.is_whitespace() || c == '=').unwrap_or(rest.len());
        let (key, after) = rest.split_at(word_end);
        if let Some(value) = after.strip_prefix('=') {
            let (v, next) = match value.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let inner = &value[1..];
                    let end = inner.find(q).unwrap_or(inner.len());
                    (&inner[..end], inner.get(end + 1..).unwrap_or(""))
                }
                _ => {
                    let end = value.find(char::is_whitespace).unwrap_or(value.len());
                    (&value[..end], &value[end..])
                }
            };
            out.push((key.to_ascii_lowercase(), v.to_string()));
            rest = next.trim_start();
        } else {
            let v = key.trim_matches(['"', '\'']);
            if !v.is_empty() {
                out.push((bare.to_string(), v.to_string()));
                bare += 1;
            }
            rest = after.trim_start();
        }
    }
    out
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// The file of an `[audio]` or `[video]` shortcode: `src`, else an attribute named for
/// one of the types WordPress plays (`wp_get_audio_extensions`,
/// `wp_get_video_extensions`), else a bare address.
fn media_source(atts: &[(String, String)], kinds: &[&str]) -> Option<String> {
    let get = |k: &str| atts.iter().find(|(key, _)| key == k).map(|(_, v)| v.trim().to_string());
    get("src")
        .or_else(|| kinds.iter().find_map(|k| get(k)))
        .or_else(|| get("0").filter(|v| v.contains('/')))
        .filter(|v| !v.is_empty())
}

/// `[gallery ids="12,13"]`: a gallery figure of the attachments' pictures; those it does
/// not find are said.
fn gallery(atts: &[(String, String)], pictures: &dyn Fn(u64) -> Option<Picture>, reduced: &mut Vec<String>) -> String {
    let ids = atts
        .iter()
        .find(|(k, _)| k == "ids" || k == "include")
        .map(|(_, v)| v.as_str())
        .unwrap_or("");
    let mut out = String::from(r#"<figure class="wp-block-gallery">"#);
    let mut found = 0;
    for id in ids.split(',').filter_map(|i| i.trim().parse::<u64>().ok()) {
        match pictures(id) {
            Some((src, alt, caption)) => {
                found += 1;
                out.push_str(&format!(
                    r#"<figure><img src="{}" alt="{}"><figcaption>{}</figcaption></figure>"#,
                    escape(&src),
                    escape(&alt),
                    escape(&caption)
                ));
            }
            None => note(reduced, "a gallery picture that is not in the export dropped"),
        }
    }
    if found == 0 {
        note(reduced, "a [gallery] without pictures in the export taken out");
        return String::new();
    }
    out.push_str("</figure>");
    out
}

fn note(reduced: &mut Vec<String>, what: &str) {
    if !reduced.iter().any(|r| r == what) {
        reduced.push(what.to_string());
    }
}

/// The text with its shortcodes turned into HTML or taken out; `pictures` finds an
/// attachment's picture by its id.
pub fn expand_shortcodes(html: &str, reduced: &mut Vec<String>, pictures: &dyn Fn(u64) -> Option<Picture>) -> String {
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
        let media = matches!(name, "audio" | "video") && tag.contains("://");
        if !closing && !has_close && !tag.contains('=') && !media {
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
            ("gallery", false) => {
                out.push_str(&gallery(&attributes(&tag[name.len()..]), pictures, reduced));
            }
            ("audio" | "video", false) => {
                let kinds: &[&str] = if name == "audio" {
                    &["mp3", "ogg", "flac", "m4a", "wav"]
                } else {
                    &["mp4", "m4v", "webm", "ogv", "flv"]
                };
                let atts = attributes(&tag[name.len()..]);
                // A video's poster (`wp_video_shortcode`'s `poster`), as the block writes it.
                let poster = atts
                    .iter()
                    .find(|(k, v)| k == "poster" && name == "video" && !v.trim().is_empty())
                    .map(|(_, v)| format!(r#" poster="{}""#, escape(v.trim())))
                    .unwrap_or_default();
                match media_source(&atts, kinds) {
                    Some(src) => out.push_str(&format!(
                        r#"<figure class="wp-block-{name}"><{name} src="{}"{poster}></{name}></figure>"#,
                        escape(&src)
                    )),
                    None => note(reduced, &format!("a [{name}] without a file taken out")),
                }
                // Its content is the fallback text players show where they cannot play.
                let close = format!("[/{name}]");
                if let Some(end) = after[tag_end + 1..].find(&close) {
                    rest = &after[tag_end + 1 + end + close.len()..];
                    continue;
                }
            }
            (_, false) => note(reduced, &format!("a [{name}] shortcode taken out")),
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
            expand_shortcodes(html, &mut reduced, &|_| None),
            r#"A  and kept text. <figure><img src="a.jpg" alt="A"><figcaption>The pier</figcaption></figure> See [1] and [sic]."#
        );
        assert_eq!(
            reduced,
            [
                "a gallery picture that is not in the export dropped",
                "a [gallery] without pictures in the export taken out",
                "a [note] shortcode taken out"
            ]
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
            let _ = expand_shortcodes(odd, &mut Vec::new(), &|_| None);
        }
    }

    #[test]
    fn galleries_audio_and_video_become_html_the_converter_reads() {
        let pictures = |id: u64| {
            (id == 12).then(|| {
                (
                    "https://x.org/a.jpg".to_string(),
                    "A \"pier\"".to_string(),
                    "At dawn".to_string(),
                )
            })
        };
        let mut reduced = Vec::new();
        assert_eq!(
            expand_shortcodes(r#"[gallery columns="2" ids="12,99"]"#, &mut reduced, &pictures),
            r#"<figure class="wp-block-gallery"><figure><img src="https://x.org/a.jpg" alt="A &quot;pier&quot;"><figcaption>At dawn</figcaption></figure></figure>"#
        );
        assert_eq!(reduced, ["a gallery picture that is not in the export dropped"]);
        for (code, want) in [
            (
                r#"[audio mp3="https://x.org/a.mp3"][/audio]"#,
                r#"<figure class="wp-block-audio"><audio src="https://x.org/a.mp3"></audio></figure>"#,
            ),
            (
                "[audio https://x.org/b.mp3]",
                r#"<figure class="wp-block-audio"><audio src="https://x.org/b.mp3"></audio></figure>"#,
            ),
            (
                r#"[video width="640" mp4='https://x.org/v.mp4']Fallback[/video] after"#,
                r#"<figure class="wp-block-video"><video src="https://x.org/v.mp4"></video></figure> after"#,
            ),
            (
                r#"[video src="https://x.org/w.webm" poster="p.jpg"]"#,
                r#"<figure class="wp-block-video"><video src="https://x.org/w.webm" poster="p.jpg"></video></figure>"#,
            ),
        ] {
            assert_eq!(expand_shortcodes(code, &mut Vec::new(), &pictures), want, "{code}");
        }
        let mut reduced = Vec::new();
        assert_eq!(expand_shortcodes(r#"[audio loop="on"]"#, &mut reduced, &pictures), "");
        assert_eq!(reduced, ["a [audio] without a file taken out"]);
    }
}
