//! Test support for veilig. This crate owns the real, non-mocked parts that
//! integration and browser tests of the other crates lean on:
//!
//! * [`webdriver`]: a small async W3C WebDriver client that starts Debian's
//!   `chromedriver` and drives headless Chromium (`chromium`,
//!   `chromium-driver` packages) with a fresh profile per [`Browser`].
//! * [`smtp`]: an in-process SMTP sink on `127.0.0.1` that records every
//!   message a mailer (such as `lettre`'s SMTP transport) delivers to it, with
//!   helpers to read headers and the decoded body.
//! * [`port`]: free loopback ports and waiting for an HTTP endpoint.
//! * [`db`]: a temporary SQLite database or a fresh PostgreSQL one per test.
//!
//! Everything is bounded in time: every WebDriver command has an HTTP timeout
//! and every wait/poll helper takes a timeout, so no test can hang forever.
//! Nothing here reaches beyond the loopback interface.

pub mod db;
pub mod port;
pub mod smtp;
pub mod webdriver;

pub use port::{free_port, wait_http_ok};
pub use smtp::{Message, SmtpServer};
pub use webdriver::{Browser, Cookie, Element, LaunchOptions, WebDriverError};
