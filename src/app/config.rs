//! Where the content comes from and where the app lives.

use crate::content::files::normal_base_path;
use crate::content::loader::Endpoint;

/// The default endpoint: the sample content shipped next to the app.
pub const DEFAULT_ENDPOINT: &str = "content/";

#[derive(Clone, Debug, PartialEq)]
pub struct AppConfig {
    pub endpoint: Endpoint,
    /// `""` or `/news`: the router's base path.
    pub base: String,
    /// `https://www.example.org`: the page's origin, for canonical URLs.
    pub origin: String,
}

impl AppConfig {
    /// The standalone configuration: content at `content/` under the app's root.
    pub fn from_page() -> Result<AppConfig, String> {
        let location = web_sys::window().ok_or("no window")?.location();
        let origin = location.origin().map_err(|_| "no origin")?;
        let base = normal_base_path("");
        AppConfig::new(DEFAULT_ENDPOINT, &base, &origin)
    }

    pub fn new(endpoint: &str, base: &str, origin: &str) -> Result<AppConfig, String> {
        let app_root = format!("{origin}{base}/");
        let endpoint = Endpoint::new(endpoint, &app_root)
            .ok_or_else(|| format!("The content endpoint {endpoint:?} is not an http(s) URL."))?;
        Ok(AppConfig {
            endpoint,
            base: base.to_string(),
            origin: origin.to_string(),
        })
    }
}

/// A configuration Folio cannot run with: say so where the app would be.
pub fn show_config_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    if let Ok(p) = document.create_element("p") {
        p.set_class_name("folio-error");
        p.set_text_content(Some(&format!("Folio cannot start: {message}")));
        let _ = body.append_child(&p);
    }
}
