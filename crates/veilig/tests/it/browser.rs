//! End-to-end in headless Chromium (Debian's chromium + chromium-driver): first-run setup, the
//! onboarding questions, the dashboard showing the result, switching language, TOTP enrolment and
//! login with a code, adding a member, and that member being refused an owner page.

use crate::support::{sqlite, Server};
use std::time::Duration;
use veilig_testkit::Browser;

const WAIT: Duration = Duration::from_secs(15);

async fn shot(b: &Browser, name: &str) {
    if let Ok(dir) = std::env::var("VEILIG_SCREENSHOT_DIR") {
        if let Ok(png) = b.screenshot_png().await {
            let _ = std::fs::write(format!("{dir}/{name}.png"), png);
        }
    }
}

/// First-run setup through the browser; ends on the onboarding page.
async fn setup_in_browser(b: &Browser, server: &Server, org: &str, email: &str) {
    b.goto(&server.url("/setup")).await.unwrap();
    b.wait_for_url("/setup", WAIT).await.unwrap();
    b.fill("#org_name", org).await.unwrap();
    b.fill("#owner_name", "Eva Jansen").await.unwrap();
    b.fill("#email", email).await.unwrap();
    b.fill("#password", "bakker-sinds-1921!").await.unwrap();
    b.fill("#password_repeat", "bakker-sinds-1921!")
        .await
        .unwrap();
    b.click("main button.primary").await.unwrap();
    b.wait_for_url("/onboarding", WAIT).await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn owner_journey_from_setup_to_two_factor_login_and_a_refused_member() {
    let db = sqlite().await;
    let server = Server::start(&db).await;
    let b = Browser::launch()
        .await
        .expect("headless Chromium (apt-get install chromium chromium-driver)");

    // First run: the setup page.
    b.goto(&server.url("/")).await.unwrap();
    b.wait_for_url("/setup", WAIT).await.unwrap();
    assert!(b.text("h1").await.unwrap().contains("veilig instellen"));
    setup_in_browser(&b, &server, "Bakkerij Jansen", "eva@bakkerij.nl").await;

    // Onboarding: the three starting questions.
    let cookie = b
        .cookie("veilig_session")
        .await
        .unwrap()
        .expect("session cookie");
    assert!(cookie.http_only);
    assert_eq!(cookie.same_site.as_deref(), Some("Lax"));
    for id in [
        "#ai_plan-free_plus",
        "#client_data-yes",
        "#dpa-missing",
        "#twofa-none",
    ] {
        b.click(id).await.unwrap();
    }
    shot(&b, "onboarding").await;
    b.click("form.questions button.primary").await.unwrap();
    b.wait_for("#follows", WAIT).await.unwrap();
    let follows = b.text("#follows").await.unwrap();
    assert!(follows.contains("Actie nodig"), "{follows}");

    // The dashboard shows the answers' result.
    b.goto(&server.url("/dashboard")).await.unwrap();
    let rule1 = b.find("li.rule[data-rule='1']").await.unwrap();
    assert_eq!(
        rule1.attr("data-status").await.unwrap().as_deref(),
        Some("needs_attention")
    );
    assert!(rule1.text().await.unwrap().contains("Team of Enterprise"));
    assert_eq!(b.find_all("li.rule").await.unwrap().len(), 12);
    assert!(
        b.text("#next").await.unwrap().contains("04"),
        "rules needing attention come first"
    );
    shot(&b, "dashboard-nl").await;

    // Every visible form field has a label.
    let unlabeled = b
        .execute(
            "return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
               .filter(e => !(e.labels && e.labels.length) && !e.closest('label')).map(e => e.name);",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(unlabeled, serde_json::json!([]), "inputs without a label");

    // Switch to English.
    b.click("button[data-lang='en']").await.unwrap();
    b.wait_for_text("h1", "Overview", WAIT).await.unwrap();
    assert!(b
        .text("li.rule[data-rule='1']")
        .await
        .unwrap()
        .contains("Needs attention"));

    // On a phone the dashboard does not scroll sideways.
    b.set_window_size(390, 844).await.unwrap();
    let fits = b
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth + 1;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(fits, serde_json::json!(true));
    shot(&b, "dashboard-phone-en").await;
    b.set_window_size(1280, 900).await.unwrap();

    // TOTP enrolment.
    b.goto(&server.url("/account/2fa")).await.unwrap();
    let secret = b.text("#totp-secret").await.unwrap();
    let step = veilig_web::auth::totp_step(time::OffsetDateTime::now_utc().unix_timestamp());
    let code = veilig_web::auth::totp_code(&secret, step).unwrap();
    b.fill("#code", &code).await.unwrap();
    b.click("section.twofa button.primary").await.unwrap();
    b.wait_for("#recovery-codes", WAIT).await.unwrap();
    assert_eq!(b.find_all("#recovery-codes li").await.unwrap().len(), 10);

    // Log out, log in again with password and code.
    b.click("form.logout button").await.unwrap();
    b.wait_for_url("/login", WAIT).await.unwrap();
    b.fill("#email", "eva@bakkerij.nl").await.unwrap();
    b.fill("#password", "bakker-sinds-1921!").await.unwrap();
    b.click("main button.primary").await.unwrap();
    b.wait_for_url("/login/2fa", WAIT).await.unwrap();
    let next = veilig_web::auth::totp_code(&secret, step + 1).unwrap();
    b.fill("#code", &next).await.unwrap();
    b.click("main button.primary").await.unwrap();
    b.wait_for_url("/dashboard", WAIT).await.unwrap();
    assert!(
        b.text("h1").await.unwrap().contains("Overview"),
        "the language choice belongs to the user"
    );

    // Add a member with a login.
    b.goto(&server.url("/team")).await.unwrap();
    b.fill("#name", "Piet de Vries").await.unwrap();
    b.fill("#email", "piet@bakkerij.nl").await.unwrap();
    b.fill("#department", "Verkoop").await.unwrap();
    b.click("#login").await.unwrap();
    b.fill("#password", "piet-zijn-wachtwoord").await.unwrap();
    b.click("#add-person button.primary").await.unwrap();
    b.wait_for_text("#people", "Piet de Vries", WAIT)
        .await
        .unwrap();

    // The member logs in and is refused the owner's audit log.
    b.click("form.logout button").await.unwrap();
    b.wait_for_url("/login", WAIT).await.unwrap();
    b.fill("#email", "piet@bakkerij.nl").await.unwrap();
    b.fill("#password", "piet-zijn-wachtwoord").await.unwrap();
    b.click("main button.primary").await.unwrap();
    b.wait_for_url("/dashboard", WAIT).await.unwrap();
    assert!(
        b.find_all("nav a[href='/audit']").await.unwrap().is_empty(),
        "members get no audit link"
    );
    b.goto(&server.url("/audit")).await.unwrap();
    let refused = b.text("main").await.unwrap();
    assert!(refused.contains("geen rechten"), "{refused}");
    shot(&b, "member-refused").await;
    b.quit().await.unwrap();
    server.stop().await;
}

/// The registers in the browser: a register row flagged and fixed, a signed DPA uploaded as a
/// PDF, the quarterly check completed, and the dashboard turning green only as the data says so.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn registers_turn_rules_green_only_when_the_data_says_so() {
    let db = sqlite().await;
    let server = Server::start(&db).await;
    let b = Browser::launch()
        .await
        .expect("headless Chromium (apt-get install chromium chromium-driver)");
    setup_in_browser(&b, &server, "Advocaten Smit", "eva@smit.nl").await;

    b.goto(&server.url("/team")).await.unwrap();
    b.fill("#name", "Piet Smit").await.unwrap();
    b.fill("#email", "piet@smit.nl").await.unwrap();
    b.click("#add-person button.primary").await.unwrap();
    b.wait_for_text("#people", "Piet Smit", WAIT).await.unwrap();

    let status = |n: u8| format!("li.rule[data-rule='{n}']");
    b.goto(&server.url("/dashboard")).await.unwrap();
    for n in [1u8, 4, 6] {
        assert_ne!(
            b.find(&status(n))
                .await
                .unwrap()
                .attr("data-status")
                .await
                .unwrap()
                .as_deref(),
            Some("done"),
            "rule {n} on day one"
        );
    }

    // Client data on ChatGPT Plus: flagged, with the fix.
    b.goto(&server.url("/register")).await.unwrap();
    b.click("#person_id option:nth-child(2)").await.unwrap();
    b.click("#tool_plan option[value='chatgpt|plus']")
        .await
        .unwrap();
    b.click("#data_class option[value='client']").await.unwrap();
    shot(&b, "register-form").await;
    b.click("#add-usage button.primary").await.unwrap();
    b.wait_for("tr[data-severity='critical']", WAIT)
        .await
        .unwrap();
    assert!(
        b.text("#usage").await.unwrap().contains("Business"),
        "the fix names the business plan"
    );
    b.goto(&server.url("/dashboard")).await.unwrap();
    assert_eq!(
        b.find(&status(1))
            .await
            .unwrap()
            .attr("data-status")
            .await
            .unwrap()
            .as_deref(),
        Some("needs_attention")
    );

    // Move to the business plan: rule 01 turns green.
    b.goto(&server.url("/register")).await.unwrap();
    b.click("#person_id option:nth-child(2)").await.unwrap();
    b.click("#tool_plan option[value='chatgpt|business']")
        .await
        .unwrap();
    b.click("#data_class option[value='client']").await.unwrap();
    b.click("#add-usage button.primary").await.unwrap();
    // Wait for the page the form posts to: `#usage` is on the old page too, and going to the
    // dashboard before the post is done raced with it.
    b.wait_for(
        "#usage tr[data-tool='chatgpt']:not([data-severity='critical'])",
        WAIT,
    )
    .await
    .unwrap();
    b.goto(&server.url("/dashboard")).await.unwrap();
    assert_eq!(
        b.find(&status(1))
            .await
            .unwrap()
            .attr("data-status")
            .await
            .unwrap()
            .as_deref(),
        Some("done")
    );
    assert_eq!(
        b.find(&status(4))
            .await
            .unwrap()
            .attr("data-status")
            .await
            .unwrap()
            .as_deref(),
        Some("needs_attention")
    );

    // Upload the signed DPA as a PDF: rule 04 turns green.
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("OpenAI-DPA.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\n% getekende verwerkersovereenkomst\n").unwrap();
    b.goto(&server.url("/register/dpa")).await.unwrap();
    let vendor = "li[data-vendor='OpenAI']";
    b.click(&format!(
        "{vendor} select[name=status] option[value=signed]"
    ))
    .await
    .unwrap();
    b.execute(
        &format!(
            "document.querySelector(\"{vendor} input[name=signed_on]\").value = '2026-11-20';"
        ),
        vec![],
    )
    .await
    .unwrap();
    b.fill(&format!("{vendor} input[name=signed_by]"), "Eva Jansen")
        .await
        .unwrap();
    b.find(&format!("{vendor} input[type=file]"))
        .await
        .unwrap()
        .send_keys(pdf.to_str().unwrap())
        .await
        .unwrap();
    b.click(&format!("{vendor} form button")).await.unwrap();
    b.wait_for_text(vendor, "OpenAI-DPA.pdf", WAIT)
        .await
        .unwrap();
    assert_eq!(
        b.find(vendor)
            .await
            .unwrap()
            .attr("data-status")
            .await
            .unwrap()
            .as_deref(),
        Some("done")
    );
    b.goto(&server.url("/dashboard")).await.unwrap();
    assert_eq!(
        b.find(&status(4))
            .await
            .unwrap()
            .attr("data-status")
            .await
            .unwrap()
            .as_deref(),
        Some("done")
    );
    assert_ne!(
        b.find(&status(6))
            .await
            .unwrap()
            .attr("data-status")
            .await
            .unwrap()
            .as_deref(),
        Some("done")
    );

    // Complete the quarterly privacy check: rule 06 turns green.
    b.goto(&server.url("/tasks")).await.unwrap();
    let card = "li[data-task='privacy_check'][data-subject='chatgpt']";
    b.fill(
        &format!("{card} input[name=note]"),
        "Instellingen nagelopen, training uit",
    )
    .await
    .unwrap();
    b.fill(
        &format!("{card} input[name=evidence]"),
        "schermafdruk in AVG-map",
    )
    .await
    .unwrap();
    b.click(&format!("{card} button.primary")).await.unwrap();
    b.wait_for("#done-tasks", WAIT).await.unwrap();
    shot(&b, "tasks-done").await;
    b.goto(&server.url("/dashboard")).await.unwrap();
    assert_eq!(
        b.find(&status(6))
            .await
            .unwrap()
            .attr("data-status")
            .await
            .unwrap()
            .as_deref(),
        Some("done")
    );
    b.quit().await.unwrap();
    server.stop().await;
}

/// The form fields on the page that have no label (names), for the accessibility checks.
async fn unlabeled(b: &Browser) -> serde_json::Value {
    b.execute(
        "return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
           .filter(e => !(e.labels && e.labels.length) && !e.closest('label')).map(e => e.name);",
        vec![],
    )
    .await
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_key_made_in_the_browser_carries_traffic_and_turns_rule_08_green() {
    let db = sqlite().await;
    let up = crate::gateway_pages::upstream().await;
    let (server, _) = Server::start_full(&db, &up.base).await;
    let b = Browser::launch()
        .await
        .expect("headless Chromium (apt-get install chromium chromium-driver)");
    setup_in_browser(&b, &server, "Bakkerij Jansen", "eva@bakkerij.nl").await;
    let rule8 = || async {
        b.goto(&server.url("/dashboard")).await.unwrap();
        b.find("li.rule[data-rule='8']")
            .await
            .unwrap()
            .attr("data-status")
            .await
            .unwrap()
    };
    assert_eq!(rule8().await.as_deref(), Some("not_started"));

    // The provider key, then a key with the suggested limits.
    b.goto(&server.url("/gateway/settings")).await.unwrap();
    assert_eq!(unlabeled(&b).await, serde_json::json!([]));
    b.fill("#provider-openai", "sk-van-de-bakkerij")
        .await
        .unwrap();
    b.click("form[data-provider='openai'] button")
        .await
        .unwrap();
    b.wait_for("p.flash", WAIT).await.unwrap();
    b.goto(&server.url("/gateway")).await.unwrap();
    assert_eq!(unlabeled(&b).await, serde_json::json!([]));
    b.fill("#name", "Offertes").await.unwrap();
    b.fill("#new-daily_hard", "2,50").await.unwrap();
    b.click("#create-key button.primary").await.unwrap();
    b.wait_for("#new-key", WAIT).await.unwrap();
    let secret = b.text("#new-key").await.unwrap();
    assert!(secret.trim().starts_with("vk-"), "{secret}");
    shot(&b, "gateway-key-created").await;

    // The key works through the gateway on the same port, and the spend shows up.
    let r = crate::gateway_pages::chat(&server, secret.trim()).await;
    assert_eq!(r.status(), 200);
    let mut seen = false;
    for _ in 0..50 {
        b.goto(&server.url("/gateway")).await.unwrap();
        if b.find_all("#recent tbody tr").await.unwrap().len() == 1 {
            seen = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(seen, "the request is listed");
    let row = b.text("#keys tr[data-key='Offertes']").await.unwrap();
    assert!(row.contains("€ 2,50"), "{row}");
    // On a phone the page does not scroll sideways (tables scroll inside their frame).
    b.set_window_size(390, 844).await.unwrap();
    let fits = b
        .execute(
            "return document.documentElement.scrollWidth <= window.innerWidth + 1;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(fits, serde_json::json!(true));
    shot(&b, "gateway-phone").await;
    b.set_window_size(1280, 900).await.unwrap();
    assert_eq!(rule8().await.as_deref(), Some("done"));

    // The administrator's mail page is labelled too.
    b.goto(&server.url("/admin/mail")).await.unwrap();
    assert_eq!(unlabeled(&b).await, serde_json::json!([]));
    b.quit().await.unwrap();
    server.stop().await;
}
