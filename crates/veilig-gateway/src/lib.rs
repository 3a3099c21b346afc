//! veilig-gateway owns veilig's AI gateway: an OpenAI-compatible (`POST /v1/chat/completions`,
//! `POST /v1/embeddings`, `GET /v1/models`) and Anthropic-compatible (`POST /v1/messages`) proxy
//! in front of the real providers, with
//!
//! * virtual keys (`vk-…`, only hashes stored) per organisation, optionally tied to a person
//!   ([`create_key`], [`list_keys`], [`revoke_key`]);
//! * spend limits per key, person and organisation, daily and monthly (Amsterdam time), soft (one alert
//!   per period, mail via `veilig-mail` and/or a webhook) and hard (HTTP 429 in the provider's
//!   own error format), in integer micro-euros. Budget is only ever taken from the database
//!   with one conditional statement per budget row (`spent + reserved + c <= hard`); each
//!   instance leases budget that way and reserves requests against its lease in memory, so the
//!   limits hold under concurrency and across instances on one PostgreSQL without a database
//!   write per request (details in `src/budget.rs`);
//! * model prices (`data/prices.toml`, from litellm, MIT) plus prices an organisation sets;
//!   unpriced models are refused;
//! * inline anonymization with the organisation's engine (policy flag, default on): blocked
//!   content refused with HTTP 400, placeholders restored in answers and streams (text, tool-call
//!   arguments, Anthropic thinking; a thinking block's signature and `redacted_thinking` blocks
//!   pass unchanged);
//! * provider keys encrypted at rest under a master key file ([`load_or_create_master_key`]);
//! * a usage log without prompt text, spend queries ([`spend_summary`]) and Prometheus
//!   metrics ([`metrics_router`]).
//!
//! It does not depend on the web app: the web app hands in an [`EngineProvider`].

mod alerts;
pub(crate) use veilig_core::amsterdam;
mod anon;
mod budget;
mod crypto;
mod error;
mod keys;
mod metrics;
mod prices;
mod proxy;
mod sse;
mod usage;

pub use crypto::{
    has_provider_key, load_or_create_master_key, set_provider_key, MasterKey, Provider,
    MASTER_KEY_FILE,
};
pub use error::{euros, Api, ApiError, GatewayError, Kind};
pub use keys::{
    create_key, key, limits, list_keys, parse_eur, policy, revoke_key, set_key_limits, set_limits,
    set_policy, GatewayPolicy, KeyInfo, LimitScope, Limits,
};
pub use prices::{org_prices, remove_org_price, set_org_price, OrgPrice, Price, Prices};
pub use usage::{
    recent_usage, spend_summary, DaySpend, KeySpend, PersonSpend, ScopeSpend, SpendSummary,
    UsageEntry,
};

use std::collections::{HashMap, HashSet};
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use veilig_anonymize::Engine;
use veilig_store::Store;

/// A boxed, sendable future.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Gives the anonymization engine of an organisation (the web app implements it with its
/// per-organisation engine cache).
pub trait EngineProvider: Send + Sync {
    fn engine(&self, org_id: &str) -> BoxFuture<'_, Result<Arc<Engine>, String>>;
}

/// One engine for every organisation (tests, benchmarks).
pub struct StaticEngine(pub Arc<Engine>);

impl EngineProvider for StaticEngine {
    fn engine(&self, _org_id: &str) -> BoxFuture<'_, Result<Arc<Engine>, String>> {
        let e = self.0.clone();
        Box::pin(async move { Ok(e) })
    }
}

/// Gateway settings. The binary maps `VEILIG_OPENAI_BASE_URL`, `VEILIG_ANTHROPIC_BASE_URL`,
/// `VEILIG_OPENAI_API_KEY`, `VEILIG_ANTHROPIC_API_KEY` onto it.
#[derive(Clone)]
pub struct GatewayConfig {
    /// Including the version path, e.g. `https://api.openai.com/v1`.
    pub openai_base_url: String,
    /// Including the version path, e.g. `https://api.anthropic.com/v1`.
    pub anthropic_base_url: String,
    /// Wins over a stored provider key.
    pub openai_api_key: Option<String>,
    pub anthropic_api_key: Option<String>,
    /// Euros per US dollar for the shipped prices.
    pub usd_to_eur: f64,
    /// Whole request for non-streaming calls; time to response headers for streams.
    pub request_timeout: Duration,
    pub connect_timeout: Duration,
    /// Longest silence between two chunks of a stream.
    pub stream_idle_timeout: Duration,
    /// Output tokens reserved when a request sets no `max_tokens`.
    pub default_max_tokens: i64,
    pub max_body_bytes: usize,
    /// How long an authenticated key (and its limits, policy) is cached; revocation and limit
    /// changes take effect within this time. Zero disables the cache.
    pub key_cache_ttl: Duration,
    /// Pending reservations older than this are swept (crashed instance).
    pub stale_reservation_after: Duration,
    /// Sent as `anthropic-version` when the client sends none.
    pub anthropic_version: String,
}

