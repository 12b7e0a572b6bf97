//! The rules for video providers: which ids and origins are accepted, and the addresses
//! a video is played from (the privacy-friendly player), watched at (without
//! JavaScript), and whose privacy terms apply. Nothing here is fetched; these are the
//! addresses the components write after the reader asks.

use super::model::VideoSource;

/// A provider's id: 1 to `max` characters, each an ASCII letter or digit or one of
/// `extra`. Nothing else can change the path or query of the address it goes into.
fn id_of(id: &str, max: usize, extra: &[u8]) -> bool {
    (1..=max).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || extra.contains(&b))
}

/// YouTube ids are 11 characters of `A–Z a–z 0–9 - _`.
pub fn is_youtube_id(id: &str) -> bool {
    id.len() == 11 && id_of(id, 11, b"-_")
}

/// Vimeo ids are numbers.
pub fn is_vimeo_id(id: &str) -> bool {
    id_of(id, 12, b"") && id.bytes().all(|b| b.is_ascii_digit())
}

/// Dailymotion ids are letters and digits (`x8abc12`).
pub fn is_dailymotion_id(id: &str) -> bool {
    id_of(id, 24, b"")
}

/// PeerTube ids are a UUID or a short id: letters, digits and `-`.
pub fn is_peertube_id(id: &str) -> bool {
    id_of(id, 64, b"-")
}

/// A PeerTube server's origin, lower-cased and without a trailing `/`, when it is
/// `https://` and a plain host name (ASCII labels of letters, digits and inner hyphens,
/// at least two of them) with an optional port: no user, path, query or fragment, no
/// other scheme, no look-alike letters from other scripts.
pub fn peertube_origin(raw: &str) -> Option<String> {
    let rest = raw.strip_prefix("https://")?;
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = match rest.split_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (rest, None),
    };
    let port_ok = port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    let labels: Vec<&str> = host.split('.').collect();
    let host_ok = host.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|l| {
            (1..=63).contains(&l.len())
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        });
    (port_ok && host_ok).then(|| format!("https://{}", rest.to_ascii_lowercase()))
}

/// The source a provider's fields name, when they pass its rules.
pub fn source(provider: &str, id: Option<&str>, origin: Option<&str>) -> Result<VideoSource, String> {
    let id = || id.ok_or_else(|| "missing `id`".to_string());
    let bad = |id: &str| format!("`id` \"{id}\" is not a {provider} id");
    match provider {
        "youtube" => id().and_then(|i| is_youtube_id(i).then(|| VideoSource::YouTube(i.into())).ok_or(bad(i))),
        "vimeo" => id().and_then(|i| is_vimeo_id(i).then(|| VideoSource::Vimeo(i.into())).ok_or(bad(i))),
        "dailymotion" => id().and_then(|i| {
            is_dailymotion_id(i)
                .then(|| VideoSource::Dailymotion(i.into()))
                .ok_or(bad(i))
        }),
        "peertube" => {
            let origin = origin.ok_or("missing `origin`")?;
            let origin = peertube_origin(origin)
                .ok_or_else(|| format!("`origin` \"{origin}\" is not an https:// server address"))?;
            let i = id()?;
            is_peertube_id(i)
                .then(|| VideoSource::PeerTube { origin, id: i.into() })
                .ok_or(bad(i))
        }
        other => Err(format!("`provider` \"{other}\" is not one Folio knows")),
    }
}

impl VideoSource {
    /// The provider's name as the reader knows it; for PeerTube, the server's host.
    pub fn provider_name(&self) -> &str {
        match self {
            VideoSource::YouTube(_) => "YouTube",
            VideoSource::Vimeo(_) => "Vimeo",
            VideoSource::Dailymotion(_) => "Dailymotion",
            VideoSource::PeerTube { origin, .. } => host(origin),
            VideoSource::File(_) => "",
        }
    }

    /// The key a reader's "always load" choice is kept under.
    pub fn provider_key(&self) -> &str {
        match self {
            VideoSource::YouTube(_) => "youtube",
            VideoSource::Vimeo(_) => "vimeo",
            VideoSource::Dailymotion(_) => "dailymotion",
            VideoSource::PeerTube { origin, .. } => host(origin),
            VideoSource::File(_) => "file",
        }
    }

    /// The host the player loads from, named on the play button.
    pub fn player_host(&self) -> &str {
        match self {
            VideoSource::YouTube(_) => "youtube-nocookie.com",
            VideoSource::Vimeo(_) => "player.vimeo.com",
            VideoSource::Dailymotion(_) => "dailymotion.com",
            VideoSource::PeerTube { origin, .. } => host(origin),
            VideoSource::File(_) => "",
        }
    }

