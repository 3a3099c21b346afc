//! Test databases: a temporary SQLite file, or a fresh, empty database on the PostgreSQL server
//! named by `VEILIG_TEST_POSTGRES_URL` (`scripts/test` starts one). Every store-backed test runs
//! on both, so what the store promises holds on each backend.

use std::sync::atomic::{AtomicU32, Ordering};

/// One test's database; a SQLite file is removed when this is dropped.
pub struct TestDb {
    /// The URL to open the store with.
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

/// A new SQLite database in a temporary directory.
///
/// # Panics
/// When no temporary directory can be made.
pub async fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().expect("temp dir");
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("veilig.sqlite3").display()
    );
    TestDb {
        url,
        _dir: Some(dir),
    }
}

static PG_COUNTER: AtomicU32 = AtomicU32::new(0);

/// A fresh, empty PostgreSQL database whose name starts with `prefix`.
///
/// # Panics
/// Loudly when `VEILIG_TEST_POSTGRES_URL` is not set or the server refuses: a test that should
/// prove both backends must not pass on one.
pub async fn postgres(prefix: &str) -> TestDb {
    use sqlx::{Connection, Executor};
    let admin = std::env::var("VEILIG_TEST_POSTGRES_URL").expect(
        "VEILIG_TEST_POSTGRES_URL is not set: run the tests with scripts/test, which starts a PostgreSQL cluster",
    );
    let name = format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        PG_COUNTER.fetch_add(1, Ordering::SeqCst),
        time::OffsetDateTime::now_utc().unix_timestamp_nanos() % 1_000_000_000
    );
    // A bare connection: the store's own connect would migrate the admin database.
    sqlx::any::install_default_drivers();
    let mut conn = sqlx::AnyConnection::connect(&admin)
        .await
        .expect("connect to the PostgreSQL admin database");
    conn.execute(format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("create database");
    let _ = conn.close().await;
    let base = admin
        .rsplit_once('/')
        .map(|(b, _)| b.to_string())
        .expect("url with database");
    TestDb {
        url: format!("{base}/{name}"),
        _dir: None,
    }
}
