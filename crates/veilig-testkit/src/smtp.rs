//! An in-process SMTP sink for tests.
//!
//! [`SmtpServer::start`] listens on `127.0.0.1:0` and speaks enough plain
//! SMTP (no TLS, no AUTH) for `lettre`'s SMTP transport: `EHLO`/`HELO`
//! (advertising `8BITMIME` and `SIZE`), `MAIL FROM`, `RCPT TO`, `DATA` (with
//! dot-unstuffing), `RSET`, `NOOP` and `QUIT`. Every accepted message is kept
//! as a [`Message`]; [`Message::header`] and [`Message::body`] decode what a
//! mailer typically sends (RFC 2047 encoded words, quoted-printable, base64).
//! Connections are served concurrently; the server stops when dropped.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use anyhow::bail;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::{JoinHandle, JoinSet};

/// Largest message accepted (advertised as `SIZE`).
pub const MAX_MESSAGE_SIZE: usize = 10 * 1024 * 1024;
const MAX_LINE: usize = 64 * 1024;
const IDLE_TIMEOUT: Duration = Duration::from_secs(60);
const HOSTNAME: &str = "veilig-testkit";

/// One message as delivered over SMTP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// Envelope sender (`MAIL FROM`), without angle brackets.
    pub from: String,
    /// Envelope recipients (`RCPT TO`), without angle brackets.
    pub to: Vec<String>,
    /// The message (headers and body) after dot-unstuffing, CRLF line ends,
    /// without the final `.` line.
    pub data: String,
}

impl Message {
    /// The raw (unfolded, undecoded) value of the first header `name`
    /// (case-insensitive).
    pub fn raw_header(&self, name: &str) -> Option<String> {
        let (head, _) = split_head_body(&self.data);
        header_in(head, name)
    }

    /// The first header `name` (case-insensitive), unfolded and with RFC 2047
    /// encoded words (`=?utf-8?b?...?=`, `=?utf-8?q?...?=`) decoded.
    pub fn header(&self, name: &str) -> Option<String> {
        self.raw_header(name).map(|v| decode_encoded_words(&v))
    }

    /// The decoded `Subject`.
    pub fn subject(&self) -> Option<String> {
        self.header("Subject")
    }

    /// The body decoded per `Content-Transfer-Encoding` (quoted-printable,
    /// base64, or as is), read as UTF-8. For a `multipart/*` message this is
    /// the first `text/plain` part (else the first part).
    pub fn body(&self) -> String {
        let (head, body) = split_head_body(&self.data);
        decode_part(head, body)
    }

    /// The body exactly as transferred (after dot-unstuffing).
    pub fn raw_body(&self) -> &str {
        split_head_body(&self.data).1
    }
}

fn split_head_body(data: &str) -> (&str, &str) {
    if let Some(i) = data.find("\r\n\r\n") {
        (&data[..i], &data[i + 4..])
    } else if let Some(i) = data.find("\n\n") {
        (&data[..i], &data[i + 2..])
    } else {
        (data, "")
    }
}

fn header_in(head: &str, name: &str) -> Option<String> {
    let mut current: Option<String> = None;
    for line in head.lines() {
        if line.starts_with(' ') || line.starts_with('\t') {
            if let Some(v) = current.as_mut() {
                v.push(' ');
                v.push_str(line.trim());
            }
            continue;
        }
        if current.is_some() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.trim().eq_ignore_ascii_case(name) {
                current = Some(v.trim().to_owned());
            }
        }
    }
    current
}

/// A parameter such as `boundary` or `charset` of a header value.
fn header_param(value: &str, param: &str) -> Option<String> {
    value.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case(param)
            .then(|| v.trim().trim_matches('"').to_owned())
    })
}

