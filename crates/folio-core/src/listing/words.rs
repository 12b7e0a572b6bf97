//! Words as the search index and a query cut them: text split at spaces and punctuation,
//! each word folded (`fold`). One rule for `folio-cli` writing the index and the browser
//! reading it, so a query's words are the index's.

use super::fold::fold;

/// Spaces, ASCII punctuation, Latin-1 signs and general punctuation (dashes, quotes,
/// ellipsis). Everything else is part of a word: a table of letters would cost wasm bytes.
pub fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(c as u32, 0xA0..=0xBF | 0xD7 | 0xF7 | 0x2000..=0x206F | 0x3000..=0x303F | 0x2E00..=0x2E7F)
}

/// The words of `text` as written (not folded).
pub fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(is_separator).filter(|w| !w.is_empty())
}

/// The folded words of a query, in order, each once.
pub fn query_words(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in raw_words(query).map(fold) {
        if !w.is_empty() && !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_at_spaces_and_punctuation_and_fold() {
        assert_eq!(
            query_words("Zürich’s «Łódź» — vote, VOTE; l'Union 2024"),
            ["zurich", "s", "lodz", "vote", "l", "union", "2024"]
        );
        assert_eq!(query_words("  \u{a0}…  "), Vec::<String>::new());
        assert_eq!(query_words("Ελλάδα σχέδιο"), ["ελλαδα", "σχεδιο"]);
        assert_eq!(
            raw_words("e\u{301}te\u{301}").collect::<Vec<_>>(),
            ["e\u{301}te\u{301}"],
            "marks stay in the word"
        );
    }
}
