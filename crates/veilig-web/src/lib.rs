//! veilig-web owns the HTTP surface of veilig: server-rendered pages (maud, no JavaScript needed),
//! sessions with CSRF tokens, login with argon2id and TOTP, the JSON API, and the translation of
//! every page through the catalog in `veilig-core`.
//!
//! - [`session`]: the session middleware and the per-request context ([`session::Ctx`]).
//! - [`auth`]: password hashing, TOTP (RFC 6238), tokens, recovery codes.
//! - [`errors`]: one error type for every page, rendered in the user's language.
//! - [`views`]: the pages.

pub mod anon;
pub mod api;
pub mod auth;
pub mod errors;
pub mod form;
pub mod layout;
pub mod mail;
pub mod registers;
pub mod session;
pub mod views;

use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use axum::Router;
use std::net::SocketAddr;
use std::sync::Arc;
use veilig_store::Store;

/// Settings of the web app.
#[derive(Debug, Clone)]
pub struct WebConfig {
    /// Mark cookies `Secure` (set when veilig is served over HTTPS).
    pub secure_cookies: bool,
    /// Largest accepted request body in bytes.
    pub max_body: usize,
    /// The gateway's base URL when it is served on its own address (`--gateway-bind`); else the
    /// pages show this server's own address + `/v1`.
    pub gateway_url: Option<String>,
    /// The mail server comes from the server's flags (`--smtp-host`): the app shows it but an
    /// administrator cannot change it there.
    pub mail_from_flags: bool,
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            secure_cookies: false,
            max_body: 256 * 1024,
            gateway_url: None,
            mail_from_flags: false,
        }
    }
}

/// Shared state of all handlers.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<WebConfig>,
    /// Anonymizer engines per organisation.
    pub engines: Arc<anon::EngineCache>,
    /// Anonymizer conversations of the browser sessions (memory only).
    pub conversations: Arc<anon::Conversations>,
    /// The key that encrypts secrets at rest (provider keys, the SMTP password); `None` when
    /// the server runs without a data directory key file (some tests).
    pub master_key: Option<Arc<veilig_gateway::MasterKey>>,
    /// The one mailer (reconfigured when an administrator changes the mail settings).
    pub mailer: veilig_mail::Mailer,
}

impl AppState {
    pub fn new(store: Store, config: WebConfig) -> AppState {
        AppState {
            store,
            config: Arc::new(config),
            engines: Arc::default(),
            conversations: Arc::default(),
            master_key: None,
            mailer: veilig_mail::Mailer::unconfigured(),
        }
    }

    /// With the key that encrypts secrets at rest.
    pub fn with_master_key(mut self, key: veilig_gateway::MasterKey) -> AppState {
        self.master_key = Some(Arc::new(key));
        self
    }

    /// With the installation's mailer (shared with the gateway's alerts).
    pub fn with_mailer(mut self, mailer: veilig_mail::Mailer) -> AppState {
        self.mailer = mailer;
        self
    }
}

