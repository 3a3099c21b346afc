//! A small async W3C WebDriver client for Debian's `chromedriver` driving
//! headless Chromium.
//!
//! [`Browser::launch`] starts `chromedriver` on a free loopback port, waits
//! until it reports ready and opens a session with a fresh Chromium profile in
//! a temporary directory. Dropping the [`Browser`] ends the session, kills
//! `chromedriver` and removes the temporary directory.
//!
//! Every command has an HTTP timeout ([`COMMAND_TIMEOUT`]) and every `wait_*`
//! helper polls with a caller-given bound, so a test cannot hang forever.

use std::fmt;
use std::fs::File;
use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use anyhow::{anyhow, bail, Context};
use reqwest::Method;
use serde::Deserialize;
use serde_json::{json, Value};

/// HTTP timeout for one ordinary WebDriver command. It is longer than the
/// session's page-load and script timeouts, so those fire first.
pub const COMMAND_TIMEOUT: Duration = Duration::from_secs(45);
/// HTTP timeout for creating the session (Chromium start-up).
pub const SESSION_TIMEOUT: Duration = Duration::from_secs(90);
/// How long `chromedriver` gets to answer `/status` with `ready: true`.
pub const DRIVER_READY_TIMEOUT: Duration = Duration::from_secs(20);
/// Interval between polls in the `wait_*` helpers.
pub const POLL_INTERVAL: Duration = Duration::from_millis(100);
/// Page-load timeout set on the session (navigation commands).
pub const PAGE_LOAD_TIMEOUT: Duration = Duration::from_secs(30);
/// Script timeout set on the session.
pub const SCRIPT_TIMEOUT: Duration = Duration::from_secs(20);

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";
const SPAWN_ATTEMPTS: usize = 3;

/// An error answered by `chromedriver` (W3C error response).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebDriverError {
    /// The command, such as `POST /element`.
    pub command: String,
    /// HTTP status of the response.
    pub status: u16,
    /// W3C error code, such as `no such element`.
    pub error: String,
    /// Human-readable message from the driver.
    pub message: String,
}

impl fmt::Display for WebDriverError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "WebDriver {} failed (HTTP {}, {}): {}",
            self.command, self.status, self.error, self.message
        )
    }
}

impl std::error::Error for WebDriverError {}

/// Where to find the binaries and how to start Chromium.
/// `LaunchOptions::default()` is what [`Browser::launch`] uses.
#[derive(Debug, Clone, Default)]
pub struct LaunchOptions {
    /// `chromedriver` binary; default: `$CHROMEDRIVER`, `/usr/bin/chromedriver`, then `PATH`.
    pub chromedriver: Option<PathBuf>,
    /// Chromium binary; default: `$CHROME_BIN`, `/usr/bin/chromium`, then `PATH`.
    pub chrome: Option<PathBuf>,
    /// UI language (`--lang`); default `nl`.
    pub lang: Option<String>,
    /// Window size; default 1280x900.
    pub window_size: Option<(u32, u32)>,
    /// Extra Chromium command-line arguments, appended after the defaults.
    pub extra_args: Vec<String>,
}

/// A cookie as the browser reports it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Cookie {
    pub name: String,
    pub value: String,
    #[serde(default)]
    pub path: Option<String>,
    #[serde(default)]
    pub domain: Option<String>,
    #[serde(default)]
    pub secure: bool,
    #[serde(default)]
    pub http_only: bool,
    /// `Strict`, `Lax` or `None` as reported by chromedriver.
    #[serde(default)]
    pub same_site: Option<String>,
    /// Expiry in seconds since the epoch; `None` for a session cookie.
    #[serde(default)]
    pub expiry: Option<u64>,
}

/// The HTTP side of one WebDriver session; cheap to clone.
#[derive(Clone)]
struct Session {
    http: reqwest::Client,
    /// `http://127.0.0.1:PORT/session/ID`
    url: String,
}

impl Session {
    async fn cmd(&self, method: Method, path: &str, body: Option<Value>) -> anyhow::Result<Value> {
        let url = format!("{}{}", self.url, path);
        let label = format!("{method} {path}");
        send(&self.http, method, &url, &label, body, COMMAND_TIMEOUT).await
    }

    async fn get(&self, path: &str) -> anyhow::Result<Value> {
        self.cmd(Method::GET, path, None).await
    }

