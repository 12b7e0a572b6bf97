use super::*;
use crate::content::date::Date;

const ARTICLE: &str = r#"{
  "slug": "eu-partnership-panel", "language": "en", "kind": "news", "date": "2017-02-07",
  "updated": "2017-02-08T10:37:00Z", "title": "A panel", "subtitle": "Sub", "summary": "Short.",
  "image": { "src": "img/panel.jpg", "alt": "A hall", "credit": "Jane Doe", "caption": "The hall", "width": 1200, "height": 675 },
  "body": [
    { "type": "paragraph", "text": ["Plain, ", { "text": "a name", "bold": true }, " and ", { "text": "a quote", "italic": true }, " and ", { "text": "a link", "link": "https://example.org" }] },
    { "type": "heading", "level": 2, "text": ["A sub-heading"] },
    { "type": "quote", "text": ["Quoted words."], "cite": "Speaker Name" },
    { "type": "list", "ordered": false, "items": [["first"], ["second"]] },
    { "type": "list", "ordered": true, "items": [["one"]] },
    { "type": "image", "image": { "src": "https://cdn.example.org/a.png", "alt": "A", "credit": "C", "caption": "Cap" } },
    { "type": "divider" }
  ],
  "people": [ { "name": "Ann", "role": "Vice-President", "photo": { "src": "img/ann.svg", "alt": "Ann" }, "url": "https://example.org/ann" } ],
  "recommended": [ { "slug": "other", "kind": "press-release", "date": "2026-06-02", "title": "Other", "image": { "src": "img/o.svg", "alt": "", "credit": "X" } } ],
  "translations": { "de": "eu-partnerschaft-podium", "fr": "partenariat-ue-debat" },
  "topics": ["human-rights", "foreign-affairs"]
}"#;

fn plain(s: &str) -> Inline {
    Inline {
        text: s.into(),
        ..Inline::default()
    }
}

fn item(s: &str) -> ListItem {
    ListItem {
        text: vec![plain(s)],
        list: None,
    }
}

fn article_with_body(body: &str) -> Article {
    let json = format!(r#"{{"slug":"a","language":"en","kind":"news","date":"2020-01-01","title":"T","body":{body}}}"#);
    decode_article(&json).expect("decodes")
}

#[test]
fn decodes_every_part_of_the_contract_example() {
    let a = decode_article(ARTICLE).expect("decodes");
    assert_eq!(a.slug, "eu-partnership-panel");
    assert_eq!(a.date, Date::parse("2017-02-07").unwrap());
    assert_eq!(a.updated.as_deref(), Some("2017-02-08T10:37:00Z"));
    assert_eq!(a.subtitle.as_deref(), Some("Sub"));
    let img = a.image.as_ref().unwrap();
    assert_eq!(
        (img.src.as_str(), img.width, img.height),
        ("img/panel.jpg", Some(1200), Some(675))
    );
    assert_eq!(img.credit.as_deref(), Some("Jane Doe"));
    assert_eq!(a.body.len(), 7);
    let Block::Paragraph(runs) = &a.body[0] else {
        panic!("paragraph")
    };
    assert_eq!(runs.len(), 6);
    assert!(runs[1].bold && !runs[1].italic);
    assert!(runs[3].italic);
    assert_eq!(runs[5].link.as_deref(), Some("https://example.org"));
    assert_eq!(
        a.body[1],
        Block::Heading {
            level: 2,
            text: vec![plain("A sub-heading")]
        }
    );
    assert_eq!(
        a.body[2],
        Block::Quote {
            text: vec![plain("Quoted words.")],
            cite: Some("Speaker Name".into())
        }
    );
    assert_eq!(
        a.body[3],
        Block::List(List {
            ordered: false,
            items: vec![item("first"), item("second")]
        })
    );
    assert!(matches!(&a.body[4], Block::List(l) if l.ordered));
    assert!(matches!(&a.body[5], Block::Image(i) if i.caption.as_deref() == Some("Cap")));
    assert_eq!(a.body[6], Block::Divider);
    assert_eq!(a.people[0].role.as_deref(), Some("Vice-President"));
    assert_eq!(a.people[0].photo.as_ref().unwrap().src, "img/ann.svg");
    assert_eq!(a.recommended.as_ref().unwrap()[0].slug, "other");
    assert_eq!(
        a.translations.get("fr").map(String::as_str),
        Some("partenariat-ue-debat")
    );
    assert_eq!(a.topics, ["human-rights", "foreign-affairs"]);
}

#[test]
fn unknown_fields_are_ignored_and_unknown_blocks_skipped() {
    let a = article_with_body(
        r#"[{"type":"poll","question":"?"},{"type":"paragraph","text":["kept"],"colour":"red"},{"type":"divider","x":1},{"nope":1},"str",3]"#,
    );
    assert_eq!(a.body, vec![Block::Paragraph(vec![plain("kept")]), Block::Divider]);
    let json = ARTICLE.replacen("\"slug\"", "\"future_field\": {\"a\": [1,2]}, \"slug\"", 1);
    assert!(decode_article(&json).is_ok());
}

#[test]
fn malformed_blocks_and_runs_are_dropped_not_fatal() {
    let a = article_with_body(
        r#"[{"type":"paragraph","text":5},{"type":"heading","text":["H"],"level":1},{"type":"heading","text":["Deep"],"level":9},
            {"type":"paragraph","text":["ok",{"bold":true},7,{"text":"b","bold":"yes"}]},{"type":"list","items":"x"},
            {"type":"list","items":[["a"],5,[]]},{"type":"image","image":{"alt":"no src"}},{"type":"quote","text":[]},
            {"type":"paragraph","text":"bare string"}]"#,
    );
    assert_eq!(
        a.body,
        vec![
            Block::Heading {
                level: 2,
                text: vec![plain("H")]
            },
            Block::Heading {
                level: 6,
                text: vec![plain("Deep")]
            },
            Block::Paragraph(vec![plain("ok"), plain("b")]),
            Block::List(List {
                ordered: false,
                items: vec![item("a")]
            }),
            Block::Paragraph(vec![plain("bare string")]),
        ]
    );
}

