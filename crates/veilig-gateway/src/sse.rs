//! Server-sent events passing through the gateway: split into events, usage read from them, and
//! placeholders restored per choice (OpenAI) or content block (Anthropic) with a
//! [`StreamRestorer`] each, so a placeholder split over chunks is still restored.

use crate::error::Api;
use bytes::{Bytes, BytesMut};
use serde_json::{json, Value};
use std::collections::BTreeMap;
use veilig_anonymize::{Mapping, StreamRestorer};

/// Splits a byte stream into complete SSE events (each including its blank-line terminator).
#[derive(Default)]
pub(crate) struct Splitter {
    buf: BytesMut,
}

impl Splitter {
    pub fn push(&mut self, chunk: &[u8], out: &mut Vec<Bytes>) {
        self.buf.extend_from_slice(chunk);
        while let Some((end, term)) = find_boundary(&self.buf) {
            out.push(self.buf.split_to(end + term).freeze());
        }
    }

    /// Whatever is left when the stream ends (an unterminated last event).
    pub fn rest(&mut self) -> Option<Bytes> {
        if self.buf.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        Some(self.buf.split().freeze())
    }
}

fn find_boundary(b: &[u8]) -> Option<(usize, usize)> {
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] == b'\n' && b[i + 1] == b'\n' {
            return Some((i, 2));
        }
        if b[i] == b'\r' && i + 3 < b.len() && &b[i..i + 4] == b"\r\n\r\n" {
            return Some((i, 4));
        }
        i += 1;
    }
    None
}

/// (event name, data) of one event; data lines joined with `\n`.
fn parse_event(ev: &[u8]) -> (Option<&str>, String) {
    let text = std::str::from_utf8(ev).unwrap_or("");
    let mut name = None;
    let mut data = String::new();
    for line in text.lines() {
        if let Some(v) = line.strip_prefix("event:") {
            name = Some(v.trim());
        } else if let Some(v) = line.strip_prefix("data:") {
            if !data.is_empty() {
                data.push('\n');
            }
            data.push_str(v.strip_prefix(' ').unwrap_or(v));
        }
    }
    (name, data)
}

/// Whether `key` (with its quotes) is followed by an object in the JSON text `data`
/// (`"usage": {…}`, not `"usage": null`).
fn has_object(data: &str, key: &str) -> bool {
    data.match_indices(key).any(|(i, _)| {
        let rest = data[i + key.len()..].trim_start();
        rest.strip_prefix(':')
            .is_some_and(|r| r.trim_start().starts_with('{'))
    })
}

/// Characters in the string values of `key` (with its quotes) in the JSON text `data`, an
/// escape sequence counted as one: the length of answer text without parsing the chunk.
fn string_chars(data: &str, key: &str) -> usize {
    let mut n = 0;
    for (i, _) in data.match_indices(key) {
        let rest = data[i + key.len()..].trim_start();
        let Some(rest) = rest.strip_prefix(':').map(str::trim_start) else {
            continue;
        };
        let Some(body) = rest.strip_prefix('"') else {
            continue;
        };
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            if c == '"' {
                break;
            }
            // An escape is one character: `\n`, `\"`, `\u00e9`.
            if c == '\\' && chars.next() == Some('u') {
                chars.nth(3);
            }
            n += 1;
        }
    }
    n
}

/// Usage read from a stream (or a whole answer).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Usage {
    pub input: i64,
    pub cached: i64,
    pub output: i64,
    pub seen: bool,
}

impl Usage {
    /// From an OpenAI `usage` object (chat or embeddings).
    pub fn openai(u: &Value) -> Option<Usage> {
        let o = u.as_object()?;
        let input = o.get("prompt_tokens").and_then(Value::as_i64)?;
        Some(Usage {
            input,
            cached: u
                .pointer("/prompt_tokens_details/cached_tokens")
                .and_then(Value::as_i64)
                .unwrap_or(0),
            output: o
                .get("completion_tokens")
                .and_then(Value::as_i64)
                .unwrap_or(0),
            seen: true,
        })
    }

