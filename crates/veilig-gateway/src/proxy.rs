//! The proxy: authenticate the virtual key, price and reserve, anonymize, forward, restore,
//! settle. Errors reach the client in the format of the API it called.

use crate::anon::{restore_json, RequestAnon};
use crate::budget::{self, Bucket};

use crate::crypto::Provider;
use crate::error::{Api, ApiError, Kind};
use crate::keys::KeyCtx;
use crate::prices::Price;
use crate::sse::{Splitter, Transformer, Usage};
use crate::usage::UsageEntry;
use crate::GatewayState;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use futures_util::StreamExt;
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::sync::Arc;
use std::time::Instant;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Endpoint {
    Chat,
    Embeddings,
    Messages,
}

impl Endpoint {
    fn api(self) -> Api {
        match self {
            Endpoint::Messages => Api::Anthropic,
            _ => Api::OpenAi,
        }
    }
    fn provider(self) -> Provider {
        match self {
            Endpoint::Messages => Provider::Anthropic,
            _ => Provider::OpenAi,
        }
    }
    fn path(self) -> &'static str {
        match self {
            Endpoint::Chat => "/chat/completions",
            Endpoint::Embeddings => "/embeddings",
            Endpoint::Messages => "/messages",
        }
    }
}

/// The upstream URL of each endpoint, parsed once.
pub(crate) struct UpstreamUrls {
    chat: reqwest::Url,
    embeddings: reqwest::Url,
    messages: reqwest::Url,
}

impl UpstreamUrls {
    pub fn new(cfg: &crate::GatewayConfig) -> Result<UpstreamUrls, crate::GatewayError> {
        let url = |base: &str, ep: Endpoint| {
            let s = format!("{}{}", base.trim_end_matches('/'), ep.path());
            reqwest::Url::parse(&s)
                .map_err(|e| crate::GatewayError::Http(format!("upstream URL '{s}': {e}")))
        };
        Ok(UpstreamUrls {
            chat: url(&cfg.openai_base_url, Endpoint::Chat)?,
            embeddings: url(&cfg.openai_base_url, Endpoint::Embeddings)?,
            messages: url(&cfg.anthropic_base_url, Endpoint::Messages)?,
        })
    }

    fn get(&self, ep: Endpoint) -> &reqwest::Url {
        match ep {
            Endpoint::Chat => &self.chat,
            Endpoint::Embeddings => &self.embeddings,
            Endpoint::Messages => &self.messages,
        }
    }
}

pub(crate) fn router(state: GatewayState) -> Router {
    let limit = state.config().max_body_bytes;
    Router::new()
        .route(
            "/v1/chat/completions",
            post(|State(st): State<GatewayState>, h: HeaderMap, b: Bytes| {
                handle(st, Endpoint::Chat, h, b)
            }),
        )
        .route(
            "/v1/embeddings",
            post(|State(st): State<GatewayState>, h: HeaderMap, b: Bytes| {
                handle(st, Endpoint::Embeddings, h, b)
            }),
        )
        .route(
            "/v1/messages",
            post(|State(st): State<GatewayState>, h: HeaderMap, b: Bytes| {
                handle(st, Endpoint::Messages, h, b)
            }),
        )
        .route("/v1/models", get(models))
        .layer(DefaultBodyLimit::max(limit))
        .with_state(state)
}

fn secret(headers: &HeaderMap) -> Option<&str> {
    if let Some(v) = headers.get("x-api-key").and_then(|v| v.to_str().ok()) {
        return Some(v.trim());
    }
    let v = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    v.strip_prefix("Bearer ")
        .or_else(|| v.strip_prefix("bearer "))
        .map(str::trim)
}

async fn auth(st: &GatewayState, api: Api, headers: &HeaderMap) -> Result<Arc<KeyCtx>, ApiError> {
    let s = secret(headers).filter(|s| !s.is_empty()).ok_or_else(|| {
        ApiError::new(
            api,
            Kind::Auth,
            "invalid_api_key",
            "Missing veilig virtual key: send it as 'Authorization: Bearer vk-…' or 'x-api-key: vk-…'",
        )
    })?;
    st.key_ctx(s)
        .await
        .map_err(|e| internal(api, e))?
        .ok_or_else(|| {
            ApiError::new(
                api,
                Kind::Auth,
                "invalid_api_key",
                "Unknown or revoked veilig virtual key",
            )
        })
}

