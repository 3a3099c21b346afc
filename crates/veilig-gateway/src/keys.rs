//! Virtual keys (`vk-…`): created with their limits, listed, revoked. Only the SHA-256 of the
//! secret is stored; the secret is returned once by [`create_key`]. Also the limits of people and
//! of the organisation, and the organisation's gateway policy.

use crate::error::GatewayError;
use rand::RngCore;
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::Row;
use veilig_store::{hash_token, now, Actor, Store};

/// Spend limits in micro-euros (1 euro = 1,000,000). `None` = no limit of that kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Limits {
    pub daily_hard: Option<i64>,
    pub monthly_hard: Option<i64>,
    pub daily_soft: Option<i64>,
    pub monthly_soft: Option<i64>,
}

impl Limits {
    /// Hard daily and monthly limits only.
    pub fn hard(daily: i64, monthly: i64) -> Limits {
        Limits {
            daily_hard: Some(daily),
            monthly_hard: Some(monthly),
            ..Limits::default()
        }
    }

    fn validate(&self) -> Result<(), GatewayError> {
        for v in [
            self.daily_hard,
            self.monthly_hard,
            self.daily_soft,
            self.monthly_soft,
        ]
        .into_iter()
        .flatten()
        {
            if v < 0 {
                return Err(GatewayError::Invalid("limits cannot be negative".into()));
            }
        }
        if let (Some(s), Some(h)) = (self.daily_soft, self.daily_hard) {
            if s > h {
                return Err(GatewayError::Invalid(
                    "daily soft limit above the hard limit".into(),
                ));
            }
        }
        if let (Some(s), Some(h)) = (self.monthly_soft, self.monthly_hard) {
            if s > h {
                return Err(GatewayError::Invalid(
                    "monthly soft limit above the hard limit".into(),
                ));
            }
        }
        Ok(())
    }

    fn from_row(r: &AnyRow) -> Result<Limits, sqlx::Error> {
        Ok(Limits {
            daily_hard: r.try_get("daily_hard")?,
            monthly_hard: r.try_get("monthly_hard")?,
            daily_soft: r.try_get("daily_soft")?,
            monthly_soft: r.try_get("monthly_soft")?,
        })
    }
}

/// Parses an amount in euros (`"5"`, `"5.50"`, `"5,50"`, `"€ 200"`) to micro-euros.
pub fn parse_eur(s: &str) -> Result<i64, GatewayError> {
    let bad = || GatewayError::Invalid(format!("not an amount in euros: {s:?}"));
    let t = s.trim().trim_start_matches('€').trim().replace(',', ".");
    let (whole, frac) = t.split_once('.').unwrap_or((&t, ""));
    if whole.is_empty() && frac.is_empty() {
        return Err(bad());
    }
    if !whole.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    if frac.len() > 6 || whole.len() > 9 {
        return Err(bad());
    }
    let w: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| bad())?
    };
    let f: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<6}").parse().map_err(|_| bad())?
    };
    Ok(w * 1_000_000 + f)
}

/// A virtual key as listed (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KeyInfo {
    pub id: String,
    pub org_id: String,
    pub name: String,
    /// The first characters of the secret, to recognise it (`vk-1a2b3c…`).
    pub prefix: String,
    pub person_id: Option<String>,
    pub person_email: Option<String>,
    pub limits: Limits,
    pub created_at: i64,
    pub revoked_at: Option<i64>,
    pub last_used_at: Option<i64>,
}

const KEY_SELECT: &str = "SELECT k.id, k.org_id, k.name, k.key_prefix, k.person_id, p.email AS person_email, \
     k.daily_hard, k.monthly_hard, k.daily_soft, k.monthly_soft, k.created_at, k.revoked_at, k.last_used_at \
     FROM gateway_keys k LEFT JOIN people p ON p.id = k.person_id AND p.org_id = k.org_id";

fn key_from(r: &AnyRow) -> Result<KeyInfo, sqlx::Error> {
    Ok(KeyInfo {
        id: r.try_get("id")?,
        org_id: r.try_get("org_id")?,
        name: r.try_get("name")?,
        prefix: r.try_get("key_prefix")?,
        person_id: r.try_get("person_id")?,
        person_email: r.try_get("person_email")?,
        limits: Limits::from_row(r)?,
        created_at: r.try_get("created_at")?,
        revoked_at: r.try_get("revoked_at")?,
        last_used_at: r.try_get("last_used_at")?,
    })
}