    /// Merges an Anthropic `usage` object (input counted once, output cumulative).
    pub fn anthropic_merge(&mut self, u: &Value) {
        let get = |k: &str| u.get(k).and_then(Value::as_i64);
        if let Some(i) = get("input_tokens") {
            let cache_read = get("cache_read_input_tokens").unwrap_or(0);
            let cache_write = get("cache_creation_input_tokens").unwrap_or(0);
            // Anthropic's input_tokens excludes cached tokens: count all as input, the read part
            // at the cached price. Cache writes are priced as input (a small undercount).
            if i + cache_read + cache_write > 0 || !self.seen {
                self.input = i + cache_read + cache_write;
                self.cached = cache_read;
            }
            self.seen = true;
        }
        if let Some(o) = get("output_tokens") {
            self.output = o;
            self.seen = true;
        }
    }
}

/// Which text of a choice (OpenAI) or content block (Anthropic) a restorer follows.
const TEXT: i64 = -1;
/// OpenAI's legacy `function_call.arguments`.
const FUNCTION_CALL: i64 = -2;
/// Anthropic `input_json_delta.partial_json` of a `tool_use` block.
const INPUT_JSON: i64 = 0;
/// Anthropic `thinking_delta.thinking` of a `thinking` block (plain text, like [`TEXT`]).
const THINKING: i64 = -3;

/// Rewrites events of one stream.
pub(crate) struct Transformer {
    api: Api,
    mapping: Option<Mapping>,
    /// The mapping with JSON-escaped originals, for tool-call arguments (JSON text).
    json_mapping: Option<Mapping>,
    /// One restorer per (choice or block index, [`TEXT`] | [`THINKING`] | [`FUNCTION_CALL`] |
    /// tool-call index | [`INPUT_JSON`]).
    restorers: BTreeMap<(i64, i64), StreamRestorer>,
    /// `id`, `created`, `model` of the last OpenAI chunk, for chunks the gateway adds.
    head: Option<Value>,
    /// Strip the usage-only chunk the gateway asked for (client did not).
    strip_usage_chunk: bool,
    pub usage: Usage,
    /// Characters of answer text and tool-call arguments seen (to estimate output when the
    /// stream breaks off).
    pub output_chars: usize,
    pub done: bool,
}

impl Transformer {
    pub fn new(api: Api, mapping: Option<Mapping>, strip_usage_chunk: bool) -> Transformer {
        Transformer {
            api,
            json_mapping: mapping.as_ref().map(crate::anon::json_escaped),
            mapping,
            restorers: BTreeMap::new(),
            head: None,
            strip_usage_chunk,
            usage: Usage::default(),
            output_chars: 0,
            done: false,
        }
    }

    /// Restores one piece of a text (`slot` [`TEXT`] or [`THINKING`]) or of JSON text (any
    /// other slot); returns what can be sent now (`None` when not restoring).
    fn restore(&mut self, idx: i64, slot: i64, piece: &str) -> Option<String> {
        let m = if slot == TEXT || slot == THINKING {
            self.mapping.as_ref()?
        } else {
            self.json_mapping.as_ref()?
        };
        Some(
            self.restorers
                .entry((idx, slot))
                .or_insert_with(|| StreamRestorer::new(m))
                .push(piece),
        )
    }

    /// What the restorers of a choice / block still hold, per slot.
    fn finish(&mut self, idx: i64) -> Vec<(i64, String)> {
        let keys: Vec<(i64, i64)> = self
            .restorers
            .range((idx, i64::MIN)..=(idx, i64::MAX))
            .map(|(k, _)| *k)
            .collect();
        keys.into_iter()
            .filter_map(|k| {
                let rest = self.restorers.remove(&k)?.finish();
                (!rest.is_empty()).then_some((k.1, rest))
            })
            .collect()
    }

    /// What the restorer of one slot of a block still holds.
    fn finish_slot(&mut self, idx: i64, slot: i64) -> Option<String> {
        let rest = self.restorers.remove(&(idx, slot))?.finish();
        (!rest.is_empty()).then_some(rest)
    }

    /// An Anthropic `content_block_delta` event carrying the held-back `rest` of a slot.
    fn anthropic_rest_event(idx: i64, slot: i64, rest: String) -> Bytes {
        let delta = match slot {
            TEXT => json!({"type": "text_delta", "text": rest}),
            THINKING => json!({"type": "thinking_delta", "thinking": rest}),
            _ => json!({"type": "input_json_delta", "partial_json": rest}),
        };
        let d = json!({"type": "content_block_delta", "index": idx, "delta": delta});
        Bytes::from(format!("event: content_block_delta\ndata: {d}\n\n"))
    }

