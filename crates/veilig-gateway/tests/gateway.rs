//! The gateway against a real local HTTP upstream, on SQLite and on PostgreSQL.

mod support;

use futures_util::StreamExt;
use serde_json::{json, Value};
use std::time::Duration;
use support::*;
use veilig_gateway::{LimitScope, Limits};

macro_rules! both {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn sqlite() {
                super::$name(super::sqlite().await).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
            async fn postgres() {
                super::$name(super::postgres().await).await;
            }
        }
    };
}

async fn read_sse(resp: reqwest::Response) -> (Vec<String>, String) {
    let text = resp.text().await.expect("body");
    let events: Vec<String> = text
        .split("\n\n")
        .filter(|e| !e.trim().is_empty())
        .map(str::to_string)
        .collect();
    (events, text)
}

fn openai_text(events: &[String]) -> String {
    let mut s = String::new();
    for e in events {
        let Some(d) = e.lines().find_map(|l| l.strip_prefix("data: ")) else {
            continue;
        };
        if d == "[DONE]" {
            continue;
        }
        let v: Value = serde_json::from_str(d).expect("chunk json");
        if let Some(c) = v
            .pointer("/choices/0/delta/content")
            .and_then(Value::as_str)
        {
            s.push_str(c);
        }
    }
    s
}

fn anthropic_text(events: &[String]) -> String {
    let mut s = String::new();
    for e in events {
        let Some(d) = e.lines().find_map(|l| l.strip_prefix("data: ")) else {
            continue;
        };
        let v: Value = serde_json::from_str(d).expect("event json");
        if v["type"] == "content_block_delta" {
            s.push_str(
                v.pointer("/delta/text")
                    .and_then(Value::as_str)
                    .unwrap_or(""),
            );
        }
    }
    s
}

async fn plain_both_apis(db: TestDb) {
    let env = env(db).await;
    let key = env.key("marketing", roomy()).await;
    // OpenAI chat.
    let r = env
        .openai(
            &key,
            json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Hallo"}]}),
        )
        .await;
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["choices"][0]["message"]["content"], "Echo: Hallo");
    // Anthropic messages.
    let r = env
        .anthropic(&key, json!({"model": "claude-haiku-4-5", "max_tokens": 100, "messages": [{"role": "user", "content": "Dag"}]}))
        .await;
    assert_eq!(r.status(), 200);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["content"][0]["text"], "Echo: Dag");
    // Embeddings.
    let r = env
        .http
        .post(env.gw.url("/v1/embeddings"))
        .bearer_auth(&key)
        .json(&json!({"model": "text-embedding-3-small", "input": "brood"}))
        .send()
        .await
        .expect("send");
    assert_eq!(r.status(), 200);
    // Models.
    let r = env
        .http
        .get(env.gw.url("/v1/models"))
        .bearer_auth(&key)
        .send()
        .await
        .expect("send");
    let v: Value = r.json().await.expect("json");
    let ids: Vec<&str> = v["data"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|m| m["id"].as_str())
        .collect();
    assert!(ids.contains(&"gpt-4o-mini") && ids.contains(&"gpt-test"));

    let seen = env.up.seen();
    assert_eq!(seen.len(), 3);
    assert_eq!(seen[0].auth, "Bearer sk-upstream-openai");
    assert_eq!(seen[1].auth, "sk-ant-upstream");
    let usage = env.usage().await;
    assert_eq!(usage.len(), 3);
    for u in &usage {
        assert_eq!(u.status, "ok", "{u:?}");
        assert!(u.cost > 0, "{u:?}");
        assert!(u.reserved > 0, "{u:?}");
    }
    let chat = usage
        .iter()
        .find(|u| u.endpoint == "chat/completions")
        .expect("chat row");
    assert_eq!((chat.input_tokens, chat.output_tokens), (20, 10));
    // gpt-4o-mini: 20 * 0.15 + 10 * 0.60 USD per million at 0.92 = 8.28 micro-euros → 9.
    assert_eq!(chat.cost, 9);
    // Reservations all settled.
    for (b, _, reserved) in env.budget("").await {
        assert_eq!(reserved, 0, "{b}");
    }
    let metrics = env
        .http
        .get(env.gw.url("/metrics"))
        .send()
        .await
        .expect("metrics")
        .text()
        .await
        .expect("text");
    assert!(
        metrics.contains("veilig_gateway_requests_total{api=\"openai\",status=\"200\"} 2"),
        "{metrics}"
    );
    env.gw.stop().await;
}
both!(plain_both_apis);

async fn streaming_both_apis(db: TestDb) {
    let env = env(db).await;
    let key = env.key("stream", roomy()).await;
    let r = env
        .openai(&key, json!({"model": "gpt-test", "stream": true, "max_tokens": 50, "messages": [{"role": "user", "content": "Goedemorgen allemaal"}]}))
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "text/event-stream");
    let (events, raw) = read_sse(r).await;
    assert_eq!(openai_text(&events), "Echo: Goedemorgen allemaal");
    assert!(raw.ends_with("data: [DONE]\n\n"));
    // The gateway asked for usage; the client did not, so the usage chunk is not passed on.
    assert!(!raw.contains("\"usage\""), "{raw}");
    assert_eq!(
        env.up.seen()[0].body["stream_options"]["include_usage"],
        true
    );

    let r = env
        .anthropic(&key, json!({"model": "claude-haiku-4-5", "stream": true, "max_tokens": 50, "messages": [{"role": "user", "content": [{"type": "text", "text": "Goedemiddag"}]}]}))
        .await;
    assert_eq!(r.status(), 200);
    let (events, raw) = read_sse(r).await;
    assert_eq!(anthropic_text(&events), "Echo: Goedemiddag");
    assert!(raw.contains("event: message_stop"));

    let usage = env.usage().await;
    assert_eq!(usage.len(), 2);
    for u in &usage {
        assert_eq!(u.status, "ok", "{u:?}");
        assert!(u.stream);
        assert_eq!((u.input_tokens, u.output_tokens), (20, 10), "{u:?}");
    }
    // gpt-test: 30 tokens at 1,000 micro-euros each.
    let oa = usage.iter().find(|u| u.model == "gpt-test").expect("row");
    assert_eq!(oa.cost, 30_000);
    env.gw.stop().await;
}
both!(streaming_both_apis);

