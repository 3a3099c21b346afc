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

/// Rewrites events of one stream.
pub(crate) struct Transformer {
    api: Api,
    mapping: Option<Mapping>,
    restorers: BTreeMap<i64, StreamRestorer>,
    /// Strip the usage-only chunk the gateway asked for (client did not).
    strip_usage_chunk: bool,
    pub usage: Usage,
    /// Characters of answer text seen (to estimate output when the stream breaks off).
    pub output_chars: usize,
    pub done: bool,
}

impl Transformer {
    pub fn new(api: Api, mapping: Option<Mapping>, strip_usage_chunk: bool) -> Transformer {
        Transformer {
            api,
            mapping,
            restorers: BTreeMap::new(),
            strip_usage_chunk,
            usage: Usage::default(),
            output_chars: 0,
            done: false,
        }
    }

    fn restorer(&mut self, idx: i64) -> Option<&mut StreamRestorer> {
        let m = self.mapping.as_ref()?;
        Some(
            self.restorers
                .entry(idx)
                .or_insert_with(|| StreamRestorer::new(m)),
        )
    }

    /// One event in, zero or more events out.
    pub fn event(&mut self, ev: Bytes, out: &mut Vec<Bytes>) {
        match self.api {
            Api::OpenAi => self.openai(ev, out),
            Api::Anthropic => self.anthropic(ev, out),
        }
    }

    fn openai(&mut self, ev: Bytes, out: &mut Vec<Bytes>) {
        let restoring = self.mapping.is_some();
        let (_, data) = parse_event(&ev);
        if data.trim() == "[DONE]" {
            self.done = true;
            // Flush what restorers still hold (a stream without finish_reason).
            let pending: Vec<(i64, String)> = std::mem::take(&mut self.restorers)
                .into_iter()
                .map(|(i, r)| (i, r.finish()))
                .filter(|(_, s)| !s.is_empty())
                .collect();
            for (i, s) in pending {
                let chunk = json!({"object": "chat.completion.chunk", "choices": [{"index": i, "delta": {"content": s}, "finish_reason": null}]});
                out.push(Bytes::from(format!("data: {chunk}\n\n")));
            }
            out.push(ev);
            return;
        }
        if !restoring && !data.contains("\"usage\"") && !data.contains("\"content\"") {
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
        let mut changed = false;
        let mut only_usage = false;
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
                let text = delta
                    .get("content")
                    .and_then(Value::as_str)
                    .map(str::to_string);
                if let Some(t) = &text {
                    self.output_chars += t.chars().count();
                }
                if !restoring {
                    continue;
                }
                let mut new = match (&text, self.restorer(idx)) {
                    (Some(t), Some(r)) => Some(r.push(t)),
                    _ => None,
                };
                if finished {
                    if let Some(r) = self.restorers.remove(&idx) {
                        let rest = r.finish();
                        if !rest.is_empty() {
                            new = Some(new.unwrap_or_default() + &rest);
                        }
                    }
                }
                if let Some(n) = new {
                    if text.as_deref() != Some(n.as_str()) {
                        delta["content"] = Value::String(n);
                        changed = true;
                    }
                }
            }
        }
        if only_usage && self.strip_usage_chunk {
            return;
        }
        if changed {
            out.push(Bytes::from(format!("data: {v}\n\n")));
        } else {
            out.push(ev);
        }
    }

    fn anthropic(&mut self, ev: Bytes, out: &mut Vec<Bytes>) {
        let restoring = self.mapping.is_some();
        let (name, data) = parse_event(&ev);
        let name = name.map(str::to_string);
        if !restoring
            && !data.contains("usage")
            && !data.contains("text_delta")
            && !data.contains("message_stop")
        {
            out.push(ev);
            return;
        }
        let Ok(mut v) = serde_json::from_str::<Value>(&data) else {
            out.push(ev);
            return;
        };
        let ty = v
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        match ty.as_str() {
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
                if let Some(t) = v
                    .pointer("/delta/text")
                    .and_then(Value::as_str)
                    .map(str::to_string)
                {
                    self.output_chars += t.chars().count();
                    if let Some(r) = self.restorer(idx) {
                        let n = r.push(&t);
                        if n != t {
                            v["delta"]["text"] = Value::String(n);
                            let name = name.as_deref().unwrap_or("content_block_delta");
                            out.push(Bytes::from(format!("event: {name}\ndata: {v}\n\n")));
                            return;
                        }
                    }
                }
            }
            "content_block_stop" => {
                let idx = v.get("index").and_then(Value::as_i64).unwrap_or(0);
                if let Some(r) = self.restorers.remove(&idx) {
                    let rest = r.finish();
                    if !rest.is_empty() {
                        let d = json!({"type": "content_block_delta", "index": idx, "delta": {"type": "text_delta", "text": rest}});
                        out.push(Bytes::from(format!(
                            "event: content_block_delta\ndata: {d}\n\n"
                        )));
                    }
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
}
