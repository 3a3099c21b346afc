//! The installation's mail server, as an administrator sets it in the app: stored in
//! `app_settings` under [`KEY`] with the password encrypted by the master key, and applied to
//! the one shared [`veilig_mail::Mailer`]. When `veilig serve` was started with `--smtp-host`,
//! the server's configuration wins and the page only shows it.

use serde::{Deserialize, Serialize};
use veilig_gateway::MasterKey;
use veilig_mail::{MailConfig, Mailer};
use veilig_store::Store;

/// The `app_settings` key.
pub const KEY: &str = "smtp";
const AAD: &str = "app_settings/smtp";

/// What is stored (never the password in clear text).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stored {
    pub host: String,
    pub port: u16,
    pub from: String,
    #[serde(default)]
    pub username: Option<String>,
    #[serde(default)]
    pub starttls: bool,
    /// The password, encrypted: (nonce hex, ciphertext hex).
    #[serde(default)]
    pub password: Option<(String, String)>,
}

#[derive(Debug, thiserror::Error)]
pub enum MailSettingsError {
    #[error(transparent)]
    Store(#[from] veilig_store::StoreError),
    #[error("stored mail settings are unreadable: {0}")]
    Corrupt(String),
    #[error("a password needs the master key file, which this server does not have")]
    NoMasterKey,
    #[error("cannot decrypt the stored mail password (another master key file?)")]
    Decrypt,
}

/// The stored settings, if an administrator saved any.
pub async fn stored(store: &Store) -> Result<Option<Stored>, MailSettingsError> {
    match store.setting(KEY).await? {
        None => Ok(None),
        Some(v) if v.is_empty() => Ok(None),
        Some(v) => serde_json::from_str(&v)
            .map(Some)
            .map_err(|e| MailSettingsError::Corrupt(e.to_string())),
    }
}

/// The stored settings as a mailer configuration (password decrypted).
pub async fn load(
    store: &Store,
    master: Option<&MasterKey>,
) -> Result<Option<MailConfig>, MailSettingsError> {
    let Some(s) = stored(store).await? else {
        return Ok(None);
    };
    let password = match (&s.password, master) {
        (None, _) => None,
        (Some(_), None) => return Err(MailSettingsError::NoMasterKey),
        (Some((nonce, ct)), Some(k)) => Some(
            k.decrypt(nonce, ct, AAD)
                .map_err(|_| MailSettingsError::Decrypt)?,
        ),
    };
    Ok(Some(MailConfig {
        host: s.host,
        port: s.port,
        from: s.from,
        username: s.username,
        password,
        starttls: s.starttls,
    }))
}

/// Stores a configuration. `password`: `Some` replaces it, `None` keeps the stored one.
pub async fn save(
    store: &Store,
    master: Option<&MasterKey>,
    cfg: &MailConfig,
    keep_password: bool,
) -> Result<(), MailSettingsError> {
    let password = match (&cfg.password, keep_password) {
        (Some(p), _) => {
            let k = master.ok_or(MailSettingsError::NoMasterKey)?;
            Some(k.encrypt(p, AAD).map_err(|_| MailSettingsError::Decrypt)?)
        }
        (None, true) => stored(store).await?.and_then(|s| s.password),
        (None, false) => None,
    };
    let s = Stored {
        host: cfg.host.clone(),
        port: cfg.port,
        from: cfg.from.clone(),
        username: cfg.username.clone(),
        starttls: cfg.starttls,
        password,
    };
    let json = serde_json::to_string(&s).map_err(|e| MailSettingsError::Corrupt(e.to_string()))?;
    store.set_setting(KEY, &json).await?;
    Ok(())
}

/// Removes the stored settings.
pub async fn clear(store: &Store) -> Result<(), MailSettingsError> {
    store.set_setting(KEY, "").await?;
    Ok(())
}

/// Applies the stored settings to `mailer` (several instances: each picks up an administrator's
/// change on its next refresh). Returns whether a mail server is configured afterwards.
pub async fn refresh(store: &Store, master: Option<&MasterKey>, mailer: &Mailer) -> bool {
    match load(store, master).await {
        Ok(Some(cfg)) => {
            if mailer.config().as_ref() != Some(&cfg) {
                if let Err(e) = mailer.configure(cfg) {
                    tracing::warn!(error = %e, "stored mail settings cannot be used");
                }
            }
        }
        Ok(None) => mailer.clear(),
        Err(e) => tracing::warn!(error = %e, "reading the mail settings failed"),
    }
    mailer.is_configured()
}
