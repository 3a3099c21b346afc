//! Test support: databases (a temp SQLite file, or a fresh database on the PostgreSQL server
//! named by `VEILIG_TEST_POSTGRES_URL`), an in-process server, and an HTTP client with cookies.

use veilig_store::Store;
pub use veilig_testkit::db::{sqlite, TestDb};

/// A fresh, empty PostgreSQL database (see [`veilig_testkit::db::postgres`]).
pub async fn postgres() -> TestDb {
    veilig_testkit::db::postgres("veilig_t").await
}

/// A running veilig web server.
pub struct Server {
    pub base: String,
    pub store: Store,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    handle: Option<tokio::task::JoinHandle<()>>,
}

impl Server {
    pub async fn start(db: &TestDb) -> Server {
        let store = Store::connect(&db.url).await.expect("open store");
        Server::start_with(store).await
    }

    pub async fn start_with(store: Store) -> Server {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let state = veilig_web::AppState::new(
            store.clone(),
            veilig_web::WebConfig {
                max_body: 64 * 1024,
                ..Default::default()
            },
        );
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let handle = tokio::spawn(async move {
            let _ = veilig_web::serve(listener, state, async {
                let _ = rx.await;
            })
            .await;
        });
        Server {
            base: format!("http://{addr}"),
            store,
            shutdown: Some(tx),
            handle: Some(handle),
        }
    }

    /// The whole of `veilig serve`: the web app with the gateway on the same port, in front of
    /// `upstream` (an OpenAI-compatible base URL), one shared mailer (unconfigured until an
    /// administrator sets a mail server) and a master key for secrets at rest.
    pub async fn start_full(db: &TestDb, upstream: &str) -> (Server, veilig_mail::Mailer) {
        let store = Store::connect(&db.url).await.expect("open store");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let master = veilig_gateway::MasterKey::from_bytes(rand_bytes());
        let mailer = veilig_mail::Mailer::unconfigured();
        let state = veilig_web::AppState::new(
            store.clone(),
            veilig_web::WebConfig {
                max_body: 64 * 1024,
                ..Default::default()
            },
        )
        .with_master_key(master.clone())
        .with_mailer(mailer.clone());
        let gw = veilig_gateway::GatewayState::new(
            store.clone(),
            veilig_gateway::GatewayConfig {
                openai_base_url: upstream.to_string(),
                anthropic_base_url: upstream.to_string(),
                key_cache_ttl: std::time::Duration::ZERO,
                ..veilig_gateway::GatewayConfig::default()
            },
            std::sync::Arc::new(veilig_gateway::StaticEngine(std::sync::Arc::new(
                veilig_anonymize::Engine::new(veilig_anonymize::Options::default()),
            ))),
        )
        .expect("gateway state")
        .with_master_key(master)
        .with_mailer(mailer.clone());
        let extra = veilig_gateway::router(gw);
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let handle = tokio::spawn(async move {
            let _ = veilig_web::serve_with(listener, state, extra, async {
                let _ = rx.await;
            })
            .await;
        });
        (
            Server {
                base: format!("http://{addr}"),
                store,
                shutdown: Some(tx),
                handle: Some(handle),
            },
            mailer,
        )
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub fn client(&self) -> Client {
        Client::new(&self.base)
    }

    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(h) = self.handle.take() {
            let _ = h.await;
        }
    }
}

fn rand_bytes() -> [u8; 32] {
    // Distinct per test run; the tests only need the key to be a key.
    let mut b = [0u8; 32];
    let seed = time::OffsetDateTime::now_utc().unix_timestamp_nanos();
    for (i, x) in b.iter_mut().enumerate() {
        *x = (seed >> ((i % 16) * 8)) as u8 ^ (i as u8).wrapping_mul(31);
    }
    b
}

/// A browser-like HTTP client: keeps cookies, does not follow redirects.
pub struct Client {
    base: String,
    pub http: reqwest::Client,
}