fn internal(api: Api, e: impl std::fmt::Display) -> ApiError {
    tracing::error!(error = %e, "gateway internal error");
    ApiError::new(
        api,
        Kind::Internal,
        "internal_error",
        "Internal error in the veilig gateway",
    )
}

async fn models(State(st): State<GatewayState>, headers: HeaderMap) -> Response {
    let ctx = match auth(&st, Api::OpenAi, &headers).await {
        Ok(c) => c,
        Err(e) => return e.into_response(),
    };
    let mut data: Vec<Value> = st
        .prices()
        .models()
        .into_iter()
        .map(|m| json!({"id": m.name, "object": "model", "created": 0, "owned_by": m.provider}))
        .collect();
    if let Ok(own) = crate::prices::org_prices(st.store(), &ctx.org_id).await {
        for p in own {
            if st.prices().get(&p.model).is_none() {
                data.push(json!({"id": p.model, "object": "model", "created": 0, "owned_by": "organisation"}));
            }
        }
    }
    axum::Json(json!({"object": "list", "data": data})).into_response()
}

async fn handle(st: GatewayState, ep: Endpoint, headers: HeaderMap, body: Bytes) -> Response {
    let started = Instant::now();
    let api = ep.api();
    let resp = match forward(&st, ep, &headers, body, started).await {
        Ok(r) => r,
        Err(e) => {
            st.inner.metrics.error(api.as_str(), e.code);
            e.into_response()
        }
    };
    st.inner
        .metrics
        .request(api.as_str(), resp.status().as_u16(), started.elapsed());
    resp
}

/// What a running request needs to settle.
struct Job {
    st: GatewayState,
    ctx: Arc<KeyCtx>,
    entry: UsageEntry,
    price: Price,
    input_est: i64,
    amount: i64,
    buckets: Arc<[Bucket]>,
    /// Indexes of the buckets reserved.
    reserved: Vec<usize>,
    started: Instant,
}

/// The result to settle with.
struct Outcome {
    status: &'static str,
    http_status: u16,
    input: i64,
    cached: i64,
    output: i64,
    cost: i64,
    error: String,
}

impl Job {
    fn outcome(
        &self,
        status: &'static str,
        http_status: u16,
        usage: Option<Usage>,
        output_chars: usize,
    ) -> Outcome {
        let (input, cached, output) = match usage {
            Some(u) if u.seen => (u.input, u.cached, u.output.max(div_ceil(output_chars, 4))),
            _ => (self.input_est, 0, div_ceil(output_chars, 4)),
        };
        Outcome {
            status,
            http_status,
            input,
            cached,
            output,
            cost: self.price.cost(input, cached, output),
            error: String::new(),
        }
    }

    fn nothing(&self, status: &'static str, http_status: u16, error: String) -> Outcome {
        Outcome {
            status,
            http_status,
            input: 0,
            cached: 0,
            output: 0,
            cost: 0,
            error,
        }
    }

    /// Settles in memory (also from a destructor); the flusher writes it.
    fn settle(mut self, o: Outcome) {
        let e = &mut self.entry;
        e.status = o.status.to_string();
        e.http_status = i64::from(o.http_status);
        e.input_tokens = o.input;
        e.cached_tokens = o.cached;
        e.output_tokens = o.output;
        e.cost = o.cost;
        e.latency_ms = self.started.elapsed().as_millis() as i64;
        e.error = o.error;
        e.finished_at = Some(veilig_store::now());
        let entry = std::mem::take(&mut self.entry);
        let needs_reservation = self.buckets.iter().any(|b| b.hard.is_some());
        if needs_reservation && self.reserved.is_empty() {
            // Nothing was reserved (refused, or failed before reserving).
            self.st.log(entry);
            return;
        }
        self.st
            .settle(&self.ctx, &self.buckets, &self.reserved, self.amount, entry);
    }
}

fn div_ceil(n: usize, d: usize) -> i64 {
    n.div_ceil(d) as i64
}

/// Settles with "client_closed" if dropped before it was settled explicitly.
struct JobGuard(Option<Job>);

impl JobGuard {
    fn take(&mut self) -> Option<Job> {
        self.0.take()
    }
}

