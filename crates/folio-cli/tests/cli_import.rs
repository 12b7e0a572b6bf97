//! `folio-cli import`: Markdown with a front-matter header becomes an article that
//! decodes to exactly the blocks written; raw HTML is refused. Native only.
#![cfg(not(target_arch = "wasm32"))]

use folio_cli::import::markdown::import;
use folio_core::content::decode::decode_article;
use folio_core::content::model::{Block, Image, Inline, List, ListItem};

fn item(text: Vec<Inline>) -> ListItem {
    ListItem { text, list: None }
}

fn plain(s: &str) -> Inline {
    Inline {
        text: s.into(),
        ..Inline::default()
    }
}

#[test]
fn every_block_type_round_trips() {
    let md = include_str!("../../../tests/fixtures/markdown/every-block.md");
    let json = import(md, "en").unwrap();
    let a = decode_article(&json.to_string()).unwrap();
    assert_eq!(a.slug, "night-buses");
    assert_eq!(a.language, "en");
    assert_eq!(a.kind, "press-release");
    assert_eq!(a.date.iso(), "2026-05-04");
    assert_eq!(a.title, "Night buses return: \"finally\" & for good");
    assert_eq!(a.subtitle.as_deref(), Some("Four lines from June"));
    assert_eq!(
        a.image.as_ref().map(|i| (i.alt.as_str(), i.width)),
        Some(("A bus stop at night", Some(1600)))
    );
    assert_eq!(a.people[0].role.as_deref(), Some("Spokesperson"));
    assert_eq!(a.topics, ["transport", "city"]);
    assert_eq!(a.translations.get("de").map(String::as_str), Some("nachtbusse"));
    let expected = vec![
        Block::Paragraph(vec![
            plain("The city brings back "),
            Inline {
                text: "four lines".into(),
                bold: true,
                ..Inline::default()
            },
            plain(" with "),
            Inline {
                text: "late".into(),
                italic: true,
                ..Inline::default()
            },
            plain(" departures; see "),
            Inline {
                text: "the map".into(),
                link: Some("https://example.org/map".into()),
                ..Inline::default()
            },
            plain(". A second line of the same paragraph."),
        ]),
        Block::Heading {
            level: 2,
            text: vec![plain("A top heading becomes level two")],
        },
        Block::Heading {
            level: 3,
            text: vec![plain("Where they run")],
        },
        Block::Quote {
            text: vec![plain("Night workers asked for this for years.")],
            cite: Some("Lena Brandt".into()),
        },
        Block::List(List {
            ordered: false,
            items: vec![
                item(vec![plain("Line N1 to the harbour")]),
                item(vec![
                    plain("Line N2 to the "),
                    Inline {
                        text: "hospital".into(),
                        bold: true,
                        ..Inline::default()
                    },
                ]),
            ],
        }),
        Block::List(List {
            ordered: true,
            items: vec![
                item(vec![plain("First departure 23:40")]),
                item(vec![plain("Last departure 04:10")]),
            ],
        }),
        Block::Image(Image {
            src: "img/pier.svg".into(),
            alt: "Route map of the four lines".into(),
            credit: Some("City transport office".into()),
            caption: Some("The new routes".into()),
            width: None,
            height: None,
            variants: Vec::new(),
            focus: None,
        }),
        Block::Divider,
        Block::Paragraph(vec![plain("Tickets cost the same as by day.")]),
    ];
    assert_eq!(a.body, expected);
}

#[test]
fn raw_html_is_refused_with_its_line() {
    let head = "---\nslug: a\nkind: news\ndate: 2026-01-01\ntitle: A\n---\n";
    let block = import(&format!("{head}\nFine.\n\n<div>markup</div>\n"), "en").unwrap_err();
    assert_eq!(
        block.0,
        "line 10: raw HTML is not allowed (the contract carries text; use Markdown for emphasis and links)"
    );
    let inline = import(&format!("{head}\nSome <b>bold</b> words.\n"), "en").unwrap_err();
    assert!(inline.0.starts_with("line 8: raw HTML is not allowed"), "{}", inline.0);
}

#[test]
fn what_the_contract_cannot_hold_is_refused() {
    let head = "---\nslug: a\nkind: news\ndate: 2026-01-01\ntitle: A\n---\n";
    assert!(import("no header", "en").unwrap_err().0.contains("front-matter header"));
    assert!(import("---\nslug: a\n", "en").unwrap_err().0.contains("no closing ---"));
    assert!(import(&format!("{head}\n> a\n> > b\n"), "en")
        .unwrap_err()
        .0
        .contains("a quote inside a quote"));
    assert!(import(&format!("{head}\nText ![x](a.png) text\n"), "en")
        .unwrap_err()
        .0
        .contains("stand alone"));
    assert!(import("---\nbody: []\n---\n", "en")
        .unwrap_err()
        .0
        .contains("body comes from the Markdown"));
}

