//! A one-page PDF: a title and paragraphs in Helvetica (the standard fonts every reader
//! has), text in WinAnsi encoding, lines wrapped by width, with the cross-reference
//! table every reader expects.

/// A document's words: title, then paragraphs.
pub struct Paper {
    pub title: &'static str,
    pub paragraphs: &'static [&'static str],
}

pub const EN: Paper = Paper {
    title: "Position paper: water that stays affordable",
    paragraphs: &[
        "Northbridge Alliance, sample content. This paper was written for Folio's sample articles; its figures are invented.",
        "Summers without rain are no longer rare. Reservoirs that once filled every winter now start the dry months half empty, and towns that never rationed water have done so twice in five years.",
        "We ask for three things. First, every water utility publishes its leakage rate each year, and a plan to halve it within ten years. Second, a basic amount of water per person stays at a social price, whatever the drought. Third, farms that save water by drip irrigation get help with the cost of changing over.",
        "Water is not a luxury. A resilient supply is built before the drought, not during it.",
    ],
};

pub const DE: Paper = Paper {
    title: "Positionspapier: Wasser, das bezahlbar bleibt",
    paragraphs: &[
        "Northbridge Alliance, Beispielinhalt. Dieses Papier wurde für die Beispielartikel von Folio geschrieben; seine Zahlen sind erfunden.",
        "Sommer ohne Regen sind keine Seltenheit mehr. Talsperren, die sich früher jeden Winter füllten, gehen heute halb leer in die trockenen Monate, und Gemeinden, die nie Wasser rationieren mussten, haben es in fünf Jahren zweimal getan.",
        "Wir fordern dreierlei. Erstens veröffentlicht jeder Wasserversorger jährlich seine Verlustrate und einen Plan, sie binnen zehn Jahren zu halbieren. Zweitens bleibt eine Grundmenge Wasser pro Person zu einem sozialen Preis, auch in der Dürre. Drittens erhalten Betriebe, die mit Tröpfchenbewässerung Wasser sparen, Hilfe bei den Umstellungskosten.",
        "Wasser ist kein Luxus. Eine widerstandsfähige Versorgung entsteht vor der Dürre, nicht während sie herrscht.",
    ],
};

/// A string in a PDF literal: WinAnsi bytes (Latin-1 for these texts), with `( ) \` escaped.
fn literal(text: &str) -> Vec<u8> {
    let mut out = vec![b'('];
    for c in text.chars() {
        let b = u32::from(c);
        let byte = if b < 256 { b as u8 } else { b'?' };
        if matches!(byte, b'(' | b')' | b'\\') {
            out.push(b'\\');
        }
        out.push(byte);
    }
    out.push(b')');
    out
}

/// Words into lines of at most `width` characters.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

fn content(paper: &Paper) -> Vec<u8> {
    let mut s = Vec::new();
    s.extend_from_slice(b"BT\n/F2 17 Tf\n56 770 Td\n20 TL\n");
    for line in wrap(paper.title, 52) {
        s.extend(literal(&line));
        s.extend_from_slice(b" Tj T*\n");
    }
    s.extend_from_slice(b"/F1 11 Tf\n15 TL\nT*\n");
    for p in paper.paragraphs {
        for line in wrap(p, 92) {
            s.extend(literal(&line));
            s.extend_from_slice(b" Tj T*\n");
        }
        s.extend_from_slice(b"T*\n");
    }
    s.extend_from_slice(b"ET\n");
    s
}

pub fn page(paper: Paper) -> Vec<u8> {
    let stream = content(&paper);
    let mut objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>".to_vec(),
    ];
    let mut contents = format!("<< /Length {} >>\nstream\n", stream.len()).into_bytes();
    contents.extend(&stream);
    contents.extend_from_slice(b"endstream");
    objects.push(contents);
    for font in ["Helvetica", "Helvetica-Bold"] {
        objects.push(
            format!("<< /Type /Font /Subtype /Type1 /BaseFont /{font} /Encoding /WinAnsiEncoding >>").into_bytes(),
        );
    }
    let mut title = b"<< /Title ".to_vec();
    title.extend(literal(paper.title));
    title.extend_from_slice(b" /Producer (Folio sample content) >>");
    objects.push(title);
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n", i + 1).into_bytes());
        out.extend(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).into_bytes());
    for o in offsets {
        out.extend(format!("{o:010} 00000 n \n").into_bytes());
    }
    out.extend(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R /Info {} 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1,
            objects.len()
        )
        .into_bytes(),
    );
    out
}