/// Creates a virtual key. Rule 08: every key has a daily and a monthly hard limit. Returns the
/// key and its secret (`vk-` + 48 hex), which is shown once and stored only as a hash. The
/// audit log records `actor` as the one who created it.
pub async fn create_key(
    store: &Store,
    org_id: &str,
    name: &str,
    person_email: Option<&str>,
    limits: Limits,
    actor: &Actor<'_>,
) -> Result<(KeyInfo, String), GatewayError> {
    let name = name.trim();
    if name.is_empty() || name.len() > 100 {
        return Err(GatewayError::Invalid(
            "a key needs a name (at most 100 characters)".into(),
        ));
    }
    if limits.daily_hard.is_none() || limits.monthly_hard.is_none() {
        return Err(GatewayError::Invalid(
            "every key needs a daily and a monthly hard limit (rule 08)".into(),
        ));
    }
    limits.validate()?;
    if store.org(org_id).await?.is_none() {
        return Err(GatewayError::OrgNotFound(org_id.to_string()));
    }
    let person_id: Option<String> = match person_email {
        Some(email) => {
            let email = email.trim().to_lowercase();
            let id: Option<String> =
                sqlx::query_scalar("SELECT id FROM people WHERE org_id = $1 AND LOWER(email) = $2")
                    .bind(org_id)
                    .bind(&email)
                    .fetch_optional(store.pool())
                    .await?;
            Some(id.ok_or(GatewayError::PersonNotFound(email))?)
        }
        None => None,
    };
    let mut raw = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut raw);
    let secret = format!("vk-{}", data_encoding::HEXLOWER.encode(&raw));
    let id = uuid::Uuid::now_v7().to_string();
    let prefix = format!("{}…", &secret[..9]);
    sqlx::query(
        "INSERT INTO gateway_keys (id, org_id, name, key_hash, key_prefix, person_id, daily_hard, monthly_hard, daily_soft, monthly_soft, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
    )
    .bind(&id)
    .bind(org_id)
    .bind(name)
    .bind(hash_token(&secret))
    .bind(&prefix)
    .bind(&person_id)
    .bind(limits.daily_hard)
    .bind(limits.monthly_hard)
    .bind(limits.daily_soft)
    .bind(limits.monthly_soft)
    .bind(now())
    .execute(store.pool())
    .await?;
    audit(
        store,
        org_id,
        actor,
        "gateway.key.create",
        &format!("{name} ({prefix})"),
    )
    .await;
    let info = key(store, org_id, &id)
        .await?
        .ok_or(GatewayError::KeyNotFound)?;
    Ok((info, secret))
}

/// Records a change made by `actor` (the logged-in user, or e.g. "cli"). Best effort: the
/// change is already made, and failing now would lose a new key's secret.
async fn audit(store: &Store, org_id: &str, actor: &Actor<'_>, action: &str, detail: &str) {
    if let Err(e) = store.audit(org_id, actor, action, detail).await {
        tracing::warn!(error = %e, action, "audit log write failed");
    }
}

/// One key of the organisation.
pub async fn key(
    store: &Store,
    org_id: &str,
    key_id: &str,
) -> Result<Option<KeyInfo>, GatewayError> {
    let r = sqlx::query(&format!("{KEY_SELECT} WHERE k.org_id = $1 AND k.id = $2"))
        .bind(org_id)
        .bind(key_id)
        .fetch_optional(store.pool())
        .await?;
    Ok(r.as_ref().map(key_from).transpose()?)
}

/// All keys of the organisation (revoked ones too), newest first.
pub async fn list_keys(store: &Store, org_id: &str) -> Result<Vec<KeyInfo>, GatewayError> {
    let rows = sqlx::query(&format!(
        "{KEY_SELECT} WHERE k.org_id = $1 ORDER BY k.created_at DESC, k.id DESC"
    ))
    .bind(org_id)
    .fetch_all(store.pool())
    .await?;
    Ok(rows.iter().map(key_from).collect::<Result<_, _>>()?)
}

/// Revokes a key (takes effect within `GatewayConfig::key_cache_ttl`); the audit log records
/// `actor`.
pub async fn revoke_key(
    store: &Store,
    org_id: &str,
    key_id: &str,
    actor: &Actor<'_>,
) -> Result<(), GatewayError> {
    let r = sqlx::query(
        "UPDATE gateway_keys SET revoked_at = $1 WHERE org_id = $2 AND id = $3 AND revoked_at IS NULL",
    )
    .bind(now())
    .bind(org_id)
    .bind(key_id)
    .execute(store.pool())
    .await?;
    if r.rows_affected() == 0 {
        return Err(GatewayError::KeyNotFound);
    }
    audit(store, org_id, actor, "gateway.key.revoke", key_id).await;
    Ok(())
}

