//! Property tests: no input makes a decoder panic. Arbitrary bytes, arbitrary JSON, and
//! JSON shaped like the contract (its field names and block types, with values of any
//! type), for all three files. Bounded: PROPTEST_CASES (default 512 per property).
#![cfg(not(target_arch = "wasm32"))]

use folio::content::decode::{decode_article, decode_index, decode_site};
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

/// An article-shaped object: the required fields present, with anything in them.
fn article_like() -> impl Strategy<Value = Value> {
    let block = (
        prop::sample::select(vec![
            "paragraph",
            "heading",
            "quote",
            "list",
            "image",
            "divider",
            "poll",
        ]),
        json(),
    )
        .prop_map(|(kind, rest)| {
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

    #[test]
    fn truncated_sample_files(cut in 0usize..100_000) {
        for text in [
            include_str!("../public/content/site.json"),
            include_str!("../public/content/en/index.json"),
            include_str!("../public/content/en/articles/cross-border-rail-gaps.json"),
            include_str!("fixtures/hostile/en/articles/hostile.json"),
        ] {
            let mut at = cut.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            decode_all(&text[..at]);
        }
    }
}