#[test]
fn required_fields_are_required() {
    for field in ["slug", "language", "kind", "date", "title", "body"] {
        let json = ARTICLE.replacen(&format!("\"{field}\":"), "\"x_removed\":", 1);
        let err = decode_article(&json).unwrap_err();
        assert!(err.0.contains(&format!("missing field `{field}`")), "{field}: {err}");
    }
}

#[test]
fn wrong_types_bad_dates_and_bad_slugs_are_errors() {
    let err = decode_article(&ARTICLE.replace("\"title\": \"A panel\"", "\"title\": 3")).unwrap_err();
    assert!(err.0.contains("invalid type"), "{err}");
    let err = decode_article(&ARTICLE.replace("2017-02-07", "2017-02-30")).unwrap_err();
    assert_eq!(err.0, r#"date: "2017-02-30" is not a date (YYYY-MM-DD)"#);
    let err = decode_article(&ARTICLE.replace("\"eu-partnership-panel\"", "\"../etc\"")).unwrap_err();
    assert!(err.0.starts_with("slug:"), "{err}");
    for bad in [
        "",
        "{",
        "<!doctype html><html>Error</html>",
        "null",
        "[]",
        "{\"slug\":\"a\"",
        "\u{feff}{}",
    ] {
        assert!(decode_article(bad).is_err(), "{bad:?}");
        assert!(decode_index(bad).is_err(), "{bad:?}");
        assert!(decode_site(bad).is_err(), "{bad:?}");
    }
}

#[test]
fn optional_fields_of_the_wrong_type_are_dropped() {
    let json = ARTICLE
        .replace("\"subtitle\": \"Sub\"", "\"subtitle\": 5")
        .replace("\"updated\": \"2017-02-08T10:37:00Z\"", "\"updated\": \"yesterday\"")
        .replace(
            "\"topics\": [\"human-rights\", \"foreign-affairs\"]",
            "\"topics\": [1, \"kept\", null]",
        )
        .replace(
            "\"de\": \"eu-partnerschaft-podium\"",
            "\"de\": \"Bad Slug\", \"../x\": \"ok\"",
        );
    let a = decode_article(&json).unwrap();
    assert_eq!(a.subtitle, None);
    assert_eq!(a.updated, None);
    assert_eq!(a.topics, ["kept"]);
    assert_eq!(a.translations.keys().collect::<Vec<_>>(), ["fr"]);
}

#[test]
fn hostile_urls_are_refused_everywhere() {
    let evil = r#" JaVa\tScRiPt:alert(1)"#;
    let json = ARTICLE
        .replace("https://example.org\"", &format!("{evil}\""))
        .replace("img/panel.jpg", evil)
        .replace("https://cdn.example.org/a.png", "data:image/png;base64,AAAA")
        .replace("https://example.org/ann", "vbscript:x")
        .replace("img/ann.svg", "javascript:alert(1)")
        .replace("img/o.svg", "\\u0000javascript:x");
    let a = decode_article(&json).unwrap();
    let Block::Paragraph(runs) = &a.body[0] else { panic!() };
    assert_eq!(
        (runs[5].text.as_str(), runs[5].link.as_ref()),
        ("a link", None),
        "refused link keeps its text"
    );
    assert_eq!(a.image, None, "refused lead image renders nothing");
    assert!(
        !a.body.iter().any(|b| matches!(b, Block::Image(_))),
        "refused body image is dropped"
    );
    assert_eq!(a.people[0].url, None);
    assert_eq!(a.people[0].photo, None);
    assert_eq!(a.people[0].name, "Ann");
    assert_eq!(a.recommended.unwrap()[0].image, None);
}

#[test]
fn mailto_links_stay() {
    let a = article_with_body(r#"[{"type":"paragraph","text":[{"text":"write","link":"mailto:press@example.org"}]}]"#);
    let Block::Paragraph(runs) = &a.body[0] else { panic!() };
    assert_eq!(runs[0].link.as_deref(), Some("mailto:press@example.org"));
}

#[test]
fn index_keeps_good_cards_only() {
    let idx = decode_index(
        r#"{"articles":[
          {"slug":"b","kind":"news","date":"2020-01-02","title":"B","summary":"S","topics":["x"],"image":{"src":"i.svg","alt":"a","credit":"c"}},
          {"slug":"Bad Slug","kind":"news","date":"2020-01-01","title":"x"},
          {"slug":"c","kind":"news","date":"2020-02-30","title":"x"},
          {"slug":"d","kind":"news","title":"no date"},
          {"slug":"a","kind":"opinion","date":"2019-05-05","title":"A","extra":true}
        ],"next":null}"#,
    )
    .unwrap();
    let slugs: Vec<_> = idx.articles.iter().map(|c| c.slug.as_str()).collect();
    assert_eq!(slugs, ["b", "a"]);
    assert_eq!(idx.articles[0].image.as_ref().unwrap().credit.as_deref(), Some("c"));
    assert!(decode_index(r#"{"articles":{}}"#).is_err());
}

#[test]
fn site_defaults_and_checks() {
    let s = decode_site(r#"{"version":1,"name":"G","default_language":"xx","languages":["en","../x","de",3,"pt-BR"]}"#)
        .unwrap();
    assert_eq!(s.languages, ["en", "de", "pt-BR"]);
    assert_eq!(
        s.default_language, "en",
        "an unknown default falls back to the first language"
    );
    assert_eq!(s.share, crate::content::model::SHARE_CHANNELS);
    assert_eq!(s.date_style, DateStyle::Long);
    assert_eq!(s.canonical_base, None);
    let s = decode_site(
        r#"{"name":"G","default_language":"de","languages":["en","de"],"canonical_base":"https://www.example.org/news/",
            "share":["copy","email"],"date_style":"numeric","people_heading":{"en":"MEPs","de":5},
            "kinds":{"hearing":{"en":"Hearing","de":"Anhörung"},"bad":3},
            "topics":{"water":{"en":"Water","de":"Wasser","fr":7}}}"#,
    )
    .unwrap();
    assert_eq!(s.default_language, "de");
    assert_eq!(s.canonical_base.as_deref(), Some("https://www.example.org/news"));
    assert_eq!(s.share, ["copy", "email"]);
    assert_eq!(s.date_style, DateStyle::Numeric);
    assert_eq!(s.people_heading.len(), 1);
    assert_eq!(s.kind_label("hearing", "de"), Some("Anhörung"));
    assert_eq!(s.kind_label("bad", "en"), None);
    assert_eq!(s.topic_label("water", "de"), "Wasser");
    assert_eq!(
        s.topic_label("water", "fr"),
        "water",
        "a label that is not a string falls back to the code"
    );
    assert_eq!(s.topic_label("oceans", "en"), "oceans");
    assert!(
        decode_site(r#"{"name":"G","default_language":"en","languages":["../"]}"#)
            .unwrap_err()
            .0
            .starts_with("languages:")
    );
    let s = decode_site(r#"{"name":"G","default_language":"en","languages":["en"],"canonical_base":"javascript:x"}"#)
        .unwrap();
    assert_eq!(s.canonical_base, None);
}

#[test]
fn language_codes() {
    for ok in ["en", "de", "pt-BR", "sr-Latn-RS", "ga", "fil"] {
        assert!(is_valid_language(ok), "{ok}");
    }
    for bad in ["", "e", "english", "en_GB", "en-", "../", "en/x", "d3"] {
        assert!(!is_valid_language(bad), "{bad}");
    }
}

#[test]
fn the_fast_and_the_forgiving_index_paths_agree() {
    let clean = r#"{"articles":[
      {"slug":"b","kind":"news","date":"2020-01-02","title":"B","summary":"S","topics":["x"],"image":{"src":"i.svg","alt":"a","credit":"c","width":10}},
      {"slug":"Bad Slug","kind":"news","date":"2020-01-01","title":"x"},
      {"slug":"a","kind":"opinion","date":"2019-05-05","title":"A","summary":null,"image":{"src":"javascript:x","alt":"a"}}
    ]}"#;
    // One malformed optional field sends the whole file down the forgiving path.
    let messy = clean.replace(r#""topics":["x"]"#, r#""topics":["x", 5]"#);
    let fast = decode_index(clean).unwrap();
    let slow = decode_index(&messy).unwrap();
    assert_eq!(fast, slow);
    assert_eq!(fast.articles.len(), 2);
    assert_eq!(fast.articles[0].image.as_ref().unwrap().width, Some(10));
    assert_eq!(fast.articles[1].image, None);
}

/// Real content goes the one-pass way, and gives what the forgiving decoder gives.
#[test]
fn sample_articles_take_the_fast_path() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/content");
    let mut read = 0;
    for lang in ["en", "de", "fr"] {
        for entry in std::fs::read_dir(format!("{dir}/{lang}/articles")).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let fast = super::one_pass::article(&text).expect("well-formed sample takes the fast path");
            assert_eq!(fast, super::decode_article_lenient(&text));
            read += 1;
        }
    }
    assert!(read >= 26);
}

#[test]
fn image_variants_and_focus_keep_what_is_usable() {
    let json = r#"{"slug":"a","language":"en","kind":"news","date":"2026-01-02","title":"T","body":[],
        "image":{"src":"img/a.jpg","alt":"A","width":2400,"height":1600,
          "variants":[{"src":"img/a-640.avif","width":640,"type":"image/avif"},
                      {"src":"img/a-640.jpg","width":640,"type":"image/jpeg"},
                      {"src":"javascript:alert(1)","width":320,"type":"image/jpeg"},
                      {"src":"img/a-0.jpg","width":0,"type":"image/jpeg"},
                      {"src":"img/a.tiff","width":320,"type":"image/tiff"},
                      {"src":"img/a-x.jpg","width":"wide","type":"image/jpeg"}],
          "focus":{"x":0.25,"y":1}}}"#;
    for decoded in [decode_article(json), decode_article_lenient(json)] {
        let image = decoded.unwrap().image.unwrap();
        let kept: Vec<(&str, u32, &str)> = image
            .variants
            .iter()
            .map(|v| (v.src.as_str(), v.width, v.mime.as_str()))
            .collect();
        assert_eq!(
            kept,
            [
                ("img/a-640.avif", 640, "image/avif"),
                ("img/a-640.jpg", 640, "image/jpeg")
            ]
        );
        assert_eq!(image.focus, Some(Focus { x: 0.25, y: 1.0 }));
    }
    // A focus outside the picture, or not numbers: none.
    for focus in [r#"{"x":1.5,"y":0.5}"#, r#"{"x":"left","y":0.5}"#, r#"[0.5,0.5]"#] {
        let json = format!(
            r#"{{"slug":"a","language":"en","kind":"news","date":"2026-01-02","title":"T","body":[],
                "image":{{"src":"img/a.jpg","alt":"A","focus":{focus}}}}}"#
        );
        assert_eq!(decode_article(&json).unwrap().image.unwrap().focus, None, "{focus}");
    }
}

