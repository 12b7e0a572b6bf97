//! Where the content comes from and where the app lives, from the host page's `#folio`
//! element (see `embed` for the attributes and their checks).

use crate::content::loader::Endpoint;
use crate::embed::{read_settings, Mode};

#[derive(Clone, Debug, PartialEq)]
pub struct AppConfig {
    pub endpoint: Endpoint,
    /// `""` or `/news`: the router's base path.
    pub base: String,
    /// `https://www.example.org`: the page's origin, for canonical URLs.
    pub origin: String,
    /// The host's language for `/` (`data-lang`), or the widget's article language.
    pub lang: Option<String>,
    pub mode: Mode,
}

impl AppConfig {
    /// The configuration from the page, or the message to show in place of the app.
    pub fn from_page() -> Result<AppConfig, String> {
        let window = web_sys::window().ok_or("no window")?;
        let origin = window.location().origin().map_err(|_| "no origin")?;
        let root = mount_point();
        let settings = read_settings(|name| root.as_ref()?.get_attribute(name)).map_err(|e| e.to_string())?;
        crate::content::loader::set_timeout_ms(settings.timeout_ms);
        let mut config = AppConfig::new(&settings.endpoint, &settings.base_path, &origin)?;
        config.lang = settings.lang;
        config.mode = settings.mode;
        Ok(config)
    }

    /// A site-mode configuration (tests use it directly).
    pub fn new(endpoint: &str, base: &str, origin: &str) -> Result<AppConfig, String> {
        let app_root = format!("{origin}{base}/");
        let endpoint = Endpoint::new(endpoint, &app_root)
            .ok_or_else(|| format!("data-endpoint: {endpoint:?} is not an http or https URL"))?;
        Ok(AppConfig {
            endpoint,
            base: base.to_string(),
            origin: origin.to_string(),
            lang: None,
            mode: Mode::Site,
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
    let Ok(root) = document.create_element("div") else {
        return;
    };
    root.set_class_name("folio");
    if let Ok(p) = document.create_element("p") {
        p.set_class_name("folio-error");
        let _ = p.set_attribute("role", "alert");
        p.set_text_content(Some(&format!("Folio cannot start. {message}")));
        let _ = root.append_child(&p);
    }
    let _ = parent.append_child(&root);
}
