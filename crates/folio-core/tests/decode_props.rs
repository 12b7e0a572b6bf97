//! Property tests: no input makes a decoder panic. Arbitrary bytes, arbitrary JSON, and
//! JSON shaped like the contract (its field names and block types, with values of any
//! type), for all three files. Bounded: PROPTEST_CASES (default 512 per property).
#![cfg(not(target_arch = "wasm32"))]

use folio_core::content::decode::{decode_article, decode_article_lenient, decode_index, decode_site};
use proptest::prelude::*;
use serde_json::{Map, Value};

fn decode_all(text: &str) {
    let _ = decode_site(text);
    let _ = decode_index(text);
    let _ = decode_article(text);
}

/// Any JSON value, a few levels deep.
fn json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        ".{0,24}".prop_map(Value::String),
        prop::sample::select(vec![
            "2020-02-29",
            "2021-02-29",
            "javascript:alert(1)",
            "img/a.svg",
            "a-b",
            "",
            " JaVa\tScRiPt:x"
        ])
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((field(), inner), 0..6)
                .prop_map(|kv| Value::Object(kv.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// Field names of the contract, so generated objects reach deep into the decoders.
fn field() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "slug",
            "language",
            "kind",
            "date",
            "updated",
            "title",
            "subtitle",
            "summary",
            "image",
            "src",
            "alt",
            "credit",
            "caption",
            "width",
            "height",
            "body",
            "type",
            "text",
            "bold",
            "italic",
            "link",
            "level",
            "cite",
            "ordered",
            "items",
            "people",
            "name",
            "role",
            "photo",
            "url",
            "recommended",
            "translations",
            "topics",
            "articles",
            "version",
            "default_language",
            "languages",
            "canonical_base",
            "share",
            "people_heading",
            "kinds",
            "date_style",
        ])
        .prop_map(str::to_string),
        "[a-z]{1,6}",
    ]
}

/// The block types both paths read field by field, and one Folio does not know.
fn block_type() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "paragraph",
        "heading",
        "quote",
        "list",
        "image",
        "divider",
        "table",
        "gallery",
        "code",
        "poll",
    ])
}

/// An article-shaped object: the required fields present, with anything in them.
fn article_like() -> impl Strategy<Value = Value> {
    let block = (block_type(), json()).prop_map(|(kind, rest)| {
        let mut block = match rest {
            Value::Object(m) => m,
            other => Map::from_iter([("text".to_string(), other)]),
        };
        block.insert("type".into(), Value::String(kind.into()));
        Value::Object(block)
    });
    (json(), json(), prop::collection::vec(block, 0..8), json()).prop_map(|(title, date, body, extra)| {
        let mut m = Map::new();
        m.insert("slug".into(), "a-b".into());
        m.insert("language".into(), "en".into());
        m.insert("kind".into(), "news".into());
        m.insert("date".into(), if date.is_string() { date } else { "2020-01-01".into() });
        m.insert("title".into(), title);
        m.insert("body".into(), Value::Array(body));
        if let Value::Object(extra) = extra {
            for (k, v) in extra {
                m.entry(k).or_insert(v);
            }
        }
        Value::Object(m)
    })
}

/// A run as content writes it, sometimes with a twist the fast path must hand over.
fn run() -> impl Strategy<Value = Value> {
    let text = prop::sample::select(vec!["Words ", "", "  ", "Zürich & <b>", "\u{1F600}"]).prop_map(Value::from);
    let link = prop::sample::select(vec!["https://e.org/a", "img/x", " JaVa\tScRiPt:x", "mailto:a@b.eu"]);
    let flag = prop_oneof![6 => Just(None), 6 => Just(Some(Value::Bool(true))), 2 => Just(Some(Value::Null)), 1 => Just(Some(Value::from("yes")))];
    prop_oneof![
        10 => text.clone(),
        10 => (text, flag.clone(), flag.clone(), prop::option::of(link), flag.clone(), flag).prop_map(|(t, b, i, l, c, sup)| {
            let mut m = Map::new();
            m.insert("text".into(), t);
            if let Some(b) = b { m.insert("bold".into(), b); }
            if let Some(i) = i { m.insert("italic".into(), i); }
            if let Some(l) = l { m.insert("link".into(), l.into()); }
            if let Some(c) = c { m.insert("code".into(), c); }
            if let Some(s) = sup { m.insert(if t_is_short(&m) { "sub" } else { "sup" }.into(), s); }
            Value::Object(m)
        }),
        1 => Just(Value::from(3)),
    ]
}

