//! Reading the configuration from the host page's `#folio` element (see `embed` for the
//! attributes and their checks), and saying so in its place when it cannot be used.

use crate::context::AppConfig;
use folio_core::embed::read_settings;

/// The configuration from the page, or the message to show in place of the app.
pub fn from_page() -> Result<AppConfig, String> {
    let window = web_sys::window().ok_or("no window")?;
    let origin = window.location().origin().map_err(|_| "no origin")?;
    let root = mount_point();
    let settings = read_settings(|name| root.as_ref()?.get_attribute(name)).map_err(|e| e.to_string())?;
    folio_core::content::loader::set_timeout_ms(settings.timeout_ms);
    let mut config = AppConfig::new(&settings.endpoint, &settings.base_path, &origin)?;
    config.lang = settings.lang;
    config.mode = settings.mode;
    Ok(config)
}

/// The language of the first page, when the page says it: the address's first segment
/// in site mode, else `data-lang` (the app loads its words before it mounts).
pub fn initial_language(config: &AppConfig) -> Option<String> {
    if config.mode == folio_core::embed::Mode::Site {
        let path = web_sys::window()?.location().pathname().ok()?;
        let first = folio_core::content::files::first_segment(&path, &config.base);
        if folio_core::content::decode::is_valid_language(first) {
            return Some(first.to_string());
        }
    }
    config.lang.clone()
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
