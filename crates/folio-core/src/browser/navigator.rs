//! The device's share sheet, the clipboard and new tabs. Natively there is none of them.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Calls `navigator.<api>.<method>(arg)` or `navigator.<method>(arg)` if the browser has
/// it, and waits for its promise. `Err` when missing, refused or failed.
async fn call_navigator(object: Option<&str>, method: &str, arg: &JsValue) -> Result<(), ()> {
    let navigator: JsValue = web_sys::window().ok_or(())?.navigator().into();
    let this = match object {
        Some(name) => Reflect::get(&navigator, &name.into()).map_err(|_| ())?,
        None => navigator,
    };
    let f: Function = Reflect::get(&this, &method.into())
        .map_err(|_| ())?
        .dyn_into()
        .map_err(|_| ())?;
    let promise: Promise = f.call1(&this, arg).map_err(|_| ())?.dyn_into().map_err(|_| ())?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|_| ())
}

/// Whether the browser has a share sheet (`navigator.share`).
pub fn has_share_sheet() -> bool {
    super::IN_BROWSER
        && web_sys::window()
            .and_then(|w| Reflect::get(&w.navigator(), &"share".into()).ok())
            .is_some_and(|f| f.is_function())
}

/// Opens the device's share sheet; the reader may cancel it, which is no failure.
pub async fn share_sheet(title: &str, text: &str, url: &str) {
    let data = Object::new();
    let _ = Reflect::set(&data, &"title".into(), &title.into());
    let _ = Reflect::set(&data, &"text".into(), &text.into());
    let _ = Reflect::set(&data, &"url".into(), &url.into());
    let _ = call_navigator(None, "share", &data.into()).await;
}

/// Writes text to the clipboard; `false` where there is no clipboard or it refuses.
pub async fn copy_text(text: &str) -> bool {
    call_navigator(Some("clipboard"), "writeText", &JsValue::from_str(text))
        .await
        .is_ok()
}

pub fn open_in_new_tab(url: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.open_with_url_and_target_and_features(url, "_blank", "noopener,noreferrer");
    }
}