/// Changes a key's limits.
pub async fn set_key_limits(
    store: &Store,
    org_id: &str,
    key_id: &str,
    limits: Limits,
) -> Result<(), GatewayError> {
    limits.validate()?;
    let r = sqlx::query(
        "UPDATE gateway_keys SET daily_hard = $1, monthly_hard = $2, daily_soft = $3, monthly_soft = $4 WHERE org_id = $5 AND id = $6",
    )
    .bind(limits.daily_hard)
    .bind(limits.monthly_hard)
    .bind(limits.daily_soft)
    .bind(limits.monthly_soft)
    .bind(org_id)
    .bind(key_id)
    .execute(store.pool())
    .await?;
    if r.rows_affected() == 0 {
        return Err(GatewayError::KeyNotFound);
    }
    Ok(())
}

/// Scope of a limit row: a person of the organisation, or the organisation itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitScope<'a> {
    Person(&'a str),
    Org,
}

/// Sets the limits of a person (by people.id) or of the whole organisation.
pub async fn set_limits(
    store: &Store,
    org_id: &str,
    scope: LimitScope<'_>,
    limits: Limits,
) -> Result<(), GatewayError> {
    limits.validate()?;
    let (scope, subject) = match scope {
        LimitScope::Person(p) => {
            let ok: Option<String> =
                sqlx::query_scalar("SELECT id FROM people WHERE org_id = $1 AND id = $2")
                    .bind(org_id)
                    .bind(p)
                    .fetch_optional(store.pool())
                    .await?;
            if ok.is_none() {
                return Err(GatewayError::PersonNotFound(p.to_string()));
            }
            ("person", p)
        }
        LimitScope::Org => ("org", org_id),
    };
    sqlx::query(
        "INSERT INTO gateway_limits (org_id, scope, subject_id, daily_hard, monthly_hard, daily_soft, monthly_soft, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (org_id, scope, subject_id) DO UPDATE SET \
         daily_hard = excluded.daily_hard, monthly_hard = excluded.monthly_hard, daily_soft = excluded.daily_soft, \
         monthly_soft = excluded.monthly_soft, updated_at = excluded.updated_at",
    )
    .bind(org_id)
    .bind(scope)
    .bind(subject)
    .bind(limits.daily_hard)
    .bind(limits.monthly_hard)
    .bind(limits.daily_soft)
    .bind(limits.monthly_soft)
    .bind(now())
    .execute(store.pool())
    .await?;
    Ok(())
}

/// The limits of a person or the organisation (all `None` when none were set).
pub async fn limits(
    store: &Store,
    org_id: &str,
    scope: LimitScope<'_>,
) -> Result<Limits, GatewayError> {
    let (scope, subject) = match scope {
        LimitScope::Person(p) => ("person", p),
        LimitScope::Org => ("org", org_id),
    };
    let r = sqlx::query(
        "SELECT daily_hard, monthly_hard, daily_soft, monthly_soft FROM gateway_limits WHERE org_id = $1 AND scope = $2 AND subject_id = $3",
    )
    .bind(org_id)
    .bind(scope)
    .bind(subject)
    .fetch_optional(store.pool())
    .await?;
    Ok(r.as_ref()
        .map(Limits::from_row)
        .transpose()?
        .unwrap_or_default())
}

/// The organisation's gateway policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GatewayPolicy {
    /// Anonymize outgoing prompts (default on).
    pub anonymize: bool,
    /// Where soft-limit alerts go (else: the organisation's owners).
    pub alert_email: Option<String>,
    /// A URL that receives a JSON POST for each soft-limit alert.
    pub webhook_url: Option<String>,
}

pub async fn policy(store: &Store, org_id: &str) -> Result<GatewayPolicy, GatewayError> {
    let r = sqlx::query(
        "SELECT gateway_anonymize, gateway_alert_email, gateway_webhook_url FROM organisations WHERE id = $1",
    )
    .bind(org_id)
    .fetch_optional(store.pool())
    .await?
    .ok_or_else(|| GatewayError::OrgNotFound(org_id.to_string()))?;
    Ok(GatewayPolicy {
        anonymize: r.try_get::<i64, _>("gateway_anonymize")? != 0,
        alert_email: r.try_get("gateway_alert_email")?,
        webhook_url: r.try_get("gateway_webhook_url")?,
    })
}