    /// The player's address, playing at once (after a click) or waiting (loaded because
    /// the reader chose to always load this provider), from `start` seconds.
    pub fn player_url(&self, autoplay: bool, start: Option<u32>) -> Option<String> {
        let play = u8::from(autoplay);
        let start = start.filter(|s| *s > 0);
        Some(match self {
            VideoSource::YouTube(id) => format!(
                "https://www.youtube-nocookie.com/embed/{id}?autoplay={play}{}",
                start.map_or(String::new(), |s| format!("&start={s}"))
            ),
            VideoSource::Vimeo(id) => format!(
                "https://player.vimeo.com/video/{id}?dnt=1&autoplay={play}{}",
                start.map_or(String::new(), |s| format!("#t={s}s"))
            ),
            VideoSource::Dailymotion(id) => format!(
                "https://www.dailymotion.com/embed/video/{id}?autoplay={play}{}",
                start.map_or(String::new(), |s| format!("&start={s}"))
            ),
            VideoSource::PeerTube { origin, id } => format!(
                "{origin}/videos/embed/{id}?autoplay={play}{}",
                start.map_or(String::new(), |s| format!("&start={s}s"))
            ),
            VideoSource::File(_) => return None,
        })
    }

    /// Where the video is watched without JavaScript: the provider's own page, or the file.
    pub fn watch_url(&self) -> String {
        match self {
            VideoSource::YouTube(id) => format!("https://www.youtube.com/watch?v={id}"),
            VideoSource::Vimeo(id) => format!("https://vimeo.com/{id}"),
            VideoSource::Dailymotion(id) => format!("https://www.dailymotion.com/video/{id}"),
            VideoSource::PeerTube { origin, id } => format!("{origin}/w/{id}"),
            VideoSource::File(src) => src.clone(),
        }
    }

    /// The provider's privacy terms (for PeerTube, the server's own about page).
    pub fn privacy_url(&self) -> Option<String> {
        Some(match self {
            VideoSource::YouTube(_) => "https://policies.google.com/privacy".into(),
            VideoSource::Vimeo(_) => "https://vimeo.com/privacy".into(),
            VideoSource::Dailymotion(_) => "https://legal.dailymotion.com/en/privacy-policy/".into(),
            VideoSource::PeerTube { origin, .. } => format!("{origin}/about/instance"),
            VideoSource::File(_) => return None,
        })
    }
}

/// `https://host[:port]` → `host`.
fn host(origin: &str) -> &str {
    let rest = origin.strip_prefix("https://").unwrap_or(origin);
    rest.split(':').next().unwrap_or(rest)
}

/// A document's type for the reader: the short name of a MIME type Folio knows
/// (`application/pdf` → `PDF`), else the part after the `/` in capitals, at most 8.
pub fn type_label(mime: &str) -> String {
    let known = [
        ("application/pdf", "PDF"),
        ("application/msword", "DOC"),
        (
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "DOCX",
        ),
        ("application/vnd.ms-excel", "XLS"),
        (
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "XLSX",
        ),
        ("application/vnd.ms-powerpoint", "PPT"),
        (
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "PPTX",
        ),
        ("application/vnd.oasis.opendocument.text", "ODT"),
        ("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
        ("application/vnd.oasis.opendocument.presentation", "ODP"),
        ("application/epub+zip", "EPUB"),
        ("application/zip", "ZIP"),
        ("text/csv", "CSV"),
        ("text/plain", "TXT"),
        ("application/rtf", "RTF"),
    ];
    let mime = mime.trim().to_ascii_lowercase();
    if let Some((_, label)) = known.iter().find(|(m, _)| *m == mime) {
        return (*label).to_string();
    }
    let sub = mime.rsplit('/').next().unwrap_or(&mime);
    let sub = sub.rsplit(['.', '-', '+']).next().unwrap_or(sub);
    sub.chars()
        .filter(char::is_ascii_alphanumeric)
        .take(8)
        .collect::<String>()
        .to_ascii_uppercase()
}

/// A MIME type's shape: `type/subtype`, each of letters, digits and `.+-`.
pub fn is_mime(mime: &str) -> bool {
    let ok = |s: &str| {
        !s.is_empty() && s.len() <= 100 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b"+.-".contains(&b))
    };
    mime.split_once('/').is_some_and(|(t, s)| ok(t) && ok(s))
}

#[cfg(test)]
mod tests;
