//! The sample content's recording and documents, of our own making: a short chime as
//! a WAV file (a few bell-like tones from a seeded sequence: the contract's audio block
//! needs a file to play), and a one-page PDF position paper in English and German,
//! written with the standard Helvetica fonts. The same run gives the same bytes.
//!
//! ```text
//! cargo run --example media -- public/content
//! ```
//! writes `media/water-statement.wav`, `files/water-position-paper-en.pdf` and
//! `files/water-position-paper-de.pdf` under the given folder, and prints each file's
//! size (the articles' `size` fields).

#[cfg(not(target_arch = "wasm32"))]
#[path = "media/pdf.rs"]
mod pdf;

#[cfg(not(target_arch = "wasm32"))]
#[path = "media/wav.rs"]
mod wav;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::Path;
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: media CONTENT_DIR");
        std::process::exit(2);
    };
    let out = Path::new(&out);
    let files: [(&str, Vec<u8>); 3] = [
        ("media/water-statement.wav", wav::chime()),
        ("files/water-position-paper-en.pdf", pdf::page(pdf::EN)),
        ("files/water-position-paper-de.pdf", pdf::page(pdf::DE)),
    ];
    for (name, bytes) in files {
        let path = out.join(name);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|_| std::fs::write(&path, &bytes));
        if let Err(e) = written {
            eprintln!("media: {}: {e}", path.display());
            std::process::exit(1);
        }
        println!("{name}: {} bytes", bytes.len());
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
