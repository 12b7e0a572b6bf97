//! `folio-cli`: the publishing tool (see `folio::publish`). It runs natively; the wasm
//! build has nothing to run here.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(folio::publish::cli::run(std::env::args().skip(1).collect()));
}

#[cfg(target_arch = "wasm32")]
fn main() {}
