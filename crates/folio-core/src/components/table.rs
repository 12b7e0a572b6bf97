//! A table: its caption, the first row as column headers and the first column as row
//! headers when the content says so, cells as rich text. On a narrow screen the table
//! scrolls sideways inside a focusable region named by its caption (or "Table"), so a
//! keyboard reaches every column; printed, it is shown whole.

use super::text::text_view;
use crate::content::endpoint::Endpoint;
use crate::content::model::{Cell, Table};
use crate::i18n::words;
use leptos::prelude::*;

/// A cell: a header (`th`, with its scope: `col` or `row`) or data (`td`). Spans are
/// written only when over 1.
fn cell_view(cell: Cell, scope: Option<&'static str>, endpoint: &Endpoint) -> AnyView {
    let span = |n: u16| (n > 1).then_some(u32::from(n));
    let (colspan, rowspan) = (span(cell.colspan), span(cell.rowspan));
    let inner = text_view(cell.text, endpoint);
    match scope {
        Some(scope) => view! { <th scope=scope colspan=colspan rowspan=rowspan>{inner}</th> }.into_any(),
        None => view! { <td colspan=colspan rowspan=rowspan>{inner}</td> }.into_any(),
    }
}

fn row_view(row: Vec<Cell>, header: bool, header_column: bool, endpoint: &Endpoint) -> impl IntoView {
    let cells = row
        .into_iter()
        .enumerate()
        .map(|(i, cell)| {
            let scope = match (header, header_column && i == 0) {
                (true, _) => Some("col"),
                (false, true) => Some("row"),
                (false, false) => None,
            };
            cell_view(cell, scope, endpoint)
        })
        .collect_view();
    view! { <tr>{cells}</tr> }
}

#[component]
pub fn TableBlock(table: Table, endpoint: Endpoint, lang: String) -> impl IntoView {
    let label = table
        .caption
        .clone()
        .unwrap_or_else(|| words(&lang).table_label.to_string());
    let mut rows = table.rows.into_iter();
    let head = if table.header_row { rows.next() } else { None };
    let head = head.map(|row| view! { <thead>{row_view(row, true, false, &endpoint)}</thead> });
    let body = rows
        .map(|row| row_view(row, false, table.header_column, &endpoint))
        .collect_view();
    view! {
        <div class="folio-table" role="region" aria-label=label tabindex="0">
            <table>
                {table.caption.map(|c| view! { <caption>{c}</caption> })}
                {head}
                <tbody>{body}</tbody>
            </table>
        </div>
    }
}
