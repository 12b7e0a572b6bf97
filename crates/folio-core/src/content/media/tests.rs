use super::*;

#[test]
fn provider_ids() {
    assert!(is_youtube_id("dQw4w9WgXcQ"));
    assert!(is_youtube_id("a-_b-_c-_d1"));
    for bad in [
        "",
        "short",
        "dQw4w9WgXcQx",
        "dQw4w9WgX/Q",
        "dQw4w9WgX\"Q",
        "dQw4w9WgX Q",
        "dQw4w9WgXé",
        "../../../aa",
    ] {
        assert!(!is_youtube_id(bad), "{bad:?}");
    }
    assert!(is_vimeo_id("76979871"));
    for bad in ["", "7697a871", "1/2", "1234567890123", "-1"] {
        assert!(!is_vimeo_id(bad), "{bad:?}");
    }
    assert!(is_dailymotion_id("x8abc12"));
    for bad in ["", "x8abc?12", "x8/abc", "x8abc'12", "x8-abc"] {
        assert!(!is_dailymotion_id(bad), "{bad:?}");
    }
    assert!(is_peertube_id("9c9de5e8-0a1e-484a-b099-e80766180a6d"));
    assert!(is_peertube_id("kkGMgK9ZtnKfYAgnEtQxbv"));
    for bad in ["", "a/b", "a?b", "a#b", "a\"b", "a b", &"a".repeat(65)] {
        assert!(!is_peertube_id(bad), "{bad:?}");
    }
}

#[test]
fn peertube_origins() {
    for (raw, want) in [
        ("https://video.example.org", "https://video.example.org"),
        ("https://Video.Example.org/", "https://video.example.org"),
        ("https://tube.example.eu:8443", "https://tube.example.eu:8443"),
    ] {
        assert_eq!(peertube_origin(raw).as_deref(), Some(want), "{raw}");
    }
    for bad in [
        "http://video.example.org",
        "javascript:alert(1)",
        " https://video.example.org",
        "https://video.example.org/videos",
        "https://user@video.example.org",
        "https://video.example.org@evil.example",
        "https://video.example.org?x=1",
        "https://video.example.org#x",
        "https://localhost",
        "https://vidéo.example.org",
        "https://video.exаmple.org",
        "https://-video.example.org",
        "https://video..example.org",
        "https://video.example.org:",
        "https://video.example.org:123456",
        "https://video.example.org\\evil",
        "//video.example.org",
        "https://",
    ] {
        assert_eq!(peertube_origin(bad), None, "{bad:?}");
    }
}

#[test]
fn sources_name_what_is_wrong() {
    assert_eq!(
        source("youtube", Some("dQw4w9WgXcQ"), None),
        Ok(VideoSource::YouTube("dQw4w9WgXcQ".into()))
    );
    assert_eq!(source("youtube", None, None), Err("missing `id`".into()));
    assert!(source("youtube", Some("x\"onload=\"a"), None)
        .unwrap_err()
        .contains("not a youtube id"));
    assert!(source("peertube", Some("abc"), Some("http://t.example.org"))
        .unwrap_err()
        .contains("https://"));
    assert_eq!(source("peertube", Some("abc"), None), Err("missing `origin`".into()));
    assert!(source("myspace", Some("abc"), None).unwrap_err().contains("myspace"));
}

#[test]
fn player_watch_and_privacy_addresses() {
    let yt = VideoSource::YouTube("dQw4w9WgXcQ".into());
    assert_eq!(
        yt.player_url(true, Some(42)).as_deref(),
        Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&start=42")
    );
    assert_eq!(
        yt.player_url(false, Some(0)).as_deref(),
        Some("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=0")
    );
    assert_eq!(yt.watch_url(), "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
    assert_eq!(yt.player_host(), "youtube-nocookie.com");
    let vimeo = VideoSource::Vimeo("76979871".into());
    assert_eq!(
        vimeo.player_url(true, Some(5)).as_deref(),
        Some("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1#t=5s")
    );
    let pt = VideoSource::PeerTube {
        origin: "https://tube.example.eu:8443".into(),
        id: "abc-123".into(),
    };
    assert_eq!(
        pt.player_url(true, None).as_deref(),
        Some("https://tube.example.eu:8443/videos/embed/abc-123?autoplay=1")
    );
    assert_eq!(pt.watch_url(), "https://tube.example.eu:8443/w/abc-123");
    assert_eq!(pt.provider_name(), "tube.example.eu");
    assert_eq!(
        pt.privacy_url().as_deref(),
        Some("https://tube.example.eu:8443/about/instance")
    );
    let dm = VideoSource::Dailymotion("x8abc12".into());
    assert_eq!(
        dm.player_url(true, None).as_deref(),
        Some("https://www.dailymotion.com/embed/video/x8abc12?autoplay=1")
    );
    assert_eq!(VideoSource::File("/v.mp4".into()).player_url(true, None), None);
}

#[test]
fn document_types() {
    assert_eq!(type_label("application/pdf"), "PDF");
    assert_eq!(type_label("APPLICATION/PDF "), "PDF");
    assert_eq!(
        type_label("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "DOCX"
    );
    assert_eq!(type_label("application/vnd.oasis.opendocument.text"), "ODT");
    assert_eq!(type_label("image/svg+xml"), "XML");
    assert_eq!(type_label("application/x-<script>"), "SCRIPT");
    assert!(is_mime("application/pdf"));
    assert!(is_mime("application/vnd.ms-excel"));
    for bad in [
        "pdf",
        "application/",
        "/pdf",
        "application/pdf; x=1",
        "a/b/c",
        "text/<b>",
    ] {
        assert!(!is_mime(bad), "{bad:?}");
    }
}
