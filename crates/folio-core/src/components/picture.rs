//! A picture at the size its place needs: the image's `variants` as `srcset`, with
//! `sizes` that follow the layout of `style/folio.css`, WebP in a `<source>` and the
//! JPEG or PNG ones on the `<img>` (with the original, for the widest screens), so the
//! browser downloads the narrowest file that is sharp on its screen. Without variants,
//! the one file the content names, as before.

use crate::content::endpoint::Endpoint;
use crate::content::model::{Focus, Image};
use crate::content::url::UrlUse;
use leptos::prelude::*;

/// Where a picture is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// In the article's column (lead image, figures): as wide as the column, at most
    /// `--folio-measure` (70ch), less the page's margins on a phone.
    Column,
    /// On a card: the grid's columns of at least 15rem fill the same width, one column
    /// below about 34rem, two above.
    Card,
    /// A person's portrait: 4rem.
    Portrait,
    /// In a gallery's grid: columns of at least 14rem across the article's column, one
    /// below about 31rem of screen, two above (`.folio-gallery-grid`).
    Gallery,
}

/// The `sizes` for a place: the width the picture is shown at, for each screen.
pub fn sizes(place: Place) -> &'static str {
    match place {
        Place::Column => "min(calc(100vw - 2rem), 70ch)",
        Place::Card => "(min-width: 34rem) 20rem, calc(100vw - 2rem)",
        Place::Portrait => "4rem",
        Place::Gallery => "(min-width: 31rem) min(calc(50vw - 1.5rem), 35ch), calc(100vw - 2rem)",
    }
}

/// `srcset` of the image's variants of type `mime`, narrowest first, each resolved
/// against the endpoint (a refused one left out); `original`, the image's own file
/// and width, is added last. `None` when nothing is left.
pub fn srcset(image: &Image, mime: &str, endpoint: &Endpoint, original: Option<(&str, u32)>) -> Option<String> {
    let mut files: Vec<(String, u32)> = image
        .variants
        .iter()
        .filter(|v| v.mime == mime)
        .filter_map(|v| Some((endpoint.resolve(&v.src, UrlUse::Image)?, v.width)))
        .collect();
    files.sort_by_key(|(_, w)| *w);
    if let Some((src, width)) = original {
        if files.last().is_none_or(|(_, w)| *w < width) {
            files.push((src.to_string(), width));
        }
    }
    (!files.is_empty()).then(|| {
        files
            .iter()
            .map(|(src, w)| format!("{src} {w}w"))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// The type of the image's fallback variants (those every browser reads): the type of
/// its first variant that is not WebP.
fn fallback_type(image: &Image) -> Option<&str> {
    image
        .variants
        .iter()
        .map(|v| v.mime.as_str())
        .find(|m| *m != "image/webp")
}

/// The classes that crop a card's picture at its focus: a fifth of the picture each
/// way (`folio-focus-x0` … `x4`, `y0` … `y4`; CSS sets `object-position` from them, as
/// a style attribute would break the strict CSP).
pub fn focus_classes(focus: Option<Focus>) -> String {
    let step = |v: f64| (v.clamp(0.0, 1.0) * 4.0).round() as u8;
    match focus {
        Some(f) => format!(" folio-focus-x{} folio-focus-y{}", step(f.x), step(f.y)),
        None => String::new(),
    }
}

/// The picture, or nothing when its source is refused. `lead`: the largest paint,
/// loaded at once and first (`fetchpriority="high"`); other pictures load when they
/// come near the screen.
#[component]
pub fn Picture(
    image: Image,
    endpoint: Endpoint,
    place: Place,
    /// The `<img>`'s class.
    class: &'static str,
    #[prop(optional)] lead: bool,
    /// Width and height when the image gives none (a card's frame).
    #[prop(optional)]
    default_size: Option<(u32, u32)>,
) -> impl IntoView {
    let src = endpoint.resolve(&image.src, UrlUse::Image)?;
    let original = image.width.map(|w| (src.as_str(), w));
    let webp = srcset(&image, "image/webp", &endpoint, None);
    let fallback = fallback_type(&image).and_then(|t| srcset(&image, t, &endpoint, original));
    let sizes = (webp.is_some() || fallback.is_some()).then(|| sizes(place));
    let class = if place == Place::Card {
        format!("{class}{}", focus_classes(image.focus))
    } else {
        class.to_string()
    };
    let (width, height) = match (image.width, image.height, default_size) {
        (Some(w), Some(h), _) => (Some(w), Some(h)),
        (_, _, Some((w, h))) => (Some(w), Some(h)),
        (w, h, None) => (w, h),
    };
    let img = view! {
        <img
            class=class
            src=src
            srcset=fallback
            sizes=sizes
            alt=image.alt
            width=width
            height=height
            loading=if lead { "eager" } else { "lazy" }
            fetchpriority=lead.then_some("high")
            decoding="async"
        />
    };
    Some(match webp {
        Some(webp) => view! {
            <picture class="folio-picture">
                <source type="image/webp" srcset=webp sizes=sizes />
                {img}
            </picture>
        }
        .into_any(),
        None => img.into_any(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::model::Variant;

    fn image(variants: &[(&str, u32, &str)]) -> Image {
        Image {
            src: "img/a.jpg".into(),
            alt: "A".into(),
            credit: None,
            caption: None,
            width: Some(2400),
            height: Some(1600),
            variants: variants
                .iter()
                .map(|(s, w, m)| Variant {
                    src: s.to_string(),
                    width: *w,
                    mime: m.to_string(),
                })
                .collect(),
            focus: None,
        }
    }

    #[test]
    fn srcset_per_type_narrowest_first_with_the_original_last() {
        let endpoint = Endpoint::new("/content/", "").unwrap();
        let i = image(&[
            ("variants/img/a.jpg/640.webp", 640, "image/webp"),
            ("variants/img/a.jpg/320.webp", 320, "image/webp"),
            ("variants/img/a.jpg/320.jpg", 320, "image/jpeg"),
            ("javascript:alert(1)", 480, "image/jpeg"),
        ]);
        assert_eq!(
            srcset(&i, "image/webp", &endpoint, None).as_deref(),
            Some("/content/variants/img/a.jpg/320.webp 320w, /content/variants/img/a.jpg/640.webp 640w")
        );
        assert_eq!(
            srcset(&i, "image/jpeg", &endpoint, Some(("/content/img/a.jpg", 2400))).as_deref(),
            Some("/content/variants/img/a.jpg/320.jpg 320w, /content/img/a.jpg 2400w"),
            "the refused variant is left out"
        );
        assert_eq!(fallback_type(&i), Some("image/jpeg"));
        assert_eq!(srcset(&image(&[]), "image/webp", &endpoint, None), None);
    }

    #[test]
    fn sizes_follow_the_layout() {
        assert_eq!(sizes(Place::Column), "min(calc(100vw - 2rem), 70ch)");
        assert_eq!(sizes(Place::Card), "(min-width: 34rem) 20rem, calc(100vw - 2rem)");
        assert_eq!(sizes(Place::Portrait), "4rem");
    }

    #[test]
    fn focus_in_fifths() {
        assert_eq!(focus_classes(None), "");
        assert_eq!(
            focus_classes(Some(Focus { x: 0.5, y: 0.3 })),
            " folio-focus-x2 folio-focus-y1"
        );
        assert_eq!(
            focus_classes(Some(Focus { x: 1.0, y: 0.0 })),
            " folio-focus-x4 folio-focus-y0"
        );
    }
}