/// Whether a run's text is short (the generator's way of choosing `sub` or `sup`).
fn t_is_short(run: &Map<String, Value>) -> bool {
    run.get("text").and_then(Value::as_str).is_some_and(|t| t.len() < 3)
}

/// A list item: rich text, or (sometimes) one holding a list of its own, to five levels.
fn item() -> impl Strategy<Value = Value> {
    text().prop_recursive(5, 24, 3, |inner| {
        prop_oneof![
            3 => text(),
            1 => (text(), prop::collection::vec(inner, 0..3), prop::option::of(any::<bool>())).prop_map(|(t, items, ordered)| {
                let mut list = Map::new();
                list.insert("items".into(), Value::Array(items));
                if let Some(o) = ordered { list.insert("ordered".into(), o.into()); }
                serde_json::json!({ "text": t, "list": list })
            }),
        ]
    })
}

/// A table cell: rich text, or `{ text, colspan, rowspan }` with spans good or bad.
fn cell() -> impl Strategy<Value = Value> {
    let span = prop::sample::select(vec![
        Value::from(2),
        Value::from(0),
        Value::from(500),
        Value::from("2"),
        Value::Null,
    ]);
    prop_oneof![
        4 => text(),
        1 => (text(), span.clone(), prop::option::of(span)).prop_map(|(t, c, r)| {
            let mut m = Map::new();
            m.insert("text".into(), t);
            m.insert("colspan".into(), c);
            if let Some(r) = r { m.insert("rowspan".into(), r); }
            Value::Object(m)
        }),
    ]
}

/// Rich text: mostly arrays of runs, sometimes a bare string or a lone run.
fn text() -> impl Strategy<Value = Value> {
    prop_oneof![
        4 => prop::collection::vec(run(), 0..4).prop_map(Value::Array),
        1 => run(),
    ]
}

/// An image, well-formed or nearly.
fn image() -> impl Strategy<Value = Value> {
    (
        prop::sample::select(vec!["img/a.svg", "javascript:x", "https://cdn.e.org/a.jpg"]),
        prop::option::of(prop::sample::select(vec!["An image", ""])),
        prop::sample::select(vec![
            None,
            None,
            Some(Value::from(1200)),
            Some(Value::from(1200)),
            Some(Value::from(0)),
            Some(Value::from(-1)),
            Some(Value::from(1.5)),
        ]),
    )
        .prop_map(|(src, alt, width)| {
            let mut m = Map::new();
            m.insert("src".into(), src.into());
            if let Some(a) = alt {
                m.insert("alt".into(), a.into());
            }
            if let Some(w) = width {
                m.insert("width".into(), w);
            }
            Value::Object(m)
        })
}

/// A body block as content writes it, or nearly.
fn block() -> impl Strategy<Value = Value> {
    (
        block_type(),
        prop::option::of(text()),
        prop::sample::select(vec![
            None,
            None,
            Some(Value::from(2)),
            Some(Value::from(3)),
            Some(Value::from(7)),
            Some(Value::from(300)),
            Some(Value::Null),
        ]),
        prop::option::of(prop::collection::vec(item(), 0..3)),
        prop::option::of(image()),
        prop::option::of(prop::sample::select(vec!["Cite", " "])),
        (
            prop::option::of(prop::collection::vec(prop::collection::vec(cell(), 0..3), 0..3)),
            prop::option::of(prop::collection::vec(image(), 0..4)),
            prop::option::of(prop::sample::select(vec![
                Value::from("Rust"),
                Value::from(" "),
                Value::Bool(true),
            ])),
            prop::option::of(prop::sample::select(vec![
                Value::Bool(true),
                Value::Bool(false),
                Value::from("yes"),
            ])),
        ),
    )
        .prop_map(
            |(kind, text, level, items, image, cite, (rows, images, language, flag))| {
                let mut m = Map::new();
                m.insert("type".into(), kind.into());
                if let Some(t) = text {
                    m.insert("text".into(), t);
                }
                if let Some(l) = level {
                    m.insert("level".into(), l);
                }
                if let Some(i) = items {
                    m.insert("items".into(), Value::Array(i));
                }
                if let Some(i) = image {
                    m.insert("image".into(), i);
                }
                if let Some(c) = cite {
                    m.insert("cite".into(), c.into());
                }
                if let Some(r) = rows {
                    m.insert("rows".into(), serde_json::json!(r));
                }
                if let Some(i) = images {
                    m.insert("images".into(), Value::Array(i));
                }
                if let Some(l) = language {
                    m.insert("language".into(), l);
                }
                if let Some(f) = flag {
                    // The flags of the new blocks, one at a time.
                    let name = match kind {
                        "table" => "header_row",
                        "code" => "verse",
                        _ => "ordered",
                    };
                    m.insert(name.into(), f);
                }
                Value::Object(m)
            },
        )
}

