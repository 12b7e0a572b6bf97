//! The forgiving path: a file read through `serde_json::Value`, field by field. Required
//! fields must be right or the file is refused with a message naming the field; a
//! malformed block, card, person or optional field is dropped and the rest is kept.
//! Walking a `Value` by hand costs far less wasm than a derived decoder per shape, and
//! only irregular files (and site.json, which is small) come this way.

use super::read::{flag, image, number, string, strings, text, Object};
use super::*;
use serde::de::Unexpected;
use serde_json::Value;

// ---- reading a Value forgivingly ----

/// serde's wording for a value of the wrong type ("invalid type: integer `3`, expected
/// a string"), without formatting floats (that would ship float printing).
fn wrong_type(v: &Value, expected: &str) -> DecodeError {
    let unexpected = match v {
        Value::Null => Unexpected::Other("null"),
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64()) {
            (Some(u), _) => Unexpected::Unsigned(u),
            (_, Some(i)) => Unexpected::Signed(i),
            _ => Unexpected::Other("floating point number"),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    };
    DecodeError(serde_json::Error::invalid_type(unexpected, &expected).to_string())
}

fn parse_object(json: &str) -> Result<Object, DecodeError> {
    match serde_json::from_str::<Value>(json)? {
        Value::Object(o) => Ok(o),
        other => Err(wrong_type(&other, "an object")),
    }
}

fn required<'v>(o: &'v Object, name: &str) -> Result<&'v Value, DecodeError> {
    o.get(name)
        .ok_or_else(|| DecodeError(format!("missing field `{name}`")))
}

fn required_string(o: &Object, name: &str) -> Result<String, DecodeError> {
    let v = required(o, name)?;
    v.as_str().map(str::to_string).ok_or_else(|| wrong_type(v, "a string"))
}

// ---- site.json ----

/// Labels by language, each dropped alone when it is not a string.
fn labels(v: &Value) -> Option<BTreeMap<String, String>> {
    let o = v.as_object()?;
    Some(map_of(
        o.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string()))),
    ))
}

/// A map built by inserting: `collect()` into a `BTreeMap` sorts first, and each sort
/// instance costs the module about 4 KB.
fn map_of<V>(items: impl Iterator<Item = (String, V)>) -> BTreeMap<String, V> {
    let mut map = BTreeMap::new();
    map.extend(items);
    map
}

/// Labels per code per language, dropping what is not an object or a string.
fn label_sets(o: &Object, name: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let Some(sets) = o.get(name).and_then(Value::as_object) else {
        return BTreeMap::new();
    };
    map_of(sets.iter().filter_map(|(code, l)| Some((code.clone(), labels(l)?))))
}

pub(super) fn site(json: &str) -> Result<Site, DecodeError> {
    let o = parse_object(json)?;
    let name = required_string(&o, "name")?;
    let default_language = required_string(&o, "default_language")?;
    let listed = required(&o, "languages")?;
    let listed = listed.as_array().ok_or_else(|| wrong_type(listed, "a sequence"))?;
    let languages: Vec<String> = listed
        .iter()
        .filter_map(Value::as_str)
        .filter(|l| is_valid_language(l))
        .map(str::to_string)
        .collect();
    let Some(first) = languages.first().cloned() else {
        return Err(DecodeError("languages: the site names no valid language code".into()));
    };
    let default_language = if languages.contains(&default_language) {
        default_language
    } else {
        first
    };
    let canonical_base = string(&o, "canonical_base")
        .filter(|b| matches!(crate::content::url::scheme_of(b).as_deref(), Some("http" | "https")))
        .map(|b| b.trim_end_matches('/').to_string());
    let share = strings(&o, "share").unwrap_or_else(|| {
        crate::content::model::SHARE_CHANNELS
            .iter()
            .map(|c| c.to_string())
            .collect()
    });
    Ok(Site {
        name,
        default_language,
        languages,
        canonical_base,
        share,
        people_heading: o.get("people_heading").and_then(labels).unwrap_or_default(),
        kinds: label_sets(&o, "kinds"),
        topics: label_sets(&o, "topics"),
        date_style: match string(&o, "date_style").as_deref() {
            Some("numeric") => DateStyle::Numeric,
            _ => DateStyle::Long,
        },
        recommended: number::<usize>(&o, "recommended_cards")
            .map_or(RECOMMENDED_CARDS, |n| n.min(MAX_RECOMMENDED_CARDS)),
    })
}

