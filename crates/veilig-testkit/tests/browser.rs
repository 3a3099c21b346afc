//! Self-test of the WebDriver client against a tiny axum app and Debian's
//! headless Chromium.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use anyhow::Context;
use axum::extract::Form;
use axum::http::{header, HeaderMap};
use axum::response::{Html, IntoResponse};
use axum::routing::{get, post};
use axum::Router;
use veilig_testkit::{wait_http_ok, Browser, WebDriverError};

const WAIT: Duration = Duration::from_secs(10);

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

async fn form_page() -> impl IntoResponse {
    (
        [(
            header::SET_COOKIE,
            "sid=abc123; Path=/; HttpOnly; SameSite=Lax",
        )],
        Html(
            r#"<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Formulier</title></head>
<body><h1>Formulier</h1>
<form method="post" action="/echo">
  <label for="naam">Naam</label> <input id="naam" name="naam" type="text" value="vooraf">
  <button id="verstuur" type="submit">Versturen</button>
</form>
<p id="verborgen" style="display:none">geheim</p>
</body></html>"#,
        ),
    )
}

async fn echo(headers: HeaderMap, Form(form): Form<HashMap<String, String>>) -> Html<String> {
    let value = form.get("naam").cloned().unwrap_or_default();
    let lang = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_owned();
    Html(format!(
        r#"<!doctype html><html><head><meta charset="utf-8"><title>Echo</title></head>
<body><p id="echo">Je typte: {}</p><p id="lang">{}</p><a id="terug" href="/">terug</a></body></html>"#,
        escape(&value),
        escape(&lang)
    ))
}

async fn serve() -> anyhow::Result<String> {
    let app = Router::new()
        .route("/", get(form_page))
        .route("/echo", post(echo));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move { axum::serve(listener, app).await });
    let base = format!("http://{addr}");
    wait_http_ok(&format!("{base}/"), WAIT).await?;
    Ok(base)
}

