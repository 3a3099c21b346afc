//! The registers over HTTP: a register row flags client data on ChatGPT Plus and names the fix,
//! the dashboard turns rules 01/04/05/06 green only when the data says so, DPA uploads are
//! type- and size-checked, the CSV import reports refused rows, the quarterly check recurs, and
//! the calendar feed serves the tasks.

use crate::on_both;
use crate::support::{setup_owner, Client, Page, Server, TestDb};

fn rule_status(dash: &Page, n: u8) -> String {
    let marker = format!("data-rule=\"{n}\" data-status=\"");
    let i = dash
        .body
        .find(&marker)
        .unwrap_or_else(|| panic!("rule {n} not on the dashboard"))
        + marker.len();
    dash.body[i..].split('"').next().unwrap().to_string()
}

async fn add_person(c: &Client, name: &str, email: &str) {
    let p = c
        .submit(
            "/team",
            "/team",
            &[("name", name), ("email", email), ("role", "member")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
}

/// A multipart body with the CSRF field, other fields and one file.
fn multipart(
    csrf: &str,
    fields: &[(&str, &str)],
    file_name: &str,
    mime: &str,
    bytes: Vec<u8>,
) -> reqwest::multipart::Form {
    let mut form = reqwest::multipart::Form::new().text("csrf", csrf.to_string());
    for (k, v) in fields {
        form = form.text(k.to_string(), v.to_string());
    }
    let part = reqwest::multipart::Part::bytes(bytes)
        .file_name(file_name.to_string())
        .mime_str(mime)
        .unwrap();
    form.part("file", part)
}

async fn register_rows_drive_rules_01_04_05_06(db: TestDb) {
    let server = Server::start(&db).await;
    let owner = setup_owner(&server, "Advocaten Smit", "eva@smit.nl").await;
    let org = server.store.all_orgs().await.unwrap().remove(0);
    add_person(&owner, "Piet Smit", "piet@smit.nl").await;
    let piet = server
        .store
        .people(&org.id)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.email == "piet@smit.nl")
        .unwrap();
    // Empty register: nothing green.
    let dash = owner.get("/dashboard").await;
    for n in [1, 4, 5, 6] {
        assert_ne!(rule_status(&dash, n), "done", "rule {n}");
    }
    // Client data on ChatGPT Plus: flagged with the fix.
    let p = owner
        .submit(
            "/register",
            "/register",
            &[
                ("person_id", piet.id.as_str()),
                ("tool_plan", "chatgpt|plus"),
                ("data_class", "client"),
            ],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    let reg = owner.follow("/register").await;
    assert!(reg.contains("data-severity=\"critical\""), "{}", reg.body);
    assert!(reg.contains("Business"), "the fix names the business plan");
    let dash = owner.get("/dashboard").await;
    assert_eq!(rule_status(&dash, 1), "needs_attention");
    assert_eq!(rule_status(&dash, 5), "needs_attention");
    assert_eq!(
        rule_status(&dash, 4),
        "needs_attention",
        "OpenAI processes personal data and has no DPA yet"
    );
    // Unknown tool or plan: refused, nothing stored.
    let before = server.store.usages(&org.id).await.unwrap().len();
    let p = owner
        .submit(
            "/register",
            "/register",
            &[
                ("person_id", piet.id.as_str()),
                ("tool_plan", "nope|x"),
                ("data_class", "client"),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    assert!(p.contains("staat niet in de catalogus"));
    let p = owner
        .submit(
            "/register",
            "/register",
            &[
                ("person_id", piet.id.as_str()),
                ("tool_plan", "chatgpt|gold"),
                ("data_class", "client"),
            ],
        )
        .await;
    assert_eq!(p.status, 422);
    assert_eq!(server.store.usages(&org.id).await.unwrap().len(), before);
    // Moving to the business plan fixes rules 01; the legal sector still advises (rule 05).
    owner
        .submit(
            "/settings",
            "/settings",
            &[("name", "Advocaten Smit"), ("sector", "legal")],
        )
        .await;
    owner
        .submit(
            "/register",
            "/register",
            &[
                ("person_id", piet.id.as_str()),
                ("tool_plan", "chatgpt|business"),
                ("data_class", "client"),
            ],
        )
        .await;
    let dash = owner.get("/dashboard").await;
    assert_eq!(rule_status(&dash, 1), "done");
    assert_ne!(rule_status(&dash, 5), "needs_attention");
    // DPA: a non-PDF and an oversized file are refused and change nothing; a PDF is stored.
    let dpa_page = owner.get("/register/dpa").await;
    assert!(dpa_page.contains("data-vendor=\"OpenAI\""));
    let csrf = dpa_page.csrf();
    let fields = [
        ("vendor", "OpenAI"),
        ("status", "signed"),
        ("signed_on", "2026-11-20"),
        ("signed_by", "Eva Smit"),
    ];
    let r = owner
        .http
        .post(server.url("/register/dpa"))
        .multipart(multipart(
            &csrf,
            &fields,
            "dpa.exe",
            "application/octet-stream",
            b"MZ\x90\x00binary".to_vec(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert!(r.text().await.unwrap().contains("geen PDF"));
    let big = [b"%PDF-1.7\n".to_vec(), vec![b'x'; 6 * 1024 * 1024]].concat();
    let r = owner
        .http
        .post(server.url("/register/dpa"))
        .multipart(multipart(
            &csrf,
            &fields,
            "groot.pdf",
            "application/pdf",
            big,
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);
    assert!(server.store.dpas(&org.id).await.unwrap().is_empty());
    // Signed without a date is refused.
    let r = owner
        .http
        .post(server.url("/register/dpa"))
        .multipart(multipart(
            &csrf,
            &[
                ("vendor", "OpenAI"),
                ("status", "signed"),
                ("signed_on", ""),
                ("signed_by", ""),
            ],
            "dpa.pdf",
            "application/pdf",
            b"%PDF-1.4 ok".to_vec(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let pdf = b"%PDF-1.4\n% veilig test\n".to_vec();
    let r = owner
        .http
        .post(server.url("/register/dpa"))
        .multipart(multipart(
            &csrf,
            &fields,
            "OpenAI DPA.pdf",
            "application/pdf",
            pdf.clone(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 303);
    let dpas = server.store.dpas(&org.id).await.unwrap();
    assert_eq!(dpas[0].status, "signed");
    let doc = owner
        .http
        .get(server.url(&format!("/register/dpa/{}/document", dpas[0].id)))
        .send()
        .await
        .unwrap();
    assert_eq!(doc.bytes().await.unwrap().to_vec(), pdf);
    let dash = owner.get("/dashboard").await;
    assert_eq!(rule_status(&dash, 4), "done");
    // Rule 06: the quarterly check per vendor exists, is open, and completes with a note.
    let tasks = owner.get("/tasks").await;
    assert!(
        tasks.contains("data-task=\"privacy_check\" data-subject=\"chatgpt\""),
        "{}",
        tasks.body
    );
    assert_eq!(
        rule_status(&owner.get("/dashboard").await, 6),
        "in_progress"
    );
    let task = server
        .store
        .tasks(&org.id, 0)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.kind == "privacy_check")
        .unwrap();
    let p = owner
        .submit(
            "/tasks",
            &format!("/tasks/{}/complete", task.id),
            &[
                ("note", "Instellingen nagelopen, training uit"),
                ("evidence", "screenshot in AVG-map"),
            ],
        )
        .await;
    assert_eq!(p.status, 303);
    let all = server.store.tasks(&org.id, 0).await.unwrap();
    let checks: Vec<_> = all.iter().filter(|t| t.kind == "privacy_check").collect();
    assert_eq!(checks.len(), 2, "the next quarter's check is planned");
    assert!(checks
        .iter()
        .any(|t| t.completed_at.is_none() && t.due_on > task.due_on));
    assert_eq!(rule_status(&owner.get("/dashboard").await, 6), "done");
    // Completing twice does not create a second next task.
    owner
        .submit(
            "/tasks",
            &format!("/tasks/{}/complete", task.id),
            &[("note", "nog eens")],
        )
        .await;
    assert_eq!(
        server
            .store
            .tasks(&org.id, 0)
            .await
            .unwrap()
            .iter()
            .filter(|t| t.kind == "privacy_check")
            .count(),
        2
    );
    // The audit log recorded the register changes.
    let log = server.store.audit_log(&org.id, 200).await.unwrap();
    for a in ["register.usage", "register.dpa", "task.completed"] {
        assert!(log.iter().any(|e| e.action == a), "{a}");
    }
    server.stop().await;
}
on_both!(register_rules, register_rows_drive_rules_01_04_05_06);

async fn csv_round_trip_and_refused_rows(db: TestDb) {
    let server = Server::start(&db).await;
    let owner = setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    let org = server.store.all_orgs().await.unwrap().remove(0);
    add_person(&owner, "Piet", "piet@bakkerij.nl").await;
    add_person(&owner, "Sara", "sara@bakkerij.nl").await;
    let csv = "email,name,tool,plan,data\n\
               piet@bakkerij.nl,Piet,claude,team,client\n\
               sara@bakkerij.nl,Sara,deepl,onbekend-plan,business\n\
               niemand@bakkerij.nl,X,chatgpt,plus,none\n\
               sara@bakkerij.nl,Sara,chatgpt,plus,geheim\n\
               kapot\n";
    let csrf = owner.get("/register").await.csrf();
    let r = owner
        .http
        .post(server.url("/register/import"))
        .multipart(multipart(
            &csrf,
            &[],
            "register.csv",
            "text/csv",
            csv.as_bytes().to_vec(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("1 regel(s) geïmporteerd"), "{body}");
    assert!(body.contains("4 regel(s) geweigerd"));
    for row in [
        "data-row=\"3\"",
        "data-row=\"4\"",
        "data-row=\"5\"",
        "data-row=\"6\"",
    ] {
        assert!(body.contains(row), "{row} missing");
    }
    assert!(body.contains("niemand@bakkerij.nl"));
    assert_eq!(server.store.usages(&org.id).await.unwrap().len(), 1);
    // A wrong header imports nothing.
    let r = owner
        .http
        .post(server.url("/register/import"))
        .multipart(multipart(
            &csrf,
            &[],
            "x.csv",
            "text/csv",
            b"naam;tool\nPiet;chatgpt\n".to_vec(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(server.store.usages(&org.id).await.unwrap().len(), 1);
    // The export reads back in.
    let export = owner
        .http
        .get(server.url("/register.csv"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(export.starts_with("email,name,tool,plan,data,training_off\n"));
    assert!(export.contains("piet@bakkerij.nl,Piet,claude,team,client,0"));
    let r = owner
        .http
        .post(server.url("/register/import"))
        .multipart(multipart(
            &csrf,
            &[],
            "export.csv",
            "text/csv",
            export.into_bytes(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert_eq!(server.store.usages(&org.id).await.unwrap().len(), 1);
    // The training_off column: business data on a consumer plan with training switched off fits;
    // a value that is not 1/0 (or ja/nee) is refused with the row number.
    let csv = "email,name,tool,plan,data,training_off\n\
               sara@bakkerij.nl,Sara,chatgpt,plus,business,1\n\
               piet@bakkerij.nl,Piet,chatgpt,plus,business,misschien\n";
    let r = owner
        .http
        .post(server.url("/register/import"))
        .multipart(multipart(
            &csrf,
            &[],
            "v2.csv",
            "text/csv",
            csv.as_bytes().to_vec(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("data-row=\"3\""), "{body}");
    assert!(body.contains("misschien"));
    let usages = server.store.usages(&org.id).await.unwrap();
    assert_eq!(usages.len(), 2);
    let sara = usages.iter().find(|u| u.person_name == "Sara").unwrap();
    assert!(sara.training_off);
    let page = owner.get("/register").await.body;
    assert!(
        page.contains("data-tool=\"chatgpt\" data-severity=\"ok\""),
        "training switched off should clear the warning"
    );
    server.stop().await;
}
on_both!(register_csv, csv_round_trip_and_refused_rows);

async fn calendar_feed_and_twofa_checklist(db: TestDb) {
    let server = Server::start(&db).await;
    let owner = setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    let org = server.store.all_orgs().await.unwrap().remove(0);
    add_person(&owner, "Piet", "piet@bakkerij.nl").await;
    let piet = server
        .store
        .people(&org.id)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.email == "piet@bakkerij.nl")
        .unwrap();
    owner
        .submit(
            "/register",
            "/register",
            &[
                ("person_id", piet.id.as_str()),
                ("tool_plan", "claude|team"),
                ("data_class", "client"),
            ],
        )
        .await;
    let page = owner.submit("/tasks", "/tasks/calendar", &[]).await;
    assert_eq!(page.status, 200);
    let url = crate::http::between(&page.body, "id=\"feed-url\">", "<");
    let ics = reqwest::get(server.url(&url)).await.unwrap();
    assert_eq!(ics.status(), 200);
    assert!(ics.headers()["content-type"]
        .to_str()
        .unwrap()
        .starts_with("text/calendar"));
    let ics = ics.text().await.unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(
        ics.contains("SUMMARY:Privacy-instellingen nalopen: Claude"),
        "{ics}"
    );
    assert_eq!(
        reqwest::get(server.url("/calendar/verzonnen.ics"))
            .await
            .unwrap()
            .status(),
        404
    );
    // A new link invalidates the old one.
    owner.submit("/tasks", "/tasks/calendar", &[]).await;
    assert_eq!(reqwest::get(server.url(&url)).await.unwrap().status(), 404);
    // 2FA checklist: an account with 2FA off needs attention; checked on, rule 03 follows.
    let p = owner
        .submit(
            "/register/2fa",
            "/register/2fa",
            &[
                ("tf_person", piet.id.as_str()),
                ("tool_id", "claude"),
                ("account", "piet@bakkerij.nl"),
            ],
        )
        .await;
    assert_eq!(p.status, 303);
    assert_eq!(
        rule_status(&owner.get("/dashboard").await, 3),
        "needs_attention"
    );
    let acc = server
        .store
        .twofa_accounts(&org.id)
        .await
        .unwrap()
        .remove(0);
    owner
        .submit(
            "/register/2fa",
            &format!("/register/2fa/{}/verify", acc.id),
            &[("enabled", "1")],
        )
        .await;
    assert_ne!(
        rule_status(&owner.get("/dashboard").await, 3),
        "needs_attention"
    );
    server.stop().await;
}
on_both!(calendar_and_twofa, calendar_feed_and_twofa_checklist);

async fn due_tasks_are_mailed_to_the_managers_once(db: TestDb) {
    let server = Server::start(&db).await;
    let owner = setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    let org = server.store.all_orgs().await.unwrap().remove(0);
    add_person(&owner, "Piet", "piet@bakkerij.nl").await;
    let piet = server
        .store
        .people(&org.id)
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.email == "piet@bakkerij.nl")
        .unwrap();
    owner
        .submit(
            "/register",
            "/register",
            &[
                ("person_id", piet.id.as_str()),
                ("tool_plan", "claude|team"),
                ("data_class", "client"),
            ],
        )
        .await;
    let smtp = veilig_testkit::SmtpServer::start().await;
    let mailer = veilig_mail::Mailer::new(veilig_mail::MailConfig {
        host: "127.0.0.1".into(),
        port: smtp.port(),
        from: "veilig@bakkerij.nl".into(),
        username: None,
        password: None,
        starttls: false,
    })
    .unwrap();
    let today = time::OffsetDateTime::now_utc().date();
    // Due within a week: the privacy check and the first step of the roll-out plan, one mail
    // each to the owner.
    let sent = veilig_web::registers::send_reminders(&server.store, &mailer, today)
        .await
        .unwrap();
    assert_eq!(sent, 2);
    let msgs = smtp
        .wait_for_messages(2, std::time::Duration::from_secs(10))
        .await
        .unwrap();
    let mut subjects: Vec<String> = msgs.iter().map(|m| m.subject().unwrap()).collect();
    subjects.sort();
    assert!(
        subjects[0].contains("Privacy-instellingen nalopen: Claude"),
        "{subjects:?}"
    );
    assert!(subjects[1].contains("Stappenplan: Week 1"), "{subjects:?}");
    for m in &msgs {
        assert_eq!(m.to, vec!["eva@bakkerij.nl".to_string()]);
        assert!(m.body().contains("Bakkerij"));
    }
    // Not again within the week.
    assert_eq!(
        veilig_web::registers::send_reminders(&server.store, &mailer, today)
            .await
            .unwrap(),
        0
    );
    server.stop().await;
}
on_both!(reminders, due_tasks_are_mailed_to_the_managers_once);

async fn plan_steps_are_tasks_and_late_tasks_show_on_the_dashboard(db: TestDb) {
    let server = Server::start(&db).await;
    let owner = setup_owner(&server, "Bakkerij", "eva@bakkerij.nl").await;
    let org = server.store.all_orgs().await.unwrap().remove(0);
    // Set up twenty days ago: week 1 of the plan is past due, month 1 is not.
    sqlx::query("UPDATE organisations SET created_at = created_at - 20 * 86400 WHERE id = $1")
        .bind(&org.id)
        .execute(server.store.pool())
        .await
        .unwrap();
    let tasks = owner.get("/tasks").await;
    assert!(tasks.contains("Stappenplan: Week 1"), "{}", tasks.body);
    assert!(tasks.contains("Stappenplan: Maand 3"));
    let dash = owner.get("/dashboard").await;
    assert!(dash.contains("id=\"late-tasks\""));
    assert!(dash.contains("data-task=\"roadmap\""));
    // Completing the step: it stays done and leaves the dashboard's late list.
    let step1 = server
        .store
        .tasks(&org.id, 0)
        .await
        .unwrap()
        .into_iter()
        .find(|t| t.kind == "roadmap" && t.subject == "step1")
        .unwrap();
    let p = owner
        .submit(
            "/tasks",
            &format!("/tasks/{}/complete", step1.id),
            &[("note", "Regels 1 tot 3 staan op groen")],
        )
        .await;
    assert_eq!(p.status, 303, "{}", p.body);
    owner.get("/tasks").await;
    let roadmap: Vec<_> = server
        .store
        .tasks(&org.id, 0)
        .await
        .unwrap()
        .into_iter()
        .filter(|t| t.kind == "roadmap")
        .collect();
    assert_eq!(roadmap.len(), 4, "one task per step, never recreated");
    assert!(!owner
        .get("/dashboard")
        .await
        .contains("data-task=\"roadmap\""));
    server.stop().await;
}
on_both!(
    plan_tasks,
    plan_steps_are_tasks_and_late_tasks_show_on_the_dashboard
);