impl Drop for JobGuard {
    fn drop(&mut self) {
        if let Some(job) = self.0.take() {
            // The client went away while the upstream call ran: it may have billed the input.
            let mut o = job.outcome("client_closed", 499, None, 0);
            o.error = "client disconnected before the answer".into();
            job.settle(o);
        }
    }
}

fn upstream_err(api: Api, kind: Kind, code: &'static str, msg: String) -> ApiError {
    ApiError::new(api, kind, code, msg)
}

async fn forward(
    st: &GatewayState,
    ep: Endpoint,
    headers: &HeaderMap,
    body: Bytes,
    started: Instant,
) -> Result<Response, ApiError> {
    let api = ep.api();
    let cfg = st.config();
    let ctx = auth(st, api, headers).await?;
    let mut v: Value = serde_json::from_slice(&body).map_err(|e| {
        ApiError::new(
            api,
            Kind::BadRequest,
            "invalid_json",
            format!("The request body is not valid JSON: {e}"),
        )
    })?;
    if !v.is_object() {
        return Err(ApiError::new(
            api,
            Kind::BadRequest,
            "invalid_json",
            "The request body must be a JSON object",
        ));
    }
    let model = v
        .get("model")
        .and_then(Value::as_str)
        .map(str::to_string)
        .ok_or_else(|| {
            ApiError::new(
                api,
                Kind::BadRequest,
                "missing_model",
                "The request has no 'model'",
            )
        })?;
    let price = st.price(&ctx.org_id, &model).await.map_err(|e| internal(api, e))?.ok_or_else(|| {
        ApiError::new(
            api,
            Kind::BadRequest,
            "model_not_priced",
            format!(
                "Model '{model}' has no known price in veilig, so its cost cannot be limited; an administrator can set a price for it"
            ),
        )
    })?;
    let stream =
        ep != Endpoint::Embeddings && v.get("stream").and_then(Value::as_bool).unwrap_or(false);
    let created_at = veilig_store::now();
    let mut entry = UsageEntry {
        id: uuid::Uuid::now_v7().to_string(),
        org_id: ctx.org_id.clone(),
        key_id: Some(ctx.key_id.clone()),
        person_id: ctx.person_id.clone(),
        provider: ep.provider().as_str().to_string(),
        endpoint: ep.path().trim_start_matches('/').to_string(),
        model: model.clone(),
        stream,
        status: "running".into(),
        created_at,
        ..UsageEntry::default()
    };

    // Anonymize (one mapping per request).
    let mut anon = None;
    if ctx.policy.anonymize {
        let engine = st.inner.engines.engine(&ctx.org_id).await.map_err(|e| {
            tracing::error!(error = %e, "anonymizer engine unavailable");
            ApiError::new(
                api,
                Kind::Internal,
                "anonymizer_unavailable",
                "The veilig anonymizer is unavailable; nothing was sent",
            )
        })?;
        let mut a = RequestAnon::new(engine);
        a.request(api, &mut v);
        st.inner.metrics.replacements(a.replacements);
        entry.replacements = a.replacements as i64;
        if a.blocked() {
            entry.status = "blocked".into();
            entry.http_status = 400;
            entry.block_reasons = a.codes();
            entry.latency_ms = started.elapsed().as_millis() as i64;
            entry.finished_at = Some(veilig_store::now());
            st.log(entry);
            return Err(ApiError::new(
                api,
                Kind::Blocked,
                "content_blocked",
                a.block_message(),
            ));
        }
        anon = Some(a);
    }

    // Estimate and reserve.
    let input_est = (body.len() as i64 / 4).max(1);
    let out_cap = match ep {
        Endpoint::Embeddings => 0,
        _ => v
            .get("max_completion_tokens")
            .or_else(|| v.get("max_tokens"))
            .and_then(Value::as_i64)
            .filter(|n| *n > 0)
            .unwrap_or(cfg.default_max_tokens),
    };
    let amount = price.cost(input_est, 0, out_cap).max(1);
    let buckets = budget::buckets(&ctx, created_at);
    let mut job = Job {
        st: st.clone(),
        ctx: ctx.clone(),
        entry,
        price,
        input_est,
        amount,
        buckets,
        reserved: Vec::new(),
        started,
    };
    if job.buckets.iter().any(|b| b.hard.is_some()) {
        job.entry.reserved = amount;
        match st.reserve(&ctx, &job.buckets, amount).await {
            Ok(Ok(ids)) => job.reserved = ids,
            Ok(Err(refusal)) => {
                let o = job.nothing("refused", 429, refusal.message.clone());
                job.settle(o);
                return Err(ApiError::new(
                    api,
                    Kind::Budget,
                    "insufficient_quota",
                    refusal.message,
                ));
            }
            Err(e) => {
                let o = job.nothing("error", 500, e.to_string());
                job.settle(o);
                return Err(internal(api, e));
            }
        }
    }
    let mut guard = JobGuard(Some(job));

    // The upstream request.
    let mut strip_usage = false;
    if stream && api == Api::OpenAi {
        let asked = v
            .pointer("/stream_options/include_usage")
            .and_then(Value::as_bool)
            == Some(true);
        if !asked {
            strip_usage = true;
            if let Some(o) = v.as_object_mut() {
                let so = o.entry("stream_options").or_insert_with(|| json!({}));
                if let Some(so) = so.as_object_mut() {
                    so.insert("include_usage".into(), Value::Bool(true));
                } else {
                    *so = json!({"include_usage": true});
                }
            }
        }
    }
    let provider = ep.provider();
    let key = match st.provider_key(&ctx.org_id, provider).await {
        Ok(Some(k)) => k,
        Ok(None) => {
            let msg = format!(
                "No {} API key is configured in veilig",
                match provider {
                    Provider::OpenAi => "OpenAI",
                    Provider::Anthropic => "Anthropic",
                }
            );
            settle_nothing(&mut guard, "error", 500, msg.clone());
            return Err(ApiError::new(api, Kind::Internal, "no_provider_key", msg));
        }
        Err(e) => {
            settle_nothing(&mut guard, "error", 500, e.to_string());
            return Err(internal(api, e));
        }
    };
    let out_body = if anon.as_ref().is_some_and(RequestAnon::changed) || strip_usage {
        Bytes::from(serde_json::to_vec(&v).map_err(|e| internal(api, e))?)
    } else {
        body
    };
    let mut req = st
        .inner
        .http
        .post(st.inner.urls.get(ep).clone())
        .header(header::CONTENT_TYPE, "application/json")
        .body(out_body);
    req = match provider {
        Provider::OpenAi => req.bearer_auth(key),
        Provider::Anthropic => {
            let version = headers
                .get("anthropic-version")
                .and_then(|v| v.to_str().ok())
                .unwrap_or(&cfg.anthropic_version)
                .to_string();
            let mut r = req
                .header("x-api-key", key)
                .header("anthropic-version", version);
            if let Some(b) = headers.get("anthropic-beta") {
                r = r.header("anthropic-beta", b.clone());
            }
            r
        }
    };
    let provider_name = match provider {
        Provider::OpenAi => "OpenAI",
        Provider::Anthropic => "Anthropic",
    };
    let mapping = anon.filter(|a| a.restoring()).map(|a| a.mapping);

    if !stream {
        let res = tokio::time::timeout(cfg.request_timeout, async {
            let r = req.send().await?;
            let status = r.status();
            let b = r.bytes().await?;
            Ok::<_, reqwest::Error>((status, b))
        })
        .await;
        let (status, bytes) = match res {
            Err(_) => {
                return Err(timeout_err(
                    &mut guard,
                    api,
                    provider_name,
                    cfg.request_timeout,
                ))
            }
            Ok(Err(e)) => return Err(send_err(&mut guard, api, provider_name, &e)),
            Ok(Ok(x)) => x,
        };
        if let Some(r) = upstream_status(&mut guard, api, provider_name, status, &bytes) {
            return r;
        }
        // Restoring needs the whole answer as a value; otherwise only its usage is read and
        // the bytes pass on unchanged.
        let parsed = match &mapping {
            Some(m) => serde_json::from_slice::<Value>(&bytes).map(|mut rv| {
                let usage = rv.get("usage").and_then(|u| usage_of(api, u));
                restore_json(&mut rv, m);
                (usage, Some(rv))
            }),
            None => serde_json::from_slice::<UsageOnly>(&bytes)
                .map(|u| (u.usage.as_ref().and_then(|u| usage_of(api, u)), None)),
        };
        let Ok((usage, restored)) = parsed else {
            if let Some(job) = guard.take() {
                let mut o = job.outcome("upstream_error", 502, None, bytes.len());
                o.error = "malformed upstream body".into();
                job.settle(o);
            }
            return Err(upstream_err(
                api,
                Kind::Upstream,
                "upstream_malformed",
                format!("{provider_name} sent an answer veilig could not read (not JSON)"),
            ));
        };
        let out = match restored {
            Some(rv) => Bytes::from(serde_json::to_vec(&rv).map_err(|e| internal(api, e))?),
            None => bytes,
        };
        if let Some(job) = guard.take() {
            let o = job.outcome("ok", 200, usage, 0);
            job.settle(o);
        }
        let mut resp = (StatusCode::OK, out).into_response();
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        return Ok(resp);
    }

    // Streaming.
    let res = tokio::time::timeout(cfg.request_timeout, req.send()).await;
    let upstream = match res {
        Err(_) => {
            return Err(timeout_err(
                &mut guard,
                api,
                provider_name,
                cfg.request_timeout,
            ))
        }
        Ok(Err(e)) => return Err(send_err(&mut guard, api, provider_name, &e)),
        Ok(Ok(r)) => r,
    };
    let status = upstream.status();
    if !status.is_success() {
        let bytes = tokio::time::timeout(cfg.request_timeout, upstream.bytes())
            .await
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default();
        return upstream_status(&mut guard, api, provider_name, status, &bytes)
            .unwrap_or_else(|| Err(internal(api, "unexpected upstream status")));
    }
    // A 2xx that is not an event stream (an HTML page of a proxy, a JSON body): nothing a
    // streaming client could read.
    let ctype = upstream
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("text/event-stream")
        .to_ascii_lowercase();
    if !ctype.contains("event-stream") {
        let len = tokio::time::timeout(cfg.request_timeout, upstream.bytes())
            .await
            .ok()
            .and_then(Result::ok)
            .map_or(0, |b| b.len());
        if let Some(job) = guard.take() {
            let mut o = job.outcome("upstream_error", 502, None, len);
            o.error = format!("malformed upstream stream ({ctype})");
            job.settle(o);
        }
        return Err(upstream_err(
            api,
            Kind::Upstream,
            "upstream_malformed",
            format!("{provider_name} sent an answer veilig could not read (not an event stream)"),
        ));
    }
    let Some(job) = guard.take() else {
        return Err(internal(api, "job already settled"));
    };
    let state = StreamState {
        upstream: Box::pin(upstream.bytes_stream()),
        splitter: Splitter::default(),
        guard: StreamGuard {
            job: Some(job),
            tr: Transformer::new(api, mapping, strip_usage),
        },
        queue: VecDeque::new(),
        finished: false,
        idle: cfg.stream_idle_timeout,
        api,
        provider_name,
    };
    let stream = futures_util::stream::unfold(state, next_chunk);
    let mut resp = Response::new(Body::from_stream(stream));
    let h = resp.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/event-stream"),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(resp)
}

