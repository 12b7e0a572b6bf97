//! A share icon as inline SVG (the drawings are in `share::icons`).

use crate::share::icons::icon_paths;
use leptos::prelude::*;

/// The drawing for a channel on a 24×24 grid, in the current text colour.
pub fn share_icon(channel: &str) -> impl IntoView {
    let paths = icon_paths(channel);
    view! {
        <svg class="folio-icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20">
            {paths
                .iter()
                .map(|d| {
                    view! {
                        <path
                            d=*d
                            fill="none"
                            stroke="currentColor"
                            stroke-width="1.8"
                            stroke-linecap="round"
                            stroke-linejoin="round"
                        />
                    }
                })
                .collect_view()}
        </svg>
    }
}
