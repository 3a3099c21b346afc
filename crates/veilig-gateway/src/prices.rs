//! Model prices: the shipped table (`data/prices.toml`, US dollars per million tokens, from
//! litellm; see `data/SOURCES.md`) and prices an organisation set itself (micro-euros per million
//! tokens, table `gateway_org_prices`), which win. A model without a price is refused.

use crate::error::GatewayError;
use serde::Deserialize;
use sqlx::Row;
use std::collections::HashMap;
use veilig_store::Store;

const PRICES_TOML: &str = include_str!("../data/prices.toml");

/// Price of one model in micro-euros per million tokens.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Price {
    pub input: f64,
    pub output: f64,
    pub cached_input: f64,
}

impl Price {
    /// Cost in micro-euros (rounded up) of the given token counts. `cached` is part of `input`.
    pub fn cost(&self, input: i64, cached: i64, output: i64) -> i64 {
        let cached = cached.clamp(0, input.max(0));
        let fresh = input.max(0) - cached;
        let micro = (fresh as f64 * self.input
            + cached as f64 * self.cached_input
            + output.max(0) as f64 * self.output)
            / 1_000_000.0;
        micro.ceil() as i64
    }
}

#[derive(Deserialize)]
struct File {
    model: Vec<Entry>,
}

#[derive(Deserialize)]
struct Entry {
    name: String,
    provider: String,
    mode: String,
    input: f64,
    output: f64,
    cached_input: Option<f64>,
}

/// A priced model of the shipped table.
#[derive(Debug, Clone)]
pub struct ModelInfo {
    pub name: String,
    pub provider: String,
    pub mode: String,
    /// US dollars per million tokens.
    pub usd: (f64, f64, f64),
}

/// The shipped price table, converted to euro with one exchange rate.
#[derive(Debug, Clone)]
pub struct Prices {
    models: HashMap<String, ModelInfo>,
    usd_to_eur: f64,
}

impl Prices {
    /// The embedded table at the given rate (euros per US dollar).
    pub fn shipped(usd_to_eur: f64) -> Result<Prices, GatewayError> {
        let file: File =
            toml::from_str(PRICES_TOML).map_err(|e| GatewayError::Prices(e.to_string()))?;
        let models = file
            .model
            .into_iter()
            .map(|e| {
                let cached = e.cached_input.unwrap_or(e.input);
                (
                    e.name.clone(),
                    ModelInfo {
                        name: e.name,
                        provider: e.provider,
                        mode: e.mode,
                        usd: (e.input, e.output, cached),
                    },
                )
            })
            .collect();
        Ok(Prices { models, usd_to_eur })
    }

    /// The shipped price of `model` (exact, or without a date suffix), in micro-euros per
    /// million tokens.
    pub fn get(&self, model: &str) -> Option<Price> {
        let m = self
            .models
            .get(model)
            .or_else(|| self.models.get(strip_date(model)))?;
        // USD per million tokens * EUR/USD * 1e6 micro = micro-euros per million tokens.
        let f = self.usd_to_eur * 1_000_000.0;
        Some(Price {
            input: m.usd.0 * f,
            output: m.usd.1 * f,
            cached_input: m.usd.2 * f,
        })
    }

    /// All shipped models, sorted by name.
    pub fn models(&self) -> Vec<&ModelInfo> {
        let mut v: Vec<_> = self.models.values().collect();
        v.sort_by(|a, b| a.name.cmp(&b.name));
        v
    }
}

/// `gpt-4o-2024-08-06` → `gpt-4o`, `claude-haiku-4-5-20251001` → `claude-haiku-4-5`.
fn strip_date(model: &str) -> &str {
    let b = model.as_bytes();
    let digits = |s: &[u8]| s.iter().all(u8::is_ascii_digit);
    if b.len() > 11 && b[b.len() - 11] == b'-' {
        let t = &b[b.len() - 10..];
        if digits(&t[..4]) && t[4] == b'-' && digits(&t[5..7]) && t[7] == b'-' && digits(&t[8..]) {
            return &model[..model.len() - 11];
        }
    }
    if b.len() > 9 && b[b.len() - 9] == b'-' && digits(&b[b.len() - 8..]) {
        return &model[..model.len() - 9];
    }
    model
}