async fn disconnect_mid_stream_records_spend(db: TestDb) {
    let env = env(db).await;
    let key = env.key("disc", roomy()).await;
    let r = env
        .openai(&key, json!({"model": "gpt-test", "stream": true, "max_tokens": 500, "x_mode": "endless", "messages": [{"role": "user", "content": "Vertel"}]}))
        .await;
    assert_eq!(r.status(), 200);
    let mut body = r.bytes_stream();
    let mut got = 0;
    while got < 5 {
        let chunk = body.next().await.expect("chunk").expect("bytes");
        got += chunk.windows(5).filter(|w| w == b"blah ").count();
    }
    drop(body);
    // The settle runs in a spawned task after the disconnect is noticed.
    let mut row = None;
    for _ in 0..100 {
        let u = env.usage().await;
        if u.first().map(|u| u.status != "pending").unwrap_or(false) {
            row = u.into_iter().next();
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let row = row.expect("usage row settled");
    env.usage().await; // the settle task finishes its bucket updates
    assert_eq!(row.status, "client_closed", "{row:?}");
    assert!(row.output_tokens >= 5, "{row:?}");
    assert!(row.cost > 0);
    for (b, spent, reserved) in env.budget("key:").await {
        assert_eq!(reserved, 0, "{b}");
        assert_eq!(spent, row.cost, "{b}");
    }
    env.gw.stop().await;
}
both!(disconnect_mid_stream_records_spend);

async fn upstream_failures(db: TestDb) {
    let env = env(db).await;
    let key = env.key("fail", roomy()).await;
    let msg = |mode: &str| json!({"model": "gpt-test", "max_tokens": 10, "x_mode": mode, "messages": [{"role": "user", "content": "x"}]});
    let r = env.openai(&key, msg("500")).await;
    assert_eq!(r.status(), 502);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["code"], "upstream_error");
    assert!(v["error"]["message"]
        .as_str()
        .expect("msg")
        .contains("HTTP 500"));

    let r = env.openai(&key, msg("slow")).await;
    assert_eq!(r.status(), 504);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["code"], "upstream_timeout");

    let r = env.openai(&key, msg("garbage")).await;
    assert_eq!(r.status(), 502);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["code"], "upstream_malformed");

    let r = env
        .anthropic(&key, json!({"model": "claude-haiku-4-5", "max_tokens": 10, "x_mode": "500", "messages": [{"role": "user", "content": "x"}]}))
        .await;
    assert_eq!(r.status(), 502);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["type"], "error");
    assert_eq!(v["error"]["type"], "api_error");

    // A stream cut off before its end: the client gets an error event, spend is recorded.
    let r = env
        .openai(&key, json!({"model": "gpt-test", "stream": true, "max_tokens": 10, "x_mode": "cut", "messages": [{"role": "user", "content": "x"}]}))
        .await;
    let (_, raw) = read_sse(r).await;
    assert!(raw.contains("ended the stream early"), "{raw}");

    let usage = env.usage().await;
    assert_eq!(usage.len(), 5);
    let statuses: Vec<&str> = usage.iter().map(|u| u.status.as_str()).collect();
    assert_eq!(
        statuses.iter().filter(|s| **s == "upstream_error").count(),
        4,
        "{statuses:?}"
    );
    assert!(statuses.contains(&"upstream_timeout"));
    for (b, _, reserved) in env.budget("").await {
        assert_eq!(reserved, 0, "{b}");
    }
    env.gw.stop().await;

    // Unreachable upstream.
    let env2 = env_with(sqlite().await, |c| {
        c.openai_base_url = format!(
            "http://127.0.0.1:{}/v1",
            veilig_testkit::free_port().expect("port")
        )
    })
    .await;
    let key = env2.key("down", roomy()).await;
    let r = env2.openai(&key, msg("")).await;
    assert_eq!(r.status(), 502);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["code"], "upstream_unreachable");
    let usage = env2.usage().await;
    assert_eq!(usage[0].cost, 0);
    env2.gw.stop().await;
}
both!(upstream_failures);

/// Spend records are kept: nothing stays reserved, and each budget row of the key holds exactly
/// what the usage log says was spent.
async fn spend_matches_usage(env: &Env, usage: &[veilig_gateway::UsageEntry]) {
    let total: i64 = usage.iter().map(|u| u.cost).sum();
    let rows = env.budget("key:").await;
    assert!(!rows.is_empty());
    for (b, spent, reserved) in rows {
        assert_eq!((spent, reserved), (total, 0), "{b}");
    }
}

