//! Inline anonymization of requests and restoration of answers, with the organisation's engine
//! and one [`Mapping`] per request.

use crate::error::Api;
use serde_json::Value;
use std::sync::Arc;
use veilig_anonymize::{BlockReason, Engine, Mapping};

/// The anonymization state of one request.
pub(crate) struct RequestAnon {
    engine: Arc<Engine>,
    pub mapping: Mapping,
    pub replacements: usize,
    pub reasons: Vec<BlockReason>,
    blocked: bool,
}

impl RequestAnon {
    pub fn new(engine: Arc<Engine>) -> RequestAnon {
        RequestAnon {
            engine,
            mapping: Mapping::default(),
            replacements: 0,
            reasons: Vec::new(),
            blocked: false,
        }
    }

    fn text(&mut self, s: &mut String) {
        if s.is_empty() {
            return;
        }
        let out = self.engine.anonymize(s, &mut self.mapping);
        if out.blocked {
            self.blocked = true;
            for r in out.reasons {
                if !self.reasons.iter().any(|x| x.code() == r.code()) {
                    self.reasons.push(r);
                }
            }
        }
        self.replacements += out.replacements.len();
        *s = out.text;
    }

    fn value(&mut self, v: &mut Value) {
        if let Value::String(s) = v {
            self.text(s);
        }
    }

    /// Content as a string or a list of blocks (`{type: "text", text}`; Anthropic
    /// `tool_result` blocks carry nested content).
    fn content(&mut self, c: &mut Value) {
        match c {
            Value::String(s) => self.text(s),
            Value::Array(parts) => {
                for p in parts {
                    if let Some(t) = p.get_mut("text") {
                        self.value(t);
                    }
                    if let Some(inner) = p.get_mut("content") {
                        self.content(inner);
                    }
                }
            }
            _ => {}
        }
    }

    /// Anonymizes the texts of a chat / messages / embeddings request in place.
    pub fn request(&mut self, api: Api, body: &mut Value) {
        if let Some(input) = body.get_mut("input") {
            // Embeddings: a string or a list of strings (token arrays pass unchanged).
            match input {
                Value::String(s) => self.text(s),
                Value::Array(items) => items.iter_mut().for_each(|i| self.value(i)),
                _ => {}
            }
        }
        if api == Api::Anthropic {
            if let Some(system) = body.get_mut("system") {
                self.content(system);
            }
        }
        if let Some(Value::Array(msgs)) = body.get_mut("messages") {
            for m in msgs {
                if let Some(c) = m.get_mut("content") {
                    self.content(c);
                }
            }
        }
    }

    pub fn blocked(&self) -> bool {
        self.blocked
    }

    /// "BSN, API_KEY: <explanations>"
    pub fn block_message(&self) -> String {
        let mut codes: Vec<&str> = self.reasons.iter().map(|r| r.code()).collect();
        if codes.is_empty() {
            codes.push("sensitive content");
        }
        let explain: Vec<&str> = self.reasons.iter().map(|r| r.explain("en")).collect();
        format!(
            "Blocked by veilig: the prompt contains {} ({}). Remove it and send again; it was not sent to the AI provider.",
            codes.join(", "),
            explain.join("; ")
        )
    }

    pub fn codes(&self) -> String {
        self.reasons
            .iter()
            .map(|r| r.code())
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn restoring(&self) -> bool {
        self.replacements > 0
    }
}

/// Restores placeholders in every string of a JSON answer.
pub(crate) fn restore_json(v: &mut Value, mapping: &Mapping) {
    match v {
        Value::String(s) => {
            let r = veilig_anonymize::restore(s, mapping);
            if r != *s {
                *s = r;
            }
        }
        Value::Array(a) => a.iter_mut().for_each(|x| restore_json(x, mapping)),
        Value::Object(o) => o.values_mut().for_each(|x| restore_json(x, mapping)),
        _ => {}
    }
}
