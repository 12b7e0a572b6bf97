//! The share icons' drawings: small line drawings of our own on a 24×24 grid, shared by
//! the app's view and the published pages, so no icon is ever fetched from another host.

/// The SVG path data for a channel's icon (a generic "share" arrow for unknown ones).
pub fn icon_paths(channel: &str) -> &'static [&'static str] {
    match channel {
        "email" => &["M3 6h18v12H3z", "M3 6l9 7 9-7"],
        "x" => &["M5 4l14 16", "M19 4L5 20"],
        "facebook" => &["M15 4h-2a3 3 0 0 0-3 3v13", "M7 11h7"],
        "linkedin" => &[
            "M6 10v9",
            "M6 5.5v.5",
            "M10 19v-9",
            "M10 13a3 3 0 0 1 6 0v6",
            "M3 3h18v18H3z",
        ],
        "whatsapp" => &["M4 20l1.5-4.5A8 8 0 1 1 8.5 18.5z", "M9 9c0 3 3 6 6 6"],
        "telegram" => &["M3 11l18-7-3 16-6-5-3 4v-6l9-6", "M12 15l-3-2"],
        "bluesky" => &[
            "M12 11C10 6 6 4 4 4c0 4 1 8 5 8-3 1-3 4 0 6 2 1 3-2 3-4",
            "M12 11c2-5 6-7 8-7 0 4-1 8-5 8 3 1 3 4 0 6-2 1-3-2-3-4",
        ],
        "mastodon" => &[
            "M5 6a3 3 0 0 1 3-3h8a3 3 0 0 1 3 3v7a3 3 0 0 1-3 3h-5l-4 3v-3a2 2 0 0 1-2-2z",
            "M9 13V9a1.5 1.5 0 0 1 3 0v2",
            "M12 11V9a1.5 1.5 0 0 1 3 0v4",
        ],
        "reddit" => &[
            "M4 14a8 5 0 0 0 16 0a8 5 0 0 0-16 0",
            "M12 9l1-5 4 1",
            "M9 13v.5",
            "M15 13v.5",
            "M9.5 16.5c1.5 1 3.5 1 5 0",
        ],
        "copy" => &["M9 9h11v11H9z", "M5 15H4V4h11v1"],
        _ => &["M12 15V3", "M8 7l4-4 4 4", "M5 11v9h14v-9"],
    }
}
