//! Choosing and finding articles: recommended cards, the listing's filters and pages, and
//! search. Pure, so `cargo test` covers it natively and the benchmark can time it.

pub mod fold;
pub mod query;
pub mod recommend;
pub mod search;
