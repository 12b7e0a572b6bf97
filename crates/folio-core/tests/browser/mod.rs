//! What the component tests share: mounting a view (with every language's words in
//! place), finding elements, waiting for a condition.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The browser build has English built in and fetches the other languages' words; the
/// component tests install them all from the same files, as the app does.
pub fn install_words() {
    macro_rules! words {
        ($code:literal) => {
            (
                $code,
                include_str!(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../../public/folio-words/",
                    $code,
                    ".json"
                )),
            )
        };
    }
    for (code, text) in [
        words!("bg"),
        words!("cs"),
        words!("da"),
        words!("de"),
        words!("el"),
        words!("es"),
        words!("et"),
        words!("fi"),
        words!("fr"),
        words!("ga"),
        words!("hr"),
        words!("hu"),
        words!("it"),
        words!("lt"),
        words!("lv"),
        words!("mt"),
        words!("nl"),
        words!("pl"),
        words!("pt"),
        words!("ro"),
        words!("sk"),
        words!("sl"),
        words!("sv"),
    ] {
        if folio_core::i18n::installed::get(code).is_none() {
            let words = folio_core::i18n::installed::parse(text).unwrap();
            folio_core::i18n::installed::install(code, words);
        }
    }
}

/// Mounts a view on an element that is not in the document.
pub fn mount<V: IntoView + 'static>(view: impl FnOnce() -> V + 'static) -> web_sys::HtmlElement {
    install_words();
    let document = web_sys::window().unwrap().document().unwrap();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    leptos::mount::mount_to(root.clone(), view).forget();
    root
}

pub fn all(root: &web_sys::HtmlElement, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

pub fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no {selector}"))
        .text_content()
        .unwrap_or_default()
}

/// Waits until `ready()` holds, looking again every 10 ms for at most five seconds, and
/// fails naming `what` if it never does (no fixed sleep: a test goes on as soon as it can).
pub async fn until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..500 {
        if ready() {
            return;
        }
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10);
        });
        wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
    }
    panic!("still waiting for {what} after 5 s");
}
