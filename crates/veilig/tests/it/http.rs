//! The web app over real HTTP: setup, login, throttling, CSRF, sessions, bad input, 2FA, roles,
//! onboarding and the dashboard. Each scenario runs on SQLite and on PostgreSQL.

use crate::on_both;
use crate::support::{login, setup_owner, Server, TestDb, OWNER_PASSWORD};

async fn first_run_setup_creates_the_owner_and_the_dashboard_shows_twelve_rules(db: TestDb) {
    let server = Server::start(&db).await;
    let c = server.client();
    // A fresh install sends every visitor to the setup page.
    let home = c.get("/").await;
    assert_eq!(home.location.as_deref(), Some("/setup"));
    let login_page = c.get("/login").await;
    assert_eq!(login_page.location.as_deref(), Some("/setup"));
    let owner = setup_owner(&server, "Bakkerij Jansen", "eva@bakkerij.nl").await;
    let dash = owner.follow("/dashboard").await;
    assert_eq!(dash.status, 200);
    assert!(dash.contains("Bakkerij Jansen"));
    assert_eq!(
        dash.body.matches("class=\"rule\"").count(),
        12,
        "{}",
        dash.body
    );
    // Nothing is green on day one.
    assert!(!dash.contains("data-status=\"done\""));
    assert!(dash.contains("0 van de 12 regels op orde"));
    // The setup page closes after the first run.
    let again = server.client().get("/setup").await;
    assert_eq!(again.status, 303);
    assert_eq!(again.location.as_deref(), Some("/login"));
    assert_eq!(server.store.user_count().await.unwrap(), 1);
    server.stop().await;
}
on_both!(
    first_run_setup,
    first_run_setup_creates_the_owner_and_the_dashboard_shows_twelve_rules
);

async fn setup_refuses_bad_input_and_changes_nothing(db: TestDb) {
    let server = Server::start(&db).await;
    let c = server.client();
    let cases: [(&[(&str, &str)], &str); 4] = [
        (
            &[
                ("org_name", ""),
                ("owner_name", "Eva"),
                ("email", "eva@x.nl"),
                ("password", OWNER_PASSWORD),
                ("password_repeat", OWNER_PASSWORD),
            ],
            "Vul dit veld in.",
        ),
        (
            &[
                ("org_name", "B"),
                ("owner_name", "Eva"),
                ("email", "geen-adres"),
                ("password", OWNER_PASSWORD),
                ("password_repeat", OWNER_PASSWORD),
            ],
            "Dit is geen geldig e-mailadres.",
        ),
        (
            &[
                ("org_name", "B"),
                ("owner_name", "Eva"),
                ("email", "eva@x.nl"),
                ("password", "kort"),
                ("password_repeat", "kort"),
            ],
            "minstens 12 tekens",
        ),
        (
            &[
                ("org_name", "B"),
                ("owner_name", "Eva"),
                ("email", "eva@x.nl"),
                ("password", OWNER_PASSWORD),
                ("password_repeat", "iets-anders-123"),
            ],
            "niet gelijk",
        ),
    ];
    for (fields, message) in cases {
        let p = c.submit("/setup", "/setup", fields).await;
        assert_eq!(p.status, 422, "{message}");
        assert!(p.contains(message), "expected {message:?} in {}", p.body);
    }
    // The form keeps what was typed (except passwords).
    let p = c
        .submit(
            "/setup",
            "/setup",
            &[
                ("org_name", "Bakkerij"),
                ("owner_name", "Eva"),
                ("email", "x"),
                ("password", OWNER_PASSWORD),
                ("password_repeat", OWNER_PASSWORD),
            ],
        )
        .await;
    assert!(p.contains("value=\"Bakkerij\""));
    assert!(!p.contains(OWNER_PASSWORD));
    assert_eq!(server.store.user_count().await.unwrap(), 0);
    assert!(server.store.all_orgs().await.unwrap().is_empty());
    server.stop().await;
}
on_both!(setup_bad_input, setup_refuses_bad_input_and_changes_nothing);

