//! veilig-store owns persistence: one [`Store`] over an embedded SQLite file or a shared
//! PostgreSQL database, chosen at run time from the URL, with the migrations for both
//! (`migrations/sqlite`, `migrations/postgres`) applied at start.
//!
//! Multi-tenancy is enforced here: every method that touches an organisation's rows takes the
//! organisation id and puts it in the `WHERE` clause, so no caller can read or change another
//! organisation's data by passing a row id alone.

mod migrate;
pub mod model;
pub mod registers;
mod store;

pub use model::*;
pub use registers::{CustomTool, Dpa, Task, TwofaAccount, Usage, UsageInput, DPA_STATUSES};
pub use store::{hash_token, now, Actor, Backend, Store};

/// Errors of the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error: {0}")]
    Db(#[from] sqlx::Error),
    #[error("unsupported database URL {0:?}: use sqlite://PATH or postgres://…")]
    UnsupportedUrl(String),
    #[error("cannot create data directory {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error("migration {version} failed: {source}")]
    Migration { version: i64, source: sqlx::Error },
    #[error("{0} already exists")]
    Conflict(&'static str),
    #[error("not found")]
    NotFound,
    #[error("backup is only available for SQLite databases")]
    BackupNeedsSqlite,
    #[error("backup target {0} already exists")]
    BackupExists(String),
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
