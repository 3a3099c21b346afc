//! The organisation's anonymizer settings as a manager uses them on `/anonymize/terms`, checked
//! through what the anonymizer page then gives back. Every test runs on SQLite and on
//! PostgreSQL (the server named by `VEILIG_TEST_POSTGRES_URL`; `scripts/test` starts one).

use veilig_store::Store;

use veilig_testkit::db::{sqlite, TestDb};

/// A fresh PostgreSQL database: settings must hold on both backends.
async fn postgres() -> TestDb {
    veilig_testkit::db::postgres("veilig_web").await
}

/// The web app on a free loopback port, with a cookie-keeping client that does not follow
/// redirects.
struct App {
    base: String,
    store: Store,
    http: reqwest::Client,
    shutdown: tokio::sync::oneshot::Sender<()>,
    handle: tokio::task::JoinHandle<()>,
}

struct Page {
    status: u16,
    location: Option<String>,
    body: String,
}

impl Page {
    fn csrf(&self) -> String {
        let marker = "name=\"csrf\" value=\"";
        let start = self
            .body
            .find(marker)
            .map(|i| i + marker.len())
            .unwrap_or_else(|| panic!("no csrf field in page:\n{}", self.body));
        let end = self.body[start..].find('"').expect("end quote") + start;
        self.body[start..end].to_string()
    }

    /// The text inside the element with `id`, tags removed (the highlighted placeholders).
    fn text_of(&self, id: &str) -> String {
        let marker = format!("id=\"{id}\">");
        let start = self
            .body
            .find(&marker)
            .map(|i| i + marker.len())
            .unwrap_or_else(|| panic!("no #{id} in page:\n{}", self.body));
        let end = self.body[start..].find("</pre>").expect("end of pre") + start;
        let mut out = String::new();
        let mut in_tag = false;
        for c in self.body[start..end].chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }

    /// Whether the checkbox with `id` is checked.
    fn checked(&self, id: &str) -> bool {
        let marker = format!("id=\"{id}\"");
        let start = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no #{id} in page:\n{}", self.body));
        let tag_start = self.body[..start].rfind('<').expect("tag start");
        let tag_end = self.body[start..].find('>').expect("tag end") + start;
        self.body[tag_start..tag_end].contains("checked")
    }
}

impl App {
    async fn start(db: &TestDb) -> App {
        let store = Store::connect(&db.url).await.expect("open store");
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
        let (shutdown, rx) = tokio::sync::oneshot::channel::<()>();
        let handle = tokio::spawn(async move {
            let _ = veilig_web::serve(listener, state, async {
                let _ = rx.await;
            })
            .await;
        });
        let http = reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        App {
            base: format!("http://{addr}"),
            store,
            http,
            shutdown,
            handle,
        }
    }

