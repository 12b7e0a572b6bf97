//! The variants of one source picture: decoded within limits, turned upright by its
//! EXIF orientation, resized to each width narrower than it, and written as WebP and in
//! a format every browser reads (JPEG, or PNG where the picture has transparency).
//! Re-encoding leaves every other piece of metadata behind. The source is never written.
//!
//! Resized by `fast_image_resize` (Catmull-Rom, with SIMD): the image crate's own
//! resize took 2.1 s of the 2.8 s a 2,560-pixel photo cost here; with this one the
//! photo takes 0.8 s, most of it the two encoders.
//!
//! WebP, not AVIF: the image crate's AVIF encoder (rav1e, pure Rust) took 1–9 s per
//! variant of a 1,000-pixel photo here, so 500 photos would take most of an hour; the
//! `webp` crate's libwebp (the reference encoder, built from source with the crate)
//! takes milliseconds, and WebP is read by every browser Folio supports.

use crate::disk::failure::WriteError;
use crate::disk::write::write;
use fast_image_resize::{FilterType, ResizeAlg, ResizeOptions, Resizer};
use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::{DynamicImage, ImageDecoder, ImageReader, Limits};
use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};

/// The widths variants are made at, narrowest first (those below the picture's own).
pub const WIDTHS: [u32; 6] = [320, 480, 640, 960, 1280, 1920];
/// The largest picture read: 12,000 pixels a side, 100 megapixels.
const MAX_SIDE: u32 = 12_000;
const MAX_PIXELS: u64 = 100_000_000;
/// Qualities (0–100): WebP's and JPEG's usual settings for photos.
const WEBP_QUALITY: f32 = 78.0;
const JPEG_QUALITY: u8 = 82;

/// One variant made (or found up to date), as the image object records it.
#[derive(Clone, Debug, PartialEq)]
pub struct Made {
    /// Tree-relative path, `/`-separated.
    pub src: String,
    pub width: u32,
    pub mime: &'static str,
}

/// The picture's upright size and its variants.
#[derive(Clone, Debug, PartialEq)]
pub struct Variants {
    pub width: u32,
    pub height: u32,
    pub made: Vec<Made>,
    /// How many files were written this time (0: all were up to date).
    pub written: usize,
}

/// Why a picture has no variants: the picture itself (named, and the run goes on), or
/// a variant that could not be written (the run stops).
#[derive(Debug)]
pub enum Failed {
    Picture(String),
    Write(WriteError),
}

impl From<String> for Failed {
    fn from(e: String) -> Failed {
        Failed::Picture(e)
    }
}

impl From<&str> for Failed {
    fn from(e: &str) -> Failed {
        Failed::Picture(e.to_string())
    }
}

/// The widths for a picture `width` pixels wide: each of `WIDTHS` below it.
pub fn widths_for(width: u32) -> Vec<u32> {
    WIDTHS.iter().copied().filter(|w| *w < width).collect()
}

/// Where a variant of `source` goes: `variants/{source}/{width}.{ext}`.
pub fn variant_path(source: &str, width: u32, ext: &str) -> String {
    format!("variants/{source}/{width}.{ext}")
}

/// The decoder's own limit: memory (the size is checked first, to say it plainly).
fn limits() -> Limits {
    let mut l = Limits::default();
    l.max_alloc = Some(MAX_PIXELS * 4);
    l
}

/// A JPEG ends with its end marker: without it the file was cut short (the decoder
/// would fill the rest with grey).
fn truncated(bytes: &[u8]) -> bool {
    let end = bytes.iter().rposition(|b| *b != 0).map_or(0, |i| i + 1);
    bytes.starts_with(&[0xff, 0xd8]) && !bytes[..end].ends_with(&[0xff, 0xd9])
}

/// A decoder for the bytes, within the limits, with the picture's format found from
/// its content (not its name).
fn decoder(bytes: &[u8]) -> Result<impl ImageDecoder + '_, String> {
    let mut reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    if reader.format().is_none() {
        return Err("is not a picture Folio reads (JPEG, PNG or WebP)".into());
    }
    reader.limits(limits());
    reader.into_decoder().map_err(|e| format!("cannot be read: {e}"))
}

fn too_big(width: u32, height: u32) -> Option<String> {
    (width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS)
        .then(|| format!("is {width} × {height} pixels: larger than Folio reads ({MAX_SIDE} a side, 100 megapixels)"))
}

/// Whether every variant file exists and is newer than the source.
fn up_to_date(root: &Path, source: &Path, files: &[PathBuf]) -> bool {
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
    let Some(source_time) = modified(source) else {
        return false;
    };
    files
        .iter()
        .all(|f| modified(&root.join(f)).is_some_and(|t| t >= source_time))
}