/// An organisation's own price (micro-euros per million tokens).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct OrgPrice {
    pub model: String,
    pub input_per_mtok: i64,
    pub output_per_mtok: i64,
    pub cached_input_per_mtok: i64,
}

impl OrgPrice {
    pub fn price(&self) -> Price {
        Price {
            input: self.input_per_mtok as f64,
            output: self.output_per_mtok as f64,
            cached_input: self.cached_input_per_mtok as f64,
        }
    }
}

/// Sets (or replaces) an organisation's price for a model.
pub async fn set_org_price(store: &Store, org_id: &str, p: &OrgPrice) -> Result<(), GatewayError> {
    if p.model.trim().is_empty()
        || p.input_per_mtok < 0
        || p.output_per_mtok < 0
        || p.cached_input_per_mtok < 0
    {
        return Err(GatewayError::Invalid(
            "model name and non-negative prices required".into(),
        ));
    }
    sqlx::query(
        "INSERT INTO gateway_org_prices (org_id, model, input_per_mtok, output_per_mtok, cached_input_per_mtok, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (org_id, model) DO UPDATE SET \
         input_per_mtok = excluded.input_per_mtok, output_per_mtok = excluded.output_per_mtok, \
         cached_input_per_mtok = excluded.cached_input_per_mtok, updated_at = excluded.updated_at",
    )
    .bind(org_id)
    .bind(p.model.trim())
    .bind(p.input_per_mtok)
    .bind(p.output_per_mtok)
    .bind(p.cached_input_per_mtok)
    .bind(veilig_store::now())
    .execute(store.pool())
    .await?;
    Ok(())
}

/// Removes an organisation's price for a model.
pub async fn remove_org_price(
    store: &Store,
    org_id: &str,
    model: &str,
) -> Result<(), GatewayError> {
    sqlx::query("DELETE FROM gateway_org_prices WHERE org_id = $1 AND model = $2")
        .bind(org_id)
        .bind(model)
        .execute(store.pool())
        .await?;
    Ok(())
}

/// The organisation's own prices.
pub async fn org_prices(store: &Store, org_id: &str) -> Result<Vec<OrgPrice>, GatewayError> {
    let rows = sqlx::query(
        "SELECT model, input_per_mtok, output_per_mtok, cached_input_per_mtok FROM gateway_org_prices \
         WHERE org_id = $1 ORDER BY model",
    )
    .bind(org_id)
    .fetch_all(store.pool())
    .await?;
    rows.iter()
        .map(|r| {
            Ok(OrgPrice {
                model: r.try_get("model")?,
                input_per_mtok: r.try_get("input_per_mtok")?,
                output_per_mtok: r.try_get("output_per_mtok")?,
                cached_input_per_mtok: r.try_get("cached_input_per_mtok")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()
        .map_err(Into::into)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_table_loads_and_converts() {
        let p = Prices::shipped(0.9).expect("prices");
        assert!(p.models().len() > 30);
        let gpt = p.get("gpt-4o-mini").expect("gpt-4o-mini");
        // $0.15 per million input tokens at 0.9 = €0.135 = 135,000 micro-euros per million.
        assert!((gpt.input - 135_000.0).abs() < 1e-6);
        assert!(p.get("gpt-4o-mini-2024-07-18").is_some());
        assert!(p.get("claude-haiku-4-5-20251001").is_some());
        assert!(p.get("text-embedding-3-small").is_some());
        assert!(p.get("no-such-model").is_none());
        // 1M input + 1M output tokens of gpt-4o-mini: (0.15 + 0.60) * 0.9 euro.
        assert_eq!(gpt.cost(1_000_000, 0, 1_000_000), 675_000);
    }

    #[test]
    fn strips_dates() {
        assert_eq!(strip_date("gpt-4o-2024-08-06"), "gpt-4o");
        assert_eq!(strip_date("claude-haiku-4-5-20251001"), "claude-haiku-4-5");
        assert_eq!(strip_date("gpt-4o"), "gpt-4o");
    }
}
