//! Files to download: each a link with its type, size and, when it is in another
//! language than the page, that language ("Position paper (PDF, 1.2 MB, Deutsch)").
//! A `document` block shows them in the body; an article's `documents` follow the body
//! under their own heading.

use crate::content::endpoint::Endpoint;
use crate::content::media::type_label;
use crate::content::model::Document;
use crate::content::url::UrlUse;
use crate::i18n::numbers::file_size;
use crate::i18n::{language_name, words, Words};
use leptos::prelude::*;

/// What the reader learns of a file before opening it: `PDF, 1.2 MB, Deutsch`.
pub fn details(doc: &Document, page_lang: &str, w: &Words) -> String {
    let mut parts = Vec::new();
    if let Some(mime) = &doc.mime {
        parts.push(type_label(mime));
    }
    if let Some(size) = doc.size {
        parts.push(file_size(size, w));
    }
    if let Some(lang) = doc.lang.as_deref().filter(|l| *l != page_lang) {
        parts.push(language_name(lang));
    }
    parts.join(", ")
}

#[component]
pub fn DocumentList(documents: Vec<Document>, endpoint: Endpoint, lang: String) -> impl IntoView {
    let w = words(&lang);
    let items = documents
        .into_iter()
        .filter_map(|doc| {
            let href = endpoint.resolve(&doc.href, UrlUse::File)?;
            let details = details(&doc, &lang, w);
            let hreflang = doc.lang.clone().filter(|l| *l != lang);
            Some(view! {
                <li class="folio-document">
                    <a class="folio-document-link" href=href hreflang=hreflang type=doc.mime.clone()>
                        <span class="folio-document-title">{doc.title.clone()}</span>
                        {(!details.is_empty()).then(|| view! { <span class="folio-document-details">{format!(" ({details})")}</span> })}
                    </a>
                </li>
            })
        })
        .collect_view();
    view! { <ul class="folio-documents">{items}</ul> }
}

/// An article's documents, after the body.
#[component]
pub fn Documents(documents: Vec<Document>, endpoint: Endpoint, lang: String) -> impl IntoView {
    (!documents.is_empty()).then(|| {
        let heading = words(&lang).documents_heading;
        view! {
            <section class="folio-documents-section" aria-labelledby="folio-documents-heading">
                <h2 id="folio-documents-heading">{heading}</h2>
                <DocumentList documents endpoint lang />
            </section>
        }
    })
}
