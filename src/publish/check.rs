//! The contract, checked field by field on one file's JSON. The app forgives what it can
//! (a bad block is skipped); these checks name every such place so the publisher can fix
//! it. The rules themselves (slugs, dates, URL schemes, language codes) are the app's.

use super::problem::{at, join, Report};
use crate::content::date::{is_rfc3339, Date};
use crate::content::decode::is_valid_language;
use crate::content::model::IMAGE_TYPES;
use crate::content::slug::is_valid_slug;
use crate::content::url::{scheme_of, UrlUse};
use crate::share::CHANNELS;
use serde_json::{Map, Value};

/// The JSON type, in words for a message.
pub(super) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

pub(super) fn object<'v>(r: &mut Report, field: &str, v: &'v Value) -> Option<&'v Map<String, Value>> {
    let o = v.as_object();
    if o.is_none() {
        r.error(field, format!("must be an object, not {}", type_name(v)));
    }
    o
}

pub(super) fn required<'v>(r: &mut Report, o: &'v Map<String, Value>, parent: &str, name: &str) -> Option<&'v Value> {
    let v = o.get(name);
    if v.is_none() {
        r.error(&join(parent, name), "is required");
    }
    v
}

pub(super) fn string<'v>(r: &mut Report, field: &str, v: &'v Value) -> Option<&'v str> {
    let s = v.as_str();
    if s.is_none() {
        r.error(field, format!("must be a string, not {}", type_name(v)));
    }
    s
}

/// A required string that is not blank.
pub(super) fn text_field<'v>(r: &mut Report, o: &'v Map<String, Value>, parent: &str, name: &str) -> Option<&'v str> {
    let field = join(parent, name);
    let v = required(r, o, parent, name)?;
    let s = string(r, &field, v)?;
    if s.trim().is_empty() {
        r.error(&field, "is empty");
    }
    Some(s)
}

pub(super) fn optional_string(r: &mut Report, o: &Map<String, Value>, parent: &str, name: &str) {
    if let Some(v) = o.get(name) {
        string(r, &join(parent, name), v);
    }
}

pub(super) fn optional_bool(r: &mut Report, o: &Map<String, Value>, parent: &str, name: &str) {
    if let Some(v) = o.get(name) {
        if !v.is_boolean() {
            r.error(
                &join(parent, name),
                format!("must be true or false, not {}", type_name(v)),
            );
        }
    }
}

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

/// A URL's scheme must be allowed for its use; what it says about relative files is
/// checked against the tree later (`cross`).
pub(super) fn url(r: &mut Report, field: &str, v: &Value, use_: UrlUse) {
    let Some(s) = string(r, field, v) else { return };
    if s.trim().is_empty() {
        r.error(field, "is empty");
        return;
    }
    if let Some(scheme) = scheme_of(s) {
        if !use_.allows(&scheme) {
            r.error(field, format!("scheme {scheme:?} is not allowed"));
        }
    }
}

fn positive_integer(r: &mut Report, o: &Map<String, Value>, parent: &str, name: &str) {
    if let Some(v) = o.get(name) {
        if !v.as_u64().is_some_and(|n| (1..=u32::MAX as u64).contains(&n)) {
            r.error(&join(parent, name), "must be a whole number of pixels above 0");
        }
    }
}

pub fn image(r: &mut Report, field: &str, v: &Value) {
    let Some(o) = object(r, field, v) else { return };
    if let Some(src) = required(r, o, field, "src") {
        url(r, &join(field, "src"), src, UrlUse::Image);
    }
    match o.get("alt") {
        None => r.error(
            &join(field, "alt"),
            "missing alt text (describe the image for readers who cannot see it)",
        ),
        Some(alt) => {
            if string(r, &join(field, "alt"), alt).is_some_and(|a| a.trim().is_empty()) {
                r.warning(
                    &join(field, "alt"),
                    "empty alt text marks the image as decorative: screen readers skip it",
                );
            }
        }
    }
    for name in ["credit", "caption"] {
        optional_string(r, o, field, name);
    }
    for name in ["width", "height"] {
        positive_integer(r, o, field, name);
    }
    if let Some(v) = o.get("variants") {
        variants(r, &join(field, "variants"), v, o.get("width").and_then(Value::as_u64));
    }
    if let Some(v) = o.get("focus") {
        focus(r, &join(field, "focus"), v);
    }
}

