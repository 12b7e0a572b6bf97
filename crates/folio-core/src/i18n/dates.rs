//! Long dates in the 24 EU languages, written as the browser's `Intl` writes them
//! (`dateStyle: "long"`; a component test holds every month of every language, and the
//! regional forms, to it). `format_date` is the one place a date is written: the app and
//! published pages both call it, so the app's render finds the same text in place, and a
//! first visit does not wait for `Intl` (its first use costs 30-60 ms of locale data
//! start-up, measured).

use crate::content::date::Date;
use crate::content::model::DateStyle;

/// Language, pattern (`{d}` day, `{m}` month name, `{y}` year), month names.
const LONG: [(&str, &str, [&str; 12]); 24] = [
    (
        "bg",
        "{d} {m} {y} г.",
        [
            "януари",
            "февруари",
            "март",
            "април",
            "май",
            "юни",
            "юли",
            "август",
            "септември",
            "октомври",
            "ноември",
            "декември",
        ],
    ),
    (
        "cs",
        "{d}. {m} {y}",
        [
            "ledna",
            "února",
            "března",
            "dubna",
            "května",
            "června",
            "července",
            "srpna",
            "září",
            "října",
            "listopadu",
            "prosince",
        ],
    ),
    (
        "da",
        "{d}. {m} {y}",
        [
            "januar",
            "februar",
            "marts",
            "april",
            "maj",
            "juni",
            "juli",
            "august",
            "september",
            "oktober",
            "november",
            "december",
        ],
    ),
    (
        "de",
        "{d}. {m} {y}",
        [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
    ),
    (
        "el",
        "{d} {m} {y}",
        [
            "Ιανουαρίου",
            "Φεβρουαρίου",
            "Μαρτίου",
            "Απριλίου",
            "Μαΐου",
            "Ιουνίου",
            "Ιουλίου",
            "Αυγούστου",
            "Σεπτεμβρίου",
            "Οκτωβρίου",
            "Νοεμβρίου",
            "Δεκεμβρίου",
        ],
    ),
    (
        "en",
        "{d} {m} {y}",
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
    ),
    (
        "es",
        "{d} de {m} de {y}",
        [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ],
    ),
    (
        "et",
        "{d}. {m} {y}",
        [
            "jaanuar",
            "veebruar",
            "märts",
            "aprill",
            "mai",
            "juuni",
            "juuli",
            "august",
            "september",
            "oktoober",
            "november",
            "detsember",
        ],
    ),
    (
        "fi",
        "{d}. {m} {y}",
        [
            "tammikuuta",
            "helmikuuta",
            "maaliskuuta",
            "huhtikuuta",
            "toukokuuta",
            "kesäkuuta",
            "heinäkuuta",
            "elokuuta",
            "syyskuuta",
            "lokakuuta",
            "marraskuuta",
            "joulukuuta",
        ],
    ),
    (
        "fr",
        "{d} {m} {y}",
        [
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
    ),
    (
        "ga",
        "{d} {m} {y}",
        [
            "Eanáir",
            "Feabhra",
            "Márta",
            "Aibreán",
            "Bealtaine",
            "Meitheamh",
            "Iúil",
            "Lúnasa",
            "Meán Fómhair",
            "Deireadh Fómhair",
            "Samhain",
            "Nollaig",
        ],
    ),
    (
        "hr",
        "{d}. {m} {y}.",
        [
            "siječnja",
            "veljače",
            "ožujka",
            "travnja",
            "svibnja",
            "lipnja",
            "srpnja",
            "kolovoza",
            "rujna",
            "listopada",
            "studenoga",
            "prosinca",
        ],
    ),
    (
        "hu",
        "{y}. {m} {d}.",
        [
            "január",
            "február",
            "március",
            "április",
            "május",
            "június",
            "július",
            "augusztus",
            "szeptember",
            "október",
            "november",
            "december",
        ],
    ),
    (
        "it",
        "{d} {m} {y}",
        [
            "gennaio",
            "febbraio",
            "marzo",
            "aprile",
            "maggio",
            "giugno",
            "luglio",
            "agosto",
            "settembre",
            "ottobre",
            "novembre",
            "dicembre",
        ],
    ),
    (
        "lt",
        "{y} m. {m} {d} d.",
        [
            "sausio",
            "vasario",
            "kovo",
            "balandžio",
            "gegužės",
            "birželio",
            "liepos",
            "rugpjūčio",
            "rugsėjo",
            "spalio",
            "lapkričio",
            "gruodžio",
        ],
    ),
    (
        "lv",
        "{y}. gada {d}. {m}",
        [
            "janvāris",
            "februāris",
            "marts",
            "aprīlis",
            "maijs",
            "jūnijs",
            "jūlijs",
            "augusts",
            "septembris",
            "oktobris",
            "novembris",
            "decembris",
        ],
    ),
    (
        "mt",
        "{d} ta’ {m} {y}",
        [
            "Jannar",
            "Frar",
            "Marzu",
            "April",
            "Mejju",
            "Ġunju",
            "Lulju",
            "Awwissu",
            "Settembru",
            "Ottubru",
            "Novembru",
            "Diċembru",
        ],
    ),
    (
        "nl",
        "{d} {m} {y}",
        [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ],
    ),
    (
        "pl",
        "{d} {m} {y}",
        [
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "października",
            "listopada",
            "grudnia",
        ],
    ),
    (
        "pt",
        "{d} de {m} de {y}",
        [
            "janeiro",
            "fevereiro",
            "março",
            "abril",
            "maio",
            "junho",
            "julho",
            "agosto",
            "setembro",
            "outubro",
            "novembro",
            "dezembro",
        ],
    ),
    (
        "ro",
        "{d} {m} {y}",
        [
            "ianuarie",
            "februarie",
            "martie",
            "aprilie",
            "mai",
            "iunie",
            "iulie",
            "august",
            "septembrie",
            "octombrie",
            "noiembrie",
            "decembrie",
        ],
    ),
    (
        "sk",
        "{d}. {m} {y}",
        [
            "januára",
            "februára",
            "marca",
            "apríla",
            "mája",
            "júna",
            "júla",
            "augusta",
            "septembra",
            "októbra",
            "novembra",
            "decembra",
        ],
    ),
    (
        "sl",
        "{d}. {m} {y}",
        [
            "januar",
            "februar",
            "marec",
            "april",
            "maj",
            "junij",
            "julij",
            "avgust",
            "september",
            "oktober",
            "november",
            "december",
        ],
    ),
    (
        "sv",
        "{d} {m} {y}",
        [
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ],
    ),
];

/// The long form in one of the 24 languages, named by its code (`de`, `pt`): `None`
/// for any other code. `en` is written as British English, as everywhere in Folio.
pub fn long_date(date: Date, code: &str) -> Option<String> {
    let (_, pattern, months) = LONG.iter().find(|(c, _, _)| c.eq_ignore_ascii_case(code))?;
    let month = months.get(usize::from(date.month).checked_sub(1)?)?;
    Some(
        pattern
            .replace("{d}", &date.day.to_string())
            .replace("{y}", &date.year.to_string())
            .replace("{m}", month),
    )
}

/// Regions whose English writes the month first (`February 7, 2017`), as `Intl` does.
const MONTH_FIRST_ENGLISH: [&str; 9] = ["US", "CA", "PH", "AS", "GU", "MP", "PR", "UM", "VI"];

/// A date as Folio writes it everywhere, in the app and on published pages alike: the
/// table by the code's primary language (`pt-BR` as `pt`), with the regional forms that
/// `Intl` writes differently (`en-US`: `February 7, 2017`; `de-AT`: `Jänner`), and the
/// ISO form for a language outside the 24. `DateStyle::Numeric`: `07.02.2017`.
pub fn format_date(date: Date, lang: &str, style: DateStyle) -> String {
    if style == DateStyle::Numeric {
        return date.numeric();
    }
    let mut parts = lang.split(['-', '_']);
    let primary = parts.next().unwrap_or(lang);
    let region = parts.find(|p| p.len() == 2 || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit())));
    let is = |code: &str| primary.eq_ignore_ascii_case(code);
    let in_region = |list: &[&str]| region.is_some_and(|r| list.iter().any(|c| c.eq_ignore_ascii_case(r)));
    if is("en") && in_region(&MONTH_FIRST_ENGLISH) {
        return month_first_english(date);
    }
    if is("de") && in_region(&["AT"]) && date.month == 1 {
        return format!("{}. Jänner {}", date.day, date.year);
    }
    long_date(date, primary).unwrap_or_else(|| date.iso())
}

