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
    /// Reads `data-endpoint` and `data-base-path` from the `#folio` element when there is
    /// one; otherwise content at `content/` under the site root.
    pub fn from_page() -> Result<AppConfig, String> {
        let window = web_sys::window().ok_or("no window")?;
        let origin = window.location().origin().map_err(|_| "no origin")?;
        let attr = |name: &str| mount_point().and_then(|el| el.get_attribute(name));
        let base = normal_base_path(&attr("data-base-path").unwrap_or_default());
        let endpoint = attr("data-endpoint").unwrap_or_else(|| DEFAULT_ENDPOINT.to_string());
        AppConfig::new(&endpoint, &base, &origin)
    }

    pub fn new(endpoint: &str, base: &str, origin: &str) -> Result<AppConfig, String> {
        let app_root = format!("{origin}{base}/");
        let endpoint = Endpoint::new(endpoint, &app_root)
            .ok_or_else(|| format!("data-endpoint {endpoint:?} is not an http(s) URL."))?;
        Ok(AppConfig {
            endpoint,
            base: base.to_string(),
            origin: origin.to_string(),
        })
    }
}

/// The `#folio` element of a host page, if it has one.
pub fn mount_point() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?
        .document()?
        .get_element_by_id("folio")?
        .dyn_into()
        .ok()
}

/// A configuration Folio cannot run with: say so where the app would be.
pub fn show_config_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(parent) = mount_point().or_else(|| document.body()) else {
        return;
    };
    if let Ok(p) = document.create_element("p") {
        p.set_class_name("folio-error");
        p.set_text_content(Some(&format!("Folio cannot start: {message}")));
        let _ = parent.append_child(&p);
    }
}