async fn upstream_failures_in_streams(db: TestDb) {
    let env = env_with(db, |c| c.stream_idle_timeout = Duration::from_millis(500)).await;
    let key = env.key("fail", roomy()).await;
    let oa = |mode: &str| json!({"model": "gpt-test", "stream": true, "max_tokens": 10, "x_mode": mode, "messages": [{"role": "user", "content": "Goedemorgen"}]});
    let an = |mode: &str| json!({"model": "claude-haiku-4-5", "stream": true, "max_tokens": 10, "x_mode": mode, "messages": [{"role": "user", "content": "Goedemorgen"}]});

    // 5xx before the stream starts: a JSON error in the caller's format.
    let r = env.openai(&key, oa("500")).await;
    assert_eq!(r.status(), 502);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["code"], "upstream_error");
    let r = env.anthropic(&key, an("500")).await;
    assert_eq!(r.status(), 502);
    let v: Value = r.json().await.expect("json");
    assert_eq!(
        (v["type"].as_str(), v["error"]["type"].as_str()),
        (Some("error"), Some("api_error"))
    );

    // No response headers within the request timeout.
    let r = env.openai(&key, oa("slow")).await;
    assert_eq!(r.status(), 504);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["code"], "upstream_timeout");

    // A 200 that is not an event stream.
    let r = env.openai(&key, oa("garbage")).await;
    assert_eq!(r.status(), 502);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["code"], "upstream_malformed");

    // Broken off, gone silent, ended early: what came through arrives, then an error event.
    for (body, want) in [
        (oa("reset"), "broke off the stream"),
        (an("reset"), "broke off the stream"),
        (oa("stall"), "stopped sending (idle timeout)"),
        (an("stall"), "stopped sending (idle timeout)"),
        (an("cut"), "ended the stream early"),
    ] {
        let anthropic = body["model"] == "claude-haiku-4-5";
        let r = if anthropic {
            env.anthropic(&key, body).await
        } else {
            env.openai(&key, body).await
        };
        assert_eq!(r.status(), 200);
        let (events, raw) = read_sse(r).await;
        let last = events.last().expect("events");
        assert!(last.contains(want), "{raw}");
        if anthropic {
            assert!(last.starts_with("event: error\n"), "{raw}");
        } else {
            let text = openai_text(&events);
            assert!(
                text.starts_with("Ec"),
                "the first pieces came through: {raw}"
            );
        }
    }

    let usage = env.usage().await;
    let statuses: Vec<(&str, &str, i64)> = usage
        .iter()
        .rev()
        .map(|u| (u.provider.as_str(), u.status.as_str(), u.http_status))
        .collect();
    assert_eq!(
        statuses,
        vec![
            ("openai", "upstream_error", 500),
            ("anthropic", "upstream_error", 500),
            ("openai", "upstream_timeout", 504),
            ("openai", "upstream_error", 502),
            ("openai", "upstream_error", 200),
            ("anthropic", "upstream_error", 200),
            ("openai", "upstream_timeout", 200),
            ("anthropic", "upstream_timeout", 200),
            ("anthropic", "upstream_error", 200),
        ]
    );
    // Providers do not bill a 5xx; a request they worked on may have been billed.
    for u in &usage {
        if u.http_status == 500 {
            assert_eq!(u.cost, 0, "{u:?}");
        } else {
            assert!(u.cost > 0, "{u:?}");
            assert!(!u.error.is_empty(), "{u:?}");
        }
    }
    spend_matches_usage(&env, &usage).await;
    env.gw.stop().await;
}
both!(upstream_failures_in_streams);

async fn upstream_connection_resets(db: TestDb) {
    let env = env(db).await;
    let key = env.key("reset", roomy()).await;
    // The answer breaks off after its first bytes.
    let r = env
        .openai(&key, json!({"model": "gpt-test", "max_tokens": 10, "x_mode": "reset", "messages": [{"role": "user", "content": "x"}]}))
        .await;
    assert_eq!(r.status(), 502);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["code"], "upstream_unreachable");
    assert!(
        v["error"]["message"]
            .as_str()
            .expect("message")
            .contains("broke off"),
        "{v}"
    );
    let r = env
        .anthropic(&key, json!({"model": "claude-haiku-4-5", "max_tokens": 10, "x_mode": "reset", "messages": [{"role": "user", "content": "x"}]}))
        .await;
    assert_eq!(r.status(), 502);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["type"], "error");
    let usage = env.usage().await;
    assert_eq!(usage.len(), 2);
    assert!(
        usage
            .iter()
            .all(|u| u.status == "upstream_error" && u.http_status == 502 && u.cost > 0),
        "{usage:?}"
    );
    spend_matches_usage(&env, &usage).await;
    env.gw.stop().await;

    // An upstream that reads the request and closes the connection without answering.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let addr = listener.local_addr().expect("addr");
    let closer = tokio::spawn(async move {
        use tokio::io::AsyncReadExt;
        while let Ok((mut sock, _)) = listener.accept().await {
            let mut buf = [0u8; 4096];
            let _ = sock.read(&mut buf).await;
            drop(sock);
        }
    });
    let env2 = env_with(sqlite().await, |c| {
        c.openai_base_url = format!("http://{addr}/v1");
    })
    .await;
    let key = env2.key("closed", roomy()).await;
    for stream in [false, true] {
        let r = env2
            .openai(&key, json!({"model": "gpt-test", "stream": stream, "max_tokens": 10, "messages": [{"role": "user", "content": "x"}]}))
            .await;
        assert_eq!(r.status(), 502);
        let v: Value = r.json().await.expect("json");
        assert_eq!(v["error"]["code"], "upstream_unreachable", "{v}");
    }
    let usage = env2.usage().await;
    assert_eq!(usage.len(), 2);
    assert!(
        usage
            .iter()
            .all(|u| u.status == "upstream_error" && u.cost > 0),
        "{usage:?}"
    );
    spend_matches_usage(&env2, &usage).await;
    env2.gw.stop().await;
    closer.abort();
}
both!(upstream_connection_resets);

