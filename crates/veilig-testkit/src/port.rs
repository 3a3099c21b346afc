//! Loopback ports and HTTP readiness.

use std::net::{Ipv4Addr, TcpListener};
use std::time::{Duration, Instant};

use anyhow::{bail, Context};

/// A TCP port on 127.0.0.1 that was free a moment ago.
///
/// The port is released before this returns, so another process may grab it
/// in between; callers that spawn a server on it should retry on "address in
/// use". Prefer binding `127.0.0.1:0` directly where the server is in-process.
pub fn free_port() -> anyhow::Result<u16> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).context("bind 127.0.0.1:0")?;
    Ok(listener.local_addr().context("local_addr")?.port())
}

/// Polls `url` with GET until it answers with a 2xx status, or fails after
/// `timeout` with the last status or connection error seen.
pub async fn wait_http_ok(url: &str, timeout: Duration) -> anyhow::Result<()> {
    let client = reqwest::Client::builder()
        .no_proxy()
        .build()
        .context("build HTTP client")?;
    let deadline = Instant::now() + timeout;
    let mut last = String::from("no attempt made");
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            bail!("{url} did not answer 2xx within {timeout:?}: last result: {last}");
        }
        let per_try = left.min(Duration::from_secs(2));
        match client.get(url).timeout(per_try).send().await {
            Ok(resp) if resp.status().is_success() => return Ok(()),
            Ok(resp) => last = format!("HTTP {}", resp.status()),
            Err(e) => last = format!("{e}"),
        }
        let left = deadline.saturating_duration_since(Instant::now());
        tokio::time::sleep(left.min(Duration::from_millis(50))).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_port_is_bindable() -> anyhow::Result<()> {
        let port = free_port()?;
        assert_ne!(port, 0);
        let _l = TcpListener::bind((Ipv4Addr::LOCALHOST, port))?;
        Ok(())
    }

    #[tokio::test]
    async fn wait_http_ok_times_out_on_closed_port() -> anyhow::Result<()> {
        let port = free_port()?;
        let started = Instant::now();
        let err = wait_http_ok(
            &format!("http://127.0.0.1:{port}/"),
            Duration::from_millis(300),
        )
        .await
        .err()
        .context("expected a timeout")?;
        assert!(started.elapsed() < Duration::from_secs(5));
        assert!(format!("{err}").contains("did not answer 2xx"), "{err}");
        Ok(())
    }
}