/// A response: status, Location header and body.
pub struct Page {
    pub status: u16,
    pub location: Option<String>,
    pub body: String,
}

impl Page {
    /// The CSRF token of the first form on the page.
    pub fn csrf(&self) -> String {
        let marker = "name=\"csrf\" value=\"";
        let start = self
            .body
            .find(marker)
            .map(|i| i + marker.len())
            .unwrap_or_else(|| panic!("no csrf field in page:\n{}", self.body));
        let end = self.body[start..].find('"').expect("end quote") + start;
        self.body[start..end].to_string()
    }
    pub fn contains(&self, s: &str) -> bool {
        self.body.contains(s)
    }
}

impl Client {
    pub fn new(base: &str) -> Client {
        let http = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Client {
            base: base.to_string(),
            http,
        }
    }

    async fn page(resp: reqwest::Response) -> Page {
        let status = resp.status().as_u16();
        let location = resp
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = resp.text().await.expect("body");
        Page {
            status,
            location,
            body,
        }
    }

    pub async fn get(&self, path: &str) -> Page {
        Client::page(
            self.http
                .get(format!("{}{}", self.base, path))
                .send()
                .await
                .expect("GET"),
        )
        .await
    }

    /// GET, following redirects on this client's cookie jar.
    pub async fn follow(&self, path: &str) -> Page {
        let mut p = self.get(path).await;
        let mut hops = 0;
        while let (true, Some(loc)) = ((300..400).contains(&p.status), p.location.clone()) {
            hops += 1;
            assert!(hops < 10, "redirect loop at {loc}");
            p = self.get(&loc).await;
        }
        p
    }

    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> Page {
        Client::page(
            self.http
                .post(format!("{}{}", self.base, path))
                .form(form)
                .send()
                .await
                .expect("POST"),
        )
        .await
    }

    /// POSTs a form with the CSRF token of the page at `form_page`.
    pub async fn submit(&self, form_page: &str, path: &str, fields: &[(&str, &str)]) -> Page {
        let csrf = self.get(form_page).await.csrf();
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        self.post(path, &all).await
    }
}

pub const OWNER_PASSWORD: &str = "bakker-sinds-1921!";

/// Runs the first-run setup and returns the logged-in owner's client.
pub async fn setup_owner(server: &Server, org: &str, email: &str) -> Client {
    let c = server.client();
    let p = c
        .submit(
            "/setup",
            "/setup",
            &[
                ("org_name", org),
                ("owner_name", "Eva Jansen"),
                ("email", email),
                ("password", OWNER_PASSWORD),
                ("password_repeat", OWNER_PASSWORD),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "setup failed: {}", p.body);
    assert_eq!(p.location.as_deref(), Some("/onboarding"));
    c
}

/// Logs in with e-mail and password (no 2FA) and returns the client.
pub async fn login(server: &Server, email: &str, password: &str) -> Client {
    let c = server.client();
    let p = c
        .submit(
            "/login",
            "/login",
            &[("email", email), ("password", password)],
        )
        .await;
    assert_eq!(p.status, 303, "login failed: {}", p.body);
    c
}

/// The owner adds a team member with a login and `role`; returns that member logged in.
pub async fn add_login(server: &Server, owner: &Client, email: &str, role: &str) -> Client {
    const PASSWORD: &str = "collega-wachtwoord-2026";
    let p = owner
        .submit(
            "/team",
            "/team",
            &[
                ("name", "Piet"),
                ("email", email),
                ("role", role),
                ("login", "1"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    login(server, email, PASSWORD).await
}

/// Runs an async test body once on SQLite and once on PostgreSQL.
#[macro_export]
macro_rules! on_both {
    ($name:ident, $body:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let db = $crate::support::sqlite().await;
                super::$body(db).await;
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                let db = $crate::support::postgres().await;
                super::$body(db).await;
            }
        }
    };
}
