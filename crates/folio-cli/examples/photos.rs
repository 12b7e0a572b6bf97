//! Photos of our own making, for the sample content and the benchmarks of
//! `folio-cli images`: landscapes painted from seeded noise (sky and clouds, hills,
//! fields, water), with pylons, wind turbines, a dam or a harbour, and a photo's grain,
//! written as JPEG at 2,560 × 1,440 (quality 88), so each weighs what a real photo
//! does (0.6–1.5 MB). The same seed gives the same picture, byte for byte.
//!
//! ```text
//! cargo run --release --example photos -- sample public/content/img
//! cargo run --release --example photos -- many target/photos 500
//! ```
//! `sample` writes the four pictures of the sample content (`grid-pylons.jpg`,
//! `offshore-wind.jpg`, `water-reservoir.jpg`, `trade-harbour.jpg`); `many` writes N
//! pictures `photo-0001.jpg` … cycling through the scenes with other seeds.

#[cfg(not(target_arch = "wasm32"))]
#[path = "photos/paint.rs"]
mod paint;

#[cfg(not(target_arch = "wasm32"))]
#[path = "photos/scenes.rs"]
mod scenes;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use rayon::prelude::*;
    use std::path::PathBuf;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let jobs: Vec<(PathBuf, scenes::Scene, u64)> = match args.as_slice() {
        [what, out] if what == "sample" => scenes::SAMPLE
            .iter()
            .map(|(name, scene)| (PathBuf::from(out).join(name), *scene, 1))
            .collect(),
        [what, out, n] if what == "many" => {
            let Ok(n) = n.parse::<u64>() else {
                eprintln!("photos: `{n}` is not a number of photos");
                std::process::exit(2);
            };
            (1..=n)
                .map(|i| {
                    let scene = scenes::SAMPLE[(i % 4) as usize].1;
                    (PathBuf::from(out).join(format!("photo-{i:04}.jpg")), scene, i + 1)
                })
                .collect()
        }
        _ => {
            eprintln!("usage: photos sample DIR | photos many DIR N");
            std::process::exit(2);
        }
    };
    if let Some(dir) = jobs.first().and_then(|(p, _, _)| p.parent()) {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("photos: cannot create {}: {e}", dir.display());
            std::process::exit(1);
        }
    }
    let failed = jobs
        .par_iter()
        .filter(|(path, scene, seed)| {
            let picture = scenes::paint(*scene, *seed);
            match paint::write_jpeg(&picture, path) {
                Ok(bytes) => {
                    println!("{} {} KB", path.display(), bytes / 1024);
                    false
                }
                Err(e) => {
                    eprintln!("photos: {}: {e}", path.display());
                    true
                }
            }
        })
        .count();
    std::process::exit(i32::from(failed > 0));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