    async fn post(&self, path: &str, body: Value) -> anyhow::Result<Value> {
        self.cmd(Method::POST, path, Some(body)).await
    }

    async fn current_url(&self) -> anyhow::Result<String> {
        as_string(self.get("/url").await?, "current URL")
    }

    /// Current URL for error messages; never fails.
    async fn url_for_error(&self) -> String {
        match self.current_url().await {
            Ok(u) => u,
            Err(e) => format!("<unknown URL: {e}>"),
        }
    }

    async fn find_in(&self, scope: &str, css: &str) -> anyhow::Result<Element> {
        let v = self
            .post(
                &format!("{scope}/element"),
                json!({"using": "css selector", "value": css}),
            )
            .await?;
        let id = element_id(&v).ok_or_else(|| anyhow!("no element reference in {v}"))?;
        Ok(Element {
            session: self.clone(),
            id,
            selector: css.to_owned(),
        })
    }

    async fn find_all_in(&self, scope: &str, css: &str) -> anyhow::Result<Vec<Element>> {
        let v = self
            .post(
                &format!("{scope}/elements"),
                json!({"using": "css selector", "value": css}),
            )
            .await?;
        let list = v
            .as_array()
            .ok_or_else(|| anyhow!("find_all: expected an array, got {v}"))?;
        list.iter()
            .map(|e| {
                let id = element_id(e).ok_or_else(|| anyhow!("no element reference in {e}"))?;
                Ok(Element {
                    session: self.clone(),
                    id,
                    selector: css.to_owned(),
                })
            })
            .collect()
    }

    async fn find_with_context(&self, scope: &str, css: &str) -> anyhow::Result<Element> {
        match self.find_in(scope, css).await {
            Ok(e) => Ok(e),
            Err(e) => {
                let url = self.url_for_error().await;
                Err(e.context(format!("find {css:?} on {url}")))
            }
        }
    }
}