fn card(v: &Value) -> Option<Card> {
    let o = v.as_object()?;
    make_card(
        string(o, "slug")?,
        string(o, "kind")?,
        o.get("date")?.as_str()?,
        string(o, "title")?,
        string(o, "summary"),
        o.get("image").and_then(image),
        strings(o, "topics").unwrap_or_default(),
    )
}

/// One body block, or `None` for an unknown type or a block that does not decode. Only
/// the fields its type uses are read.
pub(super) fn block(v: &Value) -> Option<Block> {
    let o = v.as_object()?;
    let mut parts = BlockParts {
        kind: string(o, "type")?,
        ..BlockParts::default()
    };
    match parts.kind.as_str() {
        "paragraph" | "heading" | "quote" | "code" => {
            parts.text = Some(text(o.get("text")?));
            parts.level = number(o, "level");
            parts.cite = string(o, "cite");
            parts.language = string(o, "language");
            parts.verse = flag(o, "verse");
        }
        // A refused image source drops the block, as an image that does not decode.
        "image" => parts.image = Some(image(o.get("image")?)?),
        k if super::media::KINDS.contains(&k) => return super::media::block(k, o),
        k if super::structure::KINDS.contains(&k) => return super::structure::block(k, o),
        _ => {}
    }
    finish_block(parts)
}

fn person(v: &Value) -> Option<Person> {
    let o = v.as_object()?;
    Some(make_person(
        string(o, "name")?,
        string(o, "role"),
        o.get("photo").and_then(image),
        string(o, "url"),
    ))
}

/// An article, each block, person and optional field read on its own, and dropped when
/// it does not decode.
pub(super) fn article(json: &str) -> Result<Article, DecodeError> {
    let o = parse_object(json)?;
    let (slug, language, kind, date, title) = (
        required_string(&o, "slug")?,
        required_string(&o, "language")?,
        required_string(&o, "kind")?,
        required_string(&o, "date")?,
        required_string(&o, "title")?,
    );
    let body = required(&o, "body")?;
    let body = body.as_array().ok_or_else(|| wrong_type(body, "a sequence"))?;
    let list = |name: &str| o.get(name).and_then(Value::as_array);
    ArticleParts {
        slug,
        language,
        kind,
        date,
        title,
        updated: string(&o, "updated"),
        subtitle: string(&o, "subtitle"),
        summary: string(&o, "summary"),
        image: o.get("image").and_then(image),
        body: body.iter().filter_map(block).collect(),
        people: list("people")
            .map(|p| p.iter().filter_map(person).collect())
            .unwrap_or_default(),
        recommended: list("recommended").map(|r| r.iter().filter_map(card).collect()),
        translations: o
            .get("translations")
            .and_then(Value::as_object)
            .map(|t| map_of(t.iter().filter_map(|(l, s)| Some((l.clone(), s.as_str()?.to_string())))))
            .unwrap_or_default(),
        topics: strings(&o, "topics").unwrap_or_default(),
        documents: super::media::documents(o.get("documents")),
    }
    .into_article()
}

/// An index whose cards are read one by one (a malformed card is dropped).
pub(super) fn index(json: &str) -> Result<Index, DecodeError> {
    let o = parse_object(json)?;
    let list = required(&o, "articles")?;
    let list = list.as_array().ok_or_else(|| wrong_type(list, "a sequence"))?;
    // The split fields as a whole, read in place (the cards are not copied): malformed,
    // the index is read as a single one.
    let rest = SplitFields::deserialize(&o).unwrap_or_default();
    Ok(super::make_index(list.iter().filter_map(card).collect(), rest))
}
