//! Provider (upstream) API keys at rest: encrypted with XChaCha20-Poly1305 under a master key
//! kept in a file of the data directory (created on first start, mode 0600). Keys are written
//! once and never shown again; the environment (`GatewayConfig::openai_api_key`, …) wins.

use crate::error::GatewayError;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use data_encoding::HEXLOWER;
use rand::RngCore;
use sqlx::Row;
use std::path::Path;
use veilig_store::Store;

/// The master key file's name inside the data directory.
pub const MASTER_KEY_FILE: &str = "gateway-master.key";

/// The 256-bit master key.
#[derive(Clone)]
pub struct MasterKey([u8; 32]);

impl std::fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MasterKey(…)")
    }
}

impl MasterKey {
    pub fn from_bytes(b: [u8; 32]) -> MasterKey {
        MasterKey(b)
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new((&self.0).into())
    }

    /// Encrypts; returns (nonce hex, ciphertext hex). `aad` binds the ciphertext to its row.
    pub fn encrypt(&self, plaintext: &str, aad: &str) -> Result<(String, String), GatewayError> {
        let mut nonce = [0u8; 24];
        rand::thread_rng().fill_bytes(&mut nonce);
        let ct = self
            .cipher()
            .encrypt(
                XNonce::from_slice(&nonce),
                chacha20poly1305::aead::Payload {
                    msg: plaintext.as_bytes(),
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| GatewayError::Decrypt)?;
        Ok((HEXLOWER.encode(&nonce), HEXLOWER.encode(&ct)))
    }

    pub fn decrypt(
        &self,
        nonce_hex: &str,
        ct_hex: &str,
        aad: &str,
    ) -> Result<String, GatewayError> {
        let nonce = HEXLOWER
            .decode(nonce_hex.as_bytes())
            .map_err(|_| GatewayError::Decrypt)?;
        let ct = HEXLOWER
            .decode(ct_hex.as_bytes())
            .map_err(|_| GatewayError::Decrypt)?;
        if nonce.len() != 24 {
            return Err(GatewayError::Decrypt);
        }
        let pt = self
            .cipher()
            .decrypt(
                XNonce::from_slice(&nonce),
                chacha20poly1305::aead::Payload {
                    msg: &ct,
                    aad: aad.as_bytes(),
                },
            )
            .map_err(|_| GatewayError::Decrypt)?;
        String::from_utf8(pt).map_err(|_| GatewayError::Decrypt)
    }
}

/// Reads `dir/gateway-master.key`, creating it (32 random bytes, hex, mode 0600) on first start.
pub fn load_or_create_master_key(dir: &Path) -> Result<MasterKey, GatewayError> {
    let path = dir.join(MASTER_KEY_FILE);
    let err = |message: String| GatewayError::MasterKey {
        path: path.display().to_string(),
        message,
    };
    match std::fs::read_to_string(&path) {
        Ok(s) => {
            let bytes = HEXLOWER
                .decode(s.trim().as_bytes())
                .map_err(|_| err("not 64 hex characters".into()))?;
            let arr: [u8; 32] = bytes
                .try_into()
                .map_err(|_| err("not 64 hex characters".into()))?;
            Ok(MasterKey(arr))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(|e| err(e.to_string()))?;
            let mut key = [0u8; 32];
            rand::thread_rng().fill_bytes(&mut key);
            let mut opts = std::fs::OpenOptions::new();
            opts.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                opts.mode(0o600);
            }
            match opts.open(&path) {
                Ok(mut f) => {
                    use std::io::Write;
                    f.write_all(HEXLOWER.encode(&key).as_bytes())
                        .and_then(|_| f.sync_all())
                        .map_err(|e| err(e.to_string()))?;
                    Ok(MasterKey(key))
                }
                // Another process created it first: use theirs.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    load_or_create_master_key(dir)
                }
                Err(e) => Err(err(e.to_string())),
            }
        }
        Err(e) => Err(err(e.to_string())),
    }
}

/// The upstream providers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Provider {
    OpenAi,
    Anthropic,
}

impl Provider {
    pub fn as_str(self) -> &'static str {
        match self {
            Provider::OpenAi => "openai",
            Provider::Anthropic => "anthropic",
        }
    }
}

/// Stores a provider key encrypted. `org_id` `None` = instance-wide (all organisations).
pub async fn set_provider_key(
    store: &Store,
    master: &MasterKey,
    org_id: Option<&str>,
    provider: Provider,
    secret: &str,
) -> Result<(), GatewayError> {
    let secret = secret.trim();
    if secret.is_empty() {
        return Err(GatewayError::Invalid("empty provider key".into()));
    }
    let org = org_id.unwrap_or("");
    let aad = format!("{org}/{}", provider.as_str());
    let (nonce, ct) = master.encrypt(secret, &aad)?;
    sqlx::query(
        "INSERT INTO gateway_provider_keys (org_id, provider, nonce, ciphertext, updated_at) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (org_id, provider) DO UPDATE SET nonce = excluded.nonce, ciphertext = excluded.ciphertext, updated_at = excluded.updated_at",
    )
    .bind(org)
    .bind(provider.as_str())
    .bind(nonce)
    .bind(ct)
    .bind(veilig_store::now())
    .execute(store.pool())
    .await?;
    Ok(())
}

/// Whether a provider key is stored (for the organisation, or instance-wide) — never the key.
pub async fn has_provider_key(
    store: &Store,
    org_id: Option<&str>,
    provider: Provider,
) -> Result<bool, GatewayError> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM gateway_provider_keys WHERE org_id = $1 AND provider = $2",
    )
    .bind(org_id.unwrap_or(""))
    .bind(provider.as_str())
    .fetch_one(store.pool())
    .await?;
    Ok(n > 0)
}

/// The decrypted key for an organisation: its own, else the instance-wide one.
pub(crate) async fn load_provider_key(
    store: &Store,
    master: &MasterKey,
    org_id: &str,
    provider: Provider,
) -> Result<Option<String>, GatewayError> {
    let rows = sqlx::query(
        "SELECT org_id, nonce, ciphertext FROM gateway_provider_keys WHERE (org_id = $1 OR org_id = '') AND provider = $2",
    )
    .bind(org_id)
    .bind(provider.as_str())
    .fetch_all(store.pool())
    .await?;
    let pick = rows
        .iter()
        .find(|r| r.try_get::<String, _>("org_id").ok().as_deref() == Some(org_id))
        .or_else(|| rows.first());
    let Some(r) = pick else { return Ok(None) };
    let org: String = r.try_get("org_id")?;
    let aad = format!("{org}/{}", provider.as_str());
    Ok(Some(master.decrypt(
        &r.try_get::<String, _>("nonce")?,
        &r.try_get::<String, _>("ciphertext")?,
        &aad,
    )?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn master_key_file_roundtrip() {
        let dir = tempfile::tempdir().expect("dir");
        let a = load_or_create_master_key(dir.path()).expect("create");
        let b = load_or_create_master_key(dir.path()).expect("load");
        assert_eq!(a.0, b.0);
        let (n, c) = a.encrypt("sk-secret", "org/openai").expect("enc");
        assert!(!c.contains("sk-secret"));
        assert_eq!(b.decrypt(&n, &c, "org/openai").expect("dec"), "sk-secret");
        assert!(b.decrypt(&n, &c, "other/openai").is_err());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(MASTER_KEY_FILE))
                .expect("meta")
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}
