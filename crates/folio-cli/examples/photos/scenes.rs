//! The four scenes of the photo painter, each from a seed: power lines across a wheat
//! field, wind turbines at sea, a reservoir with a low water line below a dam, and a
//! container harbour at sunset.

use crate::paint::{fbm, hash, mix, noise, rgb, Canvas, Colour, HEIGHT, WIDTH};

#[derive(Clone, Copy)]
pub enum Scene {
    Pylons,
    Turbines,
    Reservoir,
    Harbour,
}

/// The sample content's pictures and their scenes.
pub const SAMPLE: [(&str, Scene); 4] = [
    ("grid-pylons.jpg", Scene::Pylons),
    ("offshore-wind.jpg", Scene::Turbines),
    ("water-reservoir.jpg", Scene::Reservoir),
    ("trade-harbour.jpg", Scene::Harbour),
];

pub fn paint(scene: Scene, seed: u64) -> Canvas {
    let mut c = Canvas::new(WIDTH, HEIGHT);
    match scene {
        Scene::Pylons => pylons(&mut c, seed),
        Scene::Turbines => turbines(&mut c, seed),
        Scene::Reservoir => reservoir(&mut c, seed),
        Scene::Harbour => harbour(&mut c, seed),
    }
    c.grain(seed, 0.03);
    c
}

fn smooth(edge0: f32, edge1: f32, v: f32) -> f32 {
    let t = ((v - edge0) / (edge1 - edge0)).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// A sky from `top` to `low` at the horizon, with clouds of `cloud` colour covering
/// about `cover` (0–1) of it.
struct Sky {
    horizon: f32,
    top: Colour,
    low: Colour,
    cloud: Colour,
    cover: f32,
}

impl Sky {
    fn at(&self, seed: u64, x: f32, y: f32) -> Colour {
        let base = mix(self.top, self.low, (y / self.horizon).clamp(0.0, 1.0).powf(1.5));
        let f = fbm(seed, x * 5.0, y * 11.0, 7);
        let density = smooth(1.0 - self.cover, 1.0 - self.cover + 0.25, f);
        let shade = 0.75 + 0.25 * fbm(seed + 5, x * 9.0, y * 18.0, 5);
        mix(base, self.cloud.map(|v| v * shade), density * 0.9)
    }
}

/// The height of a ridge at x: `level` plus up to `rise` of noise.
fn ridge(seed: u64, x: f32, level: f32, rise: f32) -> f32 {
    level - rise * fbm(seed, x * 3.0, 0.5, 6)
}

/// Perspective coordinates of ground or water below the horizon: across, and distance.
fn ground(x: f32, y: f32, horizon: f32) -> (f32, f32) {
    let depth = 1.0 / (y - horizon + 0.01);
    ((x - 0.5) * depth, depth)
}

fn pylons(c: &mut Canvas, seed: u64) {
    let horizon = 0.56;
    c.fill(|x, y| {
        let hills = ridge(seed + 10, x, 0.57, 0.09);
        if y < hills {
            return Sky {
                horizon,
                top: rgb(0x3f74b5),
                low: rgb(0xd4e3ef),
                cloud: rgb(0xf6f5f0),
                cover: 0.45,
            }
            .at(seed, x, y);
        }
        let field = ridge(seed + 11, x, 0.62, 0.03);
        if y < field {
            let tree = fbm(seed + 12, x * 90.0, y * 90.0, 4);
            return mix(rgb(0x6f8f86), rgb(0x4c6b5a), tree);
        }
        let (u, v) = ground(x, y, horizon);
        let stalks = fbm(seed + 13, u * 40.0, v * 6.0, 5);
        let rows = (0.5 + 0.5 * (u * 60.0).sin()) * 0.15;
        mix(rgb(0xd9b85a), rgb(0x8f6b2a), (stalks * 0.8 + rows) * (0.6 + y * 0.4))
    });
    let steel = rgb(0x3b3f44);
    let towers = [(0.18, 0.92, 0.62), (0.58, 0.70, 0.30), (0.83, 0.635, 0.14)];
    for (x, base, height) in towers {
        let top = base - height;
        let half = height * 0.12;
        let line = 2.0 + height * 14.0;
        c.line((x - half, base), (x - half * 0.2, top), line, steel);
        c.line((x + half, base), (x + half * 0.2, top), line, steel);
        for k in 1..8 {
            let (y0, y1) = (base - height * (k - 1) as f32 / 8.0, base - height * k as f32 / 8.0);
            let w0 = half * (1.0 - 0.8 * (k - 1) as f32 / 8.0);
            let w1 = half * (1.0 - 0.8 * k as f32 / 8.0);
            c.line((x - w0, y0), (x + w1, y1), line * 0.5, steel);
            c.line((x + w0, y0), (x - w1, y1), line * 0.5, steel);
        }
        for arm in [0.15, 0.3] {
            let y = top + height * arm;
            c.line((x - height * 0.28, y), (x + height * 0.28, y), line * 0.8, steel);
        }
    }
    for pair in towers.windows(2) {
        let ((xa, ba, ha), (xb, bb, hb)) = (pair[0], pair[1]);
        for (arm, side) in [(0.15, -1.0), (0.15, 1.0), (0.3, -1.0), (0.3, 1.0)] {
            let a = (xa + side * ha * 0.27, ba - ha + ha * arm);
            let b = (xb + side * hb * 0.27, bb - hb + hb * arm);
            let mut last = a;
            for s in 1..=40 {
                let t = s as f32 / 40.0;
                let sag = 0.05 * (ha + hb) * 4.0 * t * (1.0 - t);
                let p = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t + sag);
                c.line(last, p, 2.0, rgb(0x2a2d30));
                last = p;
            }
        }
    }
}