/// Sets the organisation's gateway policy; the audit log records `actor`.
pub async fn set_policy(
    store: &Store,
    org_id: &str,
    p: &GatewayPolicy,
    actor: &Actor<'_>,
) -> Result<(), GatewayError> {
    if let Some(u) = &p.webhook_url {
        if !(u.starts_with("http://") || u.starts_with("https://")) {
            return Err(GatewayError::Invalid(
                "webhook URL must start with http:// or https://".into(),
            ));
        }
    }
    let r = sqlx::query(
        "UPDATE organisations SET gateway_anonymize = $1, gateway_alert_email = $2, gateway_webhook_url = $3 WHERE id = $4",
    )
    .bind(i64::from(p.anonymize))
    .bind(&p.alert_email)
    .bind(&p.webhook_url)
    .bind(org_id)
    .execute(store.pool())
    .await?;
    if r.rows_affected() == 0 {
        return Err(GatewayError::OrgNotFound(org_id.to_string()));
    }
    audit(
        store,
        org_id,
        actor,
        "gateway.policy",
        &format!("anonymize={}", p.anonymize),
    )
    .await;
    Ok(())
}

/// What an authenticated request knows about its key (cached for `key_cache_ttl`).
#[derive(Debug)]
pub(crate) struct KeyCtx {
    pub key_id: String,
    pub org_id: String,
    pub name: String,
    pub person_id: Option<String>,
    pub person_email: Option<String>,
    pub key_limits: Limits,
    pub person_limits: Limits,
    pub org_limits: Limits,
    pub policy: GatewayPolicy,
    /// The budget rows of the current day, built once per day (see `budget::buckets`).
    pub buckets: crate::budget::BucketCache,
}

/// Looks up an active key by its secret.
pub(crate) async fn authenticate(
    store: &Store,
    secret: &str,
) -> Result<Option<KeyCtx>, GatewayError> {
    let r = sqlx::query(
        "SELECT k.id, k.org_id, k.name, k.person_id, p.email AS person_email, k.daily_hard, k.monthly_hard, \
         k.daily_soft, k.monthly_soft, o.gateway_anonymize, o.gateway_alert_email, o.gateway_webhook_url \
         FROM gateway_keys k JOIN organisations o ON o.id = k.org_id \
         LEFT JOIN people p ON p.id = k.person_id AND p.org_id = k.org_id \
         WHERE k.key_hash = $1 AND k.revoked_at IS NULL",
    )
    .bind(hash_token(secret))
    .fetch_optional(store.pool())
    .await?;
    let Some(r) = r else { return Ok(None) };
    let org_id: String = r.try_get("org_id")?;
    let person_id: Option<String> = r.try_get("person_id")?;
    let rows = sqlx::query(
        "SELECT scope, subject_id, daily_hard, monthly_hard, daily_soft, monthly_soft FROM gateway_limits \
         WHERE org_id = $1 AND ((scope = 'org' AND subject_id = $1) OR (scope = 'person' AND subject_id = $2))",
    )
    .bind(&org_id)
    .bind(person_id.as_deref().unwrap_or(""))
    .fetch_all(store.pool())
    .await?;
    let mut person_limits = Limits::default();
    let mut org_limits = Limits::default();
    for l in &rows {
        match l.try_get::<String, _>("scope")?.as_str() {
            "org" => org_limits = Limits::from_row(l)?,
            _ => person_limits = Limits::from_row(l)?,
        }
    }
    let key_id: String = r.try_get("id")?;
    // Best effort, once per cache refresh.
    let _ = sqlx::query("UPDATE gateway_keys SET last_used_at = $1 WHERE org_id = $2 AND id = $3")
        .bind(now())
        .bind(&org_id)
        .bind(&key_id)
        .execute(store.pool())
        .await;
    Ok(Some(KeyCtx {
        key_id,
        name: r.try_get("name")?,
        person_email: r.try_get("person_email")?,
        key_limits: Limits::from_row(&r)?,
        person_limits: if person_id.is_some() {
            person_limits
        } else {
            Limits::default()
        },
        org_limits,
        policy: GatewayPolicy {
            anonymize: r.try_get::<i64, _>("gateway_anonymize")? != 0,
            alert_email: r.try_get("gateway_alert_email")?,
            webhook_url: r.try_get("gateway_webhook_url")?,
        },
        org_id,
        person_id,
        buckets: Default::default(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_euros() {
        assert_eq!(parse_eur("5").ok(), Some(5_000_000));
        assert_eq!(parse_eur("5.5").ok(), Some(5_500_000));
        assert_eq!(parse_eur("€ 200,00").ok(), Some(200_000_000));
        assert_eq!(parse_eur("0.000001").ok(), Some(1));
        assert!(parse_eur("-5").is_err());
        assert!(parse_eur("abc").is_err());
        assert!(parse_eur("").is_err());
        assert!(parse_eur("1.2.3").is_err());
    }
}
