//! A small migration runner: numbered SQL files per backend, applied once each, in order, inside
//! a transaction, recorded in `veilig_migrations`. On PostgreSQL an advisory lock makes several
//! instances starting at once apply them only once.

use crate::store::Backend;
use crate::{Result, StoreError};
use sqlx::{AnyConnection, Connection, Executor};

struct Migration {
    version: i64,
    sqlite: &'static str,
    postgres: &'static str,
}

const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sqlite: include_str!("../migrations/sqlite/0001_foundation.sql"),
        postgres: include_str!("../migrations/postgres/0001_foundation.sql"),
    },
    Migration {
        version: 2,
        sqlite: include_str!("../migrations/sqlite/0002_anonymizer.sql"),
        postgres: include_str!("../migrations/postgres/0002_anonymizer.sql"),
    },
    Migration {
        version: 3,
        sqlite: include_str!("../migrations/sqlite/0003_registers.sql"),
        postgres: include_str!("../migrations/postgres/0003_registers.sql"),
    },
    Migration {
        version: 4,
        sqlite: include_str!("../migrations/sqlite/0004_gateway.sql"),
        postgres: include_str!("../migrations/postgres/0004_gateway.sql"),
    },
    Migration {
        version: 5,
        sqlite: include_str!("../migrations/sqlite/0005_admin_training.sql"),
        postgres: include_str!("../migrations/postgres/0005_admin_training.sql"),
    },
    Migration {
        version: 6,
        sqlite: include_str!("../migrations/sqlite/0006_business_ids.sql"),
        postgres: include_str!("../migrations/postgres/0006_business_ids.sql"),
    },
];

/// The statements of one migration file (split on `;` at line ends; comments dropped).
fn statements(sql: &str) -> Vec<String> {
    let cleaned: String = sql
        .lines()
        .filter(|l| !l.trim_start().starts_with("--"))
        .collect::<Vec<_>>()
        .join("\n");
    cleaned
        .split(";\n")
        .map(str::trim)
        .map(|s| s.trim_end_matches(';').trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

const LOCK_ID: i64 = 0x7665_696c_6967; // "veilig"

pub(crate) async fn run(conn: &mut AnyConnection, backend: Backend) -> Result<()> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_lock($1)")
            .bind(LOCK_ID)
            .execute(&mut *conn)
            .await?;
    }
    let result = apply(conn, backend).await;
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_unlock($1)")
            .bind(LOCK_ID)
            .execute(&mut *conn)
            .await?;
    }
    result
}

async fn apply(conn: &mut AnyConnection, backend: Backend) -> Result<()> {
    conn.execute(
        "CREATE TABLE IF NOT EXISTS veilig_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)",
    )
    .await?;
    for m in MIGRATIONS {
        let done: Option<i64> =
            sqlx::query_scalar("SELECT version FROM veilig_migrations WHERE version = $1")
                .bind(m.version)
                .fetch_optional(&mut *conn)
                .await?;
        if done.is_some() {
            continue;
        }
        let sql = match backend {
            Backend::Sqlite => m.sqlite,
            Backend::Postgres => m.postgres,
        };
        let mut tx = conn.begin().await?;
        for stmt in statements(sql) {
            tx.execute(stmt.as_str())
                .await
                .map_err(|source| StoreError::Migration {
                    version: m.version,
                    source,
                })?;
        }
        sqlx::query("INSERT INTO veilig_migrations (version, applied_at) VALUES ($1, $2)")
            .bind(m.version)
            .bind(crate::now())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        tracing::info!(version = m.version, "applied migration");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_split_and_drop_comments() {
        let s = statements("-- c\nCREATE TABLE a (x TEXT);\nCREATE INDEX i ON a(x);\n");
        assert_eq!(s, vec!["CREATE TABLE a (x TEXT)", "CREATE INDEX i ON a(x)"]);
        for m in MIGRATIONS {
            assert!(!statements(m.sqlite).is_empty());
            assert!(!statements(m.postgres).is_empty());
        }
    }
}
