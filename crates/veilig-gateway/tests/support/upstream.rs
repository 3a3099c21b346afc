//! A real local HTTP upstream that speaks enough OpenAI and Anthropic: plain and SSE answers
//! with usage, and failure modes chosen by the top-level request field `x_mode`:
//! `"500"`, `"slow"` (3 s), `"garbage"`, `"endless"` (a chunk every 50 ms for 10 s), `"cut"`
//! (stream ends without its terminator), `"reset"` (the connection breaks off after the first
//! bytes of the body, or after three events of a stream), `"stall"` (a stream goes silent for
//! 5 s after three events), `"tool"` (the answer is a tool call whose JSON input is
//! `{"recipient": <last user text>}`), `"thinking"` (Anthropic: a `thinking` block "Ik denk na
//! over <last user text>", streamed in two deltas split inside its first placeholder, with the
//! signature `sig:<last user text>`; a `redacted_thinking` block with data `enc:<last user
//! text>`; then the echo). The answer echoes the last user text ("Echo: …"),
//! streamed in 3-character pieces so placeholders are split over chunks (tool-call arguments
//! too).

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::Router;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Seen {
    pub path: String,
    pub auth: String,
    pub body: Value,
}

#[derive(Clone, Default)]
pub struct Shared {
    pub seen: Arc<Mutex<Vec<Seen>>>,
    /// Extra delay for every answer (overlap in concurrency tests).
    pub delay_ms: Arc<std::sync::atomic::AtomicU64>,
}

pub struct Upstream {
    pub base: String,
    pub shared: Shared,
    _task: tokio::task::JoinHandle<()>,
}

impl Upstream {
    pub async fn start() -> Upstream {
        let shared = Shared::default();
        let app = Router::new()
            .route("/v1/chat/completions", post(chat))
            .route("/v1/embeddings", post(embeddings))
            .route("/v1/messages", post(messages))
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Upstream {
            base: format!("http://{addr}/v1"),
            shared,
            _task: task,
        }
    }

    pub fn seen(&self) -> Vec<Seen> {
        self.shared.seen.lock().expect("lock").clone()
    }

    pub fn set_delay_ms(&self, ms: u64) {
        self.shared
            .delay_ms
            .store(ms, std::sync::atomic::Ordering::SeqCst);
    }
}

fn last_user_text(v: &Value) -> String {
    let Some(msgs) = v.get("messages").and_then(Value::as_array) else {
        return String::new();
    };
    let Some(m) = msgs.iter().rev().find(|m| m["role"] == "user") else {
        return String::new();
    };
    match &m["content"] {
        Value::String(s) => s.clone(),
        Value::Array(parts) => parts
            .iter()
            .filter_map(|p| p["text"].as_str())
            .collect::<Vec<_>>()
            .join(" "),
        _ => String::new(),
    }
}

async fn record(
    s: &Shared,
    path: &str,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Value, Response> {
    let auth = headers
        .get("authorization")
        .or_else(|| headers.get("x-api-key"))
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let v: Value = serde_json::from_slice(body)
        .map_err(|_| (StatusCode::BAD_REQUEST, "bad json").into_response())?;
    s.seen.lock().expect("lock").push(Seen {
        path: path.into(),
        auth,
        body: v.clone(),
    });
    let d = s.delay_ms.load(std::sync::atomic::Ordering::SeqCst);
    if d > 0 {
        tokio::time::sleep(Duration::from_millis(d)).await;
    }
    match v.get("x_mode").and_then(Value::as_str) {
        Some("500") => {
            Err((StatusCode::INTERNAL_SERVER_ERROR, "{\"error\":\"boom\"}").into_response())
        }
        Some("slow") => {
            tokio::time::sleep(Duration::from_secs(3)).await;
            Ok(v)
        }
        Some("garbage") => Err((StatusCode::OK, "<html>not json").into_response()),
        _ => Ok(v),
    }
}

fn pieces(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    chars.chunks(3).map(|c| c.iter().collect()).collect()
}

fn sse(events: Vec<String>, mode: Option<&str>) -> Response {
    let endless = mode == Some("endless");
    let reset = mode == Some("reset");
    let stall = mode == Some("stall");
    let stream = futures_util::stream::unfold(
        (events.into_iter(), 0u32),
        move |(mut it, n)| async move {
            if endless {
                if n >= 200 {
                    return None;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
                let ev = format!(
                    "data: {}\n\n",
                    json!({"object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":"blah "},"finish_reason":null}]})
                );
                return Some((Ok::<Bytes, std::io::Error>(Bytes::from(ev)), (it, n + 1)));
            }
            if n == 3 && reset {
                // An error in the body makes the server abort the connection (after a pause,
                // so the first events are on the wire).
                tokio::time::sleep(Duration::from_millis(100)).await;
                return Some((Err(std::io::Error::other("reset")), (it, n + 1)));
            }
            if n > 3 && reset {
                return None;
            }
            if n == 3 && stall {
                tokio::time::sleep(Duration::from_secs(5)).await;
            }
            let ev = it.next()?;
            Some((Ok(Bytes::from(ev)), (it, n + 1)))
        },
    );
    Response::builder()
        .header("content-type", "text/event-stream")
        .body(Body::from_stream(stream))
        .expect("response")
}