fn settle_nothing(guard: &mut JobGuard, status: &'static str, http: u16, error: String) {
    if let Some(job) = guard.take() {
        let o = job.nothing(status, http, error);
        job.settle(o);
    }
}

fn timeout_err(guard: &mut JobGuard, api: Api, provider: &str, t: std::time::Duration) -> ApiError {
    if let Some(job) = guard.take() {
        // The provider had the request and may bill its input.
        let mut o = job.outcome("upstream_timeout", 504, None, 0);
        o.error = "upstream timeout".into();
        job.settle(o);
    }
    upstream_err(
        api,
        Kind::Timeout,
        "upstream_timeout",
        format!("{provider} did not answer within {} s", t.as_secs()),
    )
}

fn send_err(guard: &mut JobGuard, api: Api, provider: &str, e: &reqwest::Error) -> ApiError {
    if let Some(job) = guard.take() {
        let mut o = if e.is_connect() {
            job.nothing("upstream_error", 502, String::new())
        } else {
            job.outcome("upstream_error", 502, None, 0)
        };
        o.error = e.to_string();
        job.settle(o);
    }
    let what = if e.is_connect() {
        "could not be reached"
    } else {
        "broke off the connection"
    };
    upstream_err(
        api,
        Kind::Upstream,
        "upstream_unreachable",
        format!("{provider} {what}"),
    )
}

