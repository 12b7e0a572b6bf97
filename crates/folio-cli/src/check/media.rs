//! The contract's video, audio and document blocks (and an article's documents),
//! checked field by field. The rules are the app's own (`content::media`): what fails
//! here is what the app skips.

use crate::check::fields::{optional_string, required, string, text, text_field, type_name, url};
use crate::check::problem::{at, join, Report};
use folio_core::content::decode::is_valid_language;
use folio_core::content::media::{is_mime, source};
use folio_core::content::url::UrlUse;
use serde_json::{Map, Value};

type Object = Map<String, Value>;

/// A whole number of seconds (or bytes) from 0, when present.
fn whole_number(r: &mut Report, o: &Object, parent: &str, name: &str, max: u64, unit: &str) {
    if let Some(v) = o.get(name) {
        if v.as_u64().is_none_or(|n| n > max) {
            r.error(&join(parent, name), format!("must be a whole number of {unit} from 0"));
        }
    }
}

fn language(r: &mut Report, o: &Object, parent: &str, name: &str) {
    if let Some(l) = o.get(name) {
        let field = join(parent, name);
        if string(r, &field, l).is_some_and(|l| !is_valid_language(l)) {
            r.error(&field, format!("{l} is not a language code"));
        }
    }
}

pub fn video(r: &mut Report, field: &str, o: &Object) {
    text_field(r, o, field, "title");
    let provider = required(r, o, field, "provider").and_then(|p| string(r, &join(field, "provider"), p));
    match provider {
        Some("file") => {
            if let Some(src) = required(r, o, field, "src") {
                url(r, &join(field, "src"), src, UrlUse::File);
            }
        }
        Some(p) => {
            let id = o.get("id").and_then(Value::as_str);
            let origin = o.get("origin").and_then(Value::as_str);
            if let Err(why) = source(p, id, origin) {
                r.error(field, format!("{why}: readers will not see this video"));
            }
        }
        None => {}
    }
    if let Some(poster) = o.get("poster") {
        crate::check::fields::image(r, &join(field, "poster"), poster);
    }
    whole_number(r, o, field, "duration", u32::MAX.into(), "seconds");
    whole_number(r, o, field, "start", u32::MAX.into(), "seconds");
    optional_string(r, o, field, "caption");
    optional_string(r, o, field, "credit");
    if let Some(tracks) = o.get("captions") {
        let list_field = join(field, "captions");
        let Some(list) = tracks.as_array() else {
            r.error(&list_field, format!("must be an array, not {}", type_name(tracks)));
            return;
        };
        if provider != Some("file") {
            r.warning(&list_field, "captions are used with a `file` video only");
        }
        for (i, t) in list.iter().enumerate() {
            let f = at(&list_field, i);
            let Some(t) = t.as_object() else {
                r.error(&f, format!("must be an object, not {}", type_name(t)));
                continue;
            };
            if let Some(src) = required(r, t, &f, "src") {
                url(r, &join(&f, "src"), src, UrlUse::File);
            }
            if required(r, t, &f, "lang").is_some() {
                language(r, t, &f, "lang");
            }
            text_field(r, t, &f, "label");
        }
    }
}

pub fn audio(r: &mut Report, field: &str, o: &Object) {
    text_field(r, o, field, "title");
    if let Some(src) = required(r, o, field, "src") {
        url(r, &join(field, "src"), src, UrlUse::File);
    }
    whole_number(r, o, field, "duration", u32::MAX.into(), "seconds");
    if let Some(t) = o.get("transcript") {
        text(r, &join(field, "transcript"), t);
    }
}

/// A list of documents; in a `document` block it may not be empty.
pub fn documents(r: &mut Report, field: &str, v: &Value, in_block: bool) {
    let Some(list) = v.as_array() else {
        r.error(field, format!("must be an array of documents, not {}", type_name(v)));
        return;
    };
    if in_block && list.is_empty() {
        r.error(field, "is empty");
    }
    for (i, d) in list.iter().enumerate() {
        let f = at(field, i);
        let Some(d) = d.as_object() else {
            r.error(&f, format!("must be an object, not {}", type_name(d)));
            continue;
        };
        if let Some(href) = required(r, d, &f, "href") {
            url(r, &join(&f, "href"), href, UrlUse::File);
        }
        text_field(r, d, &f, "title");
        if let Some(t) = d.get("type") {
            let tf = join(&f, "type");
            if string(r, &tf, t).is_some_and(|t| !is_mime(t)) {
                r.error(&tf, format!("{t} is not a MIME type (like application/pdf)"));
            }
        }
        whole_number(r, d, &f, "size", u64::MAX, "bytes");
        language(r, d, &f, "lang");
    }
}
