//! `/`: on to the listing in the site's default language.

use crate::app::SiteResource;
use crate::components::status::ErrorView;
use leptos::prelude::*;
use leptos_router::components::Redirect;

#[component]
pub fn RootRedirect() -> impl IntoView {
    let site = expect_context::<SiteResource>();
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match site.await {
                    Ok(site) => view! { <Redirect path=format!("/{}/", site.default_language) /> }.into_any(),
                    Err(error) => view! {
                        <ErrorView error lang="en".to_string() on_retry=move || site.refetch() home="/" />
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}
