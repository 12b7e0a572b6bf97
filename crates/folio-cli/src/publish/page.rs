//! A published page: the built `index.html` with the page's head and its prerendered
//! content spliced in. Folio's own boot script stays as it is and takes over.

use crate::publish::html::esc;

/// The built app's `index.html`, checked once for the places a page is spliced into.
pub struct Template {
    html: String,
}

impl Template {
    pub fn new(html: String) -> Result<Template, String> {
        for needle in [
            "<html lang=\"en\">",
            "<title>Folio</title>",
            "</head>",
            "<body>",
            "boot.js",
        ] {
            if !html.contains(needle) {
                return Err(format!(
                    "index.html has no {needle}: is this a Folio build (trunk build --release)?"
                ));
            }
        }
        Ok(Template { html })
    }

    /// The built `index.html` as read.
    pub fn text(&self) -> &str {
        &self.html
    }

    /// Whether the page's Folio element names this endpoint (`data-endpoint`).
    pub fn sets_endpoint(&self, endpoint: &str) -> bool {
        self.html.contains(&format!("data-endpoint=\"{}\"", esc(endpoint)))
    }

    /// `head`: tags for the end of `<head>`; `content`: the page inside Folio's root.
    /// The build's preloads of the app's script and wasm are left out: on a page that
    /// is complete without them they would only compete with its images (boot.js loads
    /// the app after the page).
    pub fn page(&self, lang: &str, rtl: bool, title: &str, head: &str, content: &str) -> String {
        let dir = if rtl { "rtl" } else { "ltr" };
        let html: String = self
            .html
            .lines()
            .filter(|l| !(l.contains("rel=\"modulepreload\"") || l.contains("rel=\"preload\"")))
            .map(|l| format!("{l}\n"))
            .collect();
        html.replacen(
            "<html lang=\"en\">",
            &format!("<html lang=\"{}\" dir=\"{dir}\">", esc(lang)),
            1,
        )
        .replacen("<title>Folio</title>", &format!("<title>{}</title>", esc(title)), 1)
        .replacen("</head>", &format!("{head}</head>"), 1)
        .replacen(
            "<body>",
            &format!("<body><div class=\"folio folio-prerender\" id=\"folio-prerender\">{content}</div>"),
            1,
        )
    }
}
