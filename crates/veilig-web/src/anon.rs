//! The anonymizer as the web app uses it: one engine per organisation (its own terms, BSN
//! policy and whether KvK and BTW numbers are masked), cached until the organisation's terms or
//! settings change, and the per-session conversations whose mappings live only in memory, never
//! in the database.

use crate::errors::AppError;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use veilig_anonymize::{BsnPolicy, Engine, Mapping, Options, TermKind};
use veilig_store::{Org, Store};

/// Engines per organisation, rebuilt when `terms_version` changes.
#[derive(Default)]
pub struct EngineCache {
    inner: Mutex<HashMap<String, (i64, Arc<Engine>)>>,
}

impl EngineCache {
    pub async fn get(&self, store: &Store, org: &Org) -> Result<Arc<Engine>, AppError> {
        if let Ok(map) = self.inner.lock() {
            if let Some((v, e)) = map.get(&org.id) {
                if *v == org.terms_version {
                    return Ok(e.clone());
                }
            }
        }
        let terms = store.terms(&org.id).await?;
        let mut opts = Options {
            bsn_policy: if org.anonymizer_mask_bsn {
                BsnPolicy::Mask
            } else {
                BsnPolicy::Block
            },
            mask_business_ids: org.anonymizer_mask_business_ids,
            ..Options::default()
        };
        for t in terms {
            let kind = match t.kind.as_str() {
                "client" => TermKind::Client,
                "employee" => TermKind::Employee,
                "project" => TermKind::Project,
                "company" => TermKind::Company,
                _ => {
                    opts.allow.push(t.term);
                    continue;
                }
            };
            opts.always_mask.push((t.term, kind));
        }
        let engine = Arc::new(
            tokio::task::spawn_blocking(move || Engine::new(opts))
                .await
                .map_err(|e| AppError::Internal(e.to_string()))?,
        );
        if let Ok(mut map) = self.inner.lock() {
            map.insert(org.id.clone(), (org.terms_version, engine.clone()));
        }
        Ok(engine)
    }
}

/// How long an idle conversation is kept.
const CONVERSATION_TTL: Duration = Duration::from_secs(4 * 3600);

/// The mappings of the sessions' conversations, in memory only.
#[derive(Default)]
pub struct Conversations {
    inner: Mutex<HashMap<String, (Instant, Mapping)>>,
}

impl Conversations {
    /// Runs `f` on the mapping of a session (created empty on first use).
    pub fn with<R>(&self, session: &str, f: impl FnOnce(&mut Mapping) -> R) -> Option<R> {
        let mut map = self.inner.lock().ok()?;
        let now = Instant::now();
        map.retain(|_, (t, _)| now.duration_since(*t) < CONVERSATION_TTL);
        let entry = map
            .entry(session.to_string())
            .or_insert_with(|| (now, Mapping::default()));
        entry.0 = now;
        Some(f(&mut entry.1))
    }

    /// A copy of a session's mapping, if it has one.
    pub fn get(&self, session: &str) -> Option<Mapping> {
        self.inner.lock().ok()?.get(session).map(|(_, m)| m.clone())
    }

    pub fn clear(&self, session: &str) {
        if let Ok(mut map) = self.inner.lock() {
            map.remove(session);
        }
    }
}