/// The complete router of the web app.
pub fn router(state: AppState) -> Router {
    let max_body = state.config.max_body;
    Router::new()
        .route("/", get(views::home))
        .route("/setup", get(views::setup::show).post(views::setup::submit))
        .route("/login", get(views::login::show).post(views::login::submit))
        .route(
            "/login/2fa",
            get(views::login::totp_page).post(views::login::totp_submit),
        )
        .route("/logout", post(views::login::logout))
        .route("/lang", post(views::account::set_lang))
        .route("/dashboard", get(views::dashboard::show))
        .route("/rules/{n}/reviewed", post(views::dashboard::reviewed))
        .route(
            "/onboarding",
            get(views::onboarding::show).post(views::onboarding::submit),
        )
        .route("/team", get(views::team::list).post(views::team::add))
        .route(
            "/team/{id}",
            get(views::team::edit_page).post(views::team::update),
        )
        .route("/team/{id}/delete", post(views::team::remove))
        .route("/audit", get(views::audit::show))
        .route("/account", get(views::account::show))
        .route("/account/password", post(views::account::change_password))
        .route(
            "/account/2fa",
            get(views::account::totp_setup).post(views::account::totp_enable),
        )
        .route("/account/2fa/disable", post(views::account::totp_disable))
        .route(
            "/settings",
            get(views::settings::show).post(views::settings::submit),
        )
        .route("/orgs", get(views::orgs::show).post(views::orgs::create))
        .route("/orgs/switch", post(views::orgs::switch))
        .route(
            "/anonymize",
            get(views::anonymize::show).post(views::anonymize::submit),
        )
        .route("/anonymize/restore", post(views::anonymize::restore_submit))
        .route("/anonymize/reset", post(views::anonymize::reset))
        .route(
            "/anonymize/terms",
            get(views::anonymize::terms).post(views::anonymize::add_term),
        )
        .route(
            "/anonymize/terms/{id}/delete",
            post(views::anonymize::remove_term),
        )
        .route("/anonymize/bsn", post(views::anonymize::set_bsn))
        .route(
            "/settings/tokens",
            get(views::tokens::show).post(views::tokens::create),
        )
        .route("/settings/tokens/{id}/revoke", post(views::tokens::revoke))
        .route("/api/v1/anonymize", post(api::anonymize))
        .route("/api/v1/restore", post(api::restore))
        .route(
            "/register",
            get(views::register::show).post(views::register::add),
        )
        .route("/register.csv", get(views::register::export))
        .route(
            "/register/import",
            post(views::register::import).layer(DefaultBodyLimit::max(
                views::register::MAX_CSV + form::DRAIN_LIMIT,
            )),
        )
        .route("/register/tools", post(views::register::add_tool))
        .route("/register/usage/{id}/delete", post(views::register::remove))
        .route(
            "/register/2fa",
            get(views::register::twofa).post(views::register::twofa_add),
        )
        .route(
            "/register/2fa/{id}/verify",
            post(views::register::twofa_verify),
        )
        .route(
            "/register/dpa",
            get(views::register::dpa)
                .post(views::register::dpa_save)
                .layer(DefaultBodyLimit::max(
                    views::register::MAX_DOC + form::DRAIN_LIMIT,
                )),
        )
        .route(
            "/register/dpa/{id}/document",
            get(views::register::dpa_document),
        )
        .route("/tasks", get(views::tasks::show))
        .route("/tasks/{id}/complete", post(views::tasks::complete))
        .route("/tasks/calendar", post(views::tasks::new_feed))
        .route("/calendar/{file}", get(views::tasks::feed))
        .route("/report", get(views::tasks::report))
        .route(
            "/admin/mail",
            get(views::admin::show).post(views::admin::save),
        )
        .route("/admin/mail/test", post(views::admin::test))
        .route("/admin/mail/clear", post(views::admin::clear))
        .route("/gateway", get(views::gateway::show))
        .route("/gateway/keys", post(views::gateway::create_key))
        .route(
            "/gateway/keys/{id}",
            get(views::gateway::key_show).post(views::gateway::key_save),
        )
        .route(
            "/gateway/keys/{id}/revoke",
            post(views::gateway::revoke_key),
        )
        .route(
            "/gateway/limits/person",
            post(views::gateway::person_limits),
        )
        .route("/gateway/limits/org", post(views::gateway::org_limits))
        .route("/gateway/settings", get(views::gateway::settings))
        .route(
            "/gateway/settings/policy",
            post(views::gateway::save_policy),
        )
        .route(
            "/gateway/settings/provider",
            post(views::gateway::save_provider),
        )
        .route("/gateway/settings/prices", post(views::gateway::save_price))
        .route(
            "/gateway/settings/prices/delete",
            post(views::gateway::delete_price),
        )
        .route("/static/app.css", get(views::stylesheet))
        .route("/static/app.js", get(views::script))
        .route("/healthz", get(|| async { "ok" }))
        .fallback(views::not_found)
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session::middleware,
        ))
        .layer(DefaultBodyLimit::max(max_body))
        .with_state(state)
}

/// Serves the app on an already bound listener until `shutdown` resolves; in-flight requests
/// are drained.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, state, Router::new(), shutdown).await
}

/// Like [`serve`], with `extra` routes (the AI gateway) served beside the web app, outside its
/// session, CSRF and body-limit layers.
pub async fn serve_with(
    listener: tokio::net::TcpListener,
    state: AppState,
    extra: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let sweeper = {
        let store = state.store.clone();
        tokio::spawn(async move {
            let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
            loop {
                tick.tick().await;
                if let Err(e) = store.sweep().await {
                    tracing::warn!(error = %e, "session sweep failed");
                }
            }
        })
    };
    let app = router(state)
        .merge(extra)
        .into_make_service_with_connect_info::<SocketAddr>();
    let r = axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await;
    sweeper.abort();
    r
}
