//! The usage log (one row per request, never prompt text) and the spend queries the web app
//! builds its pages from.

use crate::budget::period_starts;
use crate::error::GatewayError;
use crate::keys::{limits, list_keys, KeyInfo, LimitScope, Limits};
use serde::Serialize;
use sqlx::Row;
use std::collections::HashMap;
use veilig_store::{now, Backend, Store};

/// One request as logged.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct UsageEntry {
    pub id: String,
    pub org_id: String,
    pub key_id: Option<String>,
    pub person_id: Option<String>,
    pub provider: String,
    pub endpoint: String,
    pub model: String,
    pub stream: bool,
    /// ok | refused | blocked | upstream_error | upstream_timeout | client_closed | error
    pub status: String,
    pub http_status: i64,
    pub input_tokens: i64,
    pub output_tokens: i64,
    pub cached_tokens: i64,
    /// Micro-euros.
    pub cost: i64,
    /// Micro-euros reserved while the request ran (its estimate).
    pub reserved: i64,
    pub latency_ms: i64,
    pub replacements: i64,
    /// Comma-separated block reason codes (BSN, API_KEY, …).
    pub block_reasons: String,
    pub error: String,
    pub created_at: i64,
    pub finished_at: Option<i64>,
}

/// Most usage rows per INSERT statement.
const ROWS_PER_INSERT: usize = 32;

const COLS: usize = 21;

/// The INSERT statement for `n` usage rows. SQLite gets anonymous `?` parameters: it looks
/// `$n` names up linearly, which made preparing and binding a 32-row statement (672
/// parameters) cost quadratic time, a third of the gateway's CPU under load.
fn insert_sql(n: usize, backend: Backend) -> String {
    use std::fmt::Write;
    let mut sql = String::from(
        "INSERT INTO gateway_usage (id, org_id, key_id, person_id, provider, endpoint, model, stream, status, http_status, \
         input_tokens, output_tokens, cached_tokens, cost, reserved, latency_ms, replacements, block_reasons, error, created_at, finished_at) VALUES ",
    );
    for i in 0..n {
        if i > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for c in 0..COLS {
            if c > 0 {
                sql.push_str(", ");
            }
            match backend {
                Backend::Sqlite => sql.push('?'),
                _ => {
                    let _ = write!(sql, "${}", i * COLS + c + 1);
                }
            }
        }
        sql.push(')');
    }
    sql
}

/// The statements for 1, 2, 4, … ROWS_PER_INSERT rows, built once: the same few texts each
/// time, so the driver's prepared-statement cache of each connection holds them all.
static INSERT_SQL: std::sync::LazyLock<[Vec<String>; 2]> = std::sync::LazyLock::new(|| {
    [Backend::Sqlite, Backend::Postgres].map(|b| {
        (0..=ROWS_PER_INSERT.ilog2())
            .map(|k| insert_sql(1 << k, b))
            .collect()
    })
});

/// Inserts usage rows (inside the flusher's transaction): statements of 32 rows, the rest in
/// statements of 16, 8, 4, 2 and 1 rows, so only six statement texts ever occur.
pub(crate) async fn insert_many(
    conn: &mut sqlx::AnyConnection,
    backend: Backend,
    rows: &[UsageEntry],
) -> Result<(), sqlx::Error> {
    let mut rest = rows;
    while !rest.is_empty() {
        let k = rest.len().min(ROWS_PER_INSERT).ilog2();
        let (now, later) = rest.split_at(1 << k);
        insert_chunk(conn, backend, k as usize, now).await?;
        rest = later;
    }
    Ok(())
}

/// Inserts 2^`k` rows with one statement.
async fn insert_chunk(
    conn: &mut sqlx::AnyConnection,
    backend: Backend,
    k: usize,
    rows: &[UsageEntry],
) -> Result<(), sqlx::Error> {
    let set = &INSERT_SQL[usize::from(backend != Backend::Sqlite)];
    let built;
    let sql: &str = match set.get(k) {
        Some(s) => s,
        None => {
            built = insert_sql(rows.len(), backend);
            &built
        }
    };
    let mut q = sqlx::query(sql);
    for u in rows {
        q = q
            .bind(&u.id)
            .bind(&u.org_id)
            .bind(&u.key_id)
            .bind(&u.person_id)
            .bind(&u.provider)
            .bind(&u.endpoint)
            .bind(&u.model)
            .bind(i64::from(u.stream))
            .bind(&u.status)
            .bind(u.http_status)
            .bind(u.input_tokens)
            .bind(u.output_tokens)
            .bind(u.cached_tokens)
            .bind(u.cost)
            .bind(u.reserved)
            .bind(u.latency_ms)
            .bind(u.replacements)
            .bind(&u.block_reasons)
            .bind(&u.error)
            .bind(u.created_at)
            .bind(u.finished_at);
    }
    q.execute(conn).await?;
    Ok(())
}