/// An article as content writes it: the fast path reads most of these itself.
fn article_written() -> impl Strategy<Value = Value> {
    (
        prop::collection::vec(block(), 0..6),
        prop::option::of(image()),
        prop::sample::select(vec!["a-b", "Bad Slug"]),
        prop::sample::select(vec!["2026-02-28", "2026-02-30"]),
        prop::option::of(prop::sample::select(vec!["2026-03-01T10:00:00Z", "soon"])),
        prop::sample::select(vec![
            Value::Null,
            serde_json::json!({ "de": "a-de", "x y": "b", "fr": "Bad" }),
            serde_json::json!([{ "name": "Ana", "role": " ", "url": "javascript:x" }, { "role": "r" }]),
            serde_json::json!([{ "slug": "c-d", "kind": "news", "date": "2026-01-01", "title": "C", "topics": ["t"] }, { "slug": "x" }]),
        ]),
    )
        .prop_map(|(body, image, slug, date, updated, extra)| {
            let mut m = Map::new();
            m.insert("slug".into(), slug.into());
            m.insert("language".into(), "en".into());
            m.insert("kind".into(), "news".into());
            m.insert("date".into(), date.into());
            m.insert("title".into(), "T".into());
            m.insert("body".into(), Value::Array(body));
            if let Some(i) = image { m.insert("image".into(), i); }
            if let Some(u) = updated { m.insert("updated".into(), u.into()); }
            match &extra {
                Value::Object(_) => { m.insert("translations".into(), extra); }
                Value::Array(list) if list[0].get("name").is_some() => { m.insert("people".into(), extra); }
                Value::Array(_) => { m.insert("recommended".into(), extra); }
                _ => {}
            }
            Value::Object(m)
        })
}

/// Sample and fixture files of every kind, from 1 to 20 KB.
const SAMPLES: [&str; 4] = [
    include_str!("../../../public/content/site.json"),
    include_str!("../../../public/content/en/index.json"),
    include_str!("../../../public/content/en/articles/cross-border-rail-gaps.json"),
    include_str!("../../../tests/fixtures/hostile/en/articles/hostile.json"),
];

/// The nearest character boundary at or before `at`.
fn char_floor(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Every prefix of the small files (site.json and an article), byte by byte.
#[test]
fn every_prefix_of_the_small_files() {
    for text in [SAMPLES[0], SAMPLES[2]] {
        for at in 0..=text.len() {
            if text.is_char_boundary(at) {
                decode_all(&text[..at]);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(512), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        decode_all(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_json(value in json()) {
        decode_all(&value.to_string());
    }

    #[test]
    fn contract_shaped_json(article in article_like(), cards in prop::collection::vec(json(), 0..6), site in json()) {
        decode_all(&article.to_string());
        let index = serde_json::json!({ "articles": cards });
        decode_all(&index.to_string());
        let mut site = match site { Value::Object(m) => m, _ => Map::new() };
        site.insert("name".into(), "G".into());
        site.insert("default_language".into(), "en".into());
        site.entry("languages".to_string()).or_insert_with(|| serde_json::json!(["en", "de"]));
        decode_all(&Value::Object(site).to_string());
    }

    /// Each file cut at the same fraction of its own length (a cut past the end would
    /// decode the whole file).
    #[test]
    fn truncated_sample_files(fraction in 0.0f64..1.0) {
        for text in SAMPLES {
            decode_all(&text[..char_floor(text, (text.len() as f64 * fraction) as usize)]);
        }
    }

    /// The one-pass article decoder and the forgiving one agree on every input: written
    /// like content (most go the fast way) or contract-shaped junk (most fall back).
    #[test]
    fn fast_and_forgiving_article_decoding_agree(written in article_written(), shaped in article_like()) {
        for value in [written, shaped] {
            let text = value.to_string();
            prop_assert_eq!(decode_article(&text), decode_article_lenient(&text), "{}", text);
        }
    }
}
