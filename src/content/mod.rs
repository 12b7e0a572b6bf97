//! The content contract: the model, its decoding and checks (pure, tested natively),
//! and, in the browser, the loader that fetches it.

pub mod date;
pub mod decode;
pub mod files;
pub mod model;
pub mod slug;
pub mod url;

#[cfg(target_arch = "wasm32")]
pub mod loader;

#[cfg(test)]
mod decode_tests;
