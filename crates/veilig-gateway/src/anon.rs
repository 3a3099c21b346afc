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
    /// Some text of the request was changed (else the original body can be forwarded).
    changed: bool,
}

impl RequestAnon {
    pub fn new(engine: Arc<Engine>) -> RequestAnon {
        RequestAnon {
            engine,
            mapping: Mapping::default(),
            replacements: 0,
            reasons: Vec::new(),
            blocked: false,
            changed: false,
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
        if out.text != *s {
            self.changed = true;
            *s = out.text;
        }
    }

    fn value(&mut self, v: &mut Value) {
        if let Value::String(s) = v {
            self.text(s);
        }
    }

    /// Every string inside a JSON value (tool-call inputs; object keys are left alone).
    fn leaves(&mut self, v: &mut Value) {
        match v {
            Value::String(s) => self.text(s),
            Value::Array(a) => a.iter_mut().for_each(|x| self.leaves(x)),
            Value::Object(o) => o.values_mut().for_each(|x| self.leaves(x)),
            _ => {}
        }
    }

    /// A string holding JSON (OpenAI tool-call `arguments`): its strings are anonymized and
    /// it is written back as JSON; text that is not JSON is anonymized as text.
    fn json_text(&mut self, v: &mut Value) {
        let Value::String(s) = v else { return };
        match serde_json::from_str::<Value>(s) {
            Ok(mut parsed) => {
                let before = self.replacements;
                self.leaves(&mut parsed);
                if self.replacements != before {
                    *s = parsed.to_string();
                }
            }
            Err(_) => self.text(s),
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
                    // Anthropic `thinking` blocks the client sends back hold the text we
                    // restored. The originals go back to their placeholders (the earlier
                    // messages of the conversation gave them the same ones), so the provider
                    // gets back exactly what it wrote and its `signature` still holds. The
                    // detectors do not run on it: what is left is the model's own text, and a
                    // changed word would break the signature. `redacted_thinking` blocks carry
                    // only `data`.
                    if p.get("type").and_then(Value::as_str) == Some("thinking") {
                        if let Some(Value::String(t)) = p.get_mut("thinking") {
                            let back = veilig_anonymize::remask(t, &self.mapping);
                            if back != *t {
                                self.changed = true;
                                *t = back;
                            }
                        }
                    }
                    if let Some(inner) = p.get_mut("content") {
                        self.content(inner);
                    }
                    // Anthropic `tool_use` blocks the client sends back: the restored input.
                    if let Some(input) = p.get_mut("input") {
                        self.leaves(input);
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
                // OpenAI tool calls the client sends back carry the restored arguments.
                if let Some(Value::Array(calls)) = m.get_mut("tool_calls") {
                    for call in calls {
                        if let Some(a) = call.pointer_mut("/function/arguments") {
                            self.json_text(a);
                        }
                    }
                }
                if let Some(a) = m.pointer_mut("/function_call/arguments") {
                    self.json_text(a);
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

    /// Whether the request must be sent re-serialised (some text was replaced).
    pub fn changed(&self) -> bool {
        self.changed
    }

    pub fn restoring(&self) -> bool {
        self.replacements > 0
    }
}

/// Restores placeholders in every string of a JSON answer. Strings under an `arguments` key
/// hold JSON (OpenAI tool calls): there the originals go in JSON-escaped, so the arguments stay
/// valid JSON whatever the original contains. In the `content` blocks of an Anthropic answer
/// only the text of a `thinking` block is restored, not its `signature` (which signs what the
/// model wrote), and a `redacted_thinking` block (encrypted) passes unchanged.
pub(crate) fn restore_json(v: &mut Value, mapping: &Mapping) {
    let mut escaped = None;
    let Value::Object(o) = v else {
        restore_value(v, mapping, &mut escaped);
        return;
    };
    for (k, x) in o.iter_mut() {
        match x {
            Value::Array(blocks) if k == "content" => {
                for b in blocks {
                    restore_block(b, mapping, &mut escaped);
                }
            }
            _ => restore_entry(k, x, mapping, &mut escaped),
        }
    }
}

/// One content block of an Anthropic answer.
fn restore_block(b: &mut Value, mapping: &Mapping, escaped: &mut Option<Mapping>) {
    match b.get("type").and_then(Value::as_str) {
        Some("redacted_thinking") => {}
        Some("thinking") => {
            if let Some(Value::String(t)) = b.get_mut("thinking") {
                restore_string(t, mapping);
            }
        }
        _ => restore_value(b, mapping, escaped),
    }
}

fn restore_value(v: &mut Value, mapping: &Mapping, escaped: &mut Option<Mapping>) {
    match v {
        Value::String(s) => restore_string(s, mapping),
        Value::Array(a) => a
            .iter_mut()
            .for_each(|x| restore_value(x, mapping, escaped)),
        Value::Object(o) => {
            for (k, x) in o.iter_mut() {
                restore_entry(k, x, mapping, escaped);
            }
        }
        _ => {}
    }
}

/// The value `x` under the key `k` of an object.
fn restore_entry(k: &str, x: &mut Value, mapping: &Mapping, escaped: &mut Option<Mapping>) {
    match x {
        Value::String(s) if k == "arguments" => {
            let e = escaped.get_or_insert_with(|| json_escaped(mapping));
            restore_string(s, e);
        }
        _ => restore_value(x, mapping, escaped),
    }
}

fn restore_string(s: &mut String, mapping: &Mapping) {
    let r = veilig_anonymize::restore(s, mapping);
    if r != *s {
        *s = r;
    }
}

/// The mapping with every original JSON-escaped (no surrounding quotes), for restoring inside
/// JSON text: tool-call arguments and streamed `partial_json`.
pub(crate) fn json_escaped(mapping: &Mapping) -> Mapping {
    Mapping(
        mapping
            .0
            .iter()
            .map(|(k, v)| {
                let q = Value::String(v.clone()).to_string();
                let inner = q
                    .strip_prefix('"')
                    .and_then(|x| x.strip_suffix('"'))
                    .unwrap_or(&q)
                    .to_string();
                (k.clone(), inner)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map() -> Mapping {
        let mut m = Mapping::default();
        m.0.insert("[KLANT_A]".into(), "Bakkerij \"De Zon\"".into());
        m
    }

    #[test]
    fn arguments_stay_valid_json() {
        let mut v = json!({
            "choices": [{"message": {"content": "Voor [KLANT_A]", "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "mail", "arguments": "{\"to\":\"[KLANT_A]\"}"}}
            ]}}],
            "content": [{"type": "tool_use", "input": {"to": "[KLANT_A]"}}]
        });
        restore_json(&mut v, &map());
        assert_eq!(
            v["choices"][0]["message"]["content"],
            "Voor Bakkerij \"De Zon\""
        );
        let args = v["choices"][0]["message"]["tool_calls"][0]["function"]["arguments"]
            .as_str()
            .expect("arguments");
        let parsed: Value = serde_json::from_str(args).expect("valid JSON");
        assert_eq!(parsed["to"], "Bakkerij \"De Zon\"");
        assert_eq!(v["content"][0]["input"]["to"], "Bakkerij \"De Zon\"");
    }

    #[test]
    fn thinking_text_is_restored_but_not_its_signature() {
        let mut v = json!({
            "type": "message",
            "content": [
                {"type": "thinking", "thinking": "Denk aan [KLANT_A]", "signature": "sig[KLANT_A]"},
                {"type": "redacted_thinking", "data": "enc[KLANT_A]"},
                {"type": "text", "text": "Voor [KLANT_A]"},
                {"type": "tool_use", "input": {"signature": "[KLANT_A]"}}
            ]
        });
        restore_json(&mut v, &map());
        assert_eq!(v["content"][0]["thinking"], "Denk aan Bakkerij \"De Zon\"");
        assert_eq!(v["content"][0]["signature"], "sig[KLANT_A]");
        assert_eq!(v["content"][1]["data"], "enc[KLANT_A]");
        assert_eq!(v["content"][2]["text"], "Voor Bakkerij \"De Zon\"");
        // A tool input is the model's answer, whatever its keys are called.
        assert_eq!(v["content"][3]["input"]["signature"], "Bakkerij \"De Zon\"");
    }
}