fn decode_part(head: &str, body: &str) -> String {
    let ctype = header_in(head, "Content-Type").unwrap_or_default();
    if ctype.to_ascii_lowercase().starts_with("multipart/") {
        if let Some(boundary) = header_param(&ctype, "boundary") {
            let parts = split_multipart(body, &boundary);
            let plain = parts.iter().find(|(h, _)| {
                header_in(h, "Content-Type")
                    .unwrap_or_else(|| "text/plain".into())
                    .to_ascii_lowercase()
                    .starts_with("text/plain")
            });
            if let Some((h, b)) = plain.or(parts.first()) {
                return decode_part(h, b);
            }
        }
        return body.to_owned();
    }
    let cte = header_in(head, "Content-Transfer-Encoding")
        .unwrap_or_default()
        .to_ascii_lowercase();
    match cte.as_str() {
        "quoted-printable" => String::from_utf8_lossy(&decode_quoted_printable(body, false)).into(),
        "base64" => {
            let compact: String = body.chars().filter(|c| !c.is_ascii_whitespace()).collect();
            match decode_base64(&compact) {
                Some(bytes) => String::from_utf8_lossy(&bytes).into(),
                None => body.to_owned(),
            }
        }
        _ => body.to_owned(),
    }
}

fn split_multipart<'a>(body: &'a str, boundary: &str) -> Vec<(&'a str, &'a str)> {
    let delim = format!("--{boundary}");
    let mut parts = Vec::new();
    for chunk in body.split(delim.as_str()).skip(1) {
        if chunk.starts_with("--") {
            break;
        }
        let chunk = chunk.strip_prefix("\r\n").unwrap_or(chunk);
        let chunk = chunk.strip_suffix("\r\n").unwrap_or(chunk);
        parts.push(split_head_body(chunk));
    }
    parts
}

fn decode_base64(s: &str) -> Option<Vec<u8>> {
    data_encoding::BASE64
        .decode(s.as_bytes())
        .or_else(|_| data_encoding::BASE64_NOPAD.decode(s.trim_end_matches('=').as_bytes()))
        .ok()
}

