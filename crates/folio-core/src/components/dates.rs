//! Dates in the reader's language, as `i18n::dates::format_date` writes them: the same
//! text in the app and on published pages.

use crate::content::date::Date;
use crate::content::model::DateStyle;
use crate::i18n::dates::format_date;
use leptos::prelude::*;

/// The date as a `<time datetime="YYYY-MM-DD">`.
#[component]
pub fn DateText(date: Date, lang: String, style: DateStyle) -> impl IntoView {
    view! { <time datetime=date.iso()>{format_date(date, &lang, style)}</time> }
}
