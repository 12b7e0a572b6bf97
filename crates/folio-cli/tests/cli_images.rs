//! `folio-cli images` on the fixture tree with pictures made here: a JPEG, a PNG with
//! transparency, a photo turned by its EXIF orientation, and bad files (corrupt,
//! truncated, huge, not a picture). Native only.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/tree_fixture.rs"]
mod tree_fixture;

use folio_cli::images::{make, run};
use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageEncoder, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};
use serde_json::json;
use std::fs;
use tree_fixture::{Fixture, TEMPLATE};

fn photo(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, y| {
        Rgb([(x % 256) as u8, (y % 256) as u8, ((x + y) % 256) as u8])
    })
}

fn jpeg(picture: &RgbImage, exif: Option<Vec<u8>>) -> Vec<u8> {
    let mut out = Vec::new();
    let mut encoder = JpegEncoder::new_with_quality(&mut out, 90);
    if let Some(exif) = exif {
        encoder.set_exif_metadata(exif).unwrap();
    }
    encoder
        .write_image(
            picture.as_raw(),
            picture.width(),
            picture.height(),
            image::ExtendedColorType::Rgb8,
        )
        .unwrap();
    out
}

/// EXIF (big-endian TIFF) with one tag: orientation 6, "turn 90° clockwise to view".
fn exif_rotate_90() -> Vec<u8> {
    let mut t = b"MM\0\x2a\0\0\0\x08".to_vec();
    t.extend([0, 1]); // one entry
    t.extend([0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0]); // Orientation, SHORT, 1, 6
    t.extend([0, 0, 0, 0]); // no next IFD
    t
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// A PNG whose header says 20,000 × 20,000 pixels (and has no pixels).
fn huge_png() -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = b"IHDR".to_vec();
    chunk.extend(20_000u32.to_be_bytes());
    chunk.extend(20_000u32.to_be_bytes());
    chunk.extend([8, 2, 0, 0, 0]);
    out.extend(13u32.to_be_bytes());
    out.extend(&chunk);
    out.extend(crc32(&chunk).to_be_bytes());
    for name in [b"IDAT", b"IEND"] {
        out.extend(0u32.to_be_bytes());
        out.extend(name);
        out.extend(crc32(name).to_be_bytes());
    }
    out
}

/// The fixture tree with the pictures, each shown by an article.
fn tree_with_pictures(name: &str, bad: bool) -> Fixture {
    let f = Fixture::new(name);
    fs::write(f.dir.join("img/harbour.jpg"), jpeg(&photo(1000, 600), None)).unwrap();
    fs::write(
        f.dir.join("img/turned.jpg"),
        jpeg(&photo(800, 400), Some(exif_rotate_90())),
    )
    .unwrap();
    let clear = RgbaImage::from_fn(700, 400, |x, _| Rgba([200, 40, 40, if x < 350 { 0 } else { 255 }]));
    DynamicImage::ImageRgba8(clear)
        .save_with_format(f.dir.join("img/ana.png"), ImageFormat::Png)
        .unwrap();
    f.edit("en/articles/harbour-wall.json", |a| {
        a["image"] = json!({ "src": "img/harbour.jpg", "alt": "The harbour", "credit": "R. Vale" });
        a["body"].as_array_mut().unwrap().push(json!({
            "type": "image", "image": { "src": "img/turned.jpg", "alt": "A photo taken sideways" }
        }));
    });
    f.edit("en/articles/ferry-timetable.json", |a| {
        a["people"][0]["photo"] = json!({ "src": "img/ana.png", "alt": "Ana Kirk" });
    });
    if bad {
        let whole = jpeg(&photo(900, 500), None);
        fs::write(f.dir.join("img/truncated.jpg"), &whole[..whole.len() / 3]).unwrap();
        fs::write(
            f.dir.join("img/corrupt.jpg"),
            b"\xff\xd8\xff\xe0 this is not what it says",
        )
        .unwrap();
        fs::write(f.dir.join("img/huge.png"), huge_png()).unwrap();
        fs::write(f.dir.join("img/notes.webp"), "a text file with a picture's name").unwrap();
        f.edit("de/articles/faehrplan.json", |a| {
            let body = a["body"].as_array_mut().unwrap();
            for name in ["truncated.jpg", "corrupt.jpg", "huge.png", "notes.webp"] {
                body.push(json!({ "type": "image", "image": { "src": format!("img/{name}"), "alt": name } }));
            }
        });
    }
    f
}