fn hex_val(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Quoted-printable decoding; `q_encoding` is RFC 2047's variant where `_`
/// stands for a space.
fn decode_quoted_printable(s: &str, q_encoding: bool) -> Vec<u8> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'=' => {
                // Soft line break: "=\r\n" or "=\n".
                if b.get(i + 1) == Some(&b'\r') && b.get(i + 2) == Some(&b'\n') {
                    i += 3;
                    continue;
                }
                if b.get(i + 1) == Some(&b'\n') {
                    i += 2;
                    continue;
                }
                let hi = b.get(i + 1).copied().and_then(hex_val);
                let lo = b.get(i + 2).copied().and_then(hex_val);
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.push(hi * 16 + lo);
                    i += 3;
                } else {
                    out.push(b'=');
                    i += 1;
                }
            }
            b'_' if q_encoding => {
                out.push(b' ');
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Decodes RFC 2047 encoded words; whitespace between two encoded words is
/// dropped, as the RFC says. Charsets other than UTF-8/ASCII are read as UTF-8.
fn decode_encoded_words(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    let mut pending_ws = String::new();
    let mut last_was_word = false;
    while !rest.is_empty() {
        if let Some((decoded, consumed)) = encoded_word_at(rest) {
            if !last_was_word {
                out.push_str(&pending_ws);
            }
            pending_ws.clear();
            out.push_str(&decoded);
            rest = &rest[consumed..];
            last_was_word = true;
            continue;
        }
        let mut chars = rest.chars();
        let Some(c) = chars.next() else { break };
        if c.is_whitespace() {
            pending_ws.push(c);
        } else {
            out.push_str(&pending_ws);
            pending_ws.clear();
            out.push(c);
            last_was_word = false;
        }
        rest = chars.as_str();
    }
    out.push_str(&pending_ws);
    out
}

fn encoded_word_at(s: &str) -> Option<(String, usize)> {
    let inner = s.strip_prefix("=?")?;
    let (_charset, after) = inner.split_once('?')?;
    let (enc, after) = after.split_once('?')?;
    let end = after.find("?=")?;
    let text = &after[..end];
    if text.contains(char::is_whitespace) {
        return None;
    }
    let bytes = match enc {
        "b" | "B" => decode_base64(text)?,
        "q" | "Q" => decode_quoted_printable(text, true),
        _ => return None,
    };
    let consumed = s.len() - after.len() + end + 2;
    Some((String::from_utf8_lossy(&bytes).into_owned(), consumed))
}

struct Shared {
    messages: Mutex<Vec<Message>>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Vec<Message>> {
        // A panicking connection task cannot leave the list half-written.
        self.messages
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// An SMTP server on `127.0.0.1` that records the messages it receives.
/// Stops (and drops open connections) when dropped.
pub struct SmtpServer {
    addr: SocketAddr,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

impl std::fmt::Debug for SmtpServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpServer")
            .field("addr", &self.addr)
            .field("messages", &self.shared.lock().len())
            .finish()
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl SmtpServer {
    /// Starts the server on `127.0.0.1:0`. Must be called inside a tokio
    /// runtime. Panics if no loopback port can be bound; see
    /// [`SmtpServer::try_start`].
    pub async fn start() -> SmtpServer {
        match Self::try_start().await {
            Ok(s) => s,
            Err(e) => panic!("veilig-testkit: cannot start the SMTP server on 127.0.0.1: {e}"),
        }
    }

    /// Starts the server on `127.0.0.1:0`.
    pub async fn try_start() -> std::io::Result<SmtpServer> {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            messages: Mutex::new(Vec::new()),
        });
        let task = tokio::spawn(accept_loop(listener, shared.clone()));
        Ok(SmtpServer { addr, shared, task })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn port(&self) -> u16 {
        self.addr.port()
    }

    /// All messages received so far, in order of arrival.
    pub fn messages(&self) -> Vec<Message> {
        self.shared.lock().clone()
    }

    /// Removes and returns the messages received so far.
    pub fn take_messages(&self) -> Vec<Message> {
        std::mem::take(&mut *self.shared.lock())
    }

    /// Waits until at least `n` messages have arrived (polling), at most
    /// `timeout`; returns all messages so far.
    pub async fn wait_for_messages(
        &self,
        n: usize,
        timeout: Duration,
    ) -> anyhow::Result<Vec<Message>> {
        let deadline = Instant::now() + timeout;
        loop {
            let messages = self.messages();
            if messages.len() >= n {
                return Ok(messages);
            }
            if Instant::now() >= deadline {
                bail!(
                    "SMTP server {}: expected {n} message(s) within {timeout:?}, got {}",
                    self.addr,
                    messages.len()
                );
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

async fn accept_loop(listener: TcpListener, shared: Arc<Shared>) {
    // Dropping the JoinSet (when this task is aborted) aborts the connections.
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => {
                if let Ok((stream, _)) = accepted {
                    connections.spawn(serve(stream, shared.clone()));
                }
            }
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

/// Reads one line (up to `MAX_LINE` bytes) into `buf`; `Ok(false)` on EOF.
async fn read_line(
    reader: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
    buf: &mut Vec<u8>,
) -> std::io::Result<bool> {
    buf.clear();
    let fut = async {
        loop {
            let available = reader.fill_buf().await?;
            if available.is_empty() {
                return Ok(!buf.is_empty());
            }
            let (used, done) = match available.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (available.len(), false),
            };
            buf.extend_from_slice(&available[..used]);
            reader.consume(used);
            if done {
                return Ok(true);
            }
            if buf.len() > MAX_LINE {
                return Err(std::io::Error::other("line too long"));
            }
        }
    };
    match tokio::time::timeout(IDLE_TIMEOUT, fut).await {
        Ok(r) => r,
        Err(_) => Err(std::io::Error::other("idle timeout")),
    }
}

fn path_arg(rest: &str) -> Option<String> {
    let start = rest.find('<')?;
    let end = rest[start..].find('>')? + start;
    Some(rest[start + 1..end].to_owned())
}

async fn serve(stream: TcpStream, shared: Arc<Shared>) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    write
        .write_all(format!("220 {HOSTNAME} ESMTP ready\r\n").as_bytes())
        .await?;
    let mut from: Option<String> = None;
    let mut to: Vec<String> = Vec::new();
    let mut line = Vec::new();
    while read_line(&mut reader, &mut line).await? {
        let text = String::from_utf8_lossy(&line);
        let cmd_line = text.trim_end_matches(['\r', '\n']);
        let (verb, rest) = cmd_line.split_once(' ').unwrap_or((cmd_line, ""));
        let verb = verb.to_ascii_uppercase();
        let reply: String = match verb.as_str() {
            "EHLO" => {
                from = None;
                to.clear();
                format!(
                    "250-{HOSTNAME} greets {}\r\n250-8BITMIME\r\n250-SIZE {MAX_MESSAGE_SIZE}\r\n250 OK\r\n",
                    rest.trim()
                )
            }
            "HELO" => {
                from = None;
                to.clear();
                format!("250 {HOSTNAME}\r\n")
            }
            "MAIL" => {
                let upper = rest.to_ascii_uppercase();
                if !upper.starts_with("FROM:") {
                    "501 Syntax: MAIL FROM:<address>\r\n".into()
                } else if from.is_some() {
                    "503 Nested MAIL command\r\n".into()
                } else {
                    match path_arg(rest) {
                        Some(addr) => {
                            from = Some(addr);
                            to.clear();
                            "250 OK\r\n".into()
                        }
                        None => "501 Syntax: MAIL FROM:<address>\r\n".into(),
                    }
                }
            }
            "RCPT" => {
                let upper = rest.to_ascii_uppercase();
                if from.is_none() {
                    "503 Need MAIL before RCPT\r\n".into()
                } else if !upper.starts_with("TO:") {
                    "501 Syntax: RCPT TO:<address>\r\n".into()
                } else {
                    match path_arg(rest).filter(|a| !a.is_empty()) {
                        Some(addr) => {
                            to.push(addr);
                            "250 OK\r\n".into()
                        }
                        None => "501 Syntax: RCPT TO:<address>\r\n".into(),
                    }
                }
            }
            "DATA" => {
                if from.is_none() || to.is_empty() {
                    "503 Need MAIL and RCPT before DATA\r\n".into()
                } else {
                    write
                        .write_all(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                        .await?;
                    let mut data: Vec<u8> = Vec::new();
                    let mut too_big = false;
                    loop {
                        if !read_line(&mut reader, &mut line).await? {
                            // EOF inside DATA: the message is abandoned.
                            return Ok(());
                        }
                        if line == b".\r\n" || line == b".\n" {
                            break;
                        }
                        let content = line.strip_prefix(b".").unwrap_or(&line);
                        if data.len() + content.len() > MAX_MESSAGE_SIZE {
                            too_big = true;
                        } else {
                            data.extend_from_slice(content);
                        }
                    }
                    let envelope_from = from.take().unwrap_or_default();
                    let recipients = std::mem::take(&mut to);
                    if too_big {
                        "552 Message exceeds fixed maximum message size\r\n".into()
                    } else {
                        // The final CRLF belongs to the terminator.
                        if data.ends_with(b"\r\n") {
                            data.truncate(data.len() - 2);
                        } else if data.ends_with(b"\n") {
                            data.truncate(data.len() - 1);
                        }
                        let n = {
                            let mut messages = shared.lock();
                            messages.push(Message {
                                from: envelope_from,
                                to: recipients,
                                data: String::from_utf8_lossy(&data).into_owned(),
                            });
                            messages.len()
                        };
                        format!("250 OK queued as {n}\r\n")
                    }
                }
            }
            "RSET" => {
                from = None;
                to.clear();
                "250 OK\r\n".into()
            }
            "NOOP" => "250 OK\r\n".into(),
            "VRFY" => "252 Cannot VRFY user\r\n".into(),
            "QUIT" => {
                write.write_all(b"221 Bye\r\n").await?;
                write.shutdown().await?;
                return Ok(());
            }
            "STARTTLS" | "AUTH" => "502 Command not implemented\r\n".into(),
            "" => "500 Empty command\r\n".into(),
            _ => "500 Command not recognized\r\n".into(),
        };
        write.write_all(reply.as_bytes()).await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use anyhow::Context;

    struct Client {
        reader: BufReader<tokio::net::tcp::OwnedReadHalf>,
        write: tokio::net::tcp::OwnedWriteHalf,
    }

    impl Client {
        async fn connect(server: &SmtpServer) -> anyhow::Result<(Client, String)> {
            let stream = TcpStream::connect(server.addr()).await?;
            let (read, write) = stream.into_split();
            let mut c = Client {
                reader: BufReader::new(read),
                write,
            };
            let greeting = c.reply().await?;
            Ok((c, greeting))
        }

        /// Reads a (possibly multi-line) reply.
        async fn reply(&mut self) -> anyhow::Result<String> {
            let mut all = String::new();
            loop {
                let mut line = String::new();
                let n =
                    tokio::time::timeout(Duration::from_secs(5), self.reader.read_line(&mut line))
                        .await
                        .context("reply timeout")??;
                if n == 0 {
                    bail!("connection closed; got so far: {all:?}");
                }
                all.push_str(&line);
                if line.as_bytes().get(3) != Some(&b'-') {
                    return Ok(all);
                }
            }
        }

        async fn cmd(&mut self, line: &str) -> anyhow::Result<String> {
            self.write
                .write_all(format!("{line}\r\n").as_bytes())
                .await?;
            self.reply().await
        }

        async fn expect(&mut self, line: &str, code: &str) -> anyhow::Result<String> {
            let reply = self.cmd(line).await?;
            if !reply.starts_with(code) {
                bail!("{line:?}: expected {code}, got {reply:?}");
            }
            Ok(reply)
        }

        async fn send_mail(&mut self, from: &str, to: &[&str], data: &str) -> anyhow::Result<()> {
            self.expect(&format!("MAIL FROM:<{from}>"), "250").await?;
            for r in to {
                self.expect(&format!("RCPT TO:<{r}>"), "250").await?;
            }
            self.expect("DATA", "354").await?;
            self.expect(&format!("{data}\r\n."), "250").await?;
            Ok(())
        }
    }

    #[tokio::test]
    async fn receives_a_message_over_raw_smtp() -> anyhow::Result<()> {
        let server = SmtpServer::start().await;
        let (mut c, greeting) = Client::connect(&server).await?;
        assert!(greeting.starts_with("220 "), "{greeting}");
        let ehlo = c.expect("EHLO tester.local", "250").await?;
        assert!(ehlo.contains("250-8BITMIME"), "{ehlo}");
        assert!(ehlo.contains("SIZE"), "{ehlo}");
        c.expect("NOOP", "250").await?;
        let data = [
            "From: Veilig <noreply@veilig.test>",
            "To: jan@example.test, piet@example.test",
            "Subject: =?utf-8?q?Welkom_bij_veilig_=E2=80=93_=C3=A9=C3=A9n?=",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "Hallo Jan,",
            ".Dit begint met een punt en caf=C3=A9 is in orde.",
            ".",
            "Een heel lange regel die zacht is afgebr=",
            "oken.",
        ]
        .join("\r\n");
        // Dot-stuffing as a client must do it.
        let stuffed = data
            .split("\r\n")
            .map(|l| {
                if l.starts_with('.') {
                    format!(".{l}")
                } else {
                    l.to_owned()
                }
            })
            .collect::<Vec<_>>()
            .join("\r\n");
        c.send_mail(
            "noreply@veilig.test",
            &["jan@example.test", "piet@example.test"],
            &stuffed,
        )
        .await?;
        c.expect("QUIT", "221").await?;

        let messages = server.wait_for_messages(1, Duration::from_secs(5)).await?;
        assert_eq!(messages.len(), 1);
        let m = &messages[0];
        assert_eq!(m.from, "noreply@veilig.test");
        assert_eq!(m.to, vec!["jan@example.test", "piet@example.test"]);
        assert_eq!(m.data, data);
        assert_eq!(m.subject().as_deref(), Some("Welkom bij veilig – één"));
        assert_eq!(
            m.header("content-type").as_deref(),
            Some("text/plain; charset=utf-8")
        );
        assert_eq!(
            m.body(),
            "Hallo Jan,\r\n.Dit begint met een punt en café is in orde.\r\n.\r\nEen heel lange regel die zacht is afgebroken."
        );
        Ok(())
    }

    #[tokio::test]
    async fn base64_body_folded_header_and_rset() -> anyhow::Result<()> {
        let server = SmtpServer::start().await;
        let (mut c, _) = Client::connect(&server).await?;
        c.expect("HELO tester", "250").await?;
        // Protocol errors.
        c.expect("RCPT TO:<x@example.test>", "503").await?;
        c.expect("DATA", "503").await?;
        c.expect("STARTTLS", "502").await?;
        c.expect("BOGUS", "500").await?;
        // RSET drops the transaction.
        c.expect("MAIL FROM:<dropped@example.test>", "250").await?;
        c.expect("RCPT TO:<dropped@example.test>", "250").await?;
        c.expect("RSET", "250").await?;
        c.expect("DATA", "503").await?;

        let body = data_encoding::BASE64.encode("Uw code is 123456. Groetjes, één team".as_bytes());
        let data = format!(
            "Subject: =?utf-8?b?{}?=\r\n =?utf-8?b?{}?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n{}\r\n{}",
            data_encoding::BASE64.encode("Inlogcode ".as_bytes()),
            data_encoding::BASE64.encode("voor één".as_bytes()),
            &body[..20],
            &body[20..],
        );
        c.send_mail("a@example.test", &["b@example.test"], &data)
            .await?;
        // A second message on the same connection.
        c.send_mail(
            "c@example.test",
            &["d@example.test"],
            "Subject: twee\r\n\r\nplain",
        )
        .await?;
        c.expect("QUIT", "221").await?;

        let messages = server.wait_for_messages(2, Duration::from_secs(5)).await?;
        assert_eq!(messages.len(), 2);
        assert_eq!(messages[0].from, "a@example.test");
        assert_eq!(messages[0].subject().as_deref(), Some("Inlogcode voor één"));
        assert_eq!(messages[0].body(), "Uw code is 123456. Groetjes, één team");
        assert_eq!(messages[1].to, vec!["d@example.test"]);
        assert_eq!(messages[1].subject().as_deref(), Some("twee"));
        assert_eq!(messages[1].body(), "plain");
        assert_eq!(server.take_messages().len(), 2);
        assert!(server.messages().is_empty());
        Ok(())
    }

    #[tokio::test]
    async fn concurrent_connections() -> anyhow::Result<()> {
        let server = SmtpServer::start().await;
        // Hold one connection open mid-transaction while others deliver.
        let (mut idle, _) = Client::connect(&server).await?;
        idle.expect("EHLO idle", "250").await?;
        idle.expect("MAIL FROM:<idle@example.test>", "250").await?;
        let mut tasks = JoinSet::new();
        for i in 0..8 {
            let addr = server.addr();
            tasks.spawn(async move {
                let stream = TcpStream::connect(addr).await?;
                let (read, write) = stream.into_split();
                let mut c = Client {
                    reader: BufReader::new(read),
                    write,
                };
                c.reply().await?;
                c.expect(&format!("EHLO c{i}"), "250").await?;
                c.send_mail(
                    &format!("s{i}@example.test"),
                    &["r@example.test"],
                    &format!("Subject: n{i}\r\n\r\nbody {i}"),
                )
                .await?;
                c.expect("QUIT", "221").await?;
                anyhow::Ok(())
            });
        }
        while let Some(r) = tasks.join_next().await {
            r??;
        }
        let messages = server.wait_for_messages(8, Duration::from_secs(5)).await?;
        let mut subjects: Vec<String> = messages.iter().filter_map(Message::subject).collect();
        subjects.sort();
        assert_eq!(subjects.len(), 8);
        assert_eq!(subjects[0], "n0");
        idle.expect("QUIT", "221").await?;
        Ok(())
    }

    #[tokio::test]
    async fn wait_for_messages_times_out() -> anyhow::Result<()> {
        let server = SmtpServer::start().await;
        let err = server
            .wait_for_messages(1, Duration::from_millis(100))
            .await
            .err()
            .context("expected a timeout")?;
        assert!(format!("{err}").contains("expected 1 message"), "{err}");
        Ok(())
    }

    #[test]
    fn multipart_picks_text_plain() {
        let m = Message {
            from: String::new(),
            to: vec![],
            data: "Content-Type: multipart/alternative; boundary=\"XyZ\"\r\n\r\n--XyZ\r\nContent-Type: text/html\r\n\r\n<p>hoi</p>\r\n--XyZ\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nhoi =C3=A9\r\n--XyZ--\r\n".into(),
        };
        assert_eq!(m.body(), "hoi é");
    }
}
