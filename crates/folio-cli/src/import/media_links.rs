//! Which addresses an importer turns into a video, audio or document block: a link to
//! a video page on YouTube, Vimeo, Dailymotion or a PeerTube server; to a video file
//! (`.mp4`, `.webm`), an audio file (`.mp3`, `.ogg`, `.oga`, `.opus`, `.m4a`, `.wav`),
//! or a document (`.pdf`, office and OpenDocument files, `.epub`, `.csv`, `.zip`, …).
//! Ids pass the app's own rules (`content::media`), so every block made here renders.

use folio_core::content::media::source;
use folio_core::content::model::VideoSource;
use folio_core::content::url::{checked, scheme_of, UrlUse};
use serde_json::{json, Value};
use url::Url;

/// What a link names.
#[derive(Debug, PartialEq)]
pub enum MediaLink {
    /// A video's `provider` fields (`provider`, `id`, `origin` or `src`), and where to start.
    Video(Value, Option<u32>),
    Audio(String),
    /// The file, and its MIME type.
    Document(String, &'static str),
}

const AUDIO: [&str; 6] = ["mp3", "ogg", "oga", "opus", "m4a", "wav"];
const VIDEO_FILES: [&str; 2] = ["mp4", "webm"];
const DOCUMENTS: [(&str, &str); 16] = [
    ("pdf", "application/pdf"),
    ("doc", "application/msword"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ("xls", "application/vnd.ms-excel"),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ("ppt", "application/vnd.ms-powerpoint"),
    (
        "pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ),
    ("odt", "application/vnd.oasis.opendocument.text"),
    ("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ("odp", "application/vnd.oasis.opendocument.presentation"),
    ("epub", "application/epub+zip"),
    ("zip", "application/zip"),
    ("csv", "text/csv"),
    ("txt", "text/plain"),
    ("rtf", "application/rtf"),
    ("md", "text/markdown"),
];

/// The file extension of a URL's path, lower-cased.
fn extension(href: &str) -> Option<String> {
    let path = href.split(['?', '#']).next()?;
    let name = path.rsplit('/').next()?;
    let (_, ext) = name.rsplit_once('.')?;
    Some(ext.to_ascii_lowercase())
}

/// A `t=` or `start=` value: seconds (`90`, `90s`) or `1m30s`.
fn seconds(v: &str) -> Option<u32> {
    if let Ok(n) = v.trim_end_matches('s').parse() {
        return Some(n);
    }
    let (m, s) = v.split_once('m')?;
    let s = s.trim_end_matches('s');
    Some(m.parse::<u32>().ok()? * 60 + if s.is_empty() { 0 } else { s.parse().ok()? })
}

/// A video page's provider fields, when the address is one Folio knows.
fn video_page(u: &Url) -> Option<(VideoSource, Option<u32>)> {
    let host = u.host_str()?.trim_start_matches("www.").trim_start_matches("m.");
    let segments: Vec<&str> = u.path_segments()?.filter(|s| !s.is_empty()).collect();
    let query = |name: &str| u.query_pairs().find(|(k, _)| k == name).map(|(_, v)| v.into_owned());
    let start = query("t").or_else(|| query("start")).and_then(|t| seconds(&t));
    let fragment_start = u.fragment().and_then(|f| f.strip_prefix("t=")).and_then(seconds);
    let ok = |p: &str, id: &str, origin: Option<&str>| source(p, Some(id), origin).ok();
    let found = match (host, segments.as_slice()) {
        ("youtube.com", ["watch"]) => ok("youtube", &query("v")?, None),
        ("youtube.com" | "youtube-nocookie.com", ["embed" | "shorts" | "live", id]) => ok("youtube", id, None),
        ("youtu.be", [id]) => ok("youtube", id, None),
        ("vimeo.com", [id]) | ("player.vimeo.com", ["video", id]) => ok("vimeo", id, None),
        ("dailymotion.com", ["video" | "embed", .., id]) | ("dai.ly", [id]) => ok("dailymotion", id, None),
        (_, ["w", id]) | (_, ["videos", "watch" | "embed", id]) if u.scheme() == "https" => {
            ok("peertube", id, Some(&u.origin().ascii_serialization()))
        }
        _ => None,
    }?;
    Some((found, start.or(fragment_start)))
}

/// What a link alone in its paragraph becomes, if anything.
pub fn media_link(href: &str) -> Option<MediaLink> {
    let href = checked(href, UrlUse::File)?;
    if scheme_of(&href).is_some() {
        if let Some((source, start)) = Url::parse(&href).ok().as_ref().and_then(video_page) {
            return Some(MediaLink::Video(provider_fields(&source), start));
        }
    }
    let ext = extension(&href)?;
    if VIDEO_FILES.contains(&ext.as_str()) {
        return Some(MediaLink::Video(json!({ "provider": "file", "src": href }), None));
    }
    if AUDIO.contains(&ext.as_str()) {
        return Some(MediaLink::Audio(href));
    }
    DOCUMENTS
        .iter()
        .find(|(e, _)| *e == ext)
        .map(|(_, mime)| MediaLink::Document(href.clone(), mime))
}

/// The contract's fields that name a video's source.
fn provider_fields(source: &VideoSource) -> Value {
    match source {
        VideoSource::YouTube(id) => json!({ "provider": "youtube", "id": id }),
        VideoSource::Vimeo(id) => json!({ "provider": "vimeo", "id": id }),
        VideoSource::Dailymotion(id) => json!({ "provider": "dailymotion", "id": id }),
        VideoSource::PeerTube { origin, id } => json!({ "provider": "peertube", "origin": origin, "id": id }),
        VideoSource::File(src) => json!({ "provider": "file", "src": src }),
    }
}

/// A block for a link with its text: a `video`, an `audio`, or a `document` block of
/// one document (consecutive ones are joined by the caller).
pub fn media_block(href: &str, title: &str) -> Option<Value> {
    let title = title.trim();
    if title.is_empty() {
        return None;
    }
    Some(match media_link(href)? {
        MediaLink::Video(mut fields, start) => {
            fields["type"] = json!("video");
            fields["title"] = json!(title);
            if let Some(s) = start.filter(|s| *s > 0) {
                fields["start"] = json!(s);
            }
            fields
        }
        MediaLink::Audio(src) => json!({ "type": "audio", "src": src, "title": title }),
        MediaLink::Document(href, mime) => {
            json!({ "type": "document", "documents": [{ "href": href, "title": title, "type": mime }] })
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn video(href: &str) -> Option<(Value, Option<u32>)> {
        match media_link(href)? {
            MediaLink::Video(v, s) => Some((v, s)),
            _ => None,
        }
    }

    #[test]
    fn video_pages_of_each_provider() {
        let yt = json!({ "provider": "youtube", "id": "Ab3dE6gH9jK" });
        for href in [
            "https://www.youtube.com/watch?v=Ab3dE6gH9jK",
            "https://youtube.com/watch?feature=share&v=Ab3dE6gH9jK",
            "https://m.youtube.com/watch?v=Ab3dE6gH9jK",
            "https://youtu.be/Ab3dE6gH9jK",
            "https://www.youtube-nocookie.com/embed/Ab3dE6gH9jK",
            "https://www.youtube.com/shorts/Ab3dE6gH9jK",
        ] {
            assert_eq!(video(href), Some((yt.clone(), None)), "{href}");
        }
        assert_eq!(video("https://youtu.be/Ab3dE6gH9jK?t=95"), Some((yt.clone(), Some(95))));
        assert_eq!(
            video("https://www.youtube.com/watch?v=Ab3dE6gH9jK&t=1m30s"),
            Some((yt, Some(90)))
        );
        assert_eq!(
            video("https://vimeo.com/76979871#t=12s"),
            Some((json!({ "provider": "vimeo", "id": "76979871" }), Some(12)))
        );
        assert_eq!(
            video("https://player.vimeo.com/video/76979871").map(|v| v.0),
            Some(json!({ "provider": "vimeo", "id": "76979871" }))
        );
        assert_eq!(
            video("https://www.dailymotion.com/video/x8abc12").map(|v| v.0),
            Some(json!({ "provider": "dailymotion", "id": "x8abc12" }))
        );
        assert_eq!(
            video("https://Tube.Example.eu/w/kkGMgK9ZtnKfYAgnEtQxbv").map(|v| v.0),
            Some(
                json!({ "provider": "peertube", "origin": "https://tube.example.eu", "id": "kkGMgK9ZtnKfYAgnEtQxbv" })
            )
        );
        assert_eq!(
            video("media/clip.webm").map(|v| v.0),
            Some(json!({ "provider": "file", "src": "media/clip.webm" }))
        );
    }

    #[test]
    fn other_links_stay_links() {
        for href in [
            "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/channel/UCabc",
            "https://vimeo.com/about",
            "http://tube.example.eu/w/abc",
            "https://en.wikipedia.org/w/index.php",
            "https://example.org/article",
            "javascript:alert(1)//x.pdf",
            "mailto:a@example.org",
            "https://example.org/",
        ] {
            assert_eq!(media_link(href), None, "{href}");
        }
    }

    #[test]
    fn files_by_extension() {
        assert_eq!(media_link("media/a.MP3"), Some(MediaLink::Audio("media/a.MP3".into())));
        assert_eq!(
            media_link("https://e.org/s.ogg?x=1"),
            Some(MediaLink::Audio("https://e.org/s.ogg?x=1".into()))
        );
        assert_eq!(
            media_link("files/paper.pdf#page=2"),
            Some(MediaLink::Document("files/paper.pdf#page=2".into(), "application/pdf"))
        );
        assert_eq!(
            media_block("files/l.docx", " Letter "),
            Some(
                json!({ "type": "document", "documents": [{ "href": "files/l.docx", "title": "Letter",
                "type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document" }] })
            )
        );
        assert_eq!(media_block("files/l.docx", "  "), None);
    }
}
