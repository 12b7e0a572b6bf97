//! What a reader sees of a body block: its texts (words, captions, credits, titles,
//! citations; not alt text, addresses or codes) and its pictures. Search weighs these
//! texts, and the WordPress import counts them against the export.

use super::model::{Block, List, Text};

/// A rich text's words, its runs joined as they are shown.
pub fn plain_text(t: &Text) -> String {
    t.iter().map(|r| r.text.as_str()).collect()
}

/// Calls `f` with each text a reader sees in the block, in reading order.
pub fn each_text(b: &Block, f: &mut dyn FnMut(&str)) {
    let rich = |t: &Text, f: &mut dyn FnMut(&str)| f(&plain_text(t));
    match b {
        Block::Paragraph(t) | Block::Heading { text: t, .. } => rich(t, f),
        Block::Quote { text, cite } => {
            rich(text, f);
            cite.iter().for_each(|c| f(c));
        }
        Block::List(list) => list_texts(list, f),
        Block::Image(i) => [&i.caption, &i.credit].into_iter().flatten().for_each(|s| f(s)),
        Block::Video(v) => {
            f(&v.title);
            [&v.caption, &v.credit].into_iter().flatten().for_each(|s| f(s));
        }
        Block::Audio(a) => {
            f(&a.title);
            a.transcript.iter().for_each(|t| rich(t, f));
        }
        Block::Documents(list) => list.iter().for_each(|d| f(&d.title)),
        Block::Divider => {}
        Block::Table(t) => {
            t.caption.iter().for_each(|c| f(c));
            t.rows.iter().flatten().for_each(|c| rich(&c.text, f));
        }
        Block::Gallery(g) => {
            for i in &g.images {
                [&i.caption, &i.credit].into_iter().flatten().for_each(|s| f(s));
            }
            g.caption.iter().for_each(|c| f(c));
        }
        Block::Code(c) => f(&c.text),
    }
}

fn list_texts(list: &List, f: &mut dyn FnMut(&str)) {
    for item in &list.items {
        f(&plain_text(&item.text));
        if let Some(l) = &item.list {
            list_texts(l, f);
        }
    }
}

/// How many pictures a reader sees in the block (a video's poster is not counted).
pub fn pictures(b: &Block) -> usize {
    match b {
        Block::Image(_) => 1,
        Block::Gallery(g) => g.images.len(),
        _ => 0,
    }
}
