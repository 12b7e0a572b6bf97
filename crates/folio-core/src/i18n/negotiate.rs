//! Which language a reader gets, and what each language needs in the page's markup.
//! Pure: the browser's preferences come in as plain strings.

/// The language for `/`: the reader's remembered choice if the site still has it, else the
/// first of the browser's languages the site has (exactly, or by primary subtag either
/// way: `de-AT` finds `de`, `pt` finds `pt-BR`), else the site's default.
pub fn choose_language(remembered: Option<&str>, browser: &[String], site: &[String], default: &str) -> String {
    let exact = |want: &str| site.iter().find(|l| l.eq_ignore_ascii_case(want));
    if let Some(found) = remembered.and_then(exact) {
        return found.clone();
    }
    for want in browser {
        if let Some(found) = exact(want) {
            return found.clone();
        }
        let wanted = primary(want);
        if let Some(found) = site.iter().find(|l| primary(l).eq_ignore_ascii_case(wanted)) {
            return found.clone();
        }
    }
    default.to_string()
}

fn primary(code: &str) -> &str {
    code.split(['-', '_']).next().unwrap_or(code)
}

/// Languages written right to left, by primary subtag, plus any code naming a
/// right-to-left script.
pub fn is_rtl(lang: &str) -> bool {
    const RTL: [&str; 12] = ["ar", "arc", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"];
    const RTL_SCRIPTS: [&str; 5] = ["arab", "hebr", "syrc", "thaa", "nkoo"];
    let lower = lang.to_ascii_lowercase();
    RTL.contains(&primary(&lower)) || lower.split('-').skip(1).any(|s| RTL_SCRIPTS.contains(&s))
}

/// The Open Graph locale (`language_TERRITORY`): a code's own region when it has one,
/// else the usual territory of each EU language; other codes pass as they are.
pub fn og_locale(lang: &str) -> String {
    let mut parts = lang.split('-');
    let language = parts.next().unwrap_or(lang).to_ascii_lowercase();
    if let Some(region) = parts.find(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic())) {
        return format!("{language}_{}", region.to_ascii_uppercase());
    }
    let territory = match language.as_str() {
        "bg" => "BG",
        "cs" => "CZ",
        "da" => "DK",
        "de" => "DE",
        "el" => "GR",
        "en" => "GB",
        "es" => "ES",
        "et" => "EE",
        "fi" => "FI",
        "fr" => "FR",
        "ga" => "IE",
        "hr" => "HR",
        "hu" => "HU",
        "it" => "IT",
        "lt" => "LT",
        "lv" => "LV",
        "mt" => "MT",
        "nl" => "NL",
        "pl" => "PL",
        "pt" => "PT",
        "ro" => "RO",
        "sk" => "SK",
        "sl" => "SI",
        "sv" => "SE",
        _ => return language,
    };
    format!("{language}_{territory}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn remembered_choice_wins_when_the_site_has_it() {
        let site = strings(&["en", "de", "fr"]);
        assert_eq!(choose_language(Some("fr"), &strings(&["de"]), &site, "en"), "fr");
        assert_eq!(choose_language(Some("FR"), &[], &site, "en"), "fr");
        assert_eq!(
            choose_language(Some("it"), &strings(&["de"]), &site, "en"),
            "de",
            "a stale choice is ignored"
        );
    }

    #[test]
    fn browser_languages_in_order_with_regions() {
        let site = strings(&["en", "de", "fr", "pt-BR"]);
        assert_eq!(choose_language(None, &strings(&["de-AT", "fr"]), &site, "en"), "de");
        assert_eq!(
            choose_language(None, &strings(&["it", "fr-BE", "de"]), &site, "en"),
            "fr"
        );
        assert_eq!(choose_language(None, &strings(&["pt"]), &site, "en"), "pt-BR");
        assert_eq!(choose_language(None, &strings(&["pt-PT"]), &site, "en"), "pt-BR");
        assert_eq!(choose_language(None, &strings(&["EN-us"]), &site, "de"), "en");
        assert_eq!(choose_language(None, &strings(&["de_CH"]), &site, "en"), "de");
    }

    #[test]
    fn unknown_or_empty_preferences_fall_back_to_the_default() {
        let site = strings(&["en", "de"]);
        assert_eq!(
            choose_language(None, &strings(&["ja", "zh-Hant", "", "*"]), &site, "de"),
            "de"
        );
        assert_eq!(choose_language(None, &[], &site, "en"), "en");
        assert_eq!(choose_language(Some(""), &[], &site, "en"), "en");
    }

    #[test]
    fn right_to_left() {
        for rtl in ["ar", "he", "fa-IR", "ur", "yi", "AR-eg", "az-Arab", "pa-arab"] {
            assert!(is_rtl(rtl), "{rtl}");
        }
        for ltr in ["en", "de", "mt", "ga", "el", "bg", "arn", "az-Latn", "her"] {
            assert!(!is_rtl(ltr), "{ltr}");
        }
    }

    #[test]
    fn open_graph_locales() {
        assert_eq!(og_locale("en"), "en_GB");
        assert_eq!(og_locale("sl"), "sl_SI");
        assert_eq!(og_locale("pt-BR"), "pt_BR");
        assert_eq!(og_locale("sr-Latn-RS"), "sr_RS");
        assert_eq!(og_locale("ja"), "ja");
    }
}
