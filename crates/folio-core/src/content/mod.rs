//! The content contract: the model, its decoding and checks, where the content is and
//! how its URLs resolve (pure, tested natively), and, in the browser, the loader that
//! fetches it. This floor reaches up to nothing.

pub mod date;
pub mod decode;
pub mod endpoint;
pub mod error;
pub mod files;
pub mod head;
pub mod media;
pub mod model;
pub mod slug;
pub mod url;
pub mod visible;

#[cfg(target_arch = "wasm32")]
pub mod loader;

/// How long one request may take when the host page does not say (`data-timeout`).
pub const DEFAULT_TIMEOUT_MS: u32 = 10_000;