/// Upstream non-2xx: 5xx become a clear 502 in the caller's format, 4xx pass through (they are
/// already in the provider's format). Providers do not bill failed requests: cost 0.
fn upstream_status(
    guard: &mut JobGuard,
    api: Api,
    provider: &str,
    status: reqwest::StatusCode,
    bytes: &Bytes,
) -> Option<Result<Response, ApiError>> {
    if status.is_success() {
        return None;
    }
    settle_nothing(
        guard,
        "upstream_error",
        status.as_u16(),
        format!("upstream HTTP {}", status.as_u16()),
    );
    if status.is_server_error() {
        return Some(Err(upstream_err(
            api,
            Kind::Upstream,
            "upstream_error",
            format!(
                "{provider} answered with an error (HTTP {}); try again later",
                status.as_u16()
            ),
        )));
    }
    let code = StatusCode::from_u16(status.as_u16()).unwrap_or(StatusCode::BAD_GATEWAY);
    let mut resp = (code, bytes.clone()).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    Some(Ok(resp))
}

/// The `usage` of an answer, without the rest of it.
#[derive(serde::Deserialize)]
struct UsageOnly {
    usage: Option<Value>,
}

fn usage_of(api: Api, u: &Value) -> Option<Usage> {
    match api {
        Api::OpenAi => Usage::openai(u),
        Api::Anthropic => {
            let mut x = Usage::default();
            x.anthropic_merge(u);
            x.seen.then_some(x)
        }
    }
}

