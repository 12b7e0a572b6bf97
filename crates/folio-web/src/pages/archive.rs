//! The listing's results for a query: planned by `listing::results`, with the files the
//! plan wants loaded (together, through the loader, which keeps each for the visit) until
//! it has what it needs.

use folio_core::content::endpoint::Endpoint;
use folio_core::content::error::LoadError;
use folio_core::content::loader::{load_docs, load_piece, load_search_terms, load_shard};
use folio_core::content::model::{Card, Index, SearchTerms, TermEntry};
use folio_core::listing::answer::results;
use folio_core::listing::query::ListingQuery;
use folio_core::listing::results::{Results, Source, Want};
use std::collections::HashMap;
use std::sync::Arc;

/// What this plan has loaded.
#[derive(Default)]
struct Store {
    pieces: HashMap<u32, Arc<Vec<Card>>>,
    terms: Option<Arc<SearchTerms>>,
    shards: HashMap<usize, Arc<Vec<TermEntry>>>,
    docs: HashMap<usize, Arc<Vec<Option<Card>>>>,
}

impl Source for Store {
    fn piece(&self, number: u32) -> Option<Arc<Vec<Card>>> {
        self.pieces.get(&number).cloned()
    }
    fn terms(&self) -> Option<Arc<SearchTerms>> {
        self.terms.clone()
    }
    fn shard(&self, i: usize) -> Option<Arc<Vec<TermEntry>>> {
        self.shards.get(&i).cloned()
    }
    fn docs(&self, k: usize) -> Option<Arc<Vec<Option<Card>>>> {
        self.docs.get(&k).cloned()
    }
}

/// One wanted file, loaded into the store.
async fn fetch(endpoint: &Endpoint, lang: &str, want: Want, store: &mut Store) -> Result<(), LoadError> {
    match want {
        Want::Piece(n) => {
            store.pieces.insert(n, load_piece(endpoint, lang, n).await?);
        }
        Want::Terms => store.terms = Some(load_search_terms(endpoint, lang).await?),
        Want::Shard(i) => {
            store.shards.insert(i, load_shard(endpoint, lang, i).await?);
        }
        Want::Docs(k) => {
            store.docs.insert(k, load_docs(endpoint, lang, k).await?);
        }
    }
    Ok(())
}

/// The results of `q`, loading what they need. Each round loads what the plan wants at
/// once; a plan wants more only after what it asked for (a walk newest first).
pub async fn results_for(
    endpoint: &Endpoint,
    lang: &str,
    index: &Index,
    q: &ListingQuery,
) -> Result<Results, LoadError> {
    let mut store = Store::default();
    loop {
        let wanted = match results(index, &store, q) {
            Ok(r) => return Ok(r),
            Err(wanted) => wanted,
        };
        let mut loaded = Vec::new();
        for want in wanted {
            let mut one = Store::default();
            loaded.push(async move { fetch(endpoint, lang, want, &mut one).await.map(|_| one) });
        }
        for one in futures::future::join_all(loaded).await {
            let one = one?;
            store.pieces.extend(one.pieces);
            store.shards.extend(one.shards);
            store.docs.extend(one.docs);
            store.terms = store.terms.take().or(one.terms);
        }
    }
}