/// With the key cache on (no database read per request), a revoked key and a lowered limit
/// still take effect within the cache's TTL.
async fn key_cache_bounds_revocation(db: TestDb) {
    let env = env_with(db, |c| c.key_cache_ttl = Duration::from_millis(300)).await;
    let (info, key) =
        veilig_gateway::create_key(&env.store, &env.org_id, "cached", None, roomy(), &ACTOR)
            .await
            .expect("key");
    let body = json!({"model": "gpt-test", "max_tokens": 10, "messages": [{"role": "user", "content": "x"}]});
    assert_eq!(env.openai(&key, body.clone()).await.status(), 200);
    veilig_gateway::set_key_limits(&env.store, &env.org_id, &info.id, Limits::hard(1, 1))
        .await
        .expect("limits");
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(env.openai(&key, body.clone()).await.status(), 429);
    veilig_gateway::revoke_key(&env.store, &env.org_id, &info.id, &ACTOR)
        .await
        .expect("revoke");
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(env.openai(&key, body).await.status(), 401);
    env.gw.stop().await;
}
both!(key_cache_bounds_revocation);

async fn blocked_prompt_is_refused(db: TestDb) {
    let env = env(db).await;
    let key = env.key("blocked", roomy()).await;
    let secret = "sk-proj-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdEFGH";
    let r = env
        .openai(&key, json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": format!("Mijn key is {secret}")}]}))
        .await;
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["code"], "content_blocked");
    assert!(
        v["error"]["message"]
            .as_str()
            .expect("m")
            .contains("API_KEY"),
        "{v}"
    );
    let r = env
        .anthropic(&key, json!({"model": "claude-haiku-4-5", "max_tokens": 10, "messages": [{"role": "user", "content": format!("key {secret}")}]}))
        .await;
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["type"], "invalid_request_error");
    assert!(env.up.seen().is_empty(), "nothing reached the provider");
    let usage = env.usage().await;
    assert!(usage
        .iter()
        .all(|u| u.status == "blocked" && u.block_reasons.contains("API_KEY")));
    // With the policy off the text passes unchanged.
    let mut p = veilig_gateway::policy(&env.store, &env.org_id)
        .await
        .expect("policy");
    p.anonymize = false;
    veilig_gateway::set_policy(&env.store, &env.org_id, &p, &ACTOR)
        .await
        .expect("set");
    let r = env
        .openai(&key, json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "Jansen Bakkerij"}]}))
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(
        env.up.seen()[0].body["messages"][0]["content"],
        "Jansen Bakkerij"
    );
    env.gw.stop().await;
}
both!(blocked_prompt_is_refused);

async fn answers_are_restored(db: TestDb) {
    let env = env(db).await;
    let key = env.key("anon", roomy()).await;
    let prompt = "Schrijf een offerte voor Jansen Bakkerij";
    let r = env
        .openai(
            &key,
            json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": prompt}]}),
        )
        .await;
    let v: Value = r.json().await.expect("json");
    assert_eq!(
        v["choices"][0]["message"]["content"],
        format!("Echo: {prompt}")
    );
    // Streams: the upstream echoes the placeholder in 3-character pieces.
    let r = env
        .openai(&key, json!({"model": "gpt-4o-mini", "stream": true, "messages": [{"role": "user", "content": prompt}]}))
        .await;
    let (events, _) = read_sse(r).await;
    assert_eq!(openai_text(&events), format!("Echo: {prompt}"));
    let r = env
        .anthropic(&key, json!({"model": "claude-haiku-4-5", "stream": true, "max_tokens": 100, "system": "Je helpt Jansen Bakkerij", "messages": [{"role": "user", "content": prompt}]}))
        .await;
    let (events, _) = read_sse(r).await;
    assert_eq!(anthropic_text(&events), format!("Echo: {prompt}"));
    for s in env.up.seen() {
        let sent = s.body.to_string();
        assert!(
            !sent.contains("Jansen Bakkerij"),
            "upstream saw the name: {sent}"
        );
    }
    let usage = env.usage().await;
    assert!(usage.iter().all(|u| u.replacements >= 1), "{usage:?}");
    env.gw.stop().await;
}
both!(answers_are_restored);

/// Concatenated `arguments` of tool call 0 (OpenAI) or `partial_json` (Anthropic) of a stream.
fn streamed_tool_input(events: &[String]) -> Value {
    let mut s = String::new();
    for e in events {
        let Some(d) = e.lines().find_map(|l| l.strip_prefix("data: ")) else {
            continue;
        };
        if d == "[DONE]" {
            continue;
        }
        let v: Value = serde_json::from_str(d).expect("event json");
        let piece = v
            .pointer("/choices/0/delta/tool_calls/0/function/arguments")
            .or_else(|| v.pointer("/delta/partial_json"));
        s.push_str(piece.and_then(Value::as_str).unwrap_or(""));
    }
    serde_json::from_str(&s).unwrap_or_else(|e| panic!("tool input is not JSON ({e}): {s}"))
}