#[test]
fn the_command_writes_a_checked_article() {
    let dir = std::env::temp_dir().join(format!("folio-import-{}", std::process::id()));
    let md = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/markdown/every-block.md"
    );
    let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    let code = folio_cli::cli::run(args(&["import", md, "--lang", "en", "--into", dir.to_str().unwrap()]));
    assert_eq!(code, 0);
    let written = std::fs::read_to_string(dir.join("en/articles/night-buses.json")).unwrap();
    assert_eq!(decode_article(&written).unwrap().body.len(), 9);
    // A header that breaks the contract is reported like validate does, and nothing is written.
    let bad = dir.join("bad.md");
    std::fs::write(
        &bad,
        "---\nslug: Bad Slug\nkind: news\ndate: 2026-13-01\ntitle: A\n---\nText.\n",
    )
    .unwrap();
    assert_eq!(
        folio_cli::cli::run(args(&["import", bad.to_str().unwrap(), "--lang", "en"])),
        1
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn links_alone_in_a_paragraph_become_video_audio_and_documents() {
    use folio_core::content::model::VideoSource;
    let md = include_str!("../../../tests/fixtures/markdown/media.md");
    let json = import(md, "en").unwrap();
    let a = decode_article(&json.to_string()).unwrap();
    assert_eq!(a.documents.len(), 1, "front matter's documents pass through");
    assert_eq!(a.documents[0].size, Some(1843));
    let b = &a.body;
    assert_eq!(b.len(), 8, "{b:#?}");
    let Block::Video(yt) = &b[1] else { panic!("{:?}", b[1]) };
    assert_eq!(yt.source, VideoSource::YouTube("Ab3dE6gH9jK".into()));
    assert_eq!(
        (yt.title.as_str(), yt.start, yt.duration),
        ("Opening statement of the hearing", Some(65), Some(252))
    );
    assert_eq!(
        yt.poster.as_ref().map(|p| p.alt.as_str()),
        Some("The reservoir at noon")
    );
    let Block::Video(pt) = &b[2] else { panic!() };
    assert!(matches!(&pt.source, VideoSource::PeerTube { origin, .. } if origin == "https://tube.example.eu"));
    let Block::Video(file) = &b[3] else { panic!() };
    assert_eq!(file.source, VideoSource::File("media/clip.webm".into()));
    let Block::Audio(audio) = &b[4] else { panic!() };
    assert_eq!((audio.src.as_str(), audio.duration), ("media/statement.wav", Some(12)));
    let Block::Documents(docs) = &b[5] else { panic!() };
    let titles: Vec<_> = docs.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Position paper (English)", "Positionspapier (Deutsch)"],
        "two in a row make one list"
    );
    assert_eq!(docs[0].mime.as_deref(), Some("application/pdf"));
    assert!(
        matches!(&b[6], Block::Paragraph(runs) if runs.len() == 3),
        "a link inside text stays a link"
    );
    assert!(
        matches!(&b[7], Block::Paragraph(runs) if runs[0].link.as_deref() == Some("https://video.example.org/watch/123")),
        "an unknown address stays a link"
    );
}

/// GFM tables, lists nested three deep, fenced and indented code and the inline styles
/// become the contract's table, nested list and code blocks and styled runs.
#[test]
fn tables_nested_lists_and_code() {
    let head = "---\nslug: a\nkind: news\ndate: 2026-01-01\ntitle: A\n---\n";
    let md = "\
| Line | From | **Last** |
| --- | --- | --- |
| N1 | Harbour | 04:10 |
| N2 | | 03:50 |

- Harbour
  1. Pier
     - North steps
  2. Market
- Hill

```toml
[ferry]
  winter = true
```

H<sub>2</sub>O costs `1 €` on the 1<SUP>st</SUP>, ^once^ a ~day~.
";
    let a = import(&format!("{head}\n{md}"), "en").expect("imports");
    let body = &a["body"];
    assert_eq!(
        body[0],
        serde_json::json!({ "type": "table", "header_row": true, "rows": [
            [["Line"], ["From"], [{ "text": "Last", "bold": true }]],
            [["N1"], ["Harbour"], ["04:10"]],
            [["N2"], [], ["03:50"]]
        ] })
    );
    assert_eq!(
        body[1],
        serde_json::json!({ "type": "list", "ordered": false, "items": [
            { "text": ["Harbour"], "list": { "ordered": true, "items": [
                { "text": ["Pier"], "list": { "ordered": false, "items": [["North steps"]] } },
                ["Market"]
            ] } },
            ["Hill"]
        ] })
    );
    assert_eq!(
        body[2],
        serde_json::json!({ "type": "code", "text": "[ferry]\n  winter = true", "language": "toml" })
    );
    assert_eq!(
        body[3]["text"],
        serde_json::json!([
            "H", { "text": "2", "sub": true }, "O costs ", { "text": "1 €", "code": true },
            " on the 1", { "text": "st", "sup": true }, ", ", { "text": "once", "sup": true },
            " a ", { "text": "day", "sub": true }, "."
        ])
    );
    // What the app reads back.
    let article = decode_article(&a.to_string()).expect("decodes");
    let Block::List(list) = &article.body[1] else {
        panic!("a list")
    };
    let pier = &list.items[0].list.as_ref().expect("nested").items[0];
    assert_eq!(pier.list.as_ref().map(|l| l.items.len()), Some(1));
    assert!(matches!(&article.body[0], Block::Table(t) if t.header_row && t.rows.len() == 3));
    assert!(matches!(&article.body[2], Block::Code(c) if c.text.contains("\n  winter")));
}
