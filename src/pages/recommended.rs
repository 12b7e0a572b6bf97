//! Which cards follow an article, and loading what they need: the language's index only
//! when the article's own list leaves places (see `listing::recommend`).

use crate::content::endpoint::Endpoint;
use crate::content::error::LoadError;
use crate::content::loader::load_index;
use crate::content::model::{Article, Card, Site};
use crate::listing::recommend::{needs_index, pick};

pub async fn recommended_cards(
    endpoint: &Endpoint,
    site: &Site,
    article: &Article,
    lang: &str,
) -> Result<Vec<Card>, LoadError> {
    let count = site.recommended;
    if !needs_index(article, count) {
        return Ok(pick(article, &[], count));
    }
    let index = load_index(endpoint, lang).await?;
    Ok(pick(article, &index.articles, count))
}