    async fn stop(self) {
        let _ = self.shutdown.send(());
        let _ = self.handle.await;
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

    async fn get(&self, path: &str) -> Page {
        let resp = self
            .http
            .get(format!("{}{path}", self.base))
            .send()
            .await
            .expect("GET");
        App::page(resp).await
    }

    /// POSTs a form with the CSRF token of the page at `form_page`.
    async fn submit(&self, form_page: &str, path: &str, fields: &[(&str, &str)]) -> Page {
        let csrf = self.get(form_page).await.csrf();
        let mut all: Vec<(&str, &str)> = vec![("csrf", csrf.as_str())];
        all.extend_from_slice(fields);
        let resp = self
            .http
            .post(format!("{}{path}", self.base))
            .form(&all)
            .send()
            .await
            .expect("POST");
        App::page(resp).await
    }

    /// The first-run setup: the client is then the organisation's logged-in owner.
    async fn setup_owner(&self) {
        let p = self
            .submit(
                "/setup",
                "/setup",
                &[
                    ("org_name", "Installatiebedrijf Visser"),
                    ("owner_name", "Eva Jansen"),
                    ("email", "eva@visser-installatie.nl"),
                    ("password", "visser-sinds-1987!"),
                    ("password_repeat", "visser-sinds-1987!"),
                ],
            )
            .await;
        assert_eq!(p.status, 303, "setup failed: {}", p.body);
    }

    /// Anonymizes `text` on the anonymizer page and returns the anonymized text.
    async fn anonymize(&self, text: &str) -> String {
        let p = self
            .submit("/anonymize", "/anonymize", &[("text", text)])
            .await;
        assert_eq!(p.status, 200, "{}", p.body);
        p.text_of("anonymized")
    }

    /// Saves the settings form of `/anonymize/terms` with the given boxes ticked.
    async fn save_settings(&self, ticked: &[&str]) {
        let fields: Vec<(&str, &str)> = ticked.iter().map(|name| (*name, "1")).collect();
        let p = self
            .submit("/anonymize/terms", "/anonymize/bsn", &fields)
            .await;
        assert_eq!(p.status, 303, "{}", p.body);
        assert_eq!(p.location.as_deref(), Some("/anonymize/terms"));
    }

    async fn settings_audit(&self, org_id: &str) -> Vec<String> {
        self.store
            .audit_log(org_id, 100)
            .await
            .expect("audit log")
            .into_iter()
            .filter(|e| e.action == "org.settings")
            .map(|e| e.detail)
            .collect()
    }
}

const QUOTE: &str = "Offerte voor de verbouwing, KvK 12345678, btw NL123456789B01.";

async fn business_ids_are_kept_until_a_manager_masks_them(db: TestDb) {
    let app = App::start(&db).await;
    app.setup_owner().await;
    let orgs = app.store.all_orgs().await.expect("orgs");
    let org = orgs.first().expect("the organisation of the setup");

    // By default KvK and BTW numbers stay: they are public business numbers.
    let terms = app.get("/anonymize/terms").await;
    assert_eq!(terms.status, 200, "{}", terms.body);
    assert!(!terms.checked("mask_business_ids"));
    assert!(!terms.checked("mask_bsn"));
    assert!(terms.body.contains("KvK- en btw-nummers ook vervangen"));
    let out = app.anonymize(QUOTE).await;
    assert!(out.contains("KvK 12345678"), "{out}");
    assert!(out.contains("NL123456789B01"), "{out}");

    // The owner switches masking on; the same text comes back without the numbers.
    app.save_settings(&["mask_business_ids"]).await;
    let terms = app.get("/anonymize/terms").await;
    assert!(terms.checked("mask_business_ids"));
    assert!(
        !terms.checked("mask_bsn"),
        "the BSN policy is left as it was"
    );
    let org_now = app.store.org(&org.id).await.expect("org").expect("exists");
    assert!(org_now.anonymizer_mask_business_ids && !org_now.anonymizer_mask_bsn);
    let out = app.anonymize(QUOTE).await;
    assert!(!out.contains("12345678"), "{out}");
    assert!(!out.contains("NL123456789B01"), "{out}");
    assert!(out.contains("[KVK_A]") && out.contains("[BTW_A]"), "{out}");
    // The AI's answer gets the real numbers back.
    let restored = app
        .submit(
            "/anonymize",
            "/anonymize/restore",
            &[("text", "Ik heb [KVK_A] en [BTW_A] op de offerte gezet.")],
        )
        .await;
    assert_eq!(restored.status, 200, "{}", restored.body);
    assert_eq!(
        restored.text_of("restored"),
        "Ik heb 12345678 en NL123456789B01 op de offerte gezet."
    );

    // The audit log names the setting that changed; saving it unchanged adds nothing.
    assert_eq!(
        app.settings_audit(&org.id).await,
        vec!["anonymizer_mask_business_ids=true".to_string()]
    );
    app.save_settings(&["mask_business_ids"]).await;
    assert_eq!(app.settings_audit(&org.id).await.len(), 1);

    // Saving the form with only the BSN box ticked switches business-id masking off again.
    app.save_settings(&["mask_bsn"]).await;
    let org_now = app.store.org(&org.id).await.expect("org").expect("exists");
    assert!(org_now.anonymizer_mask_bsn && !org_now.anonymizer_mask_business_ids);
    assert!(app
        .settings_audit(&org.id)
        .await
        .iter()
        .any(|d| d == "anonymizer_mask_bsn=true, anonymizer_mask_business_ids=false"));
    let out = app.anonymize(QUOTE).await;
    assert!(out.contains("KvK 12345678"), "{out}");
    assert!(out.contains("NL123456789B01"), "{out}");

    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn business_ids_switch_sqlite() {
    business_ids_are_kept_until_a_manager_masks_them(sqlite().await).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn business_ids_switch_postgres() {
    business_ids_are_kept_until_a_manager_masks_them(postgres().await).await;
}
