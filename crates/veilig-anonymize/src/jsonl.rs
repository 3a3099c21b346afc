//! The JSONL batch contract as pure string functions (the caller does the I/O).
//!
//! * anonymize: `{"id", "text"}` → `{"id", "text", "blocked", "reasons": [codes], "map": {...}}`
//! * restore: `{"id", "text", "map"}` → `{"id", "text"}`
//!
//! `id` is echoed as given (string, number or anything else JSON).

use crate::{restore, Engine, Mapping};
use serde::{Deserialize, Serialize};

/// A line that could not be handled.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Not JSON, or not the expected object.
    #[error("invalid JSON line: {0}")]
    Json(#[from] serde_json::Error),
}

#[derive(Deserialize)]
struct AnonIn {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct AnonOut<'a> {
    id: &'a serde_json::Value,
    text: &'a str,
    blocked: bool,
    reasons: Vec<&'static str>,
    map: &'a Mapping,
}

#[derive(Deserialize)]
struct RestoreIn {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    map: Mapping,
}

#[derive(Serialize)]
struct RestoreOut<'a> {
    id: &'a serde_json::Value,
    text: &'a str,
}

/// Anonymizes one line `{"id","text"}` with a fresh mapping.
pub fn anonymize_line(engine: &Engine, line: &str) -> Result<String, Error> {
    let inp: AnonIn = serde_json::from_str(line)?;
    let mut map = Mapping::default();
    let out = engine.anonymize(&inp.text, &mut map);
    let reasons = out.reasons.iter().map(|r| r.code()).collect();
    Ok(serde_json::to_string(&AnonOut {
        id: &inp.id,
        text: &out.text,
        blocked: out.blocked,
        reasons,
        map: &map,
    })?)
}

/// Restores one line `{"id","text","map"}`.
pub fn restore_line(line: &str) -> Result<String, Error> {
    let inp: RestoreIn = serde_json::from_str(line)?;
    let text = restore(&inp.text, &inp.map);
    Ok(serde_json::to_string(&RestoreOut {
        id: &inp.id,
        text: &text,
    })?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Options;

    #[test]
    fn roundtrip_line() {
        let e = Engine::new(Options::default());
        let out = anonymize_line(&e, r#"{"id":7,"text":"Mail jan@example.nl even."}"#)
            .unwrap_or_default();
        let v: serde_json::Value = serde_json::from_str(&out).unwrap_or_default();
        assert_eq!(v["id"], 7);
        assert_eq!(v["blocked"], false);
        assert_eq!(v["text"], "Mail [EMAIL_A] even.");
        assert_eq!(v["map"]["[EMAIL_A]"], "jan@example.nl");
        let back = restore_line(
            &serde_json::json!({"id": "x", "text": v["text"], "map": v["map"]}).to_string(),
        )
        .unwrap_or_default();
        let b: serde_json::Value = serde_json::from_str(&back).unwrap_or_default();
        assert_eq!(b["id"], "x");
        assert_eq!(b["text"], "Mail jan@example.nl even.");
    }

    #[test]
    fn bad_lines() {
        let e = Engine::new(Options::default());
        assert!(anonymize_line(&e, "nope").is_err());
        assert!(anonymize_line(&e, r#"{"id":1}"#).is_err());
        assert!(restore_line("[1,2]").is_err());
    }
}