fn turbines(c: &mut Canvas, seed: u64) {
    let horizon = 0.54;
    c.fill(|x, y| {
        if y < horizon {
            return Sky {
                horizon,
                top: rgb(0x6c7f93),
                low: rgb(0xc9d2d8),
                cloud: rgb(0xe9ebec),
                cover: 0.6,
            }
            .at(seed, x, y);
        }
        let (u, v) = ground(x, y, horizon);
        let swell = fbm(seed + 20, u * 6.0, v * 1.5, 6);
        let glint = smooth(0.62, 0.8, fbm(seed + 21, u * 30.0, v * 8.0, 4));
        let water = mix(rgb(0x8fa3ad), rgb(0x23465a), ((y - horizon) * 4.0).clamp(0.0, 1.0));
        mix(mix(water, rgb(0x17323f), swell * 0.5), rgb(0xdfe6ea), glint * 0.5)
    });
    let white = rgb(0xf1f2f0);
    for i in 0..7u64 {
        let depth = 0.15 + 0.85 * (i as f32 / 6.0).powi(2);
        let x = 0.08 + 0.84 * hash(seed + 22, i as i64, 0);
        let height = 0.42 * depth;
        let base = horizon + 0.01 + 0.04 * depth;
        let hub = (x, base - height);
        let line = 1.5 + 9.0 * depth;
        c.line((x, base), hub, line, white);
        c.line((x, base), (x, base - height * 0.08), line * 1.3, rgb(0xe0b43c));
        let turn = hash(seed + 23, i as i64, 1) * 6.3;
        for b in 0..3 {
            let a = turn + b as f32 * 2.094;
            let tip = (
                hub.0 + a.cos() * height * 0.62 * HEIGHT as f32 / WIDTH as f32,
                hub.1 + a.sin() * height * 0.62,
            );
            c.line(
                hub,
                tip,
                line * 0.8,
                mix(white, rgb(0xb8bec2), noise(seed, i as f32, b as f32) * 0.4),
            );
        }
    }
}

