//! Calendar dates as the contract writes them (`YYYY-MM-DD`). Only validation and the
//! numeric form live here; the reader's long form is `i18n::dates`.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Parses a strict `YYYY-MM-DD` that names a real day (leap years included).
    pub fn parse(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u16> {
            let part = &s[r];
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        if year == 0 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month as u8) as u16 {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// `2017-02-07`, for `<time datetime>` and for sorting.
    pub fn iso(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// `07.02.2017`, the form some sites ask for with `date_style: "numeric"`.
    pub fn numeric(&self) -> String {
        format!("{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A loose RFC 3339 check for `updated`: a valid date, `T`, a time, a zone.
pub fn is_rfc3339(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 20 || Date::parse(s.get(0..10).unwrap_or("")).is_none() || !matches!(b[10], b'T' | b't') {
        return false;
    }
    let time = &b[11..19];
    let digits = |i: usize| time[i].is_ascii_digit() && time[i + 1].is_ascii_digit();
    if !(digits(0) && time[2] == b':' && digits(3) && time[5] == b':' && digits(6)) {
        return false;
    }
    let mut rest = &b[19..];
    if rest.first() == Some(&b'.') {
        let n = rest[1..].iter().take_while(|c| c.is_ascii_digit()).count();
        if n == 0 {
            return false;
        }
        rest = &rest[1 + n..];
    }
    matches!(rest, [b'Z'] | [b'z'])
        || (rest.len() == 6
            && matches!(rest[0], b'+' | b'-')
            && rest[1..3].iter().all(u8::is_ascii_digit)
            && rest[3] == b':'
            && rest[4..6].iter().all(u8::is_ascii_digit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_days() {
        let d = Date::parse("2017-02-07");
        assert_eq!(
            d,
            Some(Date {
                year: 2017,
                month: 2,
                day: 7
            })
        );
        assert_eq!(d.map(|d| d.iso()).as_deref(), Some("2017-02-07"));
        assert_eq!(d.map(|d| d.numeric()).as_deref(), Some("07.02.2017"));
        assert!(Date::parse("2024-02-29").is_some());
        assert!(Date::parse("2000-02-29").is_some());
    }

    #[test]
    fn refuses_what_is_not_a_day() {
        for s in [
            "",
            "2017-2-07",
            "2017-02-7",
            "2017/02/07",
            "2017-13-01",
            "2017-00-10",
            "2017-02-00",
            "2023-02-29",
            "1900-02-29",
            "2017-04-31",
            "0000-01-01",
            "20170207",
            "2017-02-07T00:00",
            "+017-02-07",
            "2017-0a-07",
            " 2017-02-07",
        ] {
            assert!(Date::parse(s).is_none(), "{s:?}");
        }
    }

    #[test]
    fn orders_by_calendar() {
        assert!(Date::parse("2017-02-07") < Date::parse("2017-10-01"));
        assert!(Date::parse("2016-12-31") < Date::parse("2017-01-01"));
    }

    #[test]
    fn checks_rfc3339() {
        for s in [
            "2017-02-08T10:37:00Z",
            "2017-02-08t10:37:00.123z",
            "2017-02-08T10:37:00+01:00",
        ] {
            assert!(is_rfc3339(s), "{s}");
        }
        for s in [
            "2017-02-08",
            "2017-02-08T10:37Z",
            "2017-02-30T10:37:00Z",
            "2017-02-08T10:37:00",
            "2017-02-08T10:37:00.Z",
        ] {
            assert!(!is_rfc3339(s), "{s}");
        }
    }
}
