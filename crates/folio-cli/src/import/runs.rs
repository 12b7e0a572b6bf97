//! A run of rich text as the contract writes it, for every importer: a bare string when
//! it has no style, else `{ text, bold?, italic?, code?, sup?, sub?, link? }` with only the
//! styles it has. An importer collects `Inline`s (the app's own run) and writes them here.

use folio_core::content::model::Inline;
use serde_json::{json, Map, Value};

/// Whether two runs are written in the same style (their text aside): the second can be
/// joined onto the first.
pub fn same_style(a: &Inline, b: &Inline) -> bool {
    (a.bold, a.italic, a.code, a.sup, a.sub, &a.link) == (b.bold, b.italic, b.code, b.sup, b.sub, &b.link)
}

pub fn run_json(run: &Inline) -> Value {
    if same_style(run, &Inline::default()) {
        return json!(run.text);
    }
    let mut o = Map::new();
    o.insert("text".into(), json!(run.text));
    for (name, on) in [
        ("bold", run.bold),
        ("italic", run.italic),
        ("code", run.code),
        ("sup", run.sup),
        ("sub", run.sub),
    ] {
        if on {
            o.insert(name.into(), json!(true));
        }
    }
    if let Some(l) = &run.link {
        o.insert("link".into(), json!(l));
    }
    Value::Object(o)
}
