//! The gateway pages and the mail-server settings, end to end: keys made in the app carry real
//! traffic through the gateway (same port) to a local OpenAI-compatible upstream, the spend shows
//! up against the limits, revoking stops the key, rule 08 follows the keys; the administrator's
//! mail server carries a test message to a real SMTP listener. Both databases.

use crate::on_both;
use crate::support::*;
use axum::http::HeaderMap;
use axum::routing::post;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A local OpenAI-compatible upstream: records the Authorization header it was sent and
/// answers every chat completion with 1,000,000 prompt and 100,000 completion tokens.
pub(crate) struct Upstream {
    pub(crate) base: String,
    auth: Arc<Mutex<Vec<String>>>,
}

pub(crate) async fn upstream() -> Upstream {
    let auth: Arc<Mutex<Vec<String>>> = Arc::default();
    let seen = auth.clone();
    let app = axum::Router::new().route(
        "/v1/chat/completions",
        post(move |headers: HeaderMap, body: axum::body::Bytes| {
            let seen = seen.clone();
            async move {
                let a = headers
                    .get("authorization")
                    .and_then(|v| v.to_str().ok())
                    .unwrap_or("")
                    .to_string();
                seen.lock().unwrap().push(a);
                let req: Value = serde_json::from_slice(&body).unwrap_or(Value::Null);
                axum::Json(json!({
                    "id": "chatcmpl-1", "object": "chat.completion",
                    "model": req["model"],
                    "choices": [{"index": 0, "finish_reason": "stop",
                        "message": {"role": "assistant", "content": "Prima."}}],
                    "usage": {"prompt_tokens": 1_000_000, "completion_tokens": 100_000, "total_tokens": 1_100_000}
                }))
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Upstream {
        base: format!("http://{addr}/v1"),
        auth,
    }
}

/// The secret shown once after creating a key.
fn secret_on(page: &Page) -> String {
    let marker = "<pre class=\"out\" id=\"new-key\">";
    let start = page.body.find(marker).expect("new key shown") + marker.len();
    let end = page.body[start..].find('<').unwrap() + start;
    page.body[start..end].to_string()
}

fn rule_08(dash: &Page) -> &str {
    for s in ["not_started", "in_progress", "needs_attention", "done"] {
        if dash.contains(&format!("data-rule=\"8\" data-status=\"{s}\"")) {
            return s;
        }
    }
    panic!("rule 8 not on the dashboard")
}

/// (actor, user id, detail) of the audit rows of `action`, oldest first.
async fn audited(
    server: &Server,
    org_id: &str,
    action: &str,
) -> Vec<(String, Option<String>, String)> {
    use sqlx::Row;
    sqlx::query(
        "SELECT actor, user_id, detail FROM audit_log WHERE org_id = $1 AND action = $2 ORDER BY at, id",
    )
    .bind(org_id)
    .bind(action)
    .fetch_all(server.store.pool())
    .await
    .unwrap()
    .iter()
    .map(|r| (r.get("actor"), r.get("user_id"), r.get("detail")))
    .collect()
}

pub(crate) async fn chat(server: &Server, key: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(server.url("/v1/chat/completions"))
        .bearer_auth(key)
        .json(&json!({"model": "gpt-4o-mini", "max_tokens": 10,
            "messages": [{"role": "user", "content": "Vat de notulen samen."}]}))
        .send()
        .await
        .unwrap()
}

async fn keys_limits_spend_and_rule_08(db: TestDb) {
    let up = upstream().await;
    let (server, _) = Server::start_full(&db, &up.base).await;
    let owner = setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    let org = server.store.all_orgs().await.unwrap().remove(0);
    assert_eq!(rule_08(&owner.get("/dashboard").await), "not_started");
    let page = owner.get("/gateway").await;
    assert_eq!(page.status, 200);
    assert!(page.contains("id=\"keys-empty\""));

    // Bad input: not an amount, a missing hard limit, no name. Nothing is created.
    for (fields, expect) in [
        (
            vec![
                ("name", "Boekhouding"),
                ("daily_hard", "veel"),
                ("monthly_hard", "100"),
            ],
            "veel",
        ),
        (
            vec![
                ("name", "Boekhouding"),
                ("daily_hard", "5"),
                ("monthly_hard", ""),
            ],
            "harde dag- en maandlimiet",
        ),
        (
            vec![("name", " "), ("daily_hard", "5"), ("monthly_hard", "50")],
            "naam",
        ),
        (
            vec![
                ("name", "X"),
                ("daily_hard", "5"),
                ("monthly_hard", "50"),
                ("daily_soft", "9"),
            ],
            "zachte limiet",
        ),
    ] {
        let p = owner.submit("/gateway", "/gateway/keys", &fields).await;
        assert_eq!(p.status, 422, "{fields:?}");
        assert!(p.contains(expect), "{expect}: {}", p.body);
    }
    assert!(veilig_gateway::list_keys(&server.store, &org.id)
        .await
        .unwrap()
        .is_empty());

    // A key with €0,20 a day: shown once, only its hash stored.
    let p = owner
        .submit(
            "/gateway",
            "/gateway/keys",
            &[
                ("name", "Boekhouding"),
                ("person", "eva@bakkerij.nl"),
                ("daily_hard", "0,20"),
                ("monthly_hard", "150"),
                ("monthly_soft", "100"),
            ],
        )
        .await;
    assert_eq!(p.status, 200, "{}", p.body);
    let secret = secret_on(&p);
    assert!(secret.starts_with("vk-"));
    assert!(!owner.get("/gateway").await.contains(&secret));
    // The audit log names the logged-in user who made the key, not the gateway.
    let eva = server
        .store
        .user_by_email("eva@bakkerij.nl")
        .await
        .unwrap()
        .unwrap();
    let by_eva = |detail: &str| {
        (
            "eva@bakkerij.nl".to_string(),
            Some(eva.id.clone()),
            detail.to_string(),
        )
    };
    let prefix = &secret[..9];
    assert_eq!(
        audited(&server, &org.id, "gateway.key.create").await,
        vec![by_eva(&format!("Boekhouding ({prefix}…)"))]
    );
    assert_eq!(rule_08(&owner.get("/dashboard").await), "done");

    // The provider key set in the app is what the upstream receives.
    let p = owner
        .submit(
            "/gateway/settings",
            "/gateway/settings/provider",
            &[("provider", "openai"), ("secret", "sk-van-de-bakkerij")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    assert!(owner
        .get("/gateway/settings")
        .await
        .contains("data-provider=\"openai\""));
    let r = chat(&server, &secret).await;
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap());
    assert_eq!(
        up.auth.lock().unwrap().last().map(String::as_str),
        Some("Bearer sk-van-de-bakkerij")
    );
    // Spend shows against the limit: 1M input + 100k output tokens of gpt-4o-mini.
    let mut shown = false;
    for _ in 0..50 {
        let page = owner.get("/gateway").await;
        // The request is listed at once; its cost once the gateway settled it.
        let settled = !page.contains("data-spent=\"0\" data-limit=\"200000\"");
        if page.contains("id=\"recent\"") && page.contains("gpt-4o-mini") && settled {
            assert!(page.contains("data-limit=\"200000\""), "{}", page.body);
            shown = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(shown, "the request and its cost show on the gateway page");

    // Raising the daily limit in the app; a bad amount keeps the old limits.
    let key = veilig_gateway::list_keys(&server.store, &org.id)
        .await
        .unwrap()
        .remove(0);
    let path = format!("/gateway/keys/{}", key.id);
    let p = owner
        .submit(
            &path,
            &path,
            &[("daily_hard", "abc"), ("monthly_hard", "150")],
        )
        .await;
    assert_eq!(p.status, 422);
    let p = owner
        .submit(
            &path,
            &path,
            &[("daily_hard", "7,50"), ("monthly_hard", "250")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let key = veilig_gateway::key(&server.store, &org.id, &key.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(key.limits.daily_hard, Some(7_500_000));
    // €250 a month is above the guide's advice: rule 08 is in progress until it is lowered.
    assert_eq!(rule_08(&owner.get("/dashboard").await), "in_progress");

    // Organisation and person limits; an unknown person is refused.
    let p = owner
        .submit(
            "/gateway",
            "/gateway/limits/org",
            &[("daily_hard", "20"), ("monthly_hard", "200")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let l = veilig_gateway::limits(&server.store, &org.id, veilig_gateway::LimitScope::Org)
        .await
        .unwrap();
    assert_eq!(l.monthly_hard, Some(200_000_000));
    let p = owner
        .submit(
            "/gateway",
            "/gateway/limits/person",
            &[("person_id", "bestaat-niet"), ("daily_hard", "1")],
        )
        .await;
    assert_eq!(p.status, 422);

    // An own price for a model the table does not know.
    let p = owner
        .submit(
            "/gateway/settings",
            "/gateway/settings/prices",
            &[
                ("model", "eigen-model"),
                ("input", "0,50"),
                ("output", "1,5"),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let prices = veilig_gateway::org_prices(&server.store, &org.id)
        .await
        .unwrap();
    assert_eq!(prices[0].output_per_mtok, 1_500_000);
    let p = owner
        .submit(
            "/gateway/settings",
            "/gateway/settings/prices",
            &[("model", "x"), ("input", "gratis"), ("output", "1")],
        )
        .await;
    assert_eq!(p.status, 422);

    // Policy: anonymization off is recorded.
    let p = owner
        .submit(
            "/gateway/settings",
            "/gateway/settings/policy",
            &[("alert_email", "geen-adres")],
        )
        .await;
    assert_eq!(p.status, 422);
    let p = owner
        .submit(
            "/gateway/settings",
            "/gateway/settings/policy",
            &[("alert_email", "kas@bakkerij.nl")],
        )
        .await;
    assert_eq!(p.status, 303);
    let pol = veilig_gateway::policy(&server.store, &org.id)
        .await
        .unwrap();
    assert!(!pol.anonymize);
    assert_eq!(pol.alert_email.as_deref(), Some("kas@bakkerij.nl"));
    assert_eq!(
        audited(&server, &org.id, "gateway.policy").await,
        vec![by_eva("anonymize=false")]
    );

    // Revoking stops the key at once (no cache in the tests).
    let p = owner
        .submit("/gateway", &format!("/gateway/keys/{}/revoke", key.id), &[])
        .await;
    assert_eq!(p.status, 303);
    assert_eq!(chat(&server, &secret).await.status(), 401);
    assert_eq!(
        audited(&server, &org.id, "gateway.key.revoke").await,
        vec![by_eva(&key.id)]
    );
    assert_eq!(rule_08(&owner.get("/dashboard").await), "not_started");

    // A member sees none of it.
    let member = add_login(&server, &owner, "piet@bakkerij.nl", "member").await;
    for path in ["/gateway", "/gateway/settings"] {
        assert_eq!(member.get(path).await.status, 403, "{path}");
    }
    assert!(!member.get("/dashboard").await.contains("href=\"/gateway\""));
    server.stop().await;
}
on_both!(gateway_pages, keys_limits_spend_and_rule_08);

async fn mail_server_set_in_the_app(db: TestDb) {
    let up = upstream().await;
    let (server, mailer) = Server::start_full(&db, &up.base).await;
    let smtp = veilig_testkit::SmtpServer::start().await;
    let owner = setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    // The first user administers the installation.
    let p = owner.get("/admin/mail").await;
    assert_eq!(p.status, 200);
    assert!(p.contains("data-configured=\"false\""));
    // Bad input is refused with nothing stored.
    for (port, from) in [("nul", "veilig@bakkerij.nl"), ("2525", "veilig")] {
        let p = owner
            .submit(
                "/admin/mail",
                "/admin/mail",
                &[("host", "127.0.0.1"), ("port", port), ("from", from)],
            )
            .await;
        assert_eq!(p.status, 422, "{port} {from}");
    }
    assert!(!mailer.is_configured());
    let port = smtp.port().to_string();
    let p = owner
        .submit(
            "/admin/mail",
            "/admin/mail",
            &[
                ("host", "127.0.0.1"),
                ("port", &port),
                ("from", "veilig <veilig@bakkerij.nl>"),
                ("username", "veilig"),
                ("password", "geheim-smtp-wachtwoord"),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    assert!(mailer.is_configured(), "the shared mailer follows the app");
    // The password is stored encrypted.
    let stored = server.store.setting("smtp").await.unwrap().unwrap();
    assert!(stored.contains("127.0.0.1"));
    assert!(!stored.contains("geheim-smtp-wachtwoord"));
    // The local SMTP server offers no login: the test message fails and the page says why.
    let p = owner.submit("/admin/mail", "/admin/mail/test", &[]).await;
    assert_eq!(p.status, 422);
    assert!(
        p.contains("Het testbericht kon niet verstuurd worden"),
        "{}",
        p.body
    );
    // Without the master key file the stored password cannot be read.
    assert!(veilig_web::mail::load(&server.store, None).await.is_err());
    // Saving again without user name and password: no login, and the stored password is kept.
    let p = owner
        .submit(
            "/admin/mail",
            "/admin/mail",
            &[
                ("host", "127.0.0.1"),
                ("port", &port),
                ("from", "veilig@bakkerij.nl"),
            ],
        )
        .await;
    assert_eq!(p.status, 303);
    assert!(mailer
        .config()
        .is_some_and(|c| c.password.as_deref() == Some("geheim-smtp-wachtwoord")));
    // The test message arrives.
    let p = owner.submit("/admin/mail", "/admin/mail/test", &[]).await;
    assert_eq!(p.status, 200, "{}", p.body);
    let msgs = smtp
        .wait_for_messages(1, Duration::from_secs(10))
        .await
        .expect("test message");
    assert_eq!(msgs[0].to, vec!["eva@bakkerij.nl".to_string()]);
    assert_eq!(msgs[0].subject().as_deref(), Some("Testbericht van veilig"));
    // An administrator of the organisation is not the installation's administrator.
    let piet = add_login(&server, &owner, "piet@bakkerij.nl", "admin").await;
    assert_eq!(piet.get("/admin/mail").await.status, 403);
    let csrf = piet.get("/dashboard").await.csrf();
    let p = piet
        .post("/admin/mail/clear", &[("csrf", csrf.as_str())])
        .await;
    assert_eq!(p.status, 403);
    assert!(mailer.is_configured());
    // Removing it stops all mail.
    let p = owner.submit("/admin/mail", "/admin/mail/clear", &[]).await;
    assert_eq!(p.status, 303);
    assert!(!mailer.is_configured());
    server.stop().await;
}
on_both!(mail_settings, mail_server_set_in_the_app);