async fn tool_calls_are_restored(db: TestDb) {
    let env = env(db).await;
    let key = env.key("tools", roomy()).await;
    let prompt = r#"Stuur de offerte naar Jansen Bakkerij en naar Bakkerij "De Zon""#;
    let want = json!({ "recipient": prompt });
    let oa = |stream: bool| json!({"model": "gpt-test", "stream": stream, "max_tokens": 50, "x_mode": "tool", "tools": [{"type": "function", "function": {"name": "send_offer", "parameters": {"type": "object"}}}], "messages": [{"role": "user", "content": prompt}]});
    let an = |stream: bool| json!({"model": "claude-haiku-4-5", "stream": stream, "max_tokens": 50, "x_mode": "tool", "tools": [{"name": "send_offer", "input_schema": {"type": "object"}}], "messages": [{"role": "user", "content": prompt}]});

    // Not streamed: OpenAI arguments (JSON text) and Anthropic input (an object).
    let v: Value = env
        .openai(&key, oa(false))
        .await
        .json()
        .await
        .expect("json");
    let args = v
        .pointer("/choices/0/message/tool_calls/0/function/arguments")
        .and_then(Value::as_str)
        .expect("arguments");
    assert_eq!(
        serde_json::from_str::<Value>(args).expect("arguments are JSON"),
        want
    );
    let v: Value = env
        .anthropic(&key, an(false))
        .await
        .json()
        .await
        .expect("json");
    assert_eq!(v["content"][1]["input"], want);

    // Streamed in 3-character pieces: placeholders are split over chunks.
    let r = env.openai(&key, oa(true)).await;
    assert_eq!(r.status(), 200);
    let (events, raw) = read_sse(r).await;
    assert_eq!(streamed_tool_input(&events), want, "{raw}");
    assert!(raw.ends_with("data: [DONE]\n\n"));
    let r = env.anthropic(&key, an(true)).await;
    assert_eq!(r.status(), 200);
    let (events, raw) = read_sse(r).await;
    assert_eq!(streamed_tool_input(&events), want, "{raw}");
    assert!(raw.contains("event: message_stop"));

    // The client sends the restored calls back with the tool results: anonymized again.
    let r = env
        .openai(&key, json!({"model": "gpt-test", "max_tokens": 50, "messages": [
            {"role": "user", "content": prompt},
            {"role": "assistant", "content": null, "tool_calls": [{"id": "call_1", "type": "function", "function": {"name": "send_offer", "arguments": want.to_string()}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": "Verstuurd naar Jansen Bakkerij"},
            {"role": "user", "content": "Dank je"}
        ]}))
        .await;
    assert_eq!(r.status(), 200);
    let r = env
        .anthropic(&key, json!({"model": "claude-haiku-4-5", "max_tokens": 50, "messages": [
            {"role": "user", "content": prompt},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "send_offer", "input": want}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "Verstuurd naar Jansen Bakkerij"}]}
        ]}))
        .await;
    assert_eq!(r.status(), 200);
    let seen = env.up.seen();
    assert_eq!(seen.len(), 6);
    for s in &seen {
        let sent = s.body.to_string();
        assert!(
            !sent.contains("Jansen Bakkerij") && !sent.contains("De Zon"),
            "upstream saw a name: {sent}"
        );
    }
    // The arguments sent back are still JSON, with placeholders.
    let args = seen[4]
        .body
        .pointer("/messages/1/tool_calls/0/function/arguments")
        .and_then(Value::as_str)
        .expect("arguments");
    let args: Value = serde_json::from_str(args).expect("JSON");
    assert!(
        args["recipient"].as_str().expect("s").contains("[KLANT_"),
        "{args}"
    );

    assert_all_anonymized(&env, 6).await;
    env.gw.stop().await;
}
both!(tool_calls_are_restored);

/// The usage log holds `n` requests, each passed with at least one replacement.
async fn assert_all_anonymized(env: &Env, n: usize) {
    let usage = env.usage().await;
    assert_eq!(usage.len(), n);
    assert!(
        usage
            .iter()
            .all(|u| u.status == "ok" && u.replacements >= 1),
        "{usage:?}"
    );
}

/// The data of each event of a stream, as JSON.
fn event_data(events: &[String]) -> Vec<Value> {
    events
        .iter()
        .filter_map(|e| e.lines().find_map(|l| l.strip_prefix("data: ")))
        .map(|d| serde_json::from_str(d).expect("event json"))
        .collect()
}

