//! `folio-cli`: validate, import, images, index and publish (see the `folio_cli` library).

fn main() {
    std::process::exit(folio_cli::cli::run(std::env::args().skip(1).collect()));
}
