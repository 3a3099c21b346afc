//! Test support: databases (a temp SQLite file or a fresh PostgreSQL database on the server of
//! `VEILIG_TEST_POSTGRES_URL`), a gateway in front of the local upstream, an organisation.
#![allow(dead_code)]

pub mod upstream;

use std::sync::Arc;
use std::time::Duration;
use veilig_anonymize::{Engine, Options};
use veilig_gateway::{GatewayConfig, GatewayState, OrgPrice, StaticEngine};
use veilig_store::Store;

pub use veilig_testkit::db::{sqlite, TestDb};

/// A fresh PostgreSQL database (see [`veilig_testkit::db::postgres`]): budgets must hold on both.
pub async fn postgres() -> TestDb {
    veilig_testkit::db::postgres("veilig_gw").await
}

/// The engine of the tests: masks the clients "Jansen Bakkerij" and `Bakkerij "De Zon"` (a
/// quote to escape in JSON) and the default detectors.
pub fn engine() -> Arc<Engine> {
    Arc::new(Engine::new(Options {
        always_mask: vec![
            (
                "Jansen Bakkerij".to_string(),
                veilig_anonymize::TermKind::Client,
            ),
            (
                "Bakkerij \"De Zon\"".to_string(),
                veilig_anonymize::TermKind::Client,
            ),
        ],
        ..Options::default()
    }))
}

pub fn config(up: &upstream::Upstream) -> GatewayConfig {
    GatewayConfig {
        openai_base_url: up.base.clone(),
        anthropic_base_url: up.base.clone(),
        openai_api_key: Some("sk-upstream-openai".into()),
        anthropic_api_key: Some("sk-ant-upstream".into()),
        usd_to_eur: 0.92,
        request_timeout: Duration::from_secs(1),
        stream_idle_timeout: Duration::from_secs(2),
        key_cache_ttl: Duration::ZERO,
        ..GatewayConfig::default()
    }
}

/// A running gateway.
pub struct Gateway {
    pub base: String,
    pub state: GatewayState,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    handle: Option<tokio::task::JoinHandle<()>>,
}

impl Gateway {
    pub async fn start(state: GatewayState) -> Gateway {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let app = veilig_gateway::router(state.clone())
            .merge(veilig_gateway::metrics_router(state.clone()));
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let handle = tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Gateway {
            base: format!("http://{addr}"),
            state,
            shutdown: Some(tx),
            handle: Some(handle),
        }
    }

    pub fn url(&self, p: &str) -> String {
        format!("{}{}", self.base, p)
    }

    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(h) = self.handle.take() {
            let _ = h.await;
        }
        assert!(
            self.state.drain(Duration::from_secs(60)).await,
            "settle tasks drained"
        );
    }
}

pub struct Env {
    pub db: TestDb,
    pub store: Store,
    pub org_id: String,
    pub owner_email: String,
    pub up: upstream::Upstream,
    pub gw: Gateway,
    pub http: reqwest::Client,
}

pub async fn env_with(db: TestDb, tweak: impl FnOnce(&mut GatewayConfig)) -> Env {
    let store = Store::connect(&db.url).await.expect("store");
    let (org, _) = store
        .create_org_with_owner("Bakkerij Test", "Eva", "eva@bakkerij.nl", "x", false)
        .await
        .expect("org");
    let up = upstream::Upstream::start().await;
    let mut cfg = config(&up);
    tweak(&mut cfg);
    let state =
        GatewayState::new(store.clone(), cfg, Arc::new(StaticEngine(engine()))).expect("state");
    let gw = Gateway::start(state).await;
    // A priced test model: €1000 per million tokens in and out (1,000 micro-euros per token).
    veilig_gateway::set_org_price(
        &store,
        &org.id,
        &OrgPrice {
            model: "gpt-test".into(),
            input_per_mtok: 1_000_000_000,
            output_per_mtok: 1_000_000_000,
            cached_input_per_mtok: 1_000_000_000,
        },
    )
    .await
    .expect("price");
    Env {
        db,
        store,
        org_id: org.id,
        owner_email: "eva@bakkerij.nl".into(),
        up,
        gw,
        http: reqwest::Client::new(),
    }
}

pub async fn env(db: TestDb) -> Env {
    env_with(db, |_| {}).await
}

impl Env {
    pub async fn key(&self, name: &str, limits: veilig_gateway::Limits) -> String {
        veilig_gateway::create_key(&self.store, &self.org_id, name, None, limits, &ACTOR)
            .await
            .expect("key")
            .1
    }

    pub async fn openai(&self, key: &str, body: serde_json::Value) -> reqwest::Response {
        self.http
            .post(self.gw.url("/v1/chat/completions"))
            .bearer_auth(key)
            .json(&body)
            .send()
            .await
            .expect("send")
    }

    pub async fn anthropic(&self, key: &str, body: serde_json::Value) -> reqwest::Response {
        self.http
            .post(self.gw.url("/v1/messages"))
            .header("x-api-key", key)
            .header("anthropic-version", "2023-06-01")
            .json(&body)
            .send()
            .await
            .expect("send")
    }

    /// Waits for the settle tasks, then returns the usage log (newest first).
    pub async fn usage(&self) -> Vec<veilig_gateway::UsageEntry> {
        assert!(self.gw.state.drain(Duration::from_secs(60)).await);
        veilig_gateway::recent_usage(&self.store, &self.org_id, 1000)
            .await
            .expect("usage")
    }

    /// (spent, reserved) of a budget row.
    pub async fn budget(&self, bucket_prefix: &str) -> Vec<(String, i64, i64)> {
        use sqlx::Row;
        sqlx::query(
            "SELECT bucket, spent, reserved FROM gateway_budgets WHERE org_id = $1 ORDER BY bucket",
        )
        .bind(&self.org_id)
        .fetch_all(self.store.pool())
        .await
        .expect("budgets")
        .iter()
        .map(|r| {
            (
                r.get::<String, _>("bucket"),
                r.get::<i64, _>("spent"),
                r.get::<i64, _>("reserved"),
            )
        })
        .filter(|(b, _, _)| b.starts_with(bucket_prefix))
        .collect()
    }
}

/// Who the tests' changes are recorded as in the audit log.
pub const ACTOR: veilig_store::Actor<'static> = veilig_store::Actor {
    user_id: None,
    label: "test",
};

/// The euro limits of the guide: generous defaults for tests that are not about limits.
pub fn roomy() -> veilig_gateway::Limits {
    veilig_gateway::Limits::hard(50_000_000, 200_000_000)
}
