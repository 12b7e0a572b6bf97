//! What the listing shows for a query, planned over whatever of the archive is loaded:
//! either the results, or the files still wanted (`Want`) before they can be known. The
//! page loads what is wanted and asks again; nothing here waits or fetches, so the same
//! plan runs in the browser, in `folio-cli publish` and in native tests.
//!
//! Without search words, or without a search index, the cards are walked (`browse`);
//! with both, the search index answers (`find`).

use super::browse::browse;
use super::find::find;
use super::query::ListingQuery;
use super::results::{Results, Source, Want};
use crate::content::model::Index;

pub fn results(index: &Index, source: &dyn Source, q: &ListingQuery) -> Result<Results, Vec<Want>> {
    if index.search.is_some() && !super::words::query_words(&q.q).is_empty() {
        find(source, q)
    } else {
        browse(index, source, q)
    }
}
