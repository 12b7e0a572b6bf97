//! Search over a language's cards: every word of the query must appear (folded) in the
//! title, the summary or the topics.

use super::fold::{fold, fold_mapped};
use super::words::is_separator;
use crate::content::model::Card;

/// The folded words of a query; an empty list matches everything.
pub fn terms(query: &str) -> Vec<String> {
    fold(query).split_whitespace().map(str::to_string).collect()
}

/// What search reads of a card, folded once.
pub fn searchable(card: &Card) -> String {
    let mut text = fold(&card.title);
    if let Some(s) = &card.summary {
        text.push('\n');
        text.push_str(&fold(s));
    }
    for t in &card.topics {
        text.push('\n');
        text.push_str(&fold(t));
    }
    text
}

pub fn matches(searchable: &str, terms: &[String]) -> bool {
    terms.iter().all(|t| searchable.contains(t.as_str()))
}

/// `text` cut into pieces, `true` for the pieces that match a term: anywhere, or, with
/// `whole`, only where the term is a whole word.
pub fn highlight(text: &str, terms: &[String], whole: bool) -> Vec<(String, bool)> {
    let (folded, map) = fold_mapped(text);
    let edge = |at: Option<char>| at.is_none_or(is_separator);
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for term in terms.iter().filter(|t| !t.is_empty()) {
        let mut from = 0;
        while let Some(i) = folded[from..].find(term.as_str()) {
            let (start, end) = (from + i, from + i + term.len());
            if !whole || (edge(folded[..start].chars().next_back()) && edge(folded[end..].chars().next())) {
                ranges.push((map[start].0, map[end - 1].1));
            }
            from = end;
        }
    }
    ranges.sort_unstable();
    let mut pieces = Vec::new();
    let mut at = 0;
    for (start, end) in ranges {
        if end <= at {
            continue;
        }
        let start = start.max(at);
        if start > at {
            pieces.push((text[at..start].to_string(), false));
        }
        pieces.push((text[start..end].to_string(), true));
        at = end;
    }
    if at < text.len() {
        pieces.push((text[at..].to_string(), false));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::date::Date;

    fn card(title: &str, summary: Option<&str>, topics: &[&str]) -> Card {
        Card {
            slug: "s".into(),
            kind: "news".into(),
            date: Date::parse("2020-01-01").unwrap(),
            title: title.into(),
            summary: summary.map(str::to_string),
            image: None,
            topics: topics.iter().map(|t| t.to_string()).collect(),
        }
    }

    #[test]
    fn insensitive_to_case_and_diacritics() {
        let c = searchable(&card("Summit in Zürich", Some("Delegates from Łódź"), &["water"]));
        assert!(matches(&c, &terms("zurich")));
        assert!(matches(&c, &terms("LODZ")));
        assert!(matches(&c, &terms("zürich łódź")));
        assert!(matches(&c, &terms("WATER summit")));
        assert!(!matches(&c, &terms("zurich paris")));
        assert!(matches(&c, &terms("   ")));
    }

    #[test]
    fn highlights_matches_in_the_original_text() {
        let t = terms("zurich sum");
        assert_eq!(
            highlight("Summit in Zürich, summer", &t, false),
            vec![
                ("Sum".to_string(), true),
                ("mit in ".to_string(), false),
                ("Zürich".to_string(), true),
                (", ".to_string(), false),
                ("sum".to_string(), true),
                ("mer".to_string(), false),
            ]
        );
        assert_eq!(
            highlight("Straße", &terms("ss"), false),
            vec![
                ("Stra".to_string(), false),
                ("ß".to_string(), true),
                ("e".to_string(), false)
            ]
        );
        assert_eq!(highlight("abc", &[], false), vec![("abc".to_string(), false)]);
        // Overlapping terms merge.
        assert_eq!(
            highlight("abcd", &terms("abc bcd"), false),
            vec![("abc".to_string(), true), ("d".to_string(), true)]
        );
    }
}
