//! veilig's integration tests: one test binary that boots real servers on 127.0.0.1:0 against a
//! real SQLite file or a real PostgreSQL database, talks HTTP to them, runs the CLI, and drives
//! headless Chromium through the pages.
#![allow(clippy::unwrap_used)]

mod browser;
mod cli;
mod gateway_pages;
mod http;
mod registers;
mod support;
mod tenancy;
