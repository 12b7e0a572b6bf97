//! Folding text for search: lower case, accents and other marks removed, letters with no
//! decomposition spelled out (`ł` → `l`, `ß` → `ss`), so `Łódź` finds `lodz`. Covers the
//! scripts of the 24 EU languages (Latin, Greek, Cyrillic) without shipping Unicode
//! normalisation tables.

/// How one lower-case character folds; `None`: it stays as it is.
fn fold_lower(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ſ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        // Greek: tonos and dialytika go, final sigma is sigma.
        'ά' => "α",
        'έ' => "ε",
        'ή' => "η",
        'ί' | 'ϊ' | 'ΐ' => "ι",
        'ό' => "ο",
        'ύ' | 'ϋ' | 'ΰ' => "υ",
        'ώ' => "ω",
        'ς' => "σ",
        // Cyrillic letters with marks.
        'ё' | 'ѐ' => "е",
        'й' | 'ѝ' => "и",
        // Apostrophes and quotes match each other.
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => "'",
        _ => return None,
    })
}

/// The lower case of a capital of the Latin, Greek and Cyrillic alphabets (with Latin
/// Extended-A and the Romanian comma letters), by code point arithmetic: the standard
/// library's case tables would add 4 KB of wasm (brotli). Anything else stays as it is;
/// a test holds every result to the standard library's.
fn lower(c: char) -> char {
    let u = c as u32;
    let l = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        // İ: the standard gives i and a combining dot, which folding drops anyway.
        0x130 => 0x69,
        0x100..=0x137 | 0x14A..=0x177 | 0x200..=0x21F | 0x222..=0x233 if u.is_multiple_of(2) => u + 1,
        0x139..=0x148 | 0x179..=0x17E if !u.is_multiple_of(2) => u + 1,
        0x178 => 0xFF,
        0x1E9E => 0xDF,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 0x25,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 0x3F,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 0x20,
        0x400..=0x40F => u + 0x50,
        0x410..=0x42F => u + 0x20,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

/// Calls `emit` with the folded form of each character of `text`.
fn each_folded(text: &str, mut emit: impl FnMut(usize, char, &str)) {
    let mut buf = [0u8; 4];
    for (at, c) in text.char_indices() {
        if is_mark(c) {
            continue;
        }
        if c.is_ascii() {
            emit(at, c, c.to_ascii_lowercase().encode_utf8(&mut buf));
            continue;
        }
        let lower = lower(c);
        match fold_lower(lower) {
            Some(f) => emit(at, c, f),
            None => emit(at, c, lower.encode_utf8(&mut buf)),
        }
    }
}

pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    each_folded(text, |_, _, f| out.push_str(f));
    out
}

/// The folded text, and for each of its bytes the byte range of the original character
/// it came from, so a match in the folded text can be marked in the original.
pub fn fold_mapped(text: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = String::with_capacity(text.len());
    let mut map = Vec::with_capacity(text.len());
    each_folded(text, |at, c, f| {
        out.push_str(f);
        map.extend(std::iter::repeat_n((at, at + c.len_utf8()), f.len()));
    });
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_marks() {
        assert_eq!(fold("Zürich"), "zurich");
        assert_eq!(fold("Łódź"), "lodz");
        assert_eq!(fold("STRAẞE Straße"), "strasse strasse");
        assert_eq!(fold("Ærø Œuvre"), "aero oeuvre");
        assert_eq!(fold("Ελληνικά Ώρα"), "ελληνικα ωρα");
        assert_eq!(fold("λόγος"), "λογοσ");
        assert_eq!(fold("Ёлка"), "елка");
        assert_eq!(fold("Şanlı Țară ŞȚ"), "sanli tara st");
        assert_eq!(fold("Ħal Ġħaxaq Ċittà"), "hal ghaxaq citta");
        assert_eq!(fold("Europe’s"), "europe's");
        // Already decomposed marks are dropped too.
        assert_eq!(fold("Zu\u{308}rich"), "zurich");
        assert_eq!(fold("日本 123"), "日本 123");
    }

    #[test]
    fn lower_case_agrees_with_the_standard_library() {
        // Every capital of the 24 EU languages' alphabets is lowered as std lowers it.
        let capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚẞ\
                        ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏΪΫАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯЀЂЃЄЅІЇЈЉЊЋЌЍЎЏ";
        for c in capitals.chars() {
            assert_eq!(lower(c).to_string(), c.to_lowercase().to_string(), "{c}");
        }
        assert_eq!(lower('İ'), 'i');
        // Everywhere else it either agrees with std or leaves the character alone: it
        // never lowers a character into a wrong one.
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let l = lower(c);
            let std: Vec<char> = c.to_lowercase().collect();
            assert!(l == c || std == [l] || c == 'İ', "{c:?} -> {l:?}, std {std:?}");
        }
    }

    #[test]
    fn maps_back_to_the_original() {
        let text = "Łódź ß!";
        let (folded, map) = fold_mapped(text);
        assert_eq!(folded, "lodz ss!");
        assert_eq!(map.len(), folded.len());
        let start = folded.find("ss").unwrap();
        let (from, to) = (map[start].0, map[start + 1].1);
        assert_eq!(&text[from..to], "ß");
        let (from, to) = (map[0].0, map[3].1);
        assert_eq!(&text[from..to], "Łódź");
    }
}