const MEDIA_BODY: &str = r#"[
  { "type": "video", "provider": "youtube", "id": "Ab3dE6gH9jK", "title": "Plenary speech", "duration": 187, "start": 12,
    "caption": "In Strasbourg", "credit": "Group press office", "poster": { "src": "img/p.jpg", "alt": "The chamber" } },
  { "type": "video", "provider": "peertube", "origin": "https://Tube.Example.eu/", "id": "kkGMgK9ZtnKfYAgnEtQxbv", "title": "On PeerTube" },
  { "type": "video", "provider": "file", "src": "media/clip.mp4", "title": "Own file",
    "captions": [ { "src": "media/clip.en.vtt", "lang": "en", "label": "English" }, { "src": "javascript:x", "lang": "de", "label": "D" }, { "src": "a.vtt", "lang": "../", "label": "x" } ] },
  { "type": "video", "provider": "youtube", "id": "x\" onload=\"alert(1)", "title": "Bad id" },
  { "type": "video", "provider": "peertube", "origin": "http://tube.example.eu", "id": "abc", "title": "Not https" },
  { "type": "video", "provider": "peertube", "origin": "javascript:alert(1)//", "id": "abc", "title": "Script origin" },
  { "type": "video", "provider": "vimeo", "id": "12/34", "title": "Slash" },
  { "type": "video", "provider": "vimeo", "id": "1234" },
  { "type": "video", "provider": "file", "src": " JaVa\tScRiPt:alert(1)", "title": "Script file" },
  { "type": "audio", "src": "media/statement.mp3", "title": "A statement", "duration": 65, "transcript": ["Said ", { "text": "this", "bold": true }] },
  { "type": "audio", "src": "data:audio/mp3;base64,AAAA", "title": "Data URL" },
  { "type": "document", "documents": [
      { "href": "files/paper.pdf", "title": "Position paper", "type": "application/pdf", "size": 1234567, "lang": "de" },
      { "href": "javascript:alert(1)", "title": "Bad" },
      { "href": "files/x.docx", "title": "Letter", "type": "not a type", "size": -3, "lang": "<b>" } ] },
  { "type": "document", "documents": [ { "href": "files/paper.pdf" } ] },
  { "type": "paragraph", "text": "After." }
]"#;