impl Default for GatewayConfig {
    fn default() -> Self {
        GatewayConfig {
            openai_base_url: "https://api.openai.com/v1".into(),
            anthropic_base_url: "https://api.anthropic.com/v1".into(),
            openai_api_key: None,
            anthropic_api_key: None,
            usd_to_eur: 0.92,
            request_timeout: Duration::from_secs(300),
            connect_timeout: Duration::from_secs(10),
            stream_idle_timeout: Duration::from_secs(120),
            default_max_tokens: 4096,
            max_body_bytes: 10 * 1024 * 1024,
            key_cache_ttl: Duration::from_secs(2),
            stale_reservation_after: Duration::from_secs(15 * 60),
            anthropic_version: "2023-06-01".into(),
        }
    }
}

impl std::fmt::Debug for GatewayConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GatewayConfig")
            .field("openai_base_url", &self.openai_base_url)
            .field("anthropic_base_url", &self.anthropic_base_url)
            .field("openai_api_key", &self.openai_api_key.as_ref().map(|_| "…"))
            .field(
                "anthropic_api_key",
                &self.anthropic_api_key.as_ref().map(|_| "…"),
            )
            .field("usd_to_eur", &self.usd_to_eur)
            .finish_non_exhaustive()
    }
}

/// Counts spawned settle/alert tasks so shutdown can wait for them.
#[derive(Default)]
struct Tasks {
    running: AtomicUsize,
    idle: tokio::sync::Notify,
}

type Cached<T> = Mutex<HashMap<String, (T, Instant)>>;

pub(crate) struct Inner {
    store: Store,
    config: GatewayConfig,
    prices: Prices,
    engines: Arc<dyn EngineProvider>,
    mailer: std::sync::OnceLock<veilig_mail::Mailer>,
    master: std::sync::OnceLock<MasterKey>,
    http: reqwest::Client,
    /// Upstream URLs, parsed once: chat, embeddings (OpenAI), messages (Anthropic).
    urls: proxy::UpstreamUrls,
    metrics: metrics::Metrics,
    keys: Cached<Arc<keys::KeyCtx>>,
    provider_keys: Cached<Option<String>>,
    org_prices: Cached<Arc<HashMap<String, Price>>>,
    ensured: Mutex<HashSet<String>>,
    tasks: Tasks,
    ledger: budget::Ledger,
}

/// The gateway's shared state. Cheap to clone.
#[derive(Clone)]
pub struct GatewayState {
    inner: Arc<Inner>,
}