async fn thinking_is_restored(db: TestDb) {
    let env = env(db).await;
    let key = env.key("thinking", roomy()).await;
    let prompt = "Schrijf een offerte voor Jansen Bakkerij";
    let body = |stream: bool| json!({"model": "claude-haiku-4-5", "stream": stream, "max_tokens": 2048, "thinking": {"type": "enabled", "budget_tokens": 1024}, "x_mode": "thinking", "messages": [{"role": "user", "content": prompt}]});

    // Not streamed: the thinking text is restored, its signature and the redacted block are
    // what the upstream sent (the upstream puts the anonymized prompt in both).
    let v: Value = env
        .anthropic(&key, body(false))
        .await
        .json()
        .await
        .expect("json");
    let sent = env.up.seen()[0].body["messages"][0]["content"]
        .as_str()
        .expect("prompt sent")
        .to_string();
    assert!(sent.contains("[KLANT_"), "{sent}");
    assert_eq!(v["content"][0]["type"], "thinking");
    assert_eq!(
        v["content"][0]["thinking"],
        format!("Ik denk na over {prompt}")
    );
    assert_eq!(v["content"][0]["signature"], format!("sig:{sent}"));
    assert_eq!(
        v["content"][1],
        json!({"type": "redacted_thinking", "data": format!("enc:{sent}")})
    );
    assert_eq!(v["content"][2]["text"], format!("Echo: {prompt}"));

    // Streamed: the upstream splits the thinking in two deltas inside the placeholder.
    let r = env.anthropic(&key, body(true)).await;
    assert_eq!(r.status(), 200);
    let (events, raw) = read_sse(r).await;
    let mut thinking = String::new();
    let mut signatures = Vec::new();
    let mut redacted = Vec::new();
    for v in event_data(&events) {
        match v.pointer("/delta/type").and_then(Value::as_str) {
            Some("thinking_delta") => {
                assert_eq!(v["index"], 0);
                assert!(signatures.is_empty(), "thinking after the signature: {raw}");
                thinking.push_str(v["delta"]["thinking"].as_str().expect("thinking"));
            }
            Some("signature_delta") => signatures.push(v["delta"]["signature"].clone()),
            _ => {}
        }
        if v.pointer("/content_block/type") == Some(&json!("redacted_thinking")) {
            redacted.push(v["content_block"]["data"].clone());
        }
    }
    assert_eq!(thinking, format!("Ik denk na over {prompt}"), "{raw}");
    assert_eq!(signatures, vec![json!(format!("sig:{sent}"))], "{raw}");
    assert_eq!(redacted, vec![json!(format!("enc:{sent}"))], "{raw}");
    assert_eq!(anthropic_text(&events), format!("Echo: {prompt}"));
    assert!(raw.contains("event: message_stop"));

    // The client sends the restored thinking back (as tool loops must): the upstream gets back
    // exactly the text it wrote, so its signature still holds; the signature and the redacted
    // block pass unchanged.
    let r = env
        .anthropic(&key, json!({"model": "claude-haiku-4-5", "max_tokens": 2048, "messages": [
            {"role": "user", "content": prompt},
            {"role": "assistant", "content": [v["content"][0].clone(), v["content"][1].clone(), v["content"][2].clone()]},
            {"role": "user", "content": "Dank je"}
        ]}))
        .await;
    assert_eq!(r.status(), 200);
    let seen = env.up.seen();
    assert_eq!(seen.len(), 3);
    let back = &seen[2].body["messages"][1]["content"];
    let again = back[0]["thinking"].as_str().expect("thinking sent back");
    assert_eq!(again, format!("Ik denk na over {sent}"));
    assert_eq!(back[0]["signature"], format!("sig:{sent}"));
    assert_eq!(back[1]["data"], format!("enc:{sent}"));
    for s in &seen {
        let sent = s.body.to_string();
        assert!(
            !sent.contains("Jansen Bakkerij"),
            "upstream saw the name: {sent}"
        );
    }
    assert_all_anonymized(&env, 3).await;
    env.gw.stop().await;
}
both!(thinking_is_restored);

async fn hard_limit_refuses_in_both_formats(db: TestDb) {
    let env = env(db).await;
    // €0.05 a day; one gpt-test request with max_tokens 40 reserves more than that.
    let key = env.key("marketing", Limits::hard(50_000, 1_000_000)).await;
    let r = env
        .openai(&key, json!({"model": "gpt-test", "max_tokens": 40, "messages": [{"role": "user", "content": "x"}]}))
        .await;
    assert_eq!(r.status(), 429);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["type"], "insufficient_quota");
    let m = v["error"]["message"].as_str().expect("message");
    assert!(
        m.starts_with("Daily limit of €0.05 for key 'marketing' reached"),
        "{m}"
    );
    let r = env
        .anthropic(&key, json!({"model": "gpt-test", "max_tokens": 40, "messages": [{"role": "user", "content": "x"}]}))
        .await;
    assert_eq!(r.status(), 429);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["type"], "error");
    assert_eq!(v["error"]["type"], "rate_limit_error");
    assert!(v["error"]["message"]
        .as_str()
        .expect("m")
        .contains("Daily limit of €0.05"));
    assert!(env.up.seen().is_empty());
    // An organisation limit counts too.
    let key2 = env.key("sales", roomy()).await;
    veilig_gateway::set_limits(
        &env.store,
        &env.org_id,
        LimitScope::Org,
        Limits {
            monthly_hard: Some(10_000),
            ..Limits::default()
        },
    )
    .await
    .expect("org limit");
    let r = env
        .openai(&key2, json!({"model": "gpt-test", "max_tokens": 40, "messages": [{"role": "user", "content": "x"}]}))
        .await;
    assert_eq!(r.status(), 429);
    let v: Value = r.json().await.expect("json");
    assert!(
        v["error"]["message"]
            .as_str()
            .expect("m")
            .contains("Monthly limit of €0.01 for the organisation"),
        "{v}"
    );
    let usage = env.usage().await;
    assert!(usage.iter().all(|u| u.status == "refused" && u.cost == 0));
    for (b, spent, reserved) in env.budget("").await {
        assert_eq!((spent, reserved), (0, 0), "{b}");
    }
    env.gw.stop().await;
}
both!(hard_limit_refuses_in_both_formats);

