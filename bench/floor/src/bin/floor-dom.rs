//! The floor without Leptos: the same page as the Leptos floor (`src/main.rs`) built with
//! the browser's DOM through `web-sys`, for what the view layer itself costs.

use folio_floor::load;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

fn element(doc: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    Ok(e)
}

async fn run() -> Result<(), JsValue> {
    let window = web_sys::window().ok_or("no window")?;
    let doc = window.document().ok_or("no document")?;
    let body = doc.body().ok_or("no body")?;
    let root = element(&doc, "div", "folio")?;
    let main = element(&doc, "main", "folio-main")?;
    root.append_child(&main)?;
    body.append_child(&root)?;
    let path = window.location().pathname()?;
    match load(path.trim_start_matches('/')).await {
        Ok(a) => {
            let article = element(&doc, "article", "folio-article")?;
            let header = element(&doc, "header", "folio-article-header")?;
            let h1 = element(&doc, "h1", "folio-title")?;
            h1.set_attribute("elementtiming", "folio-title")?;
            h1.set_text_content(Some(&a.title));
            header.append_child(&h1)?;
            article.append_child(&header)?;
            let text = element(&doc, "div", "folio-body")?;
            for p in &a.body {
                let e = element(&doc, "p", "")?;
                e.set_text_content(Some(p));
                text.append_child(&e)?;
            }
            article.append_child(&text)?;
            main.append_child(&article)?;
        }
        Err(e) => main.set_text_content(Some(&e)),
    }
    Ok(())
}

fn main() {
    wasm_bindgen_futures::spawn_local(async {
        let _ = run().await;
    });
}