#[test]
fn media_blocks_keep_what_passes_the_rules_on_both_paths() {
    let json =
        format!(r#"{{"slug":"a","language":"en","kind":"news","date":"2020-01-01","title":"T","body":{MEDIA_BODY}}}"#);
    let fast = decode_article(&json).expect("decodes");
    assert_eq!(fast, decode_article_lenient(&json).expect("decodes"));
    assert!(
        one_pass::article(&json).is_some(),
        "a well-formed media article takes the one pass"
    );
    let body = &fast.body;
    assert_eq!(body.len(), 6, "{body:#?}");
    let Block::Video(yt) = &body[0] else {
        panic!("{:?}", body[0])
    };
    assert_eq!(yt.source, VideoSource::YouTube("Ab3dE6gH9jK".into()));
    assert_eq!((yt.duration, yt.start), (Some(187), Some(12)));
    assert_eq!(yt.poster.as_ref().map(|p| p.alt.as_str()), Some("The chamber"));
    assert_eq!(yt.credit.as_deref(), Some("Group press office"));
    let Block::Video(pt) = &body[1] else { panic!() };
    assert_eq!(
        pt.source,
        VideoSource::PeerTube {
            origin: "https://tube.example.eu".into(),
            id: "kkGMgK9ZtnKfYAgnEtQxbv".into()
        }
    );
    let Block::Video(file) = &body[2] else { panic!() };
    assert_eq!(file.source, VideoSource::File("media/clip.mp4".into()));
    assert_eq!(
        file.captions.len(),
        1,
        "a track with a refused file or a bad language is dropped"
    );
    let Block::Audio(audio) = &body[3] else { panic!() };
    assert_eq!((audio.src.as_str(), audio.duration), ("media/statement.mp3", Some(65)));
    assert_eq!(audio.transcript.as_ref().map(Vec::len), Some(2));
    let Block::Documents(docs) = &body[4] else { panic!() };
    assert_eq!(docs.len(), 2);
    assert_eq!(
        docs[0],
        Document {
            href: "files/paper.pdf".into(),
            title: "Position paper".into(),
            mime: Some("application/pdf".into()),
            size: Some(1234567),
            lang: Some("de".into())
        }
    );
    assert_eq!(
        (docs[1].mime.as_ref(), docs[1].size, docs[1].lang.as_ref()),
        (None, None, None)
    );
    assert_eq!(body[5], Block::Paragraph(vec![plain("After.")]));
}

#[test]
fn article_documents_on_both_paths() {
    let json = r#"{"slug":"a","language":"en","kind":"news","date":"2020-01-01","title":"T","body":[],
      "documents": [ { "href": "files/a.pdf", "title": "A", "type": "application/pdf", "size": 2048 }, { "title": "No href" }, 7 ]}"#;
    for a in [decode_article(json).unwrap(), decode_article_lenient(json).unwrap()] {
        assert_eq!(a.documents.len(), 1);
        assert_eq!(a.documents[0].size, Some(2048));
    }
    let not_a_list =
        r#"{"slug":"a","language":"en","kind":"news","date":"2020-01-01","title":"T","body":[],"documents":"x"}"#;
    assert!(decode_article(not_a_list).unwrap().documents.is_empty());
}

#[test]
fn a_paragraph_with_a_title_field_stays_a_paragraph() {
    let a = article_with_body(r#"[{ "type": "paragraph", "text": "P", "title": "ignored", "documents": 3 }]"#);
    assert_eq!(a.body, vec![Block::Paragraph(vec![plain("P")])]);
}
