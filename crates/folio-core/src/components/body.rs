//! The article body: one element per block, content always as text nodes.

use super::audio::AudioBlock;
use super::documents::DocumentList;
use super::figure::Figure;
use super::gallery::GalleryBlock;
use super::list::list_view;
use super::table::TableBlock;
use super::text::text_view;
use super::video::VideoBlock;
use crate::browser::{frames::next_frame, IN_BROWSER};
use crate::content::endpoint::Endpoint;
use crate::content::model::{Article, Block, Code};
use leptos::prelude::*;
use std::sync::Arc;

fn block_view(block: Block, endpoint: &Endpoint, lang: &str) -> AnyView {
    match block {
        Block::Paragraph(text) => view! { <p>{text_view(text, endpoint)}</p> }.into_any(),
        Block::Heading { level, text } => {
            let inner = text_view(text, endpoint);
            match level {
                2 => view! { <h2>{inner}</h2> }.into_any(),
                3 => view! { <h3>{inner}</h3> }.into_any(),
                4 => view! { <h4>{inner}</h4> }.into_any(),
                5 => view! { <h5>{inner}</h5> }.into_any(),
                _ => view! { <h6>{inner}</h6> }.into_any(),
            }
        }
        Block::Quote { text, cite } => view! {
            <figure class="folio-quote">
                <blockquote><p>{text_view(text, endpoint)}</p></blockquote>
                {cite.map(|c| view! { <figcaption><cite>{c}</cite></figcaption> })}
            </figure>
        }
        .into_any(),
        Block::List(list) => list_view(list, endpoint),
        Block::Image(image) => view! { <Figure image endpoint=endpoint.clone() lang=lang.to_string() /> }.into_any(),
        Block::Divider => view! { <hr class="folio-divider" /> }.into_any(),
        Block::Video(video) => {
            view! { <VideoBlock video endpoint=endpoint.clone() lang=lang.to_string() /> }.into_any()
        }
        Block::Audio(audio) => {
            view! { <AudioBlock audio endpoint=endpoint.clone() lang=lang.to_string() /> }.into_any()
        }
        Block::Documents(documents) => {
            view! { <DocumentList documents endpoint=endpoint.clone() lang=lang.to_string() /> }.into_any()
        }
        Block::Table(table) => {
            view! { <TableBlock table endpoint=endpoint.clone() lang=lang.to_string() /> }.into_any()
        }
        Block::Gallery(gallery) => {
            view! { <GalleryBlock gallery endpoint=endpoint.clone() lang=lang.to_string() /> }.into_any()
        }
        Block::Code(code) => code_view(code),
    }
}

/// Code or verse, as written: the lines and spaces kept, scrolling sideways when a line
/// is wider than the column (the block takes the focus, so a keyboard scrolls it too).
fn code_view(code: Code) -> AnyView {
    if code.verse {
        return view! { <pre class="folio-verse">{code.text}</pre> }.into_any();
    }
    view! {
        <figure class="folio-code">
            {code.language.map(|l| view! { <figcaption class="folio-code-language">{l}</figcaption> })}
            <pre tabindex="0"><code>{code.text}</code></pre>
        </figure>
    }
    .into_any()
}

/// Blocks rendered before the first paint; in the browser a long body follows in chunks,
/// one per frame, so a 10,000-block article shows its top at once instead of after
/// building it all. Rendered to HTML, every chunk is there at once.
const FIRST_BLOCKS: usize = 80;
const CHUNK_BLOCKS: usize = 500;

/// Shows one more chunk per animation frame until all are shown (or the body is gone).
fn reveal(shown: RwSignal<usize>, total: usize) {
    next_frame(move || {
        if shown.try_update(|n| *n += 1).is_some() && shown.try_get_untracked().is_some_and(|n| n < total) {
            reveal(shown, total);
        }
    });
}

#[component]
pub fn Body(article: Arc<Article>, endpoint: Endpoint, lang: String) -> impl IntoView {
    let total = article.body.len();
    let first = total.min(FIRST_BLOCKS);
    let chunks = (total - first).div_ceil(CHUNK_BLOCKS);
    let shown = RwSignal::new(if IN_BROWSER { 0 } else { chunks });
    if chunks > 0 {
        // The first chunk waits one frame: a frame's callbacks run before it paints, so
        // starting at once would hold the first screen back by 500 blocks.
        next_frame(move || reveal(shown, chunks));
    }
    let render = {
        let (article, endpoint, lang) = (article.clone(), endpoint.clone(), lang.clone());
        move |range: std::ops::Range<usize>| {
            article.body[range]
                .iter()
                .cloned()
                .map(|b| block_view(b, &endpoint, &lang))
                .collect_view()
        }
    };
    let later = (0..chunks)
        .map(|i| {
            let visible = Memo::new(move |_| shown.get() > i);
            let start = first + i * CHUNK_BLOCKS;
            let range = start..(start + CHUNK_BLOCKS).min(total);
            let render = render.clone();
            move || visible.get().then(|| render(range.clone()))
        })
        .collect_view();
    view! { <div class="folio-body">{render(0..first)} {later}</div> }
}
