//! Keeping a post within a network's limit: X counts a weighted length (most scripts and
//! emoji weigh 2, links at least 23), Bluesky counts graphemes. Text is cut at a word
//! boundary when one is near, never inside a character cluster, and ends with "…".

/// X's weight of one character: 1 for Latin and general punctuation ranges, else 2.
fn x_weight(c: char) -> usize {
    match c as u32 {
        0x0000..=0x10FF | 0x2000..=0x200D | 0x2010..=0x201F | 0x2032..=0x2037 => 1,
        _ => 2,
    }
}

/// The weighted length X gives a text.
pub fn x_length(s: &str) -> usize {
    s.chars().map(x_weight).sum()
}

/// X shortens every link to 23 characters; a longer one is counted as it is, to be safe.
pub fn x_url_length(url: &str) -> usize {
    x_length(url).max(23)
}

/// Characters that continue the cluster before them: cutting before one would split it.
fn continues_cluster(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
        | 0x200C | 0x200D | 0xFE00..=0xFE0F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F)
}

fn is_regional_indicator(c: char) -> bool {
    (0x1F1E6..=0x1F1FF).contains(&(c as u32))
}

/// `text` if it fits `budget` by `weight`, else its longest clean prefix that fits with
/// an ellipsis after it.
pub fn shorten(text: &str, budget: usize, weight: impl Fn(char) -> usize) -> String {
    let total: usize = text.chars().map(&weight).sum();
    if total <= budget {
        return text.to_string();
    }
    let room = budget.saturating_sub(weight('…'));
    let chars: Vec<char> = text.chars().collect();
    let (mut end, mut used) = (0, 0);
    while end < chars.len() && used + weight(chars[end]) <= room {
        used += weight(chars[end]);
        end += 1;
    }
    // Never split a cluster: step back while the next character belongs to the previous.
    while end > 0 && end < chars.len() && (continues_cluster(chars[end]) || chars[end - 1] == '\u{200D}') {
        end -= 1;
    }
    // Flags are pairs of regional indicators: do not leave half of one.
    let flags = chars[..end]
        .iter()
        .rev()
        .take_while(|c| is_regional_indicator(**c))
        .count();
    if flags % 2 == 1 {
        end -= 1;
    }
    // Prefer a word boundary in the last quarter.
    if let Some(space) = chars[..end].iter().rposition(|c| c.is_whitespace()) {
        if space * 4 >= end * 3 {
            end = space;
        }
    }
    let kept: String = chars[..end].iter().collect();
    let kept = kept.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—'));
    format!("{kept}…")
}

/// The title for X's `text`, so that it, a space and the link make at most 280.
pub fn x_text(title: &str, url: &str) -> String {
    shorten(title, 280usize.saturating_sub(1 + x_url_length(url)), x_weight)
}

/// The title for Bluesky, so that it, a space and the link make at most 300 graphemes.
/// Counting characters instead of graphemes can only count more, so the result fits.
pub fn bluesky_text(title: &str, url: &str) -> String {
    shorten(title, 300usize.saturating_sub(1 + url.chars().count()), |_| 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_titles_stay_whole() {
        assert_eq!(x_text("A title", "https://example.org/a"), "A title");
        assert_eq!(bluesky_text("Ünïcödé ✓", "https://example.org/a"), "Ünïcödé ✓");
    }

    #[test]
    fn x_weights() {
        assert_eq!(x_length("abc"), 3);
        assert_eq!(x_length("日本"), 4);
        assert_eq!(x_length("😀"), 2);
        assert_eq!(x_length("“quoted” – ok"), 13);
        assert_eq!(x_url_length("https://a.eu/x"), 23);
        assert_eq!(x_url_length(&format!("https://example.org/{}", "a".repeat(40))), 60);
    }

    #[test]
    fn long_titles_fit_x() {
        let url = "https://www.example.org/news/en/article/some-slug?utm=1&x=2";
        let title = "word ".repeat(80) + "end";
        let text = x_text(&title, url);
        assert!(text.ends_with('…'));
        assert!(x_length(&text) + 1 + x_url_length(url) <= 280);
        assert!(x_length(&text) + 1 + x_url_length(url) >= 270, "uses the room it has");
        assert!(!text.contains(" …"), "no space before the ellipsis: {text:?}");
        // Heavy scripts count double.
        let greek = "Ελληνικά ".repeat(40);
        let text = x_text(&greek, url);
        assert!(x_length(&text) + 1 + x_url_length(url) <= 280);
    }

    #[test]
    fn long_titles_fit_bluesky() {
        let url = "https://www.example.org/news/en/article/some-slug";
        let title = "x".repeat(400);
        let text = bluesky_text(&title, url);
        assert_eq!(text.chars().count() + 1 + url.chars().count(), 300);
        assert!(text.ends_with('…'));
    }

    #[test]
    fn never_splits_clusters() {
        // A family emoji is one grapheme of 7 characters joined by ZWJ.
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦";
        let title = format!("{}{}", "a".repeat(290), family.repeat(5));
        let text = shorten(&title, 295, |_| 1);
        assert!(!text.trim_end_matches('…').ends_with('\u{200D}'));
        let before = text.trim_end_matches('…');
        assert!(
            before.ends_with('a') || before.ends_with(family),
            "{:?}",
            &before[before.len() - 30..]
        );
        // Flags stay whole.
        let flags = format!("{}{}", "b".repeat(9), "🇪🇺🇩🇪🇫🇷");
        let text = shorten(&flags, 12, |_| 1);
        assert_eq!(text, "bbbbbbbbb🇪🇺…");
        // Combining accents stay with their letter.
        let text = shorten("abcde\u{301}fgh", 6, |_| 1);
        assert_eq!(text, "abcd…");
    }

    #[test]
    fn right_to_left_titles() {
        let title = "عنوان طويل جدا ".repeat(30);
        let text = bluesky_text(&title, "https://example.org/a");
        assert!(text.chars().count() <= 300 - 22);
        assert!(text.ends_with('…'));
    }
}