fn languages() -> Vec<String> {
    vec!["en".into(), "de".into()]
}

#[test]
fn variants_at_each_width_below_the_picture_recorded_in_the_articles() {
    let f = tree_with_pictures("images-good", false);
    let original = fs::read(f.dir.join("img/harbour.jpg")).unwrap();
    assert_eq!(f.run(&["images"]), 0);
    let a = f.read("en/articles/harbour-wall.json");
    assert_eq!(
        (a["image"]["width"].as_u64(), a["image"]["height"].as_u64()),
        (Some(1000), Some(600))
    );
    assert_eq!(a["image"]["credit"], "R. Vale", "the other fields are kept");
    // The publisher's file keeps its order: the fields as written, then what was added.
    let text = fs::read_to_string(f.dir.join("en/articles/harbour-wall.json")).unwrap();
    let at = |key: &str| text.find(&format!("\"{key}\"")).unwrap();
    assert!(at("slug") < at("kind") && at("kind") < at("title") && at("title") < at("body"));
    let image = &text[at("img/harbour.jpg")..];
    let at = |key: &str| image.find(&format!("\"{key}\"")).unwrap();
    assert!(at("alt") < at("credit") && at("credit") < at("width") && at("width") < at("variants"));
    let variants: Vec<(u64, String)> = a["image"]["variants"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["width"].as_u64().unwrap(), v["type"].as_str().unwrap().to_string()))
        .collect();
    let widths = [320, 480, 640, 960];
    let expected: Vec<(u64, String)> = widths
        .iter()
        .flat_map(|w| [(*w, "image/webp".to_string()), (*w, "image/jpeg".to_string())])
        .collect();
    assert_eq!(variants, expected);
    // The files: WebP and JPEG at their width, the height in proportion.
    let small = image::open(f.dir.join("variants/img/harbour.jpg/320.jpg")).unwrap();
    assert_eq!((small.width(), small.height()), (320, 192));
    let webp = image::open(f.dir.join("variants/img/harbour.jpg/960.webp")).unwrap();
    assert_eq!((webp.width(), webp.height()), (960, 576));
    assert_eq!(
        fs::read(f.dir.join("img/harbour.jpg")).unwrap(),
        original,
        "the original is never written"
    );
    // The photo taken sideways is upright: 400 × 800, its variants too.
    let t = &f.read("en/articles/harbour-wall.json")["body"];
    let turned = t.as_array().unwrap().last().unwrap();
    assert_eq!(
        (turned["image"]["width"].as_u64(), turned["image"]["height"].as_u64()),
        (Some(400), Some(800))
    );
    let v = image::open(f.dir.join("variants/img/turned.jpg/320.jpg")).unwrap();
    assert_eq!((v.width(), v.height()), (320, 640));
    // The PNG with transparency keeps it: PNG beside the WebP, both with alpha.
    let p = &f.read("en/articles/ferry-timetable.json")["people"][0]["photo"];
    assert_eq!(p["variants"][1]["type"], "image/png");
    let png = image::open(f.dir.join("variants/img/ana.png/320.png")).unwrap();
    assert!(png.color().has_alpha());
    assert_eq!(png.to_rgba8().get_pixel(10, 10)[3], 0, "transparent where it was");
    // The tree is valid, and the index's cards carry the variants.
    assert_eq!(f.problems(), Vec::<String>::new());
    let index = f.read("en/index.json");
    let card = index["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["slug"] == "harbour-wall")
        .unwrap();
    assert_eq!(card["image"]["variants"].as_array().map(Vec::len), Some(8));
}

