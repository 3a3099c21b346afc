//! Wires the AI gateway into `veilig serve` and the `veilig keys` command: the per-organisation
//! anonymizer engines of the web app, upstream settings from flags and environment, the mailer,
//! and the key file for provider keys at rest.

use crate::config::{GatewayArgs, StoreArgs};
use anyhow::Context;
use clap::{Args, Subcommand};
use std::process::ExitCode;
use std::sync::Arc;
use veilig_anonymize::Engine;
use veilig_gateway::{BoxFuture, EngineProvider, GatewayConfig, GatewayState, Limits};
use veilig_store::Store;
use veilig_web::anon::EngineCache;

/// The web app's engine cache, seen by the gateway.
pub struct OrgEngines {
    pub store: Store,
    pub cache: Arc<EngineCache>,
}

impl EngineProvider for OrgEngines {
    fn engine(&self, org_id: &str) -> BoxFuture<'_, Result<Arc<Engine>, String>> {
        let org_id = org_id.to_string();
        Box::pin(async move {
            let org = self
                .store
                .org(&org_id)
                .await
                .map_err(|e| e.to_string())?
                .ok_or("unknown organisation")?;
            self.cache
                .get(&self.store, &org)
                .await
                .map_err(|e| e.to_string())
        })
    }
}

/// The mailer from `--smtp-host` (`host` or `host:port`), if set.
pub fn mailer(args: &GatewayArgs) -> anyhow::Result<Option<veilig_mail::Mailer>> {
    let Some(host) = &args.smtp_host else {
        return Ok(None);
    };
    let (h, port) = match host.rsplit_once(':') {
        Some((h, p)) => (
            h.to_string(),
            p.parse::<u16>()
                .with_context(|| format!("invalid SMTP port in {host:?}"))?,
        ),
        None => (host.clone(), 25),
    };
    let m = veilig_mail::Mailer::new(veilig_mail::MailConfig {
        host: h,
        port,
        from: args.smtp_from.clone(),
        username: std::env::var("VEILIG_SMTP_USERNAME").ok(),
        password: std::env::var("VEILIG_SMTP_PASSWORD").ok(),
        starttls: std::env::var("VEILIG_SMTP_STARTTLS").is_ok_and(|v| v == "1" || v == "true"),
    })
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(Some(m))
}

/// The `app_settings` key of the check value that tells whether this instance's key file is the
/// one that encrypted the stored secrets.
const KEY_CHECK: &str = "master_key_check";
const KEY_CHECK_AAD: &str = "app_settings/master_key_check";

/// The key file for secrets at rest in the data directory (created on first start), checked
/// against the database: several instances on one PostgreSQL database need the same key file,
/// and one that started with another key would fail to read every stored secret later.
pub async fn master_key(
    store: &Store,
    store_args: &StoreArgs,
) -> anyhow::Result<veilig_gateway::MasterKey> {
    let dir = store_args.dir();
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let key =
        veilig_gateway::load_or_create_master_key(&dir).map_err(|e| anyhow::anyhow!("{e}"))?;
    let file = dir.join(veilig_gateway::MASTER_KEY_FILE);
    match store.setting(KEY_CHECK).await? {
        Some(v) => {
            let ok = v
                .split_once(':')
                .is_some_and(|(n, c)| key.decrypt(n, c, KEY_CHECK_AAD).is_ok());
            if !ok {
                anyhow::bail!(
                    "the key file {} is not the one the database's secrets were encrypted with; \
                     copy the key file of the first instance to this data directory",
                    file.display()
                );
            }
        }
        None => {
            let (n, c) = key
                .encrypt("veilig", KEY_CHECK_AAD)
                .map_err(|e| anyhow::anyhow!("{e}"))?;
            store.set_setting(KEY_CHECK, &format!("{n}:{c}")).await?;
        }
    }
    Ok(key)
}

/// Builds the gateway state for `veilig serve`, sharing the installation's mailer.
pub fn state(
    store: &Store,
    args: &GatewayArgs,
    engines: Arc<EngineCache>,
    master: veilig_gateway::MasterKey,
    mailer: veilig_mail::Mailer,
) -> anyhow::Result<GatewayState> {
    let config = GatewayConfig {
        openai_base_url: args.openai_base_url.clone(),
        anthropic_base_url: args.anthropic_base_url.clone(),
        openai_api_key: std::env::var("VEILIG_OPENAI_API_KEY")
            .ok()
            .filter(|k| !k.is_empty()),
        anthropic_api_key: std::env::var("VEILIG_ANTHROPIC_API_KEY")
            .ok()
            .filter(|k| !k.is_empty()),
        usd_to_eur: args.usd_to_eur,
        ..GatewayConfig::default()
    };
    let provider = Arc::new(OrgEngines {
        store: store.clone(),
        cache: engines,
    });
    Ok(GatewayState::new(store.clone(), config, provider)
        .map_err(|e| anyhow::anyhow!("{e}"))?
        .with_master_key(master)
        .with_mailer(mailer))
}

#[derive(Subcommand)]
pub enum KeysCommand {
    /// Create a virtual key with spend limits; the key is printed once.
    Create(CreateArgs),
}

#[derive(Args)]
pub struct CreateArgs {
    /// Organisation id or name.
    #[arg(long)]
    pub org: String,
    /// Name of the key (what it is for).
    #[arg(long)]
    pub name: String,
    /// E-mail address of the person the key belongs to.
    #[arg(long)]
    pub person: Option<String>,
    /// Hard daily limit in euro, e.g. 5 or 7,50.
    #[arg(long, value_name = "EUR")]
    pub daily_limit: String,
    /// Hard monthly limit in euro (the guide: 50 to 200 for a small business).
    #[arg(long, value_name = "EUR")]
    pub monthly_limit: String,
    /// Soft daily limit (one alert per day).
    #[arg(long, value_name = "EUR")]
    pub daily_soft: Option<String>,
    /// Soft monthly limit (one alert per month).
    #[arg(long, value_name = "EUR")]
    pub monthly_soft: Option<String>,
    #[command(flatten)]
    pub store: StoreArgs,
}

fn eur(s: &str) -> anyhow::Result<i64> {
    veilig_gateway::parse_eur(s).map_err(|e| anyhow::anyhow!("{e}"))
}

pub async fn keys(cmd: KeysCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        KeysCommand::Create(a) => {
            let store = a.store.open().await?;
            let orgs = store.all_orgs().await?;
            let Some(org) = orgs
                .iter()
                .find(|o| o.id == a.org || o.name.eq_ignore_ascii_case(a.org.trim()))
            else {
                anyhow::bail!("unknown organisation {:?} (see veilig org list)", a.org);
            };
            let limits = Limits {
                daily_hard: Some(eur(&a.daily_limit)?),
                monthly_hard: Some(eur(&a.monthly_limit)?),
                daily_soft: a.daily_soft.as_deref().map(eur).transpose()?,
                monthly_soft: a.monthly_soft.as_deref().map(eur).transpose()?,
            };
            let (info, secret) = veilig_gateway::create_key(
                &store,
                &org.id,
                &a.name,
                a.person.as_deref(),
                limits,
                &veilig_store::Actor {
                    user_id: None,
                    label: "cli",
                },
            )
            .await
            .map_err(|e| anyhow::anyhow!("{e}"))?;
            eprintln!(
                "veilig: key {:?} created for {} ({}); it is shown only now:",
                info.name, org.name, info.prefix
            );
            println!("{secret}");
            Ok(ExitCode::SUCCESS)
        }
    }
}