async fn auth_errors(db: TestDb) {
    let env = env(db).await;
    let r = env
        .openai("", json!({"model": "gpt-4o-mini", "messages": []}))
        .await;
    assert_eq!(r.status(), 401);
    let r = env
        .openai("vk-nope", json!({"model": "gpt-4o-mini", "messages": []}))
        .await;
    assert_eq!(r.status(), 401);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["code"], "invalid_api_key");
    let r = env
        .anthropic(
            "vk-nope",
            json!({"model": "claude-haiku-4-5", "messages": []}),
        )
        .await;
    assert_eq!(r.status(), 401);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["type"], "authentication_error");
    let (info, key) = veilig_gateway::create_key(
        &env.store,
        &env.org_id,
        "tmp",
        Some("EVA@bakkerij.nl"),
        roomy(),
        &ACTOR,
    )
    .await
    .expect("key");
    assert_eq!(info.person_email.as_deref(), Some("eva@bakkerij.nl"));
    assert!(key.starts_with("vk-") && key.len() == 51);
    let r = env
        .openai(
            &key,
            json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "x"}]}),
        )
        .await;
    assert_eq!(r.status(), 200);
    veilig_gateway::revoke_key(&env.store, &env.org_id, &info.id, &ACTOR)
        .await
        .expect("revoke");
    // The audit log names whoever the caller says made the change.
    let log = env.store.audit_log(&env.org_id, 100).await.expect("log");
    for action in ["gateway.key.create", "gateway.key.revoke"] {
        assert!(
            log.iter()
                .any(|e| e.action == action && e.actor == ACTOR.label),
            "{action} by {}: {log:?}",
            ACTOR.label
        );
    }
    let r = env
        .openai(
            &key,
            json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "x"}]}),
        )
        .await;
    assert_eq!(r.status(), 401);
    // Unknown model: refused unless the organisation priced it.
    let key = env.key("m", roomy()).await;
    let r = env
        .openai(
            &key,
            json!({"model": "mystery-1", "messages": [{"role": "user", "content": "x"}]}),
        )
        .await;
    assert_eq!(r.status(), 400);
    let v: Value = r.json().await.expect("json");
    assert_eq!(v["error"]["code"], "model_not_priced");
    // Rule 08: no key without daily and monthly limits; no person from another organisation.
    assert!(veilig_gateway::create_key(
        &env.store,
        &env.org_id,
        "x",
        None,
        Limits::default(),
        &ACTOR
    )
    .await
    .is_err());
    assert!(veilig_gateway::create_key(
        &env.store,
        &env.org_id,
        "x",
        Some("nobody@x.nl"),
        roomy(),
        &ACTOR
    )
    .await
    .is_err());
    let keys = veilig_gateway::list_keys(&env.store, &env.org_id)
        .await
        .expect("list");
    assert_eq!(keys.len(), 2);
    assert!(keys
        .iter()
        .all(|k| !k.prefix.is_empty() && k.prefix.len() < 20));
    env.gw.stop().await;
}
both!(auth_errors);

async fn soft_limit_mail_once(db: TestDb) {
    let smtp = veilig_testkit::SmtpServer::start().await;
    let mut env = env(db).await;
    let mailer = veilig_mail::Mailer::new(veilig_mail::MailConfig {
        host: "127.0.0.1".into(),
        port: smtp.port(),
        from: "veilig@example.nl".into(),
        username: None,
        password: None,
        starttls: false,
    })
    .expect("mailer");
    // A fresh gateway with a mailer, on the same store.
    let old = std::mem::replace(
        &mut env.gw,
        Gateway::start(
            veilig_gateway::GatewayState::new(
                env.store.clone(),
                config(&env.up),
                std::sync::Arc::new(veilig_gateway::StaticEngine(engine())),
            )
            .expect("state")
            .with_mailer(mailer),
        )
        .await,
    );
    old.stop().await;
    // Soft €0.05 a day; each request costs €0.03 (30 tokens × 1,000 micro-euros).
    let key = env
        .key(
            "marketing",
            Limits {
                daily_soft: Some(50_000),
                ..Limits::hard(10_000_000, 20_000_000)
            },
        )
        .await;
    for _ in 0..5 {
        let r = env
            .openai(&key, json!({"model": "gpt-test", "max_tokens": 10, "messages": [{"role": "user", "content": "x"}]}))
            .await;
        assert_eq!(r.status(), 200);
        env.usage().await;
    }
    let msgs = smtp
        .wait_for_messages(1, Duration::from_secs(10))
        .await
        .expect("mail");
    tokio::time::sleep(Duration::from_millis(500)).await;
    let all = smtp.messages();
    assert_eq!(all.len(), 1, "one alert per period");
    assert_eq!(msgs[0].to, vec!["eva@bakkerij.nl".to_string()]);
    let subject = msgs[0].subject().expect("subject");
    assert!(
        subject.contains("daily soft limit of €0.05") && subject.contains("marketing"),
        "{subject}"
    );
    env.gw.stop().await;
}
both!(soft_limit_mail_once);