/// An image's variants: each a file (`src`) at a width no wider than the original's
/// (`original`, when the image gives it), of a known type.
fn variants(r: &mut Report, field: &str, v: &Value, original: Option<u64>) {
    let Some(list) = v.as_array() else {
        r.error(field, format!("must be a list of variants, not {}", type_name(v)));
        return;
    };
    for (i, item) in list.iter().enumerate() {
        let f = at(field, i);
        let Some(o) = object(r, &f, item) else { continue };
        if let Some(src) = required(r, o, &f, "src") {
            url(r, &join(&f, "src"), src, UrlUse::Image);
        }
        if required(r, o, &f, "width").is_some() {
            positive_integer(r, o, &f, "width");
        }
        let width = o.get("width").and_then(Value::as_u64);
        if let (Some(w), Some(original)) = (width, original) {
            if w > original {
                r.error(
                    &join(&f, "width"),
                    format!("{w} is wider than the image itself ({original}): a variant is never enlarged"),
                );
            }
        }
        if let Some(t) = required(r, o, &f, "type") {
            if !t.as_str().is_some_and(|t| IMAGE_TYPES.contains(&t)) {
                r.error(
                    &join(&f, "type"),
                    format!(
                        "{t} is not one of the types a variant may have: {}",
                        IMAGE_TYPES.join(", ")
                    ),
                );
            }
        }
    }
}

/// Where cards crop: `x` and `y`, each from 0 to 1.
fn focus(r: &mut Report, field: &str, v: &Value) {
    let Some(o) = object(r, field, v) else { return };
    for name in ["x", "y"] {
        if let Some(n) = required(r, o, field, name) {
            if !n.as_f64().is_some_and(|n| (0.0..=1.0).contains(&n)) {
                r.error(&join(field, name), format!("{n} must be a number from 0 to 1"));
            }
        }
    }
}

fn strings(r: &mut Report, field: &str, v: &Value) {
    match v.as_array() {
        Some(list) => {
            for (i, item) in list.iter().enumerate() {
                string(r, &at(field, i), item);
            }
        }
        None => r.error(field, format!("must be an array of strings, not {}", type_name(v))),
    }
}

/// Inline text: a string, or an array of strings and `{text, bold?, italic?, link?,
/// code?, sup?, sub?}` runs.
pub(super) fn text(r: &mut Report, field: &str, v: &Value) {
    let runs: Vec<(String, &Value)> = match v {
        Value::Array(list) => list.iter().enumerate().map(|(i, x)| (at(field, i), x)).collect(),
        other => vec![(field.to_string(), other)],
    };
    let mut blank = true;
    for (field, run) in runs {
        match run {
            Value::String(s) => blank &= s.trim().is_empty(),
            Value::Object(o) => {
                if let Some(s) = required(r, o, &field, "text").and_then(|t| string(r, &join(&field, "text"), t)) {
                    blank &= s.trim().is_empty();
                }
                for flag in ["bold", "italic", "code", "sup", "sub"] {
                    optional_bool(r, o, &field, flag);
                }
                if let Some(link) = o.get("link") {
                    url(r, &join(&field, "link"), link, UrlUse::Link);
                }
            }
            other => r.error(
                &field,
                format!("must be a string or a text run object, not {}", type_name(other)),
            ),
        }
    }
    if blank {
        r.error(field, "has no text");
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
        "list" => super::check_structure::list(r, field, o, 1),
        "table" => super::check_structure::table(r, field, o),
        "gallery" => super::check_structure::gallery(r, field, o),
        "code" => super::check_structure::code(r, field, o),
        "image" => {
            if let Some(img) = required(r, o, field, "image") {
                image(r, &join(field, "image"), img);
            }
        }
        "divider" => {}
        "video" => super::check_media::video(r, field, o),
        "audio" => super::check_media::audio(r, field, o),
        "document" => {
            if let Some(list) = required(r, o, field, "documents") {
                super::check_media::documents(r, &join(field, "documents"), list, true);
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
        super::check_media::documents(r, "documents", list, false);
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
