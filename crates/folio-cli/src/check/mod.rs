//! The contract, checked field by field on one file's JSON. The app forgives what it can
//! (a bad block is skipped); these checks name every such place so the publisher can fix
//! it. The rules themselves (slugs, dates, URL schemes, language codes) are the app's.

pub mod fields;
pub mod media;
pub mod meta;
pub mod pieces;
pub mod problem;
pub mod structure;
pub mod tree;

use crate::check::fields::{
    image, object, optional_string, required, string, strings, text, text_field, type_name, url,
};
use crate::check::problem::{at, join, Report};
use folio_core::content::date::{is_rfc3339, Date};
use folio_core::content::decode::is_valid_language;
use folio_core::content::slug::is_valid_slug;
use folio_core::content::url::{scheme_of, UrlUse};
use folio_core::share::CHANNELS;
use serde_json::{Map, Value};

pub fn slug(r: &mut Report, o: &Map<String, Value>, parent: &str) -> Option<String> {
    let field = join(parent, "slug");
    let v = required(r, o, parent, "slug")?;
    let s = string(r, &field, v)?;
    if !is_valid_slug(s) {
        r.error(&field, format!("{s:?} is not a valid slug (lower-case letters and digits in words joined by single hyphens, at most 200 characters)"));
        return None;
    }
    Some(s.to_string())
}

fn date(r: &mut Report, o: &Map<String, Value>, parent: &str) {
    let field = join(parent, "date");
    if let Some(s) = required(r, o, parent, "date").and_then(|v| string(r, &field, v)) {
        if Date::parse(s).is_none() {
            r.error(&field, format!("{s:?} is not a date (YYYY-MM-DD, a real day)"));
        }
    }
}

fn block(r: &mut Report, field: &str, v: &Value) {
    let Some(o) = object(r, field, v) else { return };
    let Some(kind) = required(r, o, field, "type").and_then(|t| string(r, &join(field, "type"), t)) else {
        return;
    };
    match kind {
        "paragraph" | "heading" | "quote" => {
            if let Some(t) = required(r, o, field, "text") {
                text(r, &join(field, "text"), t);
            }
            if kind == "heading" {
                if let Some(level) = o.get("level") {
                    if !level.as_u64().is_some_and(|l| (2..=6).contains(&l)) {
                        r.error(
                            &join(field, "level"),
                            "must be 2, 3, 4, 5 or 6 (the title is the only level 1)",
                        );
                    }
                }
            }
            if kind == "quote" {
                optional_string(r, o, field, "cite");
            }
        }
        "list" => crate::check::structure::list(r, field, o, 1),
        "table" => crate::check::structure::table(r, field, o),
        "gallery" => crate::check::structure::gallery(r, field, o),
        "code" => crate::check::structure::code(r, field, o),
        "image" => {
            if let Some(img) = required(r, o, field, "image") {
                image(r, &join(field, "image"), img);
            }
        }
        "divider" => {}
        "video" => crate::check::media::video(r, field, o),
        "audio" => crate::check::media::audio(r, field, o),
        "document" => {
            if let Some(list) = required(r, o, field, "documents") {
                crate::check::media::documents(r, &join(field, "documents"), list, true);
            }
        }
        other => r.warning(
            &join(field, "type"),
            format!("unknown block type {other:?}: readers will not see this block"),
        ),
    }
}

/// A card in an index or among an article's `recommended`; returns its slug.
pub fn card(r: &mut Report, field: &str, v: &Value) -> Option<String> {
    let o = object(r, field, v)?;
    let s = slug(r, o, field);
    text_field(r, o, field, "kind");
    date(r, o, field);
    text_field(r, o, field, "title");
    optional_string(r, o, field, "summary");
    if let Some(img) = o.get("image") {
        image(r, &join(field, "image"), img);
    }
    if let Some(t) = o.get("topics") {
        strings(r, &join(field, "topics"), t);
    }
    s
}