const USAGE_COLS: &str = "id, org_id, key_id, person_id, provider, endpoint, model, stream, status, http_status, input_tokens, \
     output_tokens, cached_tokens, cost, reserved, latency_ms, replacements, block_reasons, error, created_at, finished_at";

/// The newest `limit` requests of the organisation.
pub async fn recent_usage(
    store: &Store,
    org_id: &str,
    limit: i64,
) -> Result<Vec<UsageEntry>, GatewayError> {
    let rows = sqlx::query(&format!(
        "SELECT {USAGE_COLS} FROM gateway_usage WHERE org_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2"
    ))
    .bind(org_id)
    .bind(limit)
    .fetch_all(store.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(UsageEntry {
                id: r.try_get("id")?,
                org_id: r.try_get("org_id")?,
                key_id: r.try_get("key_id")?,
                person_id: r.try_get("person_id")?,
                provider: r.try_get("provider")?,
                endpoint: r.try_get("endpoint")?,
                model: r.try_get("model")?,
                stream: r.try_get::<i64, _>("stream")? != 0,
                status: r.try_get("status")?,
                http_status: r.try_get("http_status")?,
                input_tokens: r.try_get("input_tokens")?,
                output_tokens: r.try_get("output_tokens")?,
                cached_tokens: r.try_get("cached_tokens")?,
                cost: r.try_get("cost")?,
                reserved: r.try_get("reserved")?,
                latency_ms: r.try_get("latency_ms")?,
                replacements: r.try_get("replacements")?,
                block_reasons: r.try_get("block_reasons")?,
                error: r.try_get("error")?,
                created_at: r.try_get("created_at")?,
                finished_at: r.try_get("finished_at")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

/// Spend of one scope (micro-euros): today and this month (Amsterdam time), what running requests hold
/// reserved, and the limits.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ScopeSpend {
    pub today: i64,
    pub month: i64,
    pub reserved: i64,
    pub limits: Limits,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeySpend {
    pub key: KeyInfo,
    pub spend: ScopeSpend,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PersonSpend {
    pub person_id: String,
    pub name: String,
    pub email: String,
    pub spend: ScopeSpend,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DaySpend {
    /// `2026-11-29` (the day in Amsterdam time).
    pub day: String,
    pub cost: i64,
    pub requests: i64,
    pub input_tokens: i64,
    pub output_tokens: i64,
}

/// Everything a spend page shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SpendSummary {
    pub org: ScopeSpend,
    pub keys: Vec<KeySpend>,
    pub people: Vec<PersonSpend>,
    /// The last `days` days, oldest first, days without requests included.
    pub days: Vec<DaySpend>,
}

/// Spend per key, person and day against the limits, for the organisation.
pub async fn spend_summary(
    store: &Store,
    org_id: &str,
    days: u32,
) -> Result<SpendSummary, GatewayError> {
    let t = now();
    let (day_start, month_start) = period_starts(t);
    let pool = store.pool();
    // Per key and per person: today and this month, from the usage log.
    let rows = sqlx::query(
        "SELECT key_id, person_id, CAST(SUM(CASE WHEN created_at >= $2 THEN cost ELSE 0 END) AS BIGINT) AS today, \
         CAST(SUM(cost) AS BIGINT) AS month FROM gateway_usage WHERE org_id = $1 AND created_at >= $3 GROUP BY key_id, person_id",
    )
    .bind(org_id)
    .bind(day_start)
    .bind(month_start)
    .fetch_all(pool)
    .await?;
    let mut by_key: HashMap<String, (i64, i64)> = HashMap::new();
    let mut by_person: HashMap<String, (i64, i64)> = HashMap::new();
    let mut org = ScopeSpend::default();
    for r in &rows {
        let today: i64 = r.try_get::<Option<i64>, _>("today")?.unwrap_or(0);
        let month: i64 = r.try_get::<Option<i64>, _>("month")?.unwrap_or(0);
        org.today += today;
        org.month += month;
        if let Some(k) = r.try_get::<Option<String>, _>("key_id")? {
            let e = by_key.entry(k).or_default();
            e.0 += today;
            e.1 += month;
        }
        if let Some(p) = r.try_get::<Option<String>, _>("person_id")? {
            let e = by_person.entry(p).or_default();
            e.0 += today;
            e.1 += month;
        }
    }
    // Reservations held right now, per scope (this month's rows hold every live reservation).
    let (_, month_period) = crate::budget::periods(t);
    let res = sqlx::query(
        "SELECT scope, subject_id, reserved FROM gateway_budgets WHERE org_id = $1 AND period = $2 AND reserved > 0",
    )
    .bind(org_id)
    .bind(&month_period)
    .fetch_all(pool)
    .await?;
    let mut reserved: HashMap<(String, String), i64> = HashMap::new();
    for r in &res {
        reserved.insert(
            (r.try_get("scope")?, r.try_get("subject_id")?),
            r.try_get("reserved")?,
        );
    }
    let held = |scope: &str, id: &str| {
        reserved
            .get(&(scope.to_string(), id.to_string()))
            .copied()
            .unwrap_or(0)
    };
    org.limits = limits(store, org_id, LimitScope::Org).await?;
    org.reserved = held("org", org_id);
    let keys = list_keys(store, org_id)
        .await?
        .into_iter()
        .map(|k| {
            let (today, month) = by_key.get(&k.id).copied().unwrap_or((0, 0));
            let spend = ScopeSpend {
                today,
                month,
                reserved: held("key", &k.id),
                limits: k.limits,
            };
            KeySpend { key: k, spend }
        })
        .collect();
    let people_rows = sqlx::query(
        "SELECT p.id, p.name, p.email, l.daily_hard, l.monthly_hard, l.daily_soft, l.monthly_soft FROM people p \
         LEFT JOIN gateway_limits l ON l.org_id = p.org_id AND l.scope = 'person' AND l.subject_id = p.id \
         WHERE p.org_id = $1 ORDER BY p.name",
    )
    .bind(org_id)
    .fetch_all(pool)
    .await?;
    let mut people = Vec::new();
    for r in &people_rows {
        let id: String = r.try_get("id")?;
        let limits = Limits {
            daily_hard: r.try_get("daily_hard")?,
            monthly_hard: r.try_get("monthly_hard")?,
            daily_soft: r.try_get("daily_soft")?,
            monthly_soft: r.try_get("monthly_soft")?,
        };
        let (today, month) = by_person.get(&id).copied().unwrap_or((0, 0));
        if today == 0 && month == 0 && limits == Limits::default() {
            continue;
        }
        people.push(PersonSpend {
            spend: ScopeSpend {
                today,
                month,
                reserved: held("person", &id),
                limits,
            },
            person_id: id,
            name: r.try_get("name")?,
            email: r.try_get("email")?,
        });
    }
    // Per Amsterdam day: summed per UTC hour in the database (each whole hour lies in one
    // Amsterdam day, DST changes included), then per day here.
    let days = days.clamp(1, 400);
    let today = crate::amsterdam::date(t);
    let first_day = (1..days)
        .try_fold(today, |d, _| d.previous_day())
        .unwrap_or(today);
    let rows = sqlx::query(
        "SELECT created_at / 3600 AS h, CAST(SUM(cost) AS BIGINT) AS cost, COUNT(*) AS n, \
         CAST(SUM(input_tokens) AS BIGINT) AS inp, CAST(SUM(output_tokens) AS BIGINT) AS outp \
         FROM gateway_usage WHERE org_id = $1 AND created_at >= $2 GROUP BY created_at / 3600",
    )
    .bind(org_id)
    .bind(crate::amsterdam::day_start(first_day))
    .fetch_all(pool)
    .await?;
    let mut per_day: HashMap<time::Date, (i64, i64, i64, i64)> = HashMap::new();
    for r in &rows {
        let hour: i64 = r.try_get("h")?;
        let e = per_day
            .entry(crate::amsterdam::date(hour * 3_600))
            .or_default();
        e.0 += r.try_get::<Option<i64>, _>("cost")?.unwrap_or(0);
        e.1 += r.try_get::<i64, _>("n")?;
        e.2 += r.try_get::<Option<i64>, _>("inp")?.unwrap_or(0);
        e.3 += r.try_get::<Option<i64>, _>("outp")?.unwrap_or(0);
    }
    let mut out = Vec::with_capacity(days as usize);
    let mut d = first_day;
    loop {
        let (cost, requests, input_tokens, output_tokens) =
            per_day.get(&d).copied().unwrap_or_default();
        out.push(DaySpend {
            day: format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day()),
            cost,
            requests,
            input_tokens,
            output_tokens,
        });
        match d.next_day() {
            Some(n) if d < today => d = n,
            _ => break,
        }
    }
    let days = out;
    Ok(SpendSummary {
        org,
        keys,
        people,
        days,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store in a temporary directory with one organisation (kept alive by the returned dir).
    async fn store_with_org() -> (tempfile::TempDir, Store, String) {
        let dir = tempfile::tempdir().expect("dir");
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("v.sqlite3").display()
        );
        let store = Store::connect(&url).await.expect("store");
        let (org, _) = store
            .create_org_with_owner("Bakkerij", "Eva", "eva@bakkerij.nl", "x", false)
            .await
            .expect("org");
        (dir, store, org.id)
    }

    fn entry(id: String, org_id: &str, cost: i64, created_at: i64) -> UsageEntry {
        UsageEntry {
            id,
            org_id: org_id.to_string(),
            provider: "openai".into(),
            endpoint: "chat/completions".into(),
            model: "gpt-test".into(),
            status: "ok".into(),
            cost,
            created_at,
            ..UsageEntry::default()
        }
    }

    async fn insert(store: &Store, org_id: &str, created_at: i64, cost: i64) {
        let e = entry(uuid::Uuid::now_v7().to_string(), org_id, cost, created_at);
        let mut conn = store.pool().acquire().await.expect("conn");
        insert_many(&mut conn, store.backend(), &[e])
            .await
            .expect("insert");
    }

    #[tokio::test]
    async fn summary_days_end_at_amsterdam_midnight() {
        let (_dir, store, org_id) = store_with_org().await;
        let (day_start, month_start) = period_starts(now());
        // The first second of today and the last of yesterday, in Amsterdam.
        insert(&store, &org_id, day_start, 1_000).await;
        insert(&store, &org_id, day_start - 1, 20).await;
        // The last second of the day before yesterday (not in a 2-day summary).
        let (yesterday_start, _) = period_starts(day_start - 1);
        insert(&store, &org_id, yesterday_start - 1, 300).await;
        let s = spend_summary(&store, &org_id, 2).await.expect("summary");
        let today = crate::amsterdam::date(now());
        let yesterday = today.previous_day().expect("yesterday");
        let name = |d: time::Date| format!("{d}");
        assert_eq!(
            s.days
                .iter()
                .map(|d| (d.day.clone(), d.cost, d.requests))
                .collect::<Vec<_>>(),
            vec![(name(yesterday), 20, 1), (name(today), 1_000, 1)]
        );
        assert_eq!(s.org.today, 1_000);
        let month: i64 = [
            (day_start, 1_000),
            (day_start - 1, 20),
            (yesterday_start - 1, 300),
        ]
        .iter()
        .filter(|(t, _)| *t >= month_start)
        .map(|(_, c)| c)
        .sum();
        assert_eq!(s.org.month, month);
    }

    #[tokio::test]
    async fn inserts_any_number_of_rows() {
        let (_dir, store, org_id) = store_with_org().await;
        let rows: Vec<UsageEntry> = (0..45)
            .map(|i| entry(format!("row-{i}"), &org_id, i, now()))
            .collect();
        let mut conn = store.pool().acquire().await.expect("conn");
        // 32 + 8 + 4 + 1 rows.
        insert_many(&mut conn, store.backend(), &rows)
            .await
            .expect("insert");
        drop(conn);
        let got = recent_usage(&store, &org_id, 100).await.expect("usage");
        assert_eq!(got.len(), 45);
        assert_eq!(
            got.iter().map(|u| u.cost).sum::<i64>(),
            (0..45).sum::<i64>()
        );
    }
}