/// 200 parallel requests against a small hard limit overshoot it by at most one reservation.
async fn concurrency_on(dbs: Vec<TestDb>, instances: usize) {
    let db = dbs.into_iter().next().expect("db");
    let env = env(db).await;
    env.up.set_delay_ms(5);
    let hard = 1_000_000; // €1.00
    let key = env.key("tight", Limits::hard(hard, 10_000_000)).await;
    let mut gws = vec![env.gw.base.clone()];
    let mut extra = Vec::new();
    for _ in 1..instances {
        // Another instance: its own store (pool) on the same database, its own router and port.
        let store = veilig_store::Store::connect(&env.db.url)
            .await
            .expect("store");
        let st = veilig_gateway::GatewayState::new(
            store,
            config(&env.up),
            std::sync::Arc::new(veilig_gateway::StaticEngine(engine())),
        )
        .expect("state");
        let g = Gateway::start(st).await;
        gws.push(g.base.clone());
        extra.push(g);
    }
    let body = json!({"model": "gpt-test", "max_tokens": 30, "messages": [{"role": "user", "content": "Hoeveel broden?"}]});
    let body_len = serde_json::to_vec(&body).expect("json").len() as i64;
    let reservation = (body_len / 4 + 30) * 1_000;
    let mut tasks = Vec::new();
    for i in 0..200 {
        let url = format!("{}/v1/chat/completions", gws[i % gws.len()]);
        let http = env.http.clone();
        let key = key.clone();
        let body = body.clone();
        tasks.push(tokio::spawn(async move {
            http.post(url)
                .bearer_auth(key)
                .json(&body)
                .send()
                .await
                .expect("send")
                .status()
                .as_u16()
        }));
    }
    let mut ok = 0;
    let mut refused = 0;
    for t in tasks {
        match t.await.expect("task") {
            200 => ok += 1,
            429 => refused += 1,
            s => panic!("unexpected status {s}"),
        }
    }
    for g in extra {
        g.stop().await;
    }
    let usage = env.usage().await;
    let spent: i64 = usage.iter().map(|u| u.cost).sum();
    eprintln!(
        "concurrency ({instances} instance(s)): {ok} ok, {refused} refused, spent {spent} of hard {hard} (one reservation {reservation})"
    );
    assert!(ok > 0 && refused > 0, "ok {ok} refused {refused}");
    assert_eq!(usage.len(), 200);
    assert!(
        spent <= hard + reservation,
        "spent {spent} > hard {hard} + one reservation {reservation}"
    );
    let rows = env.budget("key:").await;
    for (b, s, reserved) in &rows {
        assert_eq!(*reserved, 0, "{b}");
        assert_eq!(*s, spent, "{b}");
    }
    // Each request cost 30 tokens = €0.03 at most; the limit lets through roughly 1/0.03 minus
    // what concurrent reservations held back.
    assert!(ok as i64 * 30_000 <= hard + reservation);
    env.gw.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrency_sqlite() {
    concurrency_on(vec![sqlite().await], 1).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrency_postgres_two_instances() {
    concurrency_on(vec![postgres().await], 2).await;
}

async fn sweep_and_summary(db: TestDb) {
    let env = env_with(db, |c| c.stale_reservation_after = Duration::ZERO).await;
    let key = env
        .key(
            "k",
            Limits {
                daily_soft: Some(1),
                ..roomy()
            },
        )
        .await;
    let r = env.openai(&key, json!({"model": "gpt-test", "max_tokens": 10, "messages": [{"role": "user", "content": "x"}]})).await;
    assert_eq!(r.status(), 200);
    env.usage().await;
    let rows = env.budget("key:").await;
    assert_eq!(rows.len(), 2);
    let spent_before = rows[0].1;
    // A crashed instance's leases on both rows of the key, last refreshed long ago.
    for (bucket, _, _) in &rows {
        sqlx::query("INSERT INTO gateway_leases (instance_id, org_id, bucket, amount, updated_at) VALUES ('crashed', $1, $2, 777, $3)")
            .bind(&env.org_id)
            .bind(bucket)
            .bind(veilig_store::now() - 5)
            .execute(env.store.pool())
            .await
            .expect("insert");
    }
    sqlx::query("UPDATE gateway_budgets SET reserved = reserved + 777 WHERE org_id = $1")
        .bind(&env.org_id)
        .execute(env.store.pool())
        .await
        .expect("update");
    assert_eq!(
        env.gw
            .state
            .sweep_stale_reservations()
            .await
            .expect("sweep"),
        2
    );
    assert_eq!(
        env.gw
            .state
            .sweep_stale_reservations()
            .await
            .expect("sweep"),
        0
    );
    for (b, spent, reserved) in env.budget("key:").await {
        assert_eq!((spent, reserved), (spent_before + 777, 0), "{b}");
    }
    let s = veilig_gateway::spend_summary(&env.store, &env.org_id, 7)
        .await
        .expect("summary");
    assert_eq!(s.days.len(), 7);
    assert_eq!(s.keys.len(), 1);
    assert_eq!(s.keys[0].spend.today, 30_000);
    assert_eq!(
        s.keys[0].spend.limits,
        Limits {
            daily_soft: Some(1),
            ..roomy()
        }
    );
    // The summary reads the usage log: a crashed instance's swept lease is in the budget rows only.
    assert_eq!(s.org.month, 30_000);
    assert_eq!(s.days.last().expect("today").cost, 30_000);
    env.gw.stop().await;
}
both!(sweep_and_summary);

async fn stored_provider_key_is_encrypted(db: TestDb) {
    let dir = tempfile::tempdir().expect("dir");
    let master = veilig_gateway::load_or_create_master_key(dir.path()).expect("master");
    let mut env = env(db).await;
    veilig_gateway::set_provider_key(
        &env.store,
        &master,
        None,
        veilig_gateway::Provider::OpenAi,
        "sk-stored-instance",
    )
    .await
    .expect("set");
    let mut cfg = config(&env.up);
    cfg.openai_api_key = None;
    let st = veilig_gateway::GatewayState::new(
        env.store.clone(),
        cfg,
        std::sync::Arc::new(veilig_gateway::StaticEngine(engine())),
    )
    .expect("state")
    .with_master_key(master);
    let old = std::mem::replace(&mut env.gw, Gateway::start(st).await);
    old.stop().await;
    let raw: String = sqlx::query_scalar("SELECT ciphertext FROM gateway_provider_keys")
        .fetch_one(env.store.pool())
        .await
        .expect("row");
    assert!(!raw.contains("sk-stored"));
    let key = env.key("k", roomy()).await;
    let r = env
        .openai(
            &key,
            json!({"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "x"}]}),
        )
        .await;
    assert_eq!(r.status(), 200);
    assert_eq!(env.up.seen()[0].auth, "Bearer sk-stored-instance");
    env.gw.stop().await;
}
both!(stored_provider_key_is_encrypted);