pub fn site(r: &mut Report, v: &Value) {
    let Some(o) = object(r, "", v) else { return };
    if required(r, o, "", "version").is_some_and(|v| v.as_u64() != Some(1)) {
        r.error("version", "must be 1 (the contract's version)");
    }
    text_field(r, o, "", "name");
    let mut codes = Vec::new();
    match required(r, o, "", "languages") {
        Some(Value::Array(list)) if list.is_empty() => r.error("languages", "names no language"),
        Some(Value::Array(list)) => {
            for (i, item) in list.iter().enumerate() {
                let field = at("languages", i);
                if let Some(code) = string(r, &field, item) {
                    if !is_valid_language(code) {
                        r.error(
                            &field,
                            format!("{code:?} is not a language code (like en, de or pt-BR)"),
                        );
                    } else if codes.contains(&code) {
                        r.error(&field, format!("{code:?} is listed twice"));
                    }
                    codes.push(code);
                }
            }
        }
        Some(other) => r.error(
            "languages",
            format!("must be an array of language codes, not {}", type_name(other)),
        ),
        None => {}
    }
    if let Some(d) = required(r, o, "", "default_language").and_then(|d| string(r, "default_language", d)) {
        if !codes.is_empty() && !codes.contains(&d) {
            r.error("default_language", format!("{d:?} is not one of the site's languages"));
        }
    }
    if let Some(base) = o.get("canonical_base") {
        if let Some(b) = string(r, "canonical_base", base) {
            if !matches!(scheme_of(b).as_deref(), Some("http" | "https")) {
                r.error("canonical_base", "must be an absolute http or https URL");
            }
        }
    }
    if let Some(share) = o.get("share") {
        strings(r, "share", share);
        for (i, c) in share.as_array().into_iter().flatten().enumerate() {
            if let Some(c) = c.as_str().filter(|c| !CHANNELS.contains(c)) {
                r.warning(
                    &at("share", i),
                    format!(
                        "{c:?} is not a share channel ({}): it is not shown",
                        CHANNELS.join(", ")
                    ),
                );
            }
        }
    }
    if let Some(h) = o.get("people_heading") {
        labels(r, "people_heading", h);
    }
    for name in ["kinds", "topics"] {
        if let Some(sets) = o.get(name) {
            if let Some(sets) = object(r, name, sets) {
                for (code, l) in sets {
                    labels(r, &join(name, code), l);
                }
            }
        }
    }
    if let Some(style) = o.get("date_style") {
        if !matches!(style.as_str(), Some("long" | "numeric")) {
            r.error("date_style", "must be \"long\" or \"numeric\"");
        }
    }
    if let Some(count) = o.get("recommended_cards") {
        if count.as_u64().is_none_or(|n| n > 12) {
            r.error("recommended_cards", "must be a whole number from 0 to 12");
        }
    }
}

/// Labels by language code.
fn labels(r: &mut Report, field: &str, v: &Value) {
    if let Some(o) = object(r, field, v) {
        for (lang, label) in o {
            string(r, &join(field, lang), label);
        }
    }
}

/// index.json; returns its cards' slugs in order.
pub fn index(r: &mut Report, v: &Value) -> Vec<Option<String>> {
    let Some(o) = object(r, "", v) else { return Vec::new() };
    split_fields(r, o);
    match required(r, o, "", "articles") {
        Some(Value::Array(list)) => list
            .iter()
            .enumerate()
            .map(|(i, c)| card(r, &at("articles", i), c))
            .collect(),
        Some(other) => {
            r.error("articles", format!("must be an array, not {}", type_name(other)));
            Vec::new()
        }
        None => Vec::new(),
    }
}

/// A whole number of at least `min`.
fn whole(r: &mut Report, field: &str, v: &Value, min: u64) {
    if v.as_u64().is_none_or(|n| n < min) {
        r.error(field, format!("must be a whole number of at least {min}, not {v}"));
    }
}

/// `{ "code": count, … }`.
fn counts(r: &mut Report, field: &str, v: &Value) {
    if let Some(o) = object(r, field, v) {
        for (code, n) in o {
            whole(r, &join(field, code), n, 1);
        }
    }
}