/// `February 7, 2017`.
fn month_first_english(date: Date) -> String {
    let months = LONG.iter().find(|(c, _, _)| *c == "en").map(|(_, _, m)| m);
    let month = months.and_then(|m| m.get(usize::from(date.month).checked_sub(1)?));
    match month {
        Some(m) => format!("{m} {}, {}", date.day, date.year),
        None => date.iso(),
    }
}

/// The codes the table holds.
pub fn codes() -> impl Iterator<Item = &'static str> {
    LONG.iter().map(|(c, _, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn as_intl_writes_them() {
        let long = DateStyle::Long;
        assert_eq!(format_date(d("2017-02-07"), "en", long), "7 February 2017");
        assert_eq!(format_date(d("2017-02-07"), "de", long), "7. Februar 2017");
        assert_eq!(format_date(d("2026-06-02"), "hu", long), "2026. június 2.");
        assert_eq!(format_date(d("2026-12-24"), "lt", long), "2026 m. gruodžio 24 d.");
        assert_eq!(format_date(d("2026-03-01"), "pt-BR", long), "1 de março de 2026");
        assert_eq!(format_date(d("2026-03-01"), "tlh", long), "2026-03-01");
        assert_eq!(format_date(d("2017-02-07"), "fr", DateStyle::Numeric), "07.02.2017");
        assert_eq!(long_date(d("2017-02-07"), "DE").as_deref(), Some("7. Februar 2017"));
        assert_eq!(long_date(d("2017-02-07"), "de-AT"), None);
    }

    #[test]
    fn regional_forms() {
        let long = DateStyle::Long;
        assert_eq!(format_date(d("2017-02-07"), "en-US", long), "February 7, 2017");
        assert_eq!(format_date(d("2017-02-07"), "en_ca", long), "February 7, 2017");
        assert_eq!(format_date(d("2017-02-07"), "en-Latn-US", long), "February 7, 2017");
        assert_eq!(format_date(d("2017-02-07"), "en-GB", long), "7 February 2017");
        assert_eq!(format_date(d("2017-02-07"), "en-IE", long), "7 February 2017");
        assert_eq!(format_date(d("2017-01-07"), "de-AT", long), "7. Jänner 2017");
        assert_eq!(format_date(d("2017-02-07"), "de-AT", long), "7. Februar 2017");
        assert_eq!(format_date(d("2017-01-07"), "de-CH", long), "7. Januar 2017");
        assert_eq!(format_date(d("2017-02-07"), "fr-CA", long), "7 février 2017");
        assert_eq!(format_date(d("2017-02-07"), "ja", long), "2017-02-07");
    }

    #[test]
    fn the_table_holds_the_24_languages_of_the_interface() {
        let table: Vec<&str> = codes().collect();
        let words: Vec<&str> = crate::i18n::LANGUAGES.iter().map(|(c, _)| *c).collect();
        assert_eq!(table.len(), 24);
        assert_eq!(table, words);
    }
}
