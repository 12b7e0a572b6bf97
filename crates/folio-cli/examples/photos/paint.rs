//! The brushes of the photo painter: a canvas of colours in 0–1, seeded value noise,
//! blending, antialiased lines and the JPEG writer.

use image::codecs::jpeg::JpegEncoder;
use image::{ExtendedColorType, ImageEncoder};
use std::path::Path;

pub type Colour = [f32; 3];

/// Picture width and height.
pub const WIDTH: u32 = 2560;
pub const HEIGHT: u32 = 1440;

pub struct Canvas {
    pub width: u32,
    pub height: u32,
    pixels: Vec<Colour>,
}

impl Canvas {
    pub fn new(width: u32, height: u32) -> Self {
        Canvas {
            width,
            height,
            pixels: vec![[0.0; 3]; (width * height) as usize],
        }
    }

    /// Sets every pixel from `f(x, y)`, with x and y from 0 to 1.
    pub fn fill(&mut self, f: impl Fn(f32, f32) -> Colour) {
        let (w, h) = (self.width as f32, self.height as f32);
        for (i, p) in self.pixels.iter_mut().enumerate() {
            let (x, y) = ((i as u32 % self.width) as f32 / w, (i as u32 / self.width) as f32 / h);
            *p = f(x, y);
        }
    }

    /// Changes every pixel by `f(x, y, colour)`.
    pub fn each(&mut self, f: impl Fn(f32, f32, Colour) -> Colour) {
        let (w, h) = (self.width as f32, self.height as f32);
        for (i, p) in self.pixels.iter_mut().enumerate() {
            let (x, y) = ((i as u32 % self.width) as f32 / w, (i as u32 / self.width) as f32 / h);
            *p = f(x, y, *p);
        }
    }

    /// Blends `colour` into pixel (x, y) in pixels by `amount`.
    pub fn blend(&mut self, x: i64, y: i64, colour: Colour, amount: f32) {
        if x < 0 || y < 0 || x >= i64::from(self.width) || y >= i64::from(self.height) {
            return;
        }
        let p = &mut self.pixels[(y as u32 * self.width + x as u32) as usize];
        *p = mix(*p, colour, amount.clamp(0.0, 1.0));
    }

    /// An antialiased line `thickness` pixels wide, ends in 0–1 coordinates.
    pub fn line(&mut self, a: (f32, f32), b: (f32, f32), thickness: f32, colour: Colour) {
        let (w, h) = (self.width as f32, self.height as f32);
        let (ax, ay, bx, by) = (a.0 * w, a.1 * h, b.0 * w, b.1 * h);
        let r = thickness / 2.0 + 1.0;
        let (x0, x1) = ((ax.min(bx) - r).floor() as i64, (ax.max(bx) + r).ceil() as i64);
        let (y0, y1) = ((ay.min(by) - r).floor() as i64, (ay.max(by) + r).ceil() as i64);
        let (dx, dy) = (bx - ax, by - ay);
        let length2 = (dx * dx + dy * dy).max(1e-6);
        for y in y0..=y1 {
            for x in x0..=x1 {
                let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
                let t = (((px - ax) * dx + (py - ay) * dy) / length2).clamp(0.0, 1.0);
                let d = ((px - ax - t * dx).powi(2) + (py - ay - t * dy).powi(2)).sqrt();
                self.blend(x, y, colour, thickness / 2.0 - d + 0.5);
            }
        }
    }

    /// A filled rectangle in 0–1 coordinates.
    pub fn rect(&mut self, x: (f32, f32), y: (f32, f32), colour: Colour) {
        let (w, h) = (self.width as f32, self.height as f32);
        for py in (y.0 * h) as i64..(y.1 * h) as i64 {
            for px in (x.0 * w) as i64..(x.1 * w) as i64 {
                self.blend(px, py, colour, 1.0);
            }
        }
    }

    /// A photo's grain: each pixel moved by up to `amount` either way.
    pub fn grain(&mut self, seed: u64, amount: f32) {
        for (i, p) in self.pixels.iter_mut().enumerate() {
            let n = hash(seed ^ 0x9e37, i as i64, 7) * 2.0 - 1.0;
            *p = p.map(|c| c + n * amount);
        }
    }
}

/// Writes the canvas as a JPEG (quality 88); its size in bytes.
pub fn write_jpeg(canvas: &Canvas, path: &Path) -> Result<usize, String> {
    let bytes: Vec<u8> = canvas
        .pixels
        .iter()
        .flat_map(|p| p.map(|c| (c.clamp(0.0, 1.0) * 255.0).round() as u8))
        .collect();
    let mut out = Vec::new();
    JpegEncoder::new_with_quality(&mut out, 88)
        .write_image(&bytes, canvas.width, canvas.height, ExtendedColorType::Rgb8)
        .map_err(|e| e.to_string())?;
    std::fs::write(path, &out).map_err(|e| e.to_string())?;
    Ok(out.len())
}

pub fn mix(a: Colour, b: Colour, t: f32) -> Colour {
    [
        a[0] + (b[0] - a[0]) * t,
        a[1] + (b[1] - a[1]) * t,
        a[2] + (b[2] - a[2]) * t,
    ]
}

pub fn rgb(hex: u32) -> Colour {
    [
        (hex >> 16) as f32 / 255.0,
        ((hex >> 8) & 0xff) as f32 / 255.0,
        (hex & 0xff) as f32 / 255.0,
    ]
}

/// A number in 0–1 for a lattice point, the same for the same seed.
pub fn hash(seed: u64, x: i64, y: i64) -> f32 {
    let mut h = seed
        .wrapping_mul(0x9e37_79b9_7f4a_7c15)
        .wrapping_add((x as u64).wrapping_mul(0xbf58_476d_1ce4_e5b9))
        .wrapping_add((y as u64).wrapping_mul(0x94d0_49bb_1331_11eb));
    h ^= h >> 31;
    h = h.wrapping_mul(0xd6e8_feb8_6659_fd93);
    h ^= h >> 32;
    (h >> 40) as f32 / (1u64 << 24) as f32
}

/// Smooth value noise in 0–1.
pub fn noise(seed: u64, x: f32, y: f32) -> f32 {
    let (xi, yi) = (x.floor() as i64, y.floor() as i64);
    let (fx, fy) = (x - x.floor(), y - y.floor());
    let (sx, sy) = (fx * fx * (3.0 - 2.0 * fx), fy * fy * (3.0 - 2.0 * fy));
    let top = hash(seed, xi, yi) + (hash(seed, xi + 1, yi) - hash(seed, xi, yi)) * sx;
    let bottom = hash(seed, xi, yi + 1) + (hash(seed, xi + 1, yi + 1) - hash(seed, xi, yi + 1)) * sx;
    top + (bottom - top) * sy
}

/// Noise of `octaves` layers, each twice as fine and half as strong, in about 0–1.
pub fn fbm(seed: u64, x: f32, y: f32, octaves: u32) -> f32 {
    let (mut sum, mut weight, mut scale, mut total) = (0.0, 1.0, 1.0, 0.0);
    for o in 0..octaves {
        sum += noise(seed.wrapping_add(u64::from(o)), x * scale, y * scale) * weight;
        total += weight;
        weight *= 0.5;
        scale *= 2.0;
    }
    sum / total
}