#[tokio::test]
async fn browser_fills_form_reads_cookies_and_screenshots() -> anyhow::Result<()> {
    let base = serve().await?;
    let started = Instant::now();
    let browser = Browser::launch().await?;
    let launched = started.elapsed();

    browser.goto(&format!("{base}/")).await?;
    assert_eq!(browser.title().await?, "Formulier");
    assert_eq!(browser.current_url().await?, format!("{base}/"));
    assert!(browser.page_source().await?.contains("Versturen"));

    // Element queries.
    let input = browser.find("#naam").await?;
    assert_eq!(input.attr("type").await?.as_deref(), Some("text"));
    assert_eq!(input.attr("data-nope").await?, None);
    assert_eq!(input.prop("value").await?, serde_json::json!("vooraf"));
    assert!(input.is_displayed().await?);
    assert!(!browser.find("#verborgen").await?.is_displayed().await?);
    assert_eq!(browser.find_all("input, button").await?.len(), 2);
    assert!(browser.find_all(".bestaat-niet").await?.is_empty());

    // A failed find names the selector and the URL, and keeps the W3C error.
    let err = browser
        .find("#bestaat-niet")
        .await
        .err()
        .context("expected find to fail")?;
    let msg = format!("{err:#}");
    assert!(msg.contains("#bestaat-niet"), "{msg}");
    assert!(msg.contains(&base), "{msg}");
    let wd = err
        .downcast_ref::<WebDriverError>()
        .context("expected a WebDriverError inside")?;
    assert_eq!(wd.error, "no such element");
    let err = browser
        .wait_for("#bestaat-niet", Duration::from_millis(300))
        .await
        .err()
        .context("expected wait_for to time out")?;
    assert!(format!("{err:#}").contains("timed out"), "{err:#}");

    // JavaScript: arguments, elements, HttpOnly cookie hidden from scripts.
    let sum = browser
        .execute(
            "return arguments[0] + arguments[1];",
            vec![2.into(), 3.into()],
        )
        .await?;
    assert_eq!(sum, serde_json::json!(5));
    let tag = browser
        .execute("return arguments[0].tagName;", vec![input.to_json()])
        .await?;
    assert_eq!(tag, serde_json::json!("INPUT"));
    let doc_cookie = browser.execute("return document.cookie;", vec![]).await?;
    assert_eq!(doc_cookie, serde_json::json!(""));
    let lang = browser
        .execute("return navigator.language;", vec![])
        .await?;
    assert!(
        lang.as_str().is_some_and(|l| l.starts_with("nl")),
        "navigator.language = {lang}"
    );

    // Cookie attributes as the browser stored them.
    let cookie = browser.cookie("sid").await?.context("sid cookie missing")?;
    assert_eq!(cookie.value, "abc123");
    assert!(cookie.http_only);
    assert_eq!(cookie.same_site.as_deref(), Some("Lax"));
    assert_eq!(cookie.path.as_deref(), Some("/"));
    assert!(!cookie.secure);

    // Fill the form and submit it by clicking.
    browser.fill("#naam", "Jan <de Vries> één").await?;
    assert_eq!(
        browser.find("#naam").await?.prop("value").await?,
        serde_json::json!("Jan <de Vries> één")
    );
    browser.find("#verstuur").await?.click().await?;
    let echoed = browser
        .wait_for_text("#echo", "Jan <de Vries> één", WAIT)
        .await?;
    assert_eq!(echoed.text().await?, "Je typte: Jan <de Vries> één");
    browser.wait_for_url("/echo", WAIT).await?;
    let accept_language = browser.text("#lang").await?;
    assert!(accept_language.starts_with("nl"), "{accept_language}");

    // Back, then submit through the submit helper on the input.
    browser.back().await?;
    browser.wait_for_text("h1", "Formulier", WAIT).await?;
    let input = browser.fill("#naam", "tweede").await?;
    input.submit().await?;
    browser.wait_for_text("#echo", "tweede", WAIT).await?;

    // Screenshot and window size.
    browser.set_window_size(800, 600).await?;
    let png = browser.screenshot_png().await?;
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(
        png.len() > 1000,
        "suspiciously small PNG: {} bytes",
        png.len()
    );
    if let Some(dir) = std::env::var_os("VEILIG_SCREENSHOT_DIR") {
        std::fs::write(std::path::Path::new(&dir).join("testkit-echo.png"), &png)?;
    }

    // Cookies can be cleared.
    browser.delete_cookies().await?;
    assert!(browser.cookies().await?.is_empty());

    browser.quit().await?;
    eprintln!(
        "browser self-test: launch {:?}, total {:?}",
        launched,
        started.elapsed()
    );
    Ok(())
}

#[tokio::test]
async fn dropping_the_browser_stops_chromedriver() -> anyhow::Result<()> {
    let browser = Browser::launch().await?;
    let id = browser.session_id().to_owned();
    assert!(!id.is_empty());
    let debug = format!("{browser:?}");
    let pid = browser.chromedriver_pid();
    let workdir = browser.workdir().to_owned();
    assert!(workdir.join("profile").is_dir());
    assert!(std::path::Path::new(&format!("/proc/{pid}")).exists());
    drop(browser);
    assert!(debug.contains(&id));
    assert!(
        !std::path::Path::new(&format!("/proc/{pid}")).exists(),
        "chromedriver {pid} still running"
    );
    assert!(!workdir.exists(), "{} not removed", workdir.display());
    Ok(())
}

#[tokio::test]
async fn a_chromium_that_fails_to_start_is_reported_with_the_driver_log() -> anyhow::Result<()> {
    let started = Instant::now();
    let err = Browser::launch_with(veilig_testkit::LaunchOptions {
        chrome: Some("/bin/false".into()),
        ..Default::default()
    })
    .await
    .err()
    .context("expected launch to fail")?;
    let msg = format!("{err:#}");
    assert!(msg.contains("/bin/false"), "{msg}");
    assert!(msg.contains("session not created"), "{msg}");
    eprintln!(
        "failed launch reported after {:?}:\n{msg}",
        started.elapsed()
    );
    Ok(())
}