/// A JSON answer that breaks off after its first bytes.
fn broken_json() -> Response {
    let parts: Vec<Result<Bytes, std::io::Error>> = vec![
        Ok(Bytes::from_static(b"{\"id\":\"chatcmpl-1\",\"choices\":[")),
        Err(std::io::Error::other("reset")),
    ];
    Response::builder()
        .header("content-type", "application/json")
        .body(Body::from_stream(futures_util::stream::iter(parts)))
        .expect("response")
}

async fn chat(State(s): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let v = match record(&s, "/v1/chat/completions", &headers, &body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let reply = format!("Echo: {}", last_user_text(&v));
    let model = v["model"].as_str().unwrap_or("").to_string();
    let mode = v.get("x_mode").and_then(Value::as_str).map(str::to_string);
    let usage = json!({"prompt_tokens": 20, "completion_tokens": 10, "total_tokens": 30});
    if mode.as_deref() == Some("tool") {
        return openai_tool(&v, &model, usage);
    }
    if mode.as_deref() == Some("reset") && v["stream"] != true {
        return broken_json();
    }
    if v["stream"] == true {
        let mut evs = vec![format!(
            "data: {}\n\n",
            json!({"object":"chat.completion.chunk","model":model,"choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]})
        )];
        for p in pieces(&reply) {
            evs.push(format!(
                "data: {}\n\n",
                json!({"object":"chat.completion.chunk","model":model,"choices":[{"index":0,"delta":{"content":p},"finish_reason":null}]})
            ));
        }
        evs.push(format!(
            "data: {}\n\n",
            json!({"object":"chat.completion.chunk","model":model,"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})
        ));
        if mode.as_deref() == Some("cut") {
            return sse(evs, None);
        }
        if v.pointer("/stream_options/include_usage") == Some(&Value::Bool(true)) {
            evs.push(format!(
                "data: {}\n\n",
                json!({"object":"chat.completion.chunk","model":model,"choices":[],"usage":usage})
            ));
        }
        evs.push("data: [DONE]\n\n".into());
        return sse(evs, mode.as_deref());
    }
    axum::Json(json!({
        "id": "chatcmpl-1", "object": "chat.completion", "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}],
        "usage": usage,
    }))
    .into_response()
}

async fn embeddings(State(s): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    if let Err(r) = record(&s, "/v1/embeddings", &headers, &body).await {
        return r;
    }
    axum::Json(json!({
        "object": "list", "data": [{"object": "embedding", "index": 0, "embedding": [0.1, 0.2]}],
        "model": "text-embedding-3-small", "usage": {"prompt_tokens": 8, "total_tokens": 8},
    }))
    .into_response()
}

async fn messages(State(s): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let v = match record(&s, "/v1/messages", &headers, &body).await {
        Ok(v) => v,
        Err(r) => return r,
    };
    let reply = format!("Echo: {}", last_user_text(&v));
    let model = v["model"].as_str().unwrap_or("").to_string();
    let mode = v.get("x_mode").and_then(Value::as_str).map(str::to_string);
    if mode.as_deref() == Some("tool") {
        return anthropic_tool(&v, &model);
    }
    if mode.as_deref() == Some("thinking") {
        return anthropic_thinking(&v, &model);
    }
    if mode.as_deref() == Some("reset") && v["stream"] != true {
        return broken_json();
    }
    if v["stream"] == true {
        let ev = |name: &str, data: Value| format!("event: {name}\ndata: {data}\n\n");
        let mut evs = vec![
            ev(
                "message_start",
                json!({"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","model":model,"content":[],"usage":{"input_tokens":20,"output_tokens":1}}}),
            ),
            ev(
                "content_block_start",
                json!({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}),
            ),
        ];
        for p in pieces(&reply) {
            evs.push(ev("content_block_delta", json!({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":p}})));
        }
        evs.push(ev(
            "content_block_stop",
            json!({"type":"content_block_stop","index":0}),
        ));
        evs.push(ev("message_delta", json!({"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":10}})));
        if mode.as_deref() != Some("cut") {
            evs.push(ev("message_stop", json!({"type":"message_stop"})));
        }
        return sse(evs, mode.as_deref());
    }
    axum::Json(json!({
        "id": "msg_1", "type": "message", "role": "assistant", "model": model,
        "content": [{"type": "text", "text": reply}],
        "stop_reason": "end_turn",
        "usage": {"input_tokens": 20, "output_tokens": 10},
    }))
    .into_response()
}

/// The tool-call input of mode `tool`, as JSON text.
fn tool_args(v: &Value) -> String {
    json!({"recipient": last_user_text(v)}).to_string()
}

fn openai_tool(v: &Value, model: &str, usage: Value) -> Response {
    let args = tool_args(v);
    if v["stream"] != true {
        return axum::Json(json!({
            "id": "chatcmpl-2", "object": "chat.completion", "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": null, "tool_calls": [
                {"id": "call_1", "type": "function", "function": {"name": "send_offer", "arguments": args}}
            ]}, "finish_reason": "tool_calls"}],
            "usage": usage,
        }))
        .into_response();
    }
    let chunk = |delta: Value, finish: Value| {
        format!(
            "data: {}\n\n",
            json!({"id": "chatcmpl-2", "object": "chat.completion.chunk", "model": model, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]})
        )
    };
    let mut evs = vec![chunk(
        json!({"role": "assistant", "content": null, "tool_calls": [{"index": 0, "id": "call_1", "type": "function", "function": {"name": "send_offer", "arguments": ""}}]}),
        Value::Null,
    )];
    for p in pieces(&args) {
        evs.push(chunk(
            json!({"tool_calls": [{"index": 0, "function": {"arguments": p}}]}),
            Value::Null,
        ));
    }
    evs.push(chunk(json!({}), json!("tool_calls")));
    if v.pointer("/stream_options/include_usage") == Some(&Value::Bool(true)) {
        evs.push(format!(
            "data: {}\n\n",
            json!({"id": "chatcmpl-2", "object": "chat.completion.chunk", "model": model, "choices": [], "usage": usage})
        ));
    }
    evs.push("data: [DONE]\n\n".into());
    sse(evs, None)
}

fn anthropic_tool(v: &Value, model: &str) -> Response {
    let args = tool_args(v);
    if v["stream"] != true {
        let input: Value = serde_json::from_str(&args).unwrap_or(Value::Null);
        return axum::Json(json!({
            "id": "msg_2", "type": "message", "role": "assistant", "model": model,
            "content": [
                {"type": "text", "text": "Ik stuur de offerte."},
                {"type": "tool_use", "id": "toolu_1", "name": "send_offer", "input": input}
            ],
            "stop_reason": "tool_use",
            "usage": {"input_tokens": 20, "output_tokens": 10},
        }))
        .into_response();
    }
    let ev = |name: &str, data: Value| format!("event: {name}\ndata: {data}\n\n");
    let mut evs = vec![
        ev(
            "message_start",
            json!({"type":"message_start","message":{"id":"msg_2","type":"message","role":"assistant","model":model,"content":[],"usage":{"input_tokens":20,"output_tokens":1}}}),
        ),
        ev(
            "content_block_start",
            json!({"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"toolu_1","name":"send_offer","input":{}}}),
        ),
    ];
    for p in pieces(&args) {
        evs.push(ev(
            "content_block_delta",
            json!({"type":"content_block_delta","index":0,"delta":{"type":"input_json_delta","partial_json":p}}),
        ));
    }
    evs.push(ev(
        "content_block_stop",
        json!({"type":"content_block_stop","index":0}),
    ));
    evs.push(ev("message_delta", json!({"type":"message_delta","delta":{"stop_reason":"tool_use"},"usage":{"output_tokens":10}})));
    evs.push(ev("message_stop", json!({"type":"message_stop"})));
    sse(evs, None)
}

/// Two pieces of `s`, cut three characters into its first `[` (inside a placeholder), else in
/// the middle.
fn halves(s: &str) -> (String, String) {
    let chars: Vec<char> = s.chars().collect();
    let cut = chars
        .iter()
        .position(|c| *c == '[')
        .map_or(chars.len() / 2, |i| (i + 3).min(chars.len()));
    (chars[..cut].iter().collect(), chars[cut..].iter().collect())
}

fn anthropic_thinking(v: &Value, model: &str) -> Response {
    let text = last_user_text(v);
    let thinking = format!("Ik denk na over {text}");
    // What the upstream saw, in values a gateway must not touch.
    let signature = format!("sig:{text}");
    let redacted = format!("enc:{text}");
    let reply = format!("Echo: {text}");
    if v["stream"] != true {
        return axum::Json(json!({
            "id": "msg_3", "type": "message", "role": "assistant", "model": model,
            "content": [
                {"type": "thinking", "thinking": thinking, "signature": signature},
                {"type": "redacted_thinking", "data": redacted},
                {"type": "text", "text": reply}
            ],
            "stop_reason": "end_turn",
            "usage": {"input_tokens": 20, "output_tokens": 10},
        }))
        .into_response();
    }
    let ev = |name: &str, data: Value| format!("event: {name}\ndata: {data}\n\n");
    let delta = |index: u32, delta: Value| {
        ev(
            "content_block_delta",
            json!({"type": "content_block_delta", "index": index, "delta": delta}),
        )
    };
    let start = |index: u32, block: Value| {
        ev(
            "content_block_start",
            json!({"type": "content_block_start", "index": index, "content_block": block}),
        )
    };
    let stop = |index: u32| {
        ev(
            "content_block_stop",
            json!({"type": "content_block_stop", "index": index}),
        )
    };
    let (a, b) = halves(&thinking);
    let mut evs = vec![
        ev(
            "message_start",
            json!({"type":"message_start","message":{"id":"msg_3","type":"message","role":"assistant","model":model,"content":[],"usage":{"input_tokens":20,"output_tokens":1}}}),
        ),
        start(
            0,
            json!({"type": "thinking", "thinking": "", "signature": ""}),
        ),
        delta(0, json!({"type": "thinking_delta", "thinking": a})),
        delta(0, json!({"type": "thinking_delta", "thinking": b})),
        delta(
            0,
            json!({"type": "signature_delta", "signature": signature}),
        ),
        stop(0),
        start(1, json!({"type": "redacted_thinking", "data": redacted})),
        stop(1),
        start(2, json!({"type": "text", "text": ""})),
    ];
    for p in pieces(&reply) {
        evs.push(delta(2, json!({"type": "text_delta", "text": p})));
    }
    evs.push(stop(2));
    evs.push(ev("message_delta", json!({"type":"message_delta","delta":{"stop_reason":"end_turn"},"usage":{"output_tokens":10}})));
    evs.push(ev("message_stop", json!({"type":"message_stop"})));
    sse(evs, None)
}