/// The fields of a split index (§4): their types here; whether they agree with the
/// pieces and the articles, in `pieces`.
fn split_fields(r: &mut Report, o: &Map<String, Value>) {
    for name in ["total", "search"] {
        if let Some(v) = o.get(name) {
            whole(r, name, v, 1);
        }
    }
    for name in ["kinds", "topics"] {
        if let Some(v) = o.get(name) {
            counts(r, name, v);
        }
    }
    let Some(pieces) = o.get("pieces") else { return };
    let Some(list) = pieces.as_array() else {
        r.error("pieces", format!("must be an array, not {}", type_name(pieces)));
        return;
    };
    for (i, p) in list.iter().enumerate() {
        let field = at("pieces", i);
        let Some(p) = object(r, &field, p) else { continue };
        for (name, min) in [("number", 1), ("count", 1)] {
            if let Some(v) = required(r, p, &field, name) {
                whole(r, &join(&field, name), v, min);
            }
        }
        for name in ["newest", "oldest"] {
            let f = join(&field, name);
            if let Some(s) = required(r, p, &field, name).and_then(|v| string(r, &f, v)) {
                if Date::parse(s).is_none() {
                    r.error(&f, format!("{s:?} is not a date (YYYY-MM-DD, a real day)"));
                }
            }
        }
        for name in ["kinds", "topics"] {
            if let Some(v) = p.get(name) {
                counts(r, &join(&field, name), v);
            }
        }
    }
}

pub fn article(r: &mut Report, v: &Value) {
    let Some(o) = object(r, "", v) else { return };
    slug(r, o, "");
    if let Some(l) = required(r, o, "", "language").and_then(|l| string(r, "language", l)) {
        if !is_valid_language(l) {
            r.error("language", format!("{l:?} is not a language code"));
        }
    }
    text_field(r, o, "", "kind");
    date(r, o, "");
    text_field(r, o, "", "title");
    if let Some(u) = o.get("updated") {
        if string(r, "updated", u).is_some_and(|u| !is_rfc3339(u)) {
            r.error("updated", "is not an RFC 3339 time (like 2017-02-08T10:37:00Z)");
        }
    }
    for name in ["subtitle", "summary"] {
        optional_string(r, o, "", name);
    }
    if let Some(img) = o.get("image") {
        image(r, "image", img);
    }
    match required(r, o, "", "body") {
        Some(Value::Array(blocks)) => {
            for (i, b) in blocks.iter().enumerate() {
                block(r, &at("body", i), b);
            }
        }
        Some(other) => r.error("body", format!("must be an array of blocks, not {}", type_name(other))),
        None => {}
    }
    if let Some(list) = o.get("documents") {
        crate::check::media::documents(r, "documents", list, false);
    }
    if let Some(people) = o.get("people") {
        match people.as_array() {
            Some(list) => {
                for (i, p) in list.iter().enumerate() {
                    let field = at("people", i);
                    let Some(p) = object(r, &field, p) else { continue };
                    text_field(r, p, &field, "name");
                    optional_string(r, p, &field, "role");
                    if let Some(photo) = p.get("photo") {
                        image(r, &join(&field, "photo"), photo);
                    }
                    if let Some(u) = p.get("url") {
                        url(r, &join(&field, "url"), u, UrlUse::Link);
                    }
                }
            }
            None => r.error("people", format!("must be an array, not {}", type_name(people))),
        }
    }
    if let Some(rec) = o.get("recommended") {
        match rec.as_array() {
            Some(list) => {
                for (i, c) in list.iter().enumerate() {
                    card(r, &at("recommended", i), c);
                }
            }
            None => r.error(
                "recommended",
                format!("must be an array of cards, not {}", type_name(rec)),
            ),
        }
    }
    if let Some(t) = o.get("translations") {
        if let Some(t) = object(r, "translations", t) {
            for (lang, s) in t {
                let field = join("translations", lang);
                if !is_valid_language(lang) {
                    r.error(&field, format!("{lang:?} is not a language code"));
                }
                if let Some(s) = string(r, &field, s) {
                    if !is_valid_slug(s) {
                        r.error(&field, format!("{s:?} is not a valid slug"));
                    }
                }
            }
        }
    }
    if let Some(t) = o.get("topics") {
        strings(r, "topics", t);
    }
}