/// Settles a stream: explicitly at its end, or on drop (client went away mid-stream).
struct StreamGuard {
    job: Option<Job>,
    tr: Transformer,
}

impl StreamGuard {
    fn finish(&mut self, status: &'static str, http: u16, error: String) {
        if let Some(job) = self.job.take() {
            let mut o = job.outcome(status, http, Some(self.tr.usage), self.tr.output_chars);
            o.error = error;
            job.settle(o);
        }
    }
}

impl Drop for StreamGuard {
    fn drop(&mut self) {
        self.finish(
            "client_closed",
            499,
            "client disconnected mid-stream".into(),
        );
    }
}

type ByteStream =
    std::pin::Pin<Box<dyn futures_util::Stream<Item = reqwest::Result<Bytes>> + Send>>;

struct StreamState {
    upstream: ByteStream,
    splitter: Splitter,
    guard: StreamGuard,
    queue: VecDeque<Bytes>,
    finished: bool,
    idle: std::time::Duration,
    api: Api,
    provider_name: &'static str,
}

fn stream_error_event(api: Api, msg: &str) -> Bytes {
    let e = ApiError::new(api, Kind::Upstream, "upstream_error", msg);
    match api {
        Api::OpenAi => Bytes::from(format!("data: {}\n\n", e.body())),
        Api::Anthropic => Bytes::from(format!("event: error\ndata: {}\n\n", e.body())),
    }
}

async fn next_chunk(mut s: StreamState) -> Option<(Result<Bytes, std::io::Error>, StreamState)> {
    loop {
        if let Some(b) = s.queue.pop_front() {
            return Some((Ok(b), s));
        }
        if s.finished {
            return None;
        }
        match tokio::time::timeout(s.idle, s.upstream.next()).await {
            Ok(Some(Ok(chunk))) => {
                let mut evs = Vec::new();
                s.splitter.push(&chunk, &mut evs);
                let mut out = Vec::new();
                for e in evs {
                    s.guard.tr.event(e, &mut out);
                }
                s.queue.extend(out);
            }
            Ok(None) => {
                let mut out = Vec::new();
                if let Some(rest) = s.splitter.rest() {
                    s.guard.tr.event(rest, &mut out);
                }
                s.queue.extend(out);
                s.finished = true;
                if s.guard.tr.done {
                    s.guard.finish("ok", 200, String::new());
                } else {
                    let msg = format!("{} ended the stream early", s.provider_name);
                    s.queue.push_back(stream_error_event(s.api, &msg));
                    s.guard.finish("upstream_error", 200, msg);
                }
            }
            Ok(Some(Err(e))) => {
                let msg = format!("{} broke off the stream", s.provider_name);
                s.queue.push_back(stream_error_event(s.api, &msg));
                s.finished = true;
                s.guard.finish("upstream_error", 200, e.to_string());
            }
            Err(_) => {
                let msg = format!("{} stopped sending (idle timeout)", s.provider_name);
                s.queue.push_back(stream_error_event(s.api, &msg));
                s.finished = true;
                s.guard.finish("upstream_timeout", 200, msg);
            }
        }
    }
}
