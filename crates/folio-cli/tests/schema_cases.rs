//! The JSON Schemas in `schemas/` and `folio-cli validate` agree: on every case of
//! `tests/fixtures/schema-cases.json`, the per-file checks find an error exactly when
//! the case is invalid. `tests/schemas.mjs` runs the same cases through the schemas.
#![cfg(not(target_arch = "wasm32"))]

use folio_cli::check;
use folio_cli::check::problem::{Report, Severity};
use serde_json::Value;

#[test]
fn the_checks_agree_with_every_case() {
    let cases: Vec<Value> = serde_json::from_str(include_str!("../../../tests/fixtures/schema-cases.json")).unwrap();
    assert!(cases.len() > 30);
    let mut disagreements = Vec::new();
    for case in &cases {
        let mut out = Vec::new();
        let mut r = Report {
            file: case["file"].as_str().unwrap().to_string(),
            out: &mut out,
        };
        match case["file"].as_str().unwrap() {
            "site" => check::site(&mut r, &case["doc"]),
            "index" => {
                check::index(&mut r, &case["doc"]);
            }
            _ => check::article(&mut r, &case["doc"]),
        }
        let has_error = out.iter().any(|p| p.severity == Severity::Error);
        if has_error == case["valid"].as_bool().unwrap() {
            disagreements.push(format!("{}: {} → {:?}", case["file"], case["why"], out));
        }
    }
    assert!(disagreements.is_empty(), "{disagreements:#?}");
}