async fn send(
    http: &reqwest::Client,
    method: Method,
    url: &str,
    label: &str,
    body: Option<Value>,
    timeout: Duration,
) -> anyhow::Result<Value> {
    let mut req = http.request(method, url).timeout(timeout);
    if let Some(body) = body {
        req = req.json(&body);
    }
    let resp = req.send().await.with_context(|| {
        format!("WebDriver {label}: no answer from chromedriver within {timeout:?}")
    })?;
    let status = resp.status();
    let text = resp
        .text()
        .await
        .with_context(|| format!("WebDriver {label}: reading the response"))?;
    let parsed: Value = serde_json::from_str(&text).with_context(|| {
        format!(
            "WebDriver {label}: response is not JSON (HTTP {status}): {}",
            truncate(&text, 500)
        )
    })?;
    let value = parsed.get("value").cloned().unwrap_or(Value::Null);
    if !status.is_success() {
        let field = |k: &str| {
            value
                .get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let mut message = field("message");
        if message.is_empty() {
            message = truncate(&text, 500);
        }
        return Err(WebDriverError {
            command: label.to_owned(),
            status: status.as_u16(),
            error: field("error"),
            message,
        }
        .into());
    }
    Ok(value)
}

fn element_id(v: &Value) -> Option<String> {
    v.get(ELEMENT_KEY)
        .and_then(Value::as_str)
        .map(str::to_owned)
}

fn as_string(v: Value, what: &str) -> anyhow::Result<String> {
    match v {
        Value::String(s) => Ok(s),
        other => bail!("{what}: expected a string, got {other}"),
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.len() <= max {
        return s.to_owned();
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}…", &s[..end])
}

/// A temporary directory, removed on drop.
struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        if std::fs::remove_dir_all(&self.0).is_err() {
            // Chromium helpers may still be writing for a moment.
            std::thread::sleep(Duration::from_millis(200));
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

/// The `chromedriver` process of one browser. Dropping it kills the process
/// group.
struct Driver {
    child: Child,
    port: u16,
    log_path: PathBuf,
}

impl Driver {
    fn base_url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn log_tail(&self) -> String {
        log_tail(&self.log_path)
    }

    fn kill(&mut self, whole_group: bool) {
        if whole_group {
            // chromedriver runs in its own process group (see spawn), so this
            // also takes any Chromium it left behind.
            let _ = Command::new("kill")
                .args(["-KILL", "--", &format!("-{}", self.child.id())])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        self.kill(true);
    }
}

fn log_tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    let start = lines.len().saturating_sub(20);
    lines[start..].join("\n")
}

fn make_workdir() -> anyhow::Result<TempDir> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    let dir = std::env::temp_dir().join(format!(
        "veilig-testkit-{}-{}-{}",
        std::process::id(),
        nanos,
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    std::fs::create_dir_all(dir.join("profile"))
        .with_context(|| format!("create temp dir {}", dir.display()))?;
    Ok(TempDir(dir))
}

fn which(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

fn locate(
    explicit: Option<&Path>,
    env: &str,
    default: &str,
    path_names: &[&str],
    what: &str,
) -> anyhow::Result<PathBuf> {
    const HINT: &str = "install Debian's packages: apt-get install -y chromium chromium-driver";
    if let Some(p) = explicit {
        if p.is_file() {
            return Ok(p.to_owned());
        }
        bail!(
            "{what} not found at {} (given in LaunchOptions); {HINT}",
            p.display()
        );
    }
    if let Some(p) = std::env::var_os(env).filter(|v| !v.is_empty()) {
        let p = PathBuf::from(p);
        if p.is_file() {
            return Ok(p);
        }
        bail!("{what} not found at {} (from ${env}); {HINT}", p.display());
    }
    let default = Path::new(default);
    if default.is_file() {
        return Ok(default.to_owned());
    }
    which(path_names).ok_or_else(|| {
        anyhow!(
            "{what} not found (looked at ${env}, {} and PATH for {}); {HINT}",
            default.display(),
            path_names.join("/")
        )
    })
}

/// Starts chromedriver on a free port and waits for `/status` to be ready.
/// Retries on another port if chromedriver exits early (port taken).
async fn start_driver(
    http: &reqwest::Client,
    bin: &Path,
    workdir: &Path,
) -> anyhow::Result<Driver> {
    let log_path = workdir.join("chromedriver.log");
    let mut last_err = anyhow!("chromedriver was not started");
    for _ in 0..SPAWN_ATTEMPTS {
        let port = crate::port::free_port()?;
        let log = File::create(&log_path).context("create chromedriver log")?;
        let log_err = log.try_clone().context("clone log handle")?;
        let child = Command::new(bin)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::from(log))
            .stderr(Stdio::from(log_err))
            .process_group(0)
            .spawn()
            .with_context(|| format!("spawn {}", bin.display()))?;
        let mut driver = Driver {
            child,
            port,
            log_path: log_path.clone(),
        };
        match wait_driver_ready(http, &mut driver).await {
            Ok(()) => return Ok(driver),
            Err(e) => {
                let early_exit = matches!(driver.child.try_wait(), Ok(Some(_)));
                last_err = anyhow!(
                    "chromedriver ({}) on port {port} did not become ready: {e:#}\n--- chromedriver log (last lines) ---\n{}",
                    bin.display(),
                    driver.log_tail()
                );
                drop(driver);
                if !early_exit {
                    break;
                }
            }
        }
    }
    Err(last_err)
}

async fn wait_driver_ready(http: &reqwest::Client, driver: &mut Driver) -> anyhow::Result<()> {
    let url = format!("{}/status", driver.base_url());
    let deadline = Instant::now() + DRIVER_READY_TIMEOUT;
    let mut last = String::from("no answer yet");
    loop {
        if let Some(status) = driver.child.try_wait().context("chromedriver status")? {
            bail!("chromedriver exited early with {status}");
        }
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            bail!("/status not ready within {DRIVER_READY_TIMEOUT:?}: {last}");
        }
        match send(
            http,
            Method::GET,
            &url,
            "GET /status",
            None,
            left.min(Duration::from_secs(2)),
        )
        .await
        {
            Ok(v) if v.get("ready").and_then(Value::as_bool) == Some(true) => return Ok(()),
            Ok(v) => last = format!("not ready: {v}"),
            Err(e) => last = format!("{e:#}"),
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Sends `DELETE path` to chromedriver with plain blocking I/O (usable in
/// `Drop`, where nothing can be awaited). Returns whether it answered 2xx.
fn blocking_delete(port: u16, path: &str) -> bool {
    let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
    let Ok(mut stream) = TcpStream::connect_timeout(&addr, Duration::from_secs(2)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(15)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    let req = format!(
        "DELETE {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    );
    if stream.write_all(req.as_bytes()).is_err() {
        return false;
    }
    // chromedriver may keep the connection open: read just one response.
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    while buf.len() < 64 * 1024 {
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => buf.extend_from_slice(&chunk[..n]),
        }
        if response_complete(&buf) {
            break;
        }
    }
    let head = String::from_utf8_lossy(&buf);
    head.starts_with("HTTP/1.1 2") || head.starts_with("HTTP/1.0 2")
}

/// Whether `buf` holds a whole HTTP response with a `Content-Length` body.
fn response_complete(buf: &[u8]) -> bool {
    let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") else {
        return false;
    };
    let head = String::from_utf8_lossy(&buf[..end]);
    let length = head.lines().find_map(|l| {
        let (k, v) = l.split_once(':')?;
        k.trim()
            .eq_ignore_ascii_case("content-length")
            .then(|| v.trim().parse::<usize>().ok())
            .flatten()
    });
    match length {
        Some(n) => buf.len() >= end + 4 + n,
        // No length: chunked or close-delimited; the status line is enough.
        None => true,
    }
}

/// A headless Chromium session driven through `chromedriver`.
pub struct Browser {
    session: Session,
    session_id: String,
    closed: bool,
    // Dropped in this order after `Browser::drop` ended the session.
    driver: Driver,
    workdir: TempDir,
}

impl fmt::Debug for Browser {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Browser")
            .field("session_id", &self.session_id)
            .field("chromedriver_port", &self.driver.port)
            .field("workdir", &self.workdir.0)
            .finish()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.closed {
            let ok = blocking_delete(self.driver.port, &format!("/session/{}", self.session_id));
            self.closed = ok;
        }
        // `driver` is dropped next: it kills chromedriver's process group
        // (and so any Chromium left behind); then `workdir` is removed.
    }
}

impl Browser {
    /// Starts chromedriver and headless Chromium with the default
    /// [`LaunchOptions`] (language `nl`, 1280x900, fresh profile).
    pub async fn launch() -> anyhow::Result<Browser> {
        Self::launch_with(LaunchOptions::default()).await
    }

    /// Starts chromedriver and headless Chromium with `opts`.
    pub async fn launch_with(opts: LaunchOptions) -> anyhow::Result<Browser> {
        let driver_bin = locate(
            opts.chromedriver.as_deref(),
            "CHROMEDRIVER",
            "/usr/bin/chromedriver",
            &["chromedriver"],
            "chromedriver",
        )?;
        let chrome_bin = locate(
            opts.chrome.as_deref(),
            "CHROME_BIN",
            "/usr/bin/chromium",
            &["chromium", "chromium-browser"],
            "Chromium",
        )?;
        let http = reqwest::Client::builder()
            .no_proxy()
            .build()
            .context("build HTTP client")?;
        let workdir = make_workdir()?;
        let profile = workdir.0.join("profile");
        let driver = start_driver(&http, &driver_bin, &workdir.0).await?;

        let (w, h) = opts.window_size.unwrap_or((1280, 900));
        let lang = opts.lang.as_deref().unwrap_or("nl");
        let mut args: Vec<String> = [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        args.push(format!("--window-size={w},{h}"));
        args.push(format!("--user-data-dir={}", profile.display()));
        args.push(format!("--lang={lang}"));
        args.extend(opts.extra_args.iter().cloned());

        let caps = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "pageLoadStrategy": "normal",
                    "timeouts": {
                        "implicit": 0,
                        "pageLoad": PAGE_LOAD_TIMEOUT.as_millis() as u64,
                        "script": SCRIPT_TIMEOUT.as_millis() as u64,
                    },
                    "goog:chromeOptions": {
                        "binary": chrome_bin.to_string_lossy(),
                        "args": args,
                        "prefs": { "intl.accept_languages": lang },
                    }
                }
            }
        });
        let created = send(
            &http,
            Method::POST,
            &format!("{}/session", driver.base_url()),
            "POST /session",
            Some(caps),
            SESSION_TIMEOUT,
        )
        .await;
        let value = match created {
            Ok(v) => v,
            Err(e) => {
                bail!(
                    "starting Chromium ({}) through chromedriver ({}) failed: {e:#}\n--- chromedriver log (last lines) ---\n{}",
                    chrome_bin.display(),
                    driver_bin.display(),
                    driver.log_tail()
                )
            }
        };
        let session_id = value
            .get("sessionId")
            .and_then(Value::as_str)
            .ok_or_else(|| anyhow!("POST /session: no sessionId in {value}"))?
            .to_owned();
        Ok(Browser {
            session: Session {
                http,
                url: format!("{}/session/{session_id}", driver.base_url()),
            },
            session_id,
            closed: false,
            driver,
            workdir,
        })
    }

    /// Ends the session and stops chromedriver, awaiting the session end
    /// (dropping does the same with blocking I/O).
    pub async fn quit(mut self) -> anyhow::Result<()> {
        let result = self.session.cmd(Method::DELETE, "", None).await;
        self.closed = true;
        result.map(drop)
    }

    /// The WebDriver session id.
    pub fn session_id(&self) -> &str {
        &self.session_id
    }

    /// The process id of this browser's chromedriver.
    pub fn chromedriver_pid(&self) -> u32 {
        self.driver.child.id()
    }

    /// The temporary directory (Chromium profile, chromedriver log), removed
    /// on drop.
    pub fn workdir(&self) -> &Path {
        &self.workdir.0
    }

    /// The last lines of chromedriver's log (useful in failure messages).
    pub fn driver_log_tail(&self) -> String {
        self.driver.log_tail()
    }

    /// Navigates to `url` and waits for the page load (bounded by
    /// [`PAGE_LOAD_TIMEOUT`]).
    pub async fn goto(&self, url: &str) -> anyhow::Result<()> {
        self.session
            .post("/url", json!({ "url": url }))
            .await
            .with_context(|| format!("goto {url}"))?;
        Ok(())
    }

    pub async fn current_url(&self) -> anyhow::Result<String> {
        self.session.current_url().await
    }

    pub async fn title(&self) -> anyhow::Result<String> {
        as_string(self.session.get("/title").await?, "title")
    }

    pub async fn page_source(&self) -> anyhow::Result<String> {
        as_string(self.session.get("/source").await?, "page source")
    }

    pub async fn back(&self) -> anyhow::Result<()> {
        self.session.post("/back", json!({})).await?;
        Ok(())
    }

    pub async fn refresh(&self) -> anyhow::Result<()> {
        self.session.post("/refresh", json!({})).await?;
        Ok(())
    }

    /// The first element matching `css`. The error names the selector and
    /// the current URL.
    pub async fn find(&self, css: &str) -> anyhow::Result<Element> {
        self.session.find_with_context("", css).await
    }

    /// All elements matching `css` (possibly none).
    pub async fn find_all(&self, css: &str) -> anyhow::Result<Vec<Element>> {
        self.session.find_all_in("", css).await
    }

    /// Polls until an element matches `css`, at most `timeout`.
    pub async fn wait_for(&self, css: &str, timeout: Duration) -> anyhow::Result<Element> {
        let deadline = Instant::now() + timeout;
        loop {
            match self.session.find_in("", css).await {
                Ok(e) => return Ok(e),
                Err(e) if Instant::now() >= deadline => {
                    let url = self.session.url_for_error().await;
                    return Err(e.context(format!(
                        "timed out after {timeout:?} waiting for {css:?} on {url}"
                    )));
                }
                Err(_) => tokio::time::sleep(POLL_INTERVAL).await,
            }
        }
    }

    /// Polls until an element matching `css` has a visible text containing
    /// `needle`, at most `timeout`; returns that element.
    pub async fn wait_for_text(
        &self,
        css: &str,
        needle: &str,
        timeout: Duration,
    ) -> anyhow::Result<Element> {
        let deadline = Instant::now() + timeout;
        let mut last = String::from("no element matched");
        loop {
            match self.find_all(css).await {
                Ok(found) => {
                    let mut texts = Vec::new();
                    for el in found {
                        // A stale element (page changed) just means: poll again.
                        if let Ok(text) = el.text().await {
                            if text.contains(needle) {
                                return Ok(el);
                            }
                            texts.push(truncate(&text, 200));
                        }
                    }
                    if !texts.is_empty() {
                        last = format!("texts seen: {texts:?}");
                    }
                }
                Err(e) => last = format!("{e:#}"),
            }
            if Instant::now() >= deadline {
                let url = self.session.url_for_error().await;
                bail!(
                    "timed out after {timeout:?} waiting for {css:?} to contain {needle:?} on {url}: {last}"
                );
            }
            tokio::time::sleep(POLL_INTERVAL).await;
        }
    }

    /// Polls until the current URL contains `needle`, at most `timeout`.
    pub async fn wait_for_url(&self, needle: &str, timeout: Duration) -> anyhow::Result<String> {
        let deadline = Instant::now() + timeout;
        loop {
            let url = self.current_url().await?;
            if url.contains(needle) {
                return Ok(url);
            }
            if Instant::now() >= deadline {
                bail!("timed out after {timeout:?} waiting for the URL to contain {needle:?}; it is {url}");
            }
            tokio::time::sleep(POLL_INTERVAL).await;
        }
    }

    /// Runs synchronous JavaScript (`return ...;`) with `args` (use
    /// [`Element::to_json`] to pass elements) and returns its result.
    pub async fn execute(&self, script: &str, args: Vec<Value>) -> anyhow::Result<Value> {
        self.session
            .post("/execute/sync", json!({ "script": script, "args": args }))
            .await
            .with_context(|| format!("execute script {:?}", truncate(script, 120)))
    }

    /// A PNG screenshot of the viewport.
    pub async fn screenshot_png(&self) -> anyhow::Result<Vec<u8>> {
        let b64 = as_string(self.session.get("/screenshot").await?, "screenshot")?;
        data_encoding::BASE64
            .decode(b64.as_bytes())
            .context("screenshot: invalid base64")
    }

    pub async fn set_window_size(&self, width: u32, height: u32) -> anyhow::Result<()> {
        self.session
            .post("/window/rect", json!({ "width": width, "height": height }))
            .await?;
        Ok(())
    }

    /// All cookies visible to the current page.
    pub async fn cookies(&self) -> anyhow::Result<Vec<Cookie>> {
        let v = self.session.get("/cookie").await?;
        serde_json::from_value(v).context("parse cookies")
    }

    /// The cookie called `name` on the current page, if any.
    pub async fn cookie(&self, name: &str) -> anyhow::Result<Option<Cookie>> {
        Ok(self.cookies().await?.into_iter().find(|c| c.name == name))
    }

    /// Deletes all cookies of the current page's domain.
    pub async fn delete_cookies(&self) -> anyhow::Result<()> {
        self.session.cmd(Method::DELETE, "/cookie", None).await?;
        Ok(())
    }

    /// Finds `css`, clears it and types `value`.
    pub async fn fill(&self, css: &str, value: &str) -> anyhow::Result<Element> {
        let el = self.find(css).await?;
        el.clear().await?;
        el.send_keys(value).await?;
        Ok(el)
    }

    /// Finds `css` and clicks it.
    pub async fn click(&self, css: &str) -> anyhow::Result<Element> {
        let el = self.find(css).await?;
        el.click().await?;
        Ok(el)
    }

    /// The visible text of the first element matching `css`.
    pub async fn text(&self, css: &str) -> anyhow::Result<String> {
        self.find(css).await?.text().await
    }
}

/// An element on the current page. Stale once the page navigates.
#[derive(Clone)]
pub struct Element {
    session: Session,
    id: String,
    selector: String,
}

impl fmt::Debug for Element {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Element")
            .field("selector", &self.selector)
            .field("id", &self.id)
            .finish()
    }
}

impl Element {
    /// The WebDriver element id.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The CSS selector this element was found with.
    pub fn selector(&self) -> &str {
        &self.selector
    }

    /// The W3C element reference, for [`Browser::execute`] arguments.
    pub fn to_json(&self) -> Value {
        json!({ ELEMENT_KEY: self.id })
    }

    async fn cmd(&self, method: Method, what: &str, body: Option<Value>) -> anyhow::Result<Value> {
        let path = format!(
            "/element/{}{}",
            self.id,
            if what.is_empty() { "" } else { "/" }
        );
        self.session
            .cmd(method, &format!("{path}{what}"), body)
            .await
            .with_context(|| format!("{what} on element {:?}", self.selector))
    }

    pub async fn click(&self) -> anyhow::Result<()> {
        self.cmd(Method::POST, "click", Some(json!({}))).await?;
        Ok(())
    }

    /// Types `text` into the element.
    pub async fn send_keys(&self, text: &str) -> anyhow::Result<()> {
        self.cmd(Method::POST, "value", Some(json!({ "text": text })))
            .await?;
        Ok(())
    }

    pub async fn clear(&self) -> anyhow::Result<()> {
        self.cmd(Method::POST, "clear", Some(json!({}))).await?;
        Ok(())
    }

    /// The rendered (visible) text.
    pub async fn text(&self) -> anyhow::Result<String> {
        as_string(self.cmd(Method::GET, "text", None).await?, "element text")
    }

    /// An HTML attribute, `None` when absent.
    pub async fn attr(&self, name: &str) -> anyhow::Result<Option<String>> {
        let v = self
            .cmd(Method::GET, &format!("attribute/{name}"), None)
            .await?;
        Ok(v.as_str().map(str::to_owned))
    }

    /// A DOM property (such as `value` or `checked`), as JSON.
    pub async fn prop(&self, name: &str) -> anyhow::Result<Value> {
        self.cmd(Method::GET, &format!("property/{name}"), None)
            .await
    }

    pub async fn is_displayed(&self) -> anyhow::Result<bool> {
        let v = self.cmd(Method::GET, "displayed", None).await?;
        v.as_bool()
            .ok_or_else(|| anyhow!("displayed: expected a bool, got {v}"))
    }

    /// The first descendant matching `css`.
    pub async fn find(&self, css: &str) -> anyhow::Result<Element> {
        self.session
            .find_with_context(&format!("/element/{}", self.id), css)
            .await
    }

    /// All descendants matching `css`.
    pub async fn find_all(&self, css: &str) -> anyhow::Result<Vec<Element>> {
        self.session
            .find_all_in(&format!("/element/{}", self.id), css)
            .await
    }

    /// Submits the element's form the way a person would: clicks this
    /// element if it is a submit button, else the form's first submit
    /// button; a form without one is submitted with `requestSubmit()`.
    pub async fn submit(&self) -> anyhow::Result<()> {
        const SCRIPT: &str = r#"
            const el = arguments[0];
            const form = el.form || el.closest('form');
            if (!form) { return 'no-form'; }
            const sel = 'button:not([type]), button[type=submit], input[type=submit], input[type=image]';
            if (el.matches(sel)) { return el; }
            const btn = form.querySelector(sel);
            if (btn) { return btn; }
            form.requestSubmit();
            return 'submitted';
        "#;
        let v = self
            .session
            .post(
                "/execute/sync",
                json!({ "script": SCRIPT, "args": [self.to_json()] }),
            )
            .await
            .with_context(|| format!("submit via element {:?}", self.selector))?;
        if let Some(id) = element_id(&v) {
            let button = Element {
                session: self.session.clone(),
                id,
                selector: format!("submit button of the form of {}", self.selector),
            };
            return button.click().await;
        }
        match v.as_str() {
            Some("submitted") => Ok(()),
            Some("no-form") => bail!("submit: element {:?} is not in a form", self.selector),
            _ => bail!("submit: unexpected script result {v}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn missing_binary_names_the_package() -> anyhow::Result<()> {
        let err = Browser::launch_with(LaunchOptions {
            chromedriver: Some(PathBuf::from("/nonexistent/chromedriver")),
            ..LaunchOptions::default()
        })
        .await
        .err()
        .context("expected an error")?;
        let msg = format!("{err:#}");
        assert!(msg.contains("chromium-driver"), "{msg}");
        assert!(msg.contains("/nonexistent/chromedriver"), "{msg}");
        Ok(())
    }

    #[tokio::test]
    async fn a_driver_that_exits_is_reported() -> anyhow::Result<()> {
        let err = Browser::launch_with(LaunchOptions {
            chromedriver: Some(PathBuf::from("/bin/false")),
            ..LaunchOptions::default()
        })
        .await
        .err()
        .context("expected an error")?;
        let msg = format!("{err:#}");
        assert!(msg.contains("did not become ready"), "{msg}");
        assert!(msg.contains("exited early"), "{msg}");
        Ok(())
    }

    #[test]
    fn handles_are_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Browser>();
        check::<Element>();
        check::<crate::SmtpServer>();
    }

    #[test]
    fn truncate_respects_char_boundaries() {
        assert_eq!(truncate("abc", 5), "abc");
        assert_eq!(truncate("ëëë", 3), "ë…");
    }
}