    /// One event in, zero or more events out.
    pub fn event(&mut self, ev: Bytes, out: &mut Vec<Bytes>) {
        match self.api {
            Api::OpenAi => self.openai(ev, out),
            Api::Anthropic => self.anthropic(ev, out),
        }
    }

    /// An OpenAI chunk carrying `delta` for choice `idx`, added by the gateway.
    fn openai_chunk(&self, idx: i64, delta: Value) -> Bytes {
        let mut c = serde_json::Map::new();
        if let Some(Value::Object(h)) = &self.head {
            c.extend(h.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        c.insert("object".into(), json!("chat.completion.chunk"));
        c.insert(
            "choices".into(),
            json!([{"index": idx, "delta": delta, "finish_reason": null}]),
        );
        Bytes::from(format!("data: {}\n\n", Value::Object(c)))
    }

    fn openai_rest_delta(slot: i64, rest: String) -> Value {
        match slot {
            TEXT => json!({ "content": rest }),
            FUNCTION_CALL => json!({"function_call": {"arguments": rest}}),
            j => json!({"tool_calls": [{"index": j, "function": {"arguments": rest}}]}),
        }
    }

    fn openai(&mut self, ev: Bytes, out: &mut Vec<Bytes>) {
        let restoring = self.mapping.is_some();
        let (_, data) = parse_event(&ev);
        if data.trim() == "[DONE]" {
            self.done = true;
            // Flush what restorers still hold (a stream without finish_reason).
            let pending: Vec<((i64, i64), String)> = std::mem::take(&mut self.restorers)
                .into_iter()
                .map(|(k, r)| (k, r.finish()))
                .filter(|(_, s)| !s.is_empty())
                .collect();
            for ((i, slot), s) in pending {
                out.push(self.openai_chunk(i, Self::openai_rest_delta(slot, s)));
            }
            out.push(ev);
            return;
        }
        if !restoring && !has_object(&data, "\"usage\"") {
            // Nothing to change or read but the answer's length (to estimate output tokens
            // if the stream breaks off): no JSON parse for the common chunk.
            self.output_chars +=
                string_chars(&data, "\"content\"") + string_chars(&data, "\"arguments\"");
            out.push(ev);
            return;
        }
        let Ok(mut v) = serde_json::from_str::<Value>(&data) else {
            out.push(ev);
            return;
        };
        if let Some(u) = v.get("usage").and_then(Usage::openai) {
            self.usage = u;
        }
        if restoring {
            let head: serde_json::Map<String, Value> = ["id", "created", "model"]
                .iter()
                .filter_map(|k| Some((k.to_string(), v.get(*k)?.clone())))
                .collect();
            self.head = Some(Value::Object(head));
        }
        let mut changed = false;
        let mut only_usage = false;
        // Held-back tool-call arguments of finished choices, sent in chunks before this one.
        let mut before: Vec<Bytes> = Vec::new();
        if let Some(Value::Array(choices)) = v.get_mut("choices") {
            only_usage = choices.is_empty();
            for c in choices.iter_mut() {
                let idx = c.get("index").and_then(Value::as_i64).unwrap_or(0);
                let finished = c
                    .get("finish_reason")
                    .map(|f| !f.is_null())
                    .unwrap_or(false);
                let Some(delta) = c.get_mut("delta") else {
                    continue;
                };
                // (slot, the string to restore) of this delta.
                let mut pieces: Vec<(i64, &mut Value)> = Vec::new();
                if let Value::Object(d) = &mut *delta {
                    for (k, x) in d.iter_mut() {
                        match (k.as_str(), x) {
                            ("content", x @ Value::String(_)) => pieces.push((TEXT, x)),
                            ("tool_calls", Value::Array(calls)) => {
                                for call in calls.iter_mut() {
                                    let j = call.get("index").and_then(Value::as_i64).unwrap_or(0);
                                    if let Some(a @ Value::String(_)) =
                                        call.pointer_mut("/function/arguments")
                                    {
                                        pieces.push((j.max(0), a));
                                    }
                                }
                            }
                            ("function_call", f) => {
                                if let Some(a @ Value::String(_)) = f.get_mut("arguments") {
                                    pieces.push((FUNCTION_CALL, a));
                                }
                            }
                            _ => {}
                        }
                    }
                }
                for (slot, x) in pieces {
                    let Value::String(t) = x else { continue };
                    self.output_chars += t.chars().count();
                    if let Some(n) = self.restore(idx, slot, t) {
                        if n != *t {
                            *t = n;
                            changed = true;
                        }
                    }
                }
                if finished {
                    for (slot, rest) in self.finish(idx) {
                        if slot == TEXT {
                            let now = delta.get("content").and_then(Value::as_str).unwrap_or("");
                            delta["content"] = Value::String(format!("{now}{rest}"));
                            changed = true;
                        } else {
                            before
                                .push(self.openai_chunk(idx, Self::openai_rest_delta(slot, rest)));
                        }
                    }
                }
            }
        }
        if only_usage && self.strip_usage_chunk {
            return;
        }
        out.append(&mut before);
        if changed {
            out.push(Bytes::from(format!("data: {v}\n\n")));
        } else {
            out.push(ev);
        }
    }

    fn anthropic(&mut self, ev: Bytes, out: &mut Vec<Bytes>) {
        let restoring = self.mapping.is_some();
        let (name, data) = parse_event(&ev);
        if !restoring && !data.contains("usage") && !data.contains("message_stop") {
            self.output_chars += string_chars(&data, "\"text\"")
                + string_chars(&data, "\"thinking\"")
                + string_chars(&data, "\"partial_json\"");
            out.push(ev);
            return;
        }
        let Ok(mut v) = serde_json::from_str::<Value>(&data) else {
            out.push(ev);
            return;
        };
        let ty = v.get("type").and_then(Value::as_str).unwrap_or("");
        match ty {
            "message_start" => {
                if let Some(u) = v.pointer("/message/usage") {
                    self.usage.anthropic_merge(u);
                }
            }
            "message_delta" => {
                if let Some(u) = v.get("usage") {
                    self.usage.anthropic_merge(u);
                }
            }
            "message_stop" => self.done = true,
            "content_block_delta" => {
                let idx = v.get("index").and_then(Value::as_i64).unwrap_or(0);
                let (slot, field) = match v.pointer("/delta/type").and_then(Value::as_str) {
                    Some("text_delta") => (TEXT, "text"),
                    Some("thinking_delta") => (THINKING, "thinking"),
                    Some("input_json_delta") => (INPUT_JSON, "partial_json"),
                    Some("signature_delta") => {
                        // The signature ends a thinking block: what its restorer holds goes
                        // out first. The signature itself passes unchanged.
                        if let Some(rest) = self.finish_slot(idx, THINKING) {
                            out.push(Self::anthropic_rest_event(idx, THINKING, rest));
                        }
                        out.push(ev);
                        return;
                    }
                    _ => {
                        out.push(ev);
                        return;
                    }
                };
                let Some(Value::String(t)) = v.get_mut("delta").and_then(|d| d.get_mut(field))
                else {
                    out.push(ev);
                    return;
                };
                let t = std::mem::take(t);
                self.output_chars += t.chars().count();
                if let Some(n) = self.restore(idx, slot, &t) {
                    if n != t {
                        v["delta"][field] = Value::String(n);
                        let name = name.unwrap_or("content_block_delta");
                        out.push(Bytes::from(format!("event: {name}\ndata: {v}\n\n")));
                        return;
                    }
                }
            }
            "content_block_stop" => {
                let idx = v.get("index").and_then(Value::as_i64).unwrap_or(0);
                for (slot, rest) in self.finish(idx) {
                    out.push(Self::anthropic_rest_event(idx, slot, rest));
                }
            }
            _ => {}
        }
        out.push(ev);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_events_across_chunks() {
        let mut s = Splitter::default();
        let mut out = Vec::new();
        s.push(b"data: {\"a\":1}\n", &mut out);
        assert!(out.is_empty());
        s.push(b"\ndata: [DO", &mut out);
        assert_eq!(out.len(), 1);
        s.push(b"NE]\r\n\r\n", &mut out);
        assert_eq!(out.len(), 2);
        assert!(s.rest().is_none());
    }

    #[test]
    fn reads_openai_usage_and_strips_usage_chunk() {
        let mut t = Transformer::new(Api::OpenAi, None, true);
        let mut out = Vec::new();
        t.event(
            Bytes::from_static(
                b"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"hoi\"}}]}\n\n",
            ),
            &mut out,
        );
        t.event(
            Bytes::from_static(b"data: {\"choices\":[],\"usage\":{\"prompt_tokens\":7,\"completion_tokens\":3}}\n\n"),
            &mut out,
        );
        t.event(Bytes::from_static(b"data: [DONE]\n\n"), &mut out);
        assert_eq!(out.len(), 2);
        assert_eq!((t.usage.input, t.usage.output), (7, 3));
        assert_eq!(t.output_chars, 3);
        assert!(t.done);
    }

    #[test]
    fn reads_anthropic_usage() {
        let mut t = Transformer::new(Api::Anthropic, None, false);
        let mut out = Vec::new();
        t.event(Bytes::from_static(b"event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"usage\":{\"input_tokens\":10,\"cache_read_input_tokens\":4,\"output_tokens\":1}}}\n\n"), &mut out);
        t.event(Bytes::from_static(b"event: message_delta\ndata: {\"type\":\"message_delta\",\"usage\":{\"output_tokens\":25}}\n\n"), &mut out);
        assert_eq!((t.usage.input, t.usage.cached, t.usage.output), (14, 4, 25));
    }

    fn mapping() -> Mapping {
        let mut m = Mapping::default();
        m.0.insert("[KLANT_A]".into(), "Bakkerij \"De Zon\"".into());
        m.0.insert("[EMAIL_A]".into(), "eva@zon.nl".into());
        m
    }

    fn pieces(s: &str, n: usize) -> Vec<String> {
        let c: Vec<char> = s.chars().collect();
        c.chunks(n).map(|p| p.iter().collect()).collect()
    }

    fn data(ev: &Bytes) -> Value {
        let (_, d) = parse_event(ev);
        serde_json::from_str(&d).unwrap_or(Value::Null)
    }

    #[test]
    fn restores_openai_tool_call_arguments_split_over_chunks() {
        let args = [
            r#"{"to":"[KLANT_A]","cc":"EMAIL_A"}"#,
            r#"{"name":"[KLANT_A]"}"#,
        ];
        for n in 1..=5 {
            let mut t = Transformer::new(Api::OpenAi, Some(mapping()), false);
            let mut out = Vec::new();
            let chunk = |v: Value| Bytes::from(format!("data: {v}\n\n"));
            for (j, name) in ["mail", "lookup"].iter().enumerate() {
                t.event(chunk(json!({"id": "c1", "choices": [{"index": 0, "delta": {"tool_calls": [{"index": j, "id": format!("call_{j}"), "type": "function", "function": {"name": name, "arguments": ""}}]}, "finish_reason": null}]})), &mut out);
            }
            // The two calls' arguments interleaved, in pieces of n characters.
            let (a, b) = (pieces(args[0], n), pieces(args[1], n));
            for i in 0..a.len().max(b.len()) {
                for (j, p) in [(0, a.get(i)), (1, b.get(i))] {
                    if let Some(p) = p {
                        t.event(chunk(json!({"id": "c1", "choices": [{"index": 0, "delta": {"tool_calls": [{"index": j, "function": {"arguments": p}}]}, "finish_reason": null}]})), &mut out);
                    }
                }
            }
            t.event(chunk(json!({"id": "c1", "choices": [{"index": 0, "delta": {}, "finish_reason": "tool_calls"}]})), &mut out);
            t.event(Bytes::from_static(b"data: [DONE]\n\n"), &mut out);
            let mut got = [String::new(), String::new()];
            for ev in &out {
                let v = data(ev);
                if let Some(calls) = v
                    .pointer("/choices/0/delta/tool_calls")
                    .and_then(Value::as_array)
                {
                    for c in calls {
                        let j = c["index"].as_u64().expect("index") as usize;
                        got[j].push_str(
                            c.pointer("/function/arguments")
                                .and_then(Value::as_str)
                                .unwrap_or(""),
                        );
                    }
                }
            }
            let a: Value = serde_json::from_str(&got[0]).expect("valid JSON");
            assert_eq!(
                a,
                json!({"to": "Bakkerij \"De Zon\"", "cc": "eva@zon.nl"}),
                "n={n}"
            );
            let b: Value = serde_json::from_str(&got[1]).expect("valid JSON");
            assert_eq!(b, json!({"name": "Bakkerij \"De Zon\""}), "n={n}");
            assert!(t.done);
        }
    }

    #[test]
    fn restores_anthropic_partial_json_split_over_chunks() {
        let input = r#"{"to": "[KLANT_A]", "body": "Beste KLANT_A"}"#;
        for n in 1..=5 {
            let mut t = Transformer::new(Api::Anthropic, Some(mapping()), false);
            let mut out = Vec::new();
            let ev = |v: Value| {
                let name = v["type"].as_str().unwrap_or("").to_string();
                Bytes::from(format!("event: {name}\ndata: {v}\n\n"))
            };
            t.event(ev(json!({"type": "content_block_start", "index": 1, "content_block": {"type": "tool_use", "id": "toolu_1", "name": "mail", "input": {}}})), &mut out);
            for p in pieces(input, n) {
                t.event(ev(json!({"type": "content_block_delta", "index": 1, "delta": {"type": "input_json_delta", "partial_json": p}})), &mut out);
            }
            t.event(
                ev(json!({"type": "content_block_stop", "index": 1})),
                &mut out,
            );
            let mut got = String::new();
            for e in &out {
                let v = data(e);
                if v["type"] == "content_block_delta" {
                    assert_eq!(v["delta"]["type"], "input_json_delta");
                    got.push_str(v["delta"]["partial_json"].as_str().unwrap_or(""));
                }
            }
            let v: Value = serde_json::from_str(&got).expect("valid JSON");
            assert_eq!(
                v,
                json!({"to": "Bakkerij \"De Zon\"", "body": "Beste Bakkerij \"De Zon\""}),
                "n={n}"
            );
            // The stop event comes last, after the held-back rest.
            assert_eq!(
                data(out.last().expect("events"))["type"],
                "content_block_stop"
            );
        }
    }

    #[test]
    fn restores_anthropic_thinking_split_over_chunks() {
        let thinking = "Eerst [KLANT_A] bellen, dan mailen naar [EMAIL_A]";
        for n in 1..=6 {
            let mut t = Transformer::new(Api::Anthropic, Some(mapping()), false);
            let mut out = Vec::new();
            let ev = |v: Value| {
                let name = v["type"].as_str().unwrap_or("").to_string();
                Bytes::from(format!("event: {name}\ndata: {v}\n\n"))
            };
            t.event(ev(json!({"type": "content_block_start", "index": 0, "content_block": {"type": "thinking", "thinking": "", "signature": ""}})), &mut out);
            for p in pieces(thinking, n) {
                t.event(ev(json!({"type": "content_block_delta", "index": 0, "delta": {"type": "thinking_delta", "thinking": p}})), &mut out);
            }
            t.event(ev(json!({"type": "content_block_delta", "index": 0, "delta": {"type": "signature_delta", "signature": "sig[KLANT_A]"}})), &mut out);
            t.event(
                ev(json!({"type": "content_block_stop", "index": 0})),
                &mut out,
            );
            let mut got = String::new();
            let mut signatures = Vec::new();
            for e in &out {
                let v = data(e);
                if v["type"] != "content_block_delta" {
                    continue;
                }
                match v["delta"]["type"].as_str() {
                    Some("thinking_delta") => {
                        assert!(signatures.is_empty(), "thinking after the signature");
                        got.push_str(v["delta"]["thinking"].as_str().unwrap_or(""));
                    }
                    Some("signature_delta") => signatures.push(v["delta"]["signature"].clone()),
                    other => panic!("unexpected delta {other:?}"),
                }
            }
            assert_eq!(
                got, "Eerst Bakkerij \"De Zon\" bellen, dan mailen naar eva@zon.nl",
                "n={n}"
            );
            assert_eq!(signatures, vec![json!("sig[KLANT_A]")], "n={n}");
            assert_eq!(
                data(out.last().expect("events"))["type"],
                "content_block_stop"
            );
        }
    }

    #[test]
    fn counts_answer_text_without_parsing() {
        let d = r#"{"choices":[{"index":0,"delta":{"content":"h\u00e9 \"jij\"\n"},"finish_reason":null}],"usage":null}"#;
        assert_eq!(string_chars(d, "\"content\""), 9);
        assert!(!has_object(d, "\"usage\""));
        assert!(has_object(
            r#"{"choices":[],"usage" : {"prompt_tokens":1}}"#,
            "\"usage\""
        ));
        assert_eq!(string_chars(r#"{"content":null}"#, "\"content\""), 0);
        // The same count as the parsed text.
        let v: Value = serde_json::from_str(d).unwrap_or_default();
        let text = v
            .pointer("/choices/0/delta/content")
            .and_then(Value::as_str);
        assert_eq!(text.map(|t| t.chars().count()), Some(9));
    }
}