async fn login_checks_the_password_and_throttles_repeated_failures(db: TestDb) {
    let server = Server::start(&db).await;
    setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    let c = server.client();
    let wrong = c
        .submit(
            "/login",
            "/login",
            &[
                ("email", "eva@bakkerij.nl"),
                ("password", "fout-wachtwoord-1"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 401);
    assert!(wrong.contains("E-mailadres of wachtwoord klopt niet."));
    // An unknown address gets exactly the same answer.
    let unknown = c
        .submit(
            "/login",
            "/login",
            &[
                ("email", "niemand@bakkerij.nl"),
                ("password", "fout-wachtwoord-1"),
            ],
        )
        .await;
    assert_eq!(unknown.status, 401);
    assert!(unknown.contains("E-mailadres of wachtwoord klopt niet."));
    for _ in 0..4 {
        c.submit(
            "/login",
            "/login",
            &[
                ("email", "EVA@bakkerij.nl"),
                ("password", "nog-steeds-fout"),
            ],
        )
        .await;
    }
    // Five failures: even the right password is refused for a while.
    let blocked = c
        .submit(
            "/login",
            "/login",
            &[("email", "eva@bakkerij.nl"), ("password", OWNER_PASSWORD)],
        )
        .await;
    assert_eq!(blocked.status, 429, "{}", blocked.body);
    assert!(blocked.contains("Te veel mislukte pogingen"));
    assert!(c.get("/dashboard").await.location.as_deref() == Some("/login"));
    // Another address is not affected.
    server.stop().await;
}
on_both!(
    login_throttle,
    login_checks_the_password_and_throttles_repeated_failures
);

async fn csrf_session_and_body_limits_refuse_and_change_nothing(db: TestDb) {
    let server = Server::start(&db).await;
    let owner = setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    let org = server.store.all_orgs().await.unwrap().remove(0);
    let before = server.store.people(&org.id).await.unwrap().len();
    // Wrong CSRF token.
    let p = owner
        .post(
            "/team",
            &[
                ("csrf", "vervalst"),
                ("name", "Piet"),
                ("email", "piet@bakkerij.nl"),
                ("role", "member"),
            ],
        )
        .await;
    assert_eq!(p.status, 403);
    assert!(p.contains("Het formulier is verlopen"), "{}", p.body);
    // Missing CSRF token.
    let p = owner
        .post(
            "/team",
            &[
                ("name", "Piet"),
                ("email", "piet@bakkerij.nl"),
                ("role", "member"),
            ],
        )
        .await;
    assert_eq!(p.status, 403);
    // A cross-site post is refused before any handler.
    let csrf = owner.get("/team").await.csrf();
    let p = owner
        .http
        .post(server.url("/team"))
        .header("sec-fetch-site", "cross-site")
        .form(&[
            ("csrf", csrf.as_str()),
            ("name", "Piet"),
            ("email", "piet@bakkerij.nl"),
            ("role", "member"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(p.status(), 403);
    // Oversized body.
    let huge = "x".repeat(200 * 1024);
    let p = owner
        .post(
            "/team",
            &[
                ("csrf", csrf.as_str()),
                ("name", huge.as_str()),
                ("email", "piet@bakkerij.nl"),
                ("role", "member"),
            ],
        )
        .await;
    assert_eq!(p.status, 413);
    assert!(p.contains("te groot"), "{}", p.body);
    // Malformed input: an unknown role.
    let p = owner
        .post(
            "/team",
            &[
                ("csrf", csrf.as_str()),
                ("name", "Piet"),
                ("email", "piet@bakkerij.nl"),
                ("role", "keizer"),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    assert_eq!(server.store.people(&org.id).await.unwrap().len(), before);
    // An expired or forged session cookie leads to the login page with a message.
    let stranger = server.client();
    let url: reqwest::Url = server.base.parse().unwrap();
    stranger.http.get(server.url("/")).send().await.unwrap();
    let jar_cookie = reqwest::header::HeaderValue::from_static("veilig_session=verlopen-sessie");
    let p = stranger
        .http
        .get(server.url("/login"))
        .header("cookie", jar_cookie)
        .send()
        .await
        .unwrap();
    let body = p.text().await.unwrap();
    assert!(body.contains("Je sessie is verlopen"), "{body}");
    let _ = url;
    // Unknown pages and unknown organisations get a clear not-found page.
    let p = owner.get("/bestaat-niet").await;
    assert_eq!(p.status, 404);
    assert!(p.contains("bestaat niet"));
    server.stop().await;
}
on_both!(
    bad_input,
    csrf_session_and_body_limits_refuse_and_change_nothing
);

async fn totp_enrolment_then_login_needs_a_code_and_recovery_codes_work_once(db: TestDb) {
    let server = Server::start(&db).await;
    let owner = setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    let page = owner.get("/account/2fa").await;
    assert_eq!(page.status, 200);
    assert!(page.contains("<svg"), "QR code missing");
    let secret = between(&page.body, "id=\"totp-secret\">", "<");
    let now = time::OffsetDateTime::now_utc().unix_timestamp();
    let step = veilig_web::auth::totp_step(now);
    let wrong = owner
        .post(
            "/account/2fa",
            &[("csrf", page.csrf().as_str()), ("code", "000000")],
        )
        .await;
    assert_eq!(wrong.status, 422);
    let code = veilig_web::auth::totp_code(&secret, step).unwrap();
    let ok = owner
        .post(
            "/account/2fa",
            &[("csrf", page.csrf().as_str()), ("code", code.as_str())],
        )
        .await;
    assert_eq!(ok.status, 200, "{}", ok.body);
    let codes: Vec<String> = ok
        .body
        .split("<li><code>")
        .skip(1)
        .map(|s| s.split('<').next().unwrap().to_string())
        .collect();
    assert_eq!(codes.len(), 10);
    // Log in again: password alone is not enough.
    let c = server.client();
    let p = c
        .submit(
            "/login",
            "/login",
            &[("email", "eva@bakkerij.nl"), ("password", OWNER_PASSWORD)],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/login/2fa"));
    assert_eq!(
        c.get("/dashboard").await.location.as_deref(),
        Some("/login")
    );
    // The code that enrolled cannot be replayed.
    let replay = c
        .submit("/login/2fa", "/login/2fa", &[("code", code.as_str())])
        .await;
    assert_eq!(replay.status, 401);
    let next = veilig_web::auth::totp_code(&secret, step + 1).unwrap();
    let p = c
        .submit("/login/2fa", "/login/2fa", &[("code", next.as_str())])
        .await;
    assert_eq!(p.location.as_deref(), Some("/dashboard"), "{}", p.body);
    assert_eq!(c.get("/dashboard").await.status, 200);
    // A recovery code works once.
    for (attempt, expect) in [(0, 303u16), (1, 401u16)] {
        let c = server.client();
        c.submit(
            "/login",
            "/login",
            &[("email", "eva@bakkerij.nl"), ("password", OWNER_PASSWORD)],
        )
        .await;
        let p = c
            .submit(
                "/login/2fa",
                "/login/2fa",
                &[("code", &codes[0].to_uppercase())],
            )
            .await;
        assert_eq!(p.status, expect, "attempt {attempt}: {}", p.body);
    }
    server.stop().await;
}
on_both!(
    totp,
    totp_enrolment_then_login_needs_a_code_and_recovery_codes_work_once
);

pub fn between(s: &str, start: &str, end: &str) -> String {
    let i = s
        .find(start)
        .unwrap_or_else(|| panic!("{start:?} not in page"))
        + start.len();
    let j = s[i..].find(end).unwrap() + i;
    s[i..j].to_string()
}

async fn roles_onboarding_dashboard_and_audit_log(db: TestDb) {
    let server = Server::start(&db).await;
    let owner = setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    let org = server.store.all_orgs().await.unwrap().remove(0);
    // Onboarding refuses an incomplete or invented answer and stores nothing.
    let p = owner
        .submit(
            "/onboarding",
            "/onboarding",
            &[
                ("ai_plan", "free_plus"),
                ("client_data", "yes"),
                ("dpa", "misschien"),
                ("twofa", "none"),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    assert!(p.contains("Kies bij elke vraag een antwoord."));
    assert!(server.store.answers(&org.id).await.unwrap().is_empty());
    let p = owner
        .submit(
            "/onboarding",
            "/onboarding",
            &[
                ("ai_plan", "free_plus"),
                ("client_data", "yes"),
                ("dpa", "missing"),
                ("twofa", "none"),
            ],
        )
        .await;
    assert_eq!(p.status, 303);
    let follows = owner.follow("/onboarding").await;
    assert!(follows.contains("id=\"follows\""));
    let dash = owner.get("/dashboard").await;
    assert!(
        dash.body
            .contains("data-rule=\"1\" data-status=\"needs_attention\""),
        "{}",
        dash.body
    );
    assert!(dash
        .body
        .contains("data-rule=\"4\" data-status=\"needs_attention\""));
    // Better answers turn rules 1 and 4 green.
    owner
        .submit(
            "/onboarding",
            "/onboarding",
            &[
                ("ai_plan", "team_enterprise"),
                ("client_data", "yes"),
                ("dpa", "signed"),
                ("twofa", "all"),
            ],
        )
        .await;
    let dash = owner.get("/dashboard").await;
    assert!(dash.body.contains("data-rule=\"1\" data-status=\"done\""));
    assert!(dash.body.contains("data-rule=\"4\" data-status=\"done\""));
    assert!(dash.contains("2 van de 12 regels op orde"));
    // Team: a member with a login.
    let p = owner
        .submit(
            "/team",
            "/team",
            &[
                ("name", "Piet de Vries"),
                ("email", "piet@bakkerij.nl"),
                ("department", "Verkoop"),
                ("role", "member"),
                ("login", "1"),
                ("password", "piet-zijn-wachtwoord"),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let team = owner.follow("/team").await;
    assert!(team.contains("Piet de Vries") && team.contains("Verkoop"));
    // The same address twice is refused.
    let dup = owner
        .submit(
            "/team",
            "/team",
            &[
                ("name", "Piet 2"),
                ("email", "PIET@bakkerij.nl"),
                ("role", "member"),
            ],
        )
        .await;
    assert_eq!(dup.status, 422);
    let member = login(&server, "piet@bakkerij.nl", "piet-zijn-wachtwoord").await;
    assert_eq!(member.get("/dashboard").await.status, 200);
    for owner_page in ["/audit", "/settings"] {
        let p = member.get(owner_page).await;
        assert_eq!(p.status, 403, "{owner_page}");
        assert!(p.contains("geen rechten"));
    }
    let p = member
        .submit(
            "/team",
            "/team",
            &[
                ("name", "Stiekem"),
                ("email", "s@bakkerij.nl"),
                ("role", "owner"),
            ],
        )
        .await;
    assert_eq!(p.status, 403);
    let p = member
        .submit(
            "/dashboard",
            "/settings",
            &[("name", "Overgenomen"), ("sector", "general")],
        )
        .await;
    assert_eq!(p.status, 403);
    assert_eq!(
        server.store.org(&org.id).await.unwrap().unwrap().name,
        "Bakkerij"
    );
    // The owner may not remove the last owner login.
    let me = server
        .store
        .people(&org.id)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.email == "eva@bakkerij.nl")
        .unwrap();
    let p = owner
        .submit(
            "/team",
            &format!("/team/{}", me.id),
            &[
                ("name", "Eva"),
                ("email", "eva@bakkerij.nl"),
                ("role", "member"),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    assert!(p.contains("minstens één eigenaar"));
    // Requiring 2FA sends a user without it to the enrolment page.
    let p = owner
        .submit(
            "/settings",
            "/settings",
            &[
                ("name", "Bakkerij Jansen"),
                ("sector", "care"),
                ("require_2fa", "1"),
            ],
        )
        .await;
    assert_eq!(p.status, 303);
    assert_eq!(
        member.get("/dashboard").await.location.as_deref(),
        Some("/account/2fa")
    );
    // Every change is in the audit log the owner can read.
    let audit = owner.get("/account/2fa").await;
    assert_eq!(audit.status, 200);
    let log = server.store.audit_log(&org.id, 100).await.unwrap();
    for action in [
        "org.created",
        "onboarding.answered",
        "person.added",
        "org.settings",
    ] {
        assert!(
            log.iter().any(|e| e.action == action),
            "{action} missing from {log:?}"
        );
    }
    server.stop().await;
}
on_both!(
    roles_and_dashboard,
    roles_onboarding_dashboard_and_audit_log
);

async fn english_is_a_choice_per_user(db: TestDb) {
    let server = Server::start(&db).await;
    let owner = setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    let dash = owner.get("/dashboard").await;
    assert!(dash.contains("lang=\"nl\"") && dash.contains("Overzicht"));
    let p = owner
        .post(
            "/lang",
            &[
                ("csrf", dash.csrf().as_str()),
                ("lang", "en"),
                ("back", "/dashboard"),
            ],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/dashboard"));
    let dash = owner.get("/dashboard").await;
    assert!(dash.contains("lang=\"en\""));
    assert!(dash.contains("0 of the 12 rules in order"), "{}", dash.body);
    // An open redirect is not possible through the language switch.
    let p = owner
        .post(
            "/lang",
            &[
                ("csrf", dash.csrf().as_str()),
                ("lang", "nl"),
                ("back", "//evil.example"),
            ],
        )
        .await;
    assert_eq!(p.location.as_deref(), Some("/"));
    server.stop().await;
}
on_both!(language, english_is_a_choice_per_user);
