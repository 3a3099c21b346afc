//! Load benchmark of the gateway, driven by `scripts/gateway-bench`. Subcommands:
//!
//! * `upstream` — a minimal OpenAI-style upstream on 127.0.0.1 (plain JSON and SSE answers);
//!   prints `PORT=<port>`.
//! * `gateway <upstream-base> <on|off> <dir>` — veilig's gateway on SQLite in `<dir>` with one
//!   organisation and one key (daily/monthly hard limits, so every request reserves and
//!   settles); prints `PORT=<port> KEY=<key>`.
//! * `load <url> <key> <conns> <requests> <plain|stream> <seconds>` — sends `<requests>` chat
//!   requests over `<conns>` keep-alive connections (bounded by `<seconds>`), prints
//!   `n=… rps=… p50_us=… p99_us=…` (time to first body byte for streams).
//!
//! Everything stays on loopback; every run is bounded in count and time.

use axum::body::{Body, Bytes};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use std::sync::Arc;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let r = match args.get(1).map(String::as_str) {
        Some("upstream") => rt.block_on(upstream()),
        Some("gateway") if args.len() == 5 => rt.block_on(gateway(&args[2], &args[3] == "on", &args[4])),
        Some("load") if args.len() == 8 => rt.block_on(load(&args[2..])),
        _ => Err("usage: gateway-bench upstream | gateway BASE on|off DIR | load URL KEY CONNS N plain|stream SECS".into()),
    };
    if let Err(e) = r {
        eprintln!("gateway-bench: {e}");
        std::process::exit(1);
    }
}

type R = Result<(), Box<dyn std::error::Error>>;

const ANSWER: &str = r#"{"id":"chatcmpl-1","object":"chat.completion","model":"gpt-4o-mini","choices":[{"index":0,"message":{"role":"assistant","content":"Goedemorgen! Hoe kan ik helpen?"},"finish_reason":"stop"}],"usage":{"prompt_tokens":20,"completion_tokens":10,"total_tokens":30}}"#;

async fn upstream() -> R {
    let app = axum::Router::new().route(
        "/v1/chat/completions",
        post(|body: Bytes| async move {
            if body.windows(13).any(|w| w == b"\"stream\":true") {
                let mut s = String::new();
                for p in ["Goede", "morgen", "! Hoe", " kan ik", " helpen?"] {
                    s.push_str(&format!(
                        "data: {{\"object\":\"chat.completion.chunk\",\"choices\":[{{\"index\":0,\"delta\":{{\"content\":\"{p}\"}},\"finish_reason\":null}}]}}\n\n"
                    ));
                }
                s.push_str("data: {\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
                s.push_str("data: {\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":10}}\n\n");
                s.push_str("data: [DONE]\n\n");
                Response::builder()
                    .header("content-type", "text/event-stream")
                    .body(Body::from(s))
                    .expect("response")
            } else {
                ([("content-type", "application/json")], ANSWER).into_response()
            }
        }),
    );
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    println!("PORT={}", l.local_addr()?.port());
    axum::serve(l, app).await?;
    Ok(())
}

/// Who the bench's setup changes are recorded as in the audit log.
const BENCH: veilig_store::Actor<'static> = veilig_store::Actor {
    user_id: None,
    label: "gateway-bench",
};

async fn gateway(base: &str, anonymize: bool, dir: &str) -> R {
    let store = veilig_store::Store::open_data_dir(std::path::Path::new(dir)).await?;
    let (org, _) = store
        .create_org_with_owner("Bench BV", "Bench", "bench@example.nl", "x", false)
        .await?;
    veilig_gateway::set_policy(
        &store,
        &org.id,
        &veilig_gateway::GatewayPolicy {
            anonymize,
            alert_email: None,
            webhook_url: None,
        },
        &BENCH,
    )
    .await?;
    let (_, key) = veilig_gateway::create_key(
        &store,
        &org.id,
        "bench",
        None,
        veilig_gateway::Limits::hard(1_000_000_000, 10_000_000_000),
        &BENCH,
    )
    .await?;
    let engine = Arc::new(veilig_anonymize::Engine::new(
        veilig_anonymize::Options::default(),
    ));
    let cfg = veilig_gateway::GatewayConfig {
        openai_base_url: base.to_string(),
        openai_api_key: Some("sk-bench".into()),
        ..Default::default()
    };
    let st = veilig_gateway::GatewayState::new(
        store,
        cfg,
        Arc::new(veilig_gateway::StaticEngine(engine)),
    )?;
    let l = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    println!("PORT={} KEY={key}", l.local_addr()?.port());
    axum::serve(l, veilig_gateway::router(st)).await?;
    Ok(())
}

async fn load(a: &[String]) -> R {
    let (url, key) = (a[0].clone(), a[1].clone());
    let conns: usize = a[2].parse()?;
    let n: usize = a[3].parse()?;
    let stream = a[4] == "stream";
    let deadline = Instant::now() + Duration::from_secs(a[5].parse()?);
    let body = if stream {
        r#"{"model":"gpt-4o-mini","stream":true,"max_tokens":100,"messages":[{"role":"system","content":"Je bent een behulpzame assistent van een bakkerij."},{"role":"user","content":"Schrijf een korte begroeting voor de klanten van deze week."}]}"#
    } else {
        r#"{"model":"gpt-4o-mini","max_tokens":100,"messages":[{"role":"system","content":"Je bent een behulpzame assistent van een bakkerij."},{"role":"user","content":"Schrijf een korte begroeting voor de klanten van deze week."}]}"#
    };
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(conns)
        .tcp_nodelay(true)
        .build()?;
    // Warm-up.
    for _ in 0..conns.max(20) {
        let r = client
            .post(&url)
            .bearer_auth(&key)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await?;
        if !r.status().is_success() {
            return Err(format!("warm-up: HTTP {}: {}", r.status(), r.text().await?).into());
        }
        r.bytes().await?;
    }
    let per = n.div_ceil(conns);
    let start = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..conns {
        let client = client.clone();
        let (url, key) = (url.clone(), key.clone());
        tasks.push(tokio::spawn(async move {
            let mut lat = Vec::with_capacity(per);
            let mut errors = 0usize;
            for _ in 0..per {
                if Instant::now() > deadline {
                    break;
                }
                let t = Instant::now();
                let r = client
                    .post(&url)
                    .bearer_auth(&key)
                    .header("content-type", "application/json")
                    .body(body)
                    .send()
                    .await;
                match r {
                    Ok(mut r) if r.status().is_success() => {
                        // Time to first body byte, then drain.
                        let first = r.chunk().await.ok().flatten();
                        lat.push(t.elapsed().as_micros() as u64);
                        if first.is_some() {
                            while let Ok(Some(_)) = r.chunk().await {}
                        }
                    }
                    _ => errors += 1,
                }
            }
            (lat, errors)
        }));
    }
    let mut all = Vec::new();
    let mut errors = 0;
    for t in tasks {
        let (l, e) = t.await?;
        all.extend(l);
        errors += e;
    }
    let secs = start.elapsed().as_secs_f64();
    all.sort_unstable();
    let pct = |p: f64| {
        all.get(((all.len() as f64 * p) as usize).min(all.len().saturating_sub(1)))
            .copied()
            .unwrap_or(0)
    };
    println!(
        "n={} errors={errors} rps={:.0} p50_us={} p99_us={}",
        all.len(),
        all.len() as f64 / secs,
        pct(0.50),
        pct(0.99)
    );
    Ok(())
}