/// The variants of the picture at `source` (tree-relative) in the tree at `root`:
/// made when missing or older than the source, else found. An error says what is
/// wrong with the file, or which variant could not be written.
pub fn variants(root: &Path, source: &str) -> Result<Variants, Failed> {
    let path = root.join(source);
    let bytes = fs::read(&path).map_err(|e| format!("cannot be read: {e}"))?;
    if truncated(&bytes) {
        return Err("is cut short: the JPEG ends before its end marker".into());
    }
    let mut dec = decoder(&bytes)?;
    let (w, h) = dec.dimensions();
    if let Some(e) = too_big(w, h) {
        return Err(e.into());
    }
    let orientation = dec.orientation().map_err(|e| format!("cannot be read: {e}"))?;
    let turned = matches!(
        orientation,
        image::metadata::Orientation::Rotate90
            | image::metadata::Orientation::Rotate270
            | image::metadata::Orientation::Rotate90FlipH
            | image::metadata::Orientation::Rotate270FlipH
    );
    let (width, height) = if turned { (h, w) } else { (w, h) };
    let alpha = dec.color_type().has_alpha();
    let (fallback, ext) = if alpha {
        ("image/png", "png")
    } else {
        ("image/jpeg", "jpg")
    };
    let widths = widths_for(width);
    let mut made = Vec::new();
    let mut files = Vec::new();
    for &vw in &widths {
        for (mime, e) in [("image/webp", "webp"), (fallback, ext)] {
            let src = variant_path(source, vw, e);
            files.push(PathBuf::from(&src));
            made.push(Made { src, width: vw, mime });
        }
    }
    if up_to_date(root, &path, &files) {
        return Ok(Variants {
            width,
            height,
            made,
            written: 0,
        });
    }
    let mut picture = DynamicImage::from_decoder(dec).map_err(|e| format!("cannot be read: {e}"))?;
    picture.apply_orientation(orientation);
    // Eight bits a channel, as both encoders take them (a 16-bit PNG too).
    let picture = if alpha {
        DynamicImage::ImageRgba8(picture.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(picture.into_rgb8())
    };
    let mut resizer = Resizer::new();
    let options = ResizeOptions::new().resize_alg(ResizeAlg::Convolution(FilterType::CatmullRom));
    for &vw in &widths {
        let vh = ((u64::from(height) * u64::from(vw)) / u64::from(width)).max(1) as u32;
        let mut small = DynamicImage::new(vw, vh, picture.color());
        resizer
            .resize(&picture, &mut small, &options)
            .map_err(|e| format!("cannot be resized to {vw} pixels: {e}"))?;
        for m in made.iter().filter(|m| m.width == vw) {
            let out = root.join(&m.src);
            let encoded = encode(&small, m.mime)?;
            write(&out, encoded).map_err(Failed::Write)?;
        }
    }
    Ok(Variants {
        width,
        height,
        written: made.len(),
        made,
    })
}

/// The picture in a format: WebP, JPEG (without alpha) or PNG. The picture is 8-bit RGB
/// or RGBA, as `variants` makes it, so each encoder reads its pixels where they are.
fn encode(picture: &DynamicImage, mime: &str) -> Result<Vec<u8>, String> {
    let failed = |e: String| format!("cannot be written as {mime}: {e}");
    let mut out = Vec::new();
    match mime {
        "image/webp" => {
            let encoder = match picture {
                DynamicImage::ImageRgba8(p) => webp::Encoder::from_rgba(p.as_raw(), p.width(), p.height()),
                DynamicImage::ImageRgb8(p) => webp::Encoder::from_rgb(p.as_raw(), p.width(), p.height()),
                _ => return Err(failed("not 8-bit RGB or RGBA".into())),
            };
            out = encoder
                .encode_simple(false, WEBP_QUALITY)
                .map_err(|e| failed(format!("{e:?}")))?
                .to_vec();
        }
        "image/jpeg" => picture
            .write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))
            .map_err(|e| failed(e.to_string()))?,
        _ => picture
            .write_with_encoder(PngEncoder::new(&mut out))
            .map_err(|e| failed(e.to_string()))?,
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_are_those_below_the_picture() {
        assert_eq!(widths_for(2400), WIDTHS.to_vec());
        assert_eq!(widths_for(1000), vec![320, 480, 640, 960]);
        assert_eq!(widths_for(640), vec![320, 480], "never the picture's own width or more");
        assert_eq!(widths_for(300), Vec::<u32>::new());
    }

    #[test]
    fn a_jpeg_without_its_end_marker_is_cut_short() {
        assert!(truncated(&[0xff, 0xd8, 0xff, 0xe0, 1, 2]));
        assert!(!truncated(&[0xff, 0xd8, 1, 0xff, 0xd9]));
        assert!(!truncated(&[0xff, 0xd8, 1, 0xff, 0xd9, 0, 0]), "padding after the end");
        assert!(!truncated(b"\x89PNG"), "only JPEGs");
    }

    #[test]
    fn huge_pictures_are_refused_before_they_are_decoded() {
        assert!(too_big(20_000, 20_000).is_some());
        assert!(too_big(11_000, 11_000).is_some(), "121 megapixels");
        assert!(too_big(6000, 4000).is_none());
    }
}
