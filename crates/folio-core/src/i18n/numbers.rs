//! Numbers written for the reader: a file's size in the page's language (`1.2 MB`,
//! `1,2 Mo`) and a recording's length (`3:07`, `1:02:05`).

use super::{fill, Words};

/// A size in bytes: kilobytes under one megabyte (whole, at least 1), megabytes above
/// it with one decimal under 10 (`1.2 MB`) and whole from 10 (`12 MB`), the decimal
/// written with the language's mark. Units of 1,000 bytes, as the words say.
pub fn file_size(bytes: u64, words: &Words) -> String {
    if bytes < 999_500 {
        let kb = bytes.div_ceil(1000).max(1);
        return fill(words.kilobytes, &[("n", &kb.to_string())]);
    }
    let tenths = bytes.saturating_add(50_000) / 100_000;
    let n = if tenths < 100 {
        format!("{}{}{}", tenths / 10, words.decimal_mark, tenths % 10)
    } else {
        (bytes.saturating_add(500_000) / 1_000_000).to_string()
    };
    fill(words.megabytes, &[("n", &n)])
}

/// A length in seconds as `m:ss`, or `h:mm:ss` from an hour.
pub fn duration(seconds: u32) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m}:{s:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::words;

    #[test]
    fn sizes_in_several_languages() {
        let cases = [
            (0, "1 KB", "1 KB", "1 Ko"),
            (1, "1 KB", "1 KB", "1 Ko"),
            (48_213, "49 KB", "49 KB", "49 Ko"),
            (999_499, "1000 KB", "1000 KB", "1000 Ko"),
            (999_500, "1.0 MB", "1,0 MB", "1,0 Mo"),
            (1_234_567, "1.2 MB", "1,2 MB", "1,2 Mo"),
            (9_949_999, "9.9 MB", "9,9 MB", "9,9 Mo"),
            (9_950_000, "10 MB", "10 MB", "10 Mo"),
            (250_400_000, "250 MB", "250 MB", "250 Mo"),
            (u64::MAX, "18446744073709 MB", "18446744073709 MB", "18446744073709 Mo"),
        ];
        for (bytes, en, de, fr) in cases {
            assert_eq!(file_size(bytes, words("en")), en, "{bytes}");
            assert_eq!(file_size(bytes, words("de")), de, "{bytes}");
            assert_eq!(file_size(bytes, words("fr")), fr, "{bytes}");
        }
        assert_eq!(file_size(1_234_567, words("mt")), "1.2 MB");
        assert_eq!(file_size(1_234_567, words("pl")), "1,2 MB");
    }

    #[test]
    fn durations() {
        assert_eq!(duration(0), "0:00");
        assert_eq!(duration(7), "0:07");
        assert_eq!(duration(187), "3:07");
        assert_eq!(duration(3725), "1:02:05");
        assert_eq!(duration(u32::MAX), "1193046:28:15");
    }
}