impl GatewayState {
    pub fn new(
        store: Store,
        config: GatewayConfig,
        engines: Arc<dyn EngineProvider>,
    ) -> Result<GatewayState, GatewayError> {
        let prices = Prices::shipped(config.usd_to_eur)?;
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .pool_idle_timeout(Duration::from_secs(60))
            .tcp_nodelay(true)
            // An API call is never redirected; following one would only cost time.
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| GatewayError::Http(e.to_string()))?;
        let urls = proxy::UpstreamUrls::new(&config)?;
        let st = GatewayState {
            inner: Arc::new(Inner {
                store,
                config,
                prices,
                engines,
                mailer: std::sync::OnceLock::new(),
                master: std::sync::OnceLock::new(),
                http,
                urls,
                metrics: metrics::Metrics::default(),
                keys: Mutex::default(),
                provider_keys: Mutex::default(),
                org_prices: Mutex::default(),
                ensured: Mutex::default(),
                tasks: Tasks::default(),
                ledger: budget::Ledger::default(),
            }),
        };
        st.start_flusher();
        Ok(st)
    }

    /// The background flusher: writes settled spend and usage rows every 50 ms, returns idle
    /// leases, sweeps stale leases of stopped instances every minute. It holds only a weak
    /// reference and ends when the last clone of the state is dropped.
    fn start_flusher(&self) {
        let Ok(handle) = tokio::runtime::Handle::try_current() else {
            tracing::warn!("no tokio runtime: the gateway flusher is not running");
            return;
        };
        let weak = Arc::downgrade(&self.inner);
        handle.spawn(async move {
            let mut last_sweep = Instant::now();
            loop {
                tokio::time::sleep(budget::FLUSH_EVERY).await;
                let Some(inner) = weak.upgrade() else { return };
                let st = GatewayState { inner };
                if let Err(e) = st.flush(false).await {
                    tracing::warn!(error = %e, "gateway flush failed; retrying");
                }
                if last_sweep.elapsed() >= Duration::from_secs(60) {
                    last_sweep = Instant::now();
                    if let Err(e) = st.sweep_stale_reservations().await {
                        tracing::warn!(error = %e, "sweeping stale leases failed");
                    }
                }
            }
        });
    }

    /// Sends soft-limit alerts by mail (set once; later calls are ignored).
    pub fn with_mailer(self, mailer: veilig_mail::Mailer) -> GatewayState {
        let _ = self.inner.mailer.set(mailer);
        self
    }

    /// Decrypts stored provider keys with this master key (set once).
    pub fn with_master_key(self, key: MasterKey) -> GatewayState {
        let _ = self.inner.master.set(key);
        self
    }

    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    pub fn config(&self) -> &GatewayConfig {
        &self.inner.config
    }

    pub fn prices(&self) -> &Prices {
        &self.inner.prices
    }

    /// Writes everything settled so far (usage rows, spend), gives back this instance's unused
    /// leases and waits (at most `timeout`) for alert tasks: call after the HTTP server stopped,
    /// before closing the store. Returns false on timeout or a database error.
    pub async fn drain(&self, timeout: Duration) -> bool {
        let flushed = tokio::time::timeout(timeout, self.flush(true)).await;
        if !matches!(flushed, Ok(Ok(()))) {
            tracing::error!("gateway drain: flush failed or timed out");
            return false;
        }
        let wait = async {
            loop {
                let notified = self.inner.tasks.idle.notified();
                if self.inner.tasks.running.load(Ordering::SeqCst) == 0 {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(timeout, wait).await.is_ok()
    }

    pub(crate) fn spawn<F: Future<Output = ()> + Send + 'static>(&self, f: F) {
        let Ok(handle) = tokio::runtime::Handle::try_current() else {
            tracing::error!("gateway task dropped: no tokio runtime");
            return;
        };
        self.inner.tasks.running.fetch_add(1, Ordering::SeqCst);
        let st = self.clone();
        handle.spawn(async move {
            f.await;
            if st.inner.tasks.running.fetch_sub(1, Ordering::SeqCst) == 1 {
                st.inner.tasks.idle.notify_waiters();
            }
        });
    }

    fn cache_get<T: Clone>(&self, c: &Cached<T>, k: &str) -> Option<T> {
        let ttl = self.inner.config.key_cache_ttl;
        if ttl.is_zero() {
            return None;
        }
        let m = c.lock().ok()?;
        let (v, at) = m.get(k)?;
        (at.elapsed() < ttl).then(|| v.clone())
    }

    fn cache_put<T>(&self, c: &Cached<T>, k: String, v: T) {
        if self.inner.config.key_cache_ttl.is_zero() {
            return;
        }
        if let Ok(mut m) = c.lock() {
            if m.len() > 10_000 {
                m.clear();
            }
            m.insert(k, (v, Instant::now()));
        }
    }

    pub(crate) async fn key_ctx(
        &self,
        secret: &str,
    ) -> Result<Option<Arc<keys::KeyCtx>>, GatewayError> {
        if let Some(c) = self.cache_get(&self.inner.keys, secret) {
            return Ok(Some(c));
        }
        let Some(ctx) = keys::authenticate(&self.inner.store, secret).await? else {
            return Ok(None);
        };
        let ctx = Arc::new(ctx);
        self.cache_put(&self.inner.keys, secret.to_string(), ctx.clone());
        Ok(Some(ctx))
    }

    /// The organisation's own price, else the shipped one.
    pub(crate) async fn price(
        &self,
        org_id: &str,
        model: &str,
    ) -> Result<Option<Price>, GatewayError> {
        let own = match self.cache_get(&self.inner.org_prices, org_id) {
            Some(p) => p,
            None => {
                let p: HashMap<String, Price> = org_prices(&self.inner.store, org_id)
                    .await?
                    .into_iter()
                    .map(|p| (p.model.clone(), p.price()))
                    .collect();
                let p = Arc::new(p);
                self.cache_put(&self.inner.org_prices, org_id.to_string(), p.clone());
                p
            }
        };
        Ok(own
            .get(model)
            .copied()
            .or_else(|| self.inner.prices.get(model)))
    }

    pub(crate) async fn provider_key(
        &self,
        org_id: &str,
        provider: Provider,
    ) -> Result<Option<String>, GatewayError> {
        let env = match provider {
            Provider::OpenAi => &self.inner.config.openai_api_key,
            Provider::Anthropic => &self.inner.config.anthropic_api_key,
        };
        if let Some(k) = env {
            return Ok(Some(k.clone()));
        }
        let Some(master) = self.inner.master.get() else {
            return Ok(None);
        };
        let ck = format!("{org_id}/{}", provider.as_str());
        if let Some(k) = self.cache_get(&self.inner.provider_keys, &ck) {
            return Ok(k);
        }
        let k = crypto::load_provider_key(&self.inner.store, master, org_id, provider).await?;
        self.cache_put(&self.inner.provider_keys, ck, k.clone());
        Ok(k)
    }
}

/// The gateway's routes: `/v1/chat/completions`, `/v1/embeddings`, `/v1/models`, `/v1/messages`.
pub fn router(state: GatewayState) -> axum::Router {
    proxy::router(state)
}

/// `GET /metrics` in the Prometheus text format (mount it where only the operator can reach it).
pub fn metrics_router(state: GatewayState) -> axum::Router {
    use axum::routing::get;
    axum::Router::new()
        .route(
            "/metrics",
            get(
                |axum::extract::State(st): axum::extract::State<GatewayState>| async move {
                    (
                        [(
                            axum::http::header::CONTENT_TYPE,
                            "text/plain; version=0.0.4",
                        )],
                        st.inner.metrics.render(),
                    )
                },
            ),
        )
        .with_state(state)
}