#[test]
fn published_pages_offer_the_variants_and_preload_the_lead_image() {
    let f = tree_with_pictures("images-publish", false);
    assert_eq!(f.run(&["images"]), 0);
    let out = f.dir.join("dist");
    fs::create_dir_all(&out).unwrap();
    fs::write(out.join("index.html"), TEMPLATE).unwrap();
    assert_eq!(f.run(&["publish", "--out", out.to_str().unwrap()]), 0);
    let html = fs::read_to_string(out.join("en/article/harbour-wall/index.html")).unwrap();
    let v = "/content/variants/img/harbour.jpg";
    let webp = format!("{v}/320.webp 320w, {v}/480.webp 480w, {v}/640.webp 640w, {v}/960.webp 960w");
    let sizes = "min(calc(100vw - 2rem), 70ch)";
    assert!(
        html.contains(&format!(
            r#"<link data-folio-prerender rel="preload" as="image" type="image/webp" imagesrcset="{webp}" imagesizes="{sizes}" fetchpriority="high">"#
        )),
        "the preload: {html}"
    );
    assert!(
        html.contains(&format!(
            r#"<picture class="folio-picture"><source type="image/webp" srcset="{webp}" sizes="{sizes}">"#
        )),
        "{html}"
    );
    let jpeg = format!(
        "{v}/320.jpg 320w, {v}/480.jpg 480w, {v}/640.jpg 640w, {v}/960.jpg 960w, /content/img/harbour.jpg 1000w"
    );
    assert!(html.contains(&format!(r#"srcset="{jpeg}""#)), "{html}");
    assert!(
        html.contains(r#"loading="eager" fetchpriority="high""#),
        "the lead image is never lazy, and comes first"
    );
    // The photo in the body loads lazily, without a preload of its own.
    assert_eq!(html.matches("rel=\"preload\" as=\"image\"").count(), 1);
    assert!(html.contains(r#"loading="lazy""#));
}

#[test]
fn a_second_run_makes_nothing_a_changed_picture_again() {
    let f = tree_with_pictures("images-again", false);
    let first = run(&f.dir, &languages()).unwrap();
    // 1000 px: 4 widths; 400 (upright): 1; 700: 3; two files each.
    assert_eq!((first.pictures, first.written), (3, 16), "{:?}", first.problems);
    let again = run(&f.dir, &languages()).unwrap();
    assert_eq!((again.pictures, again.written, again.articles), (3, 0, 0));
    // A new picture under the same name: newer than its variants, so they are made again.
    std::thread::sleep(std::time::Duration::from_millis(20));
    fs::write(f.dir.join("img/harbour.jpg"), jpeg(&photo(700, 700), None)).unwrap();
    let changed = run(&f.dir, &languages()).unwrap();
    assert_eq!(changed.written, 6, "three widths below 700, two files each");
    assert_eq!(changed.articles, 1);
    let a = f.read("en/articles/harbour-wall.json");
    assert_eq!(a["image"]["height"], 700);
}

#[test]
fn bad_pictures_are_named_with_their_articles_and_the_rest_goes_on() {
    let f = tree_with_pictures("images-bad", true);
    let report = run(&f.dir, &languages()).unwrap();
    assert_eq!(report.pictures, 3, "the good ones: {:?}", report.problems);
    let said = |name: &str, what: &str| {
        assert!(
            report.problems.iter().any(|p| p.starts_with(&format!("img/{name}: "))
                && p.contains(what)
                && p.contains("de/articles/faehrplan.json: body[")),
            "{name}: {:#?}",
            report.problems
        );
    };
    said("truncated.jpg", "is cut short");
    said("corrupt.jpg", "is cut short");
    said("huge.png", "20000 × 20000 pixels");
    said("notes.webp", "is not a picture Folio reads");
    assert_eq!(report.problems.len(), 4);
    // Their image objects are left as they were; the command fails at the end.
    let de = f.read("de/articles/faehrplan.json");
    assert!(de["body"]
        .as_array()
        .unwrap()
        .iter()
        .all(|b| b["image"].get("variants").is_none()));
    assert_eq!(f.run(&["images"]), 1);
    assert!(f.dir.join("variants/img/harbour.jpg/320.webp").is_file());
}

#[test]
fn widths_and_paths() {
    assert_eq!(make::widths_for(1000), vec![320, 480, 640, 960]);
    assert_eq!(
        make::variant_path("img/a.jpg", 640, "webp"),
        "variants/img/a.jpg/640.webp"
    );
}