fn reservoir(c: &mut Canvas, seed: u64) {
    let horizon = 0.42;
    let water = 0.66;
    c.fill(|x, y| {
        let far = ridge(seed + 30, x, 0.45, 0.12);
        let near = ridge(seed + 31, x, 0.55, 0.1);
        if y < far {
            return Sky {
                horizon,
                top: rgb(0x5d8fc4),
                low: rgb(0xe2ecf2),
                cloud: rgb(0xfbfbf8),
                cover: 0.35,
            }
            .at(seed, x, y);
        }
        if y < near {
            return mix(rgb(0x7e9a8a), rgb(0x5b7664), fbm(seed + 32, x * 60.0, y * 60.0, 4));
        }
        let shore = water - 0.05 - 0.015 * fbm(seed + 33, x * 10.0, 0.0, 4);
        if y < shore {
            return mix(rgb(0x2f5a36), rgb(0x1d3b24), fbm(seed + 34, x * 120.0, y * 120.0, 4));
        }
        if y < water {
            return mix(rgb(0xdccdaa), rgb(0xb29f7a), fbm(seed + 35, x * 30.0, y * 200.0, 5));
        }
        let (u, v) = ground(x, y, water);
        let ripple = fbm(seed + 36, u * 4.0, v * 3.0, 5);
        let mirror = mix(rgb(0x3c5f4a), rgb(0x5b86a8), ((y - water) * 5.0).clamp(0.0, 1.0));
        mix(mirror, rgb(0xa9c3d6), ripple * 0.35)
    });
    c.each(|x, y, p| {
        let top = 0.5 + (x - 0.7) * 0.08;
        if x > 0.7 && y > top && y < water + 0.02 {
            let stain = fbm(seed + 37, x * 400.0, y * 20.0, 4);
            mix(rgb(0xbdbab2), rgb(0x7d7a72), stain * 0.6 + (y - top) * 1.5)
        } else {
            p
        }
    });
    c.rect((0.7, 1.0), (0.49, 0.5), rgb(0x8a877f));
}

fn harbour(c: &mut Canvas, seed: u64) {
    let horizon = 0.6;
    let sun = (0.28, 0.5);
    c.fill(|x, y| {
        if y < horizon {
            let base = Sky {
                horizon,
                top: rgb(0x3b3a6b),
                low: rgb(0xf3a65e),
                cloud: rgb(0xe2876a),
                cover: 0.3,
            }
            .at(seed, x, y);
            let d = ((x - sun.0) * 1.78).hypot(y - sun.1);
            return mix(base, rgb(0xfff1c8), smooth(0.12, 0.03, d) + smooth(0.035, 0.03, d));
        }
        let (u, v) = ground(x, y, horizon);
        let ripple = fbm(seed + 40, u * 3.0, v * 4.0, 6);
        let path = smooth(0.06 + (y - horizon) * 0.3, 0.0, (x - sun.0).abs()) * ripple;
        let sea = mix(rgb(0x6a4d5e), rgb(0x1f2540), ((y - horizon) * 3.0).clamp(0.0, 1.0));
        mix(mix(sea, rgb(0x0f1428), ripple * 0.4), rgb(0xffc98a), path)
    });
    c.rect((0.42, 1.0), (0.6, 0.66), rgb(0x2a2730));
    let palette = [0xb23a2e, 0x2f5d8a, 0xd89a2b, 0x3f7a4a, 0x8a8f96, 0x7a2f5a];
    for col in 0..14 {
        let stack = 2 + (hash(seed + 41, col, 0) * 3.0) as i64;
        for row in 0..stack {
            let x0 = 0.46 + col as f32 * 0.038;
            let y1 = 0.6 - row as f32 * 0.035;
            let colour = rgb(palette[(hash(seed + 42, col, row) * 6.0) as usize % 6]).map(|v| v * 0.8);
            c.rect((x0, x0 + 0.036), (y1 - 0.033, y1), colour);
            for rib in 0..9 {
                let rx = x0 + 0.004 * rib as f32;
                c.line((rx, y1 - 0.033), (rx, y1), 1.5, colour.map(|v| v * 0.7));
            }
        }
    }
    let dark = rgb(0x1c1a22);
    for leg in [0.4, 0.46] {
        c.line((leg, 0.66), (leg + 0.01, 0.32), 9.0, dark);
    }
    c.line((0.3, 0.34), (0.6, 0.34), 12.0, dark);
    c.line((0.405, 0.33), (0.455, 0.25), 6.0, dark);
    c.line((0.455, 0.25), (0.6, 0.34), 4.0, dark);
    c.line((0.455, 0.25), (0.3, 0.34), 4.0, dark);
    c.line((0.52, 0.34), (0.52, 0.48), 2.0, dark);
}
