//! PHP's `serialize()` format, read as data (never evaluated): WordPress stores Polylang's
//! translation groups (`a:2:{s:2:"en";i:12;s:2:"de";i:14;}`) and image sizes this way.
//! Objects and references are refused; nesting is bounded.

#[derive(Clone, Debug, PartialEq)]
pub enum Php {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Array(Vec<(Php, Php)>),
}

impl Php {
    /// The value under a key of an array (an integer key matches its decimal text).
    pub fn get(&self, key: &str) -> Option<&Php> {
        let Php::Array(items) = self else { return None };
        items
            .iter()
            .find(|(k, _)| k.as_key().as_deref() == Some(key))
            .map(|(_, v)| v)
    }

    /// The text of a string or integer key.
    pub fn as_key(&self) -> Option<String> {
        match self {
            Php::Str(s) => Some(s.clone()),
            Php::Int(i) => Some(i.to_string()),
            _ => None,
        }
    }

    pub fn as_int(&self) -> Option<i64> {
        match self {
            Php::Int(i) => Some(*i),
            Php::Str(s) => s.trim().parse().ok(),
            _ => None,
        }
    }
}

const MAX_DEPTH: usize = 16;

struct Parser<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn fail<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("{what} at byte {}", self.at))
    }

    fn consume(&mut self, byte: u8) -> Result<(), String> {
        if self.bytes.get(self.at) == Some(&byte) {
            self.at += 1;
            Ok(())
        } else {
            self.fail(&format!("expected '{}'", byte as char))
        }
    }

    /// Digits (and a sign, a point) up to `end`, which is consumed.
    fn until(&mut self, end: u8) -> Result<&str, String> {
        let start = self.at;
        let len = self.bytes[start..].iter().position(|b| *b == end);
        let Some(len) = len else {
            return self.fail("unterminated value");
        };
        self.at = start + len + 1;
        std::str::from_utf8(&self.bytes[start..start + len]).or_else(|_| self.fail("not text"))
    }

    fn value(&mut self, depth: usize) -> Result<Php, String> {
        if depth > MAX_DEPTH {
            return self.fail("nested too deeply");
        }
        let Some(&tag) = self.bytes.get(self.at) else {
            return self.fail("unexpected end");
        };
        self.at += 1;
        if tag == b'N' {
            self.consume(b';')?;
            return Ok(Php::Null);
        }
        self.consume(b':')?;
        match tag {
            b'b' => Ok(Php::Bool(self.until(b';')? == "1")),
            b'i' => {
                let text = self.until(b';')?;
                text.parse().map(Php::Int).or_else(|_| self.fail("not an integer"))
            }
            b'd' => {
                let text = self.until(b';')?;
                text.parse().map(Php::Float).or_else(|_| self.fail("not a number"))
            }
            b's' => {
                let len: usize = self.until(b':')?.parse().or_else(|_| self.fail("not a length"))?;
                self.consume(b'"')?;
                let end = self.at.checked_add(len).filter(|e| *e <= self.bytes.len());
                let Some(end) = end else {
                    return self.fail("string longer than the data");
                };
                let text = String::from_utf8_lossy(&self.bytes[self.at..end]).into_owned();
                self.at = end;
                self.consume(b'"')?;
                self.consume(b';')?;
                Ok(Php::Str(text))
            }
            b'a' => {
                let count: usize = self.until(b':')?.parse().or_else(|_| self.fail("not a count"))?;
                self.consume(b'{')?;
                let mut items = Vec::with_capacity(count.min(64));
                for _ in 0..count {
                    let key = self.value(depth + 1)?;
                    if !matches!(key, Php::Int(_) | Php::Str(_)) {
                        return self.fail("an array key that is not a string or integer");
                    }
                    items.push((key, self.value(depth + 1)?));
                }
                self.consume(b'}')?;
                Ok(Php::Array(items))
            }
            other => self.fail(&format!("unsupported type '{}'", other as char)),
        }
    }
}

/// Reads one serialized value; the whole text must be that value.
pub fn unserialize(text: &str) -> Result<Php, String> {
    let mut p = Parser {
        bytes: text.trim().as_bytes(),
        at: 0,
    };
    let value = p.value(0)?;
    if p.at != p.bytes.len() {
        return p.fail("text after the value");
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_polylang_groups_and_image_sizes() {
        let v = unserialize(r#"a:3:{s:2:"en";i:12;s:2:"de";i:14;s:2:"fr";i:16;}"#).unwrap();
        assert_eq!(v.get("de").and_then(Php::as_int), Some(14));
        let meta =
            unserialize(r#"a:3:{s:5:"width";i:1200;s:6:"height";i:675;s:4:"file";s:14:"2017/02/ab.jpg";}"#).unwrap();
        assert_eq!(meta.get("height").and_then(Php::as_int), Some(675));
        assert_eq!(meta.get("file"), Some(&Php::Str("2017/02/ab.jpg".into())));
        // Lengths count bytes, as PHP writes them.
        assert_eq!(unserialize(r#"s:6:"Zürich";"#).unwrap_err(), "expected '\"' at byte 11");
        assert_eq!(unserialize(r#"s:7:"Zürich";"#).unwrap(), Php::Str("Zürich".into()));
        assert_eq!(unserialize("a:1:{i:0;b:1;}").unwrap().get("0"), Some(&Php::Bool(true)));
        assert_eq!(unserialize("N;").unwrap(), Php::Null);
    }

    #[test]
    fn refuses_what_it_does_not_read_without_panicking() {
        for bad in [
            "",
            "a:2:{s:2:\"en\";i:12;",
            "O:8:\"stdClass\":0:{}",
            "s:99:\"short\";",
            "s:18446744073709551615:\"x\";",
            "a:1:{a:0:{}i:1;}",
            "i:12",
            "i:1;i:2;",
            "r:1;",
            &"a:1:{i:0;".repeat(40),
        ] {
            assert!(unserialize(bad).is_err(), "{bad:?}");
        }
    }
}
