//! Configuration: flags, `VEILIG_…` environment variables, and an optional TOML config file,
//! in that order of precedence, then the defaults.

use anyhow::Context;
use clap::Args;
use serde::Deserialize;
use std::path::PathBuf;
use veilig_store::Store;

pub const DEFAULT_BIND: &str = "127.0.0.1:8080";
pub const DEFAULT_DATA_DIR: &str = "./veilig-data";

/// Where the store lives.
#[derive(Args, Debug, Clone, Default)]
pub struct StoreArgs {
    /// Directory for the embedded SQLite database (created if missing).
    #[arg(long, env = "VEILIG_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Database URL instead of the data directory: sqlite://FILE or postgres://USER:PASS@HOST/DB.
    #[arg(long, env = "VEILIG_DATABASE_URL", value_name = "URL")]
    pub database_url: Option<String>,
}

impl StoreArgs {
    /// The data directory (also holds the gateway's key file when the database is PostgreSQL).
    pub fn dir(&self) -> PathBuf {
        self.data_dir
            .clone()
            .unwrap_or_else(|| PathBuf::from(DEFAULT_DATA_DIR))
    }

    pub async fn open(&self) -> anyhow::Result<Store> {
        match &self.database_url {
            Some(url) => Store::connect(url)
                .await
                .with_context(|| format!("cannot open database {}", redact(url))),
            None => {
                let dir = self
                    .data_dir
                    .clone()
                    .unwrap_or_else(|| PathBuf::from(DEFAULT_DATA_DIR));
                Store::open_data_dir(&dir)
                    .await
                    .with_context(|| format!("cannot open data directory {}", dir.display()))
            }
        }
    }
}

/// Hides the password in a database URL for messages.
fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => {
            let creds = &url[s + 3..at];
            match creds.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..s + 3], &url[at..]),
                None => url.to_string(),
            }
        }
        _ => url.to_string(),
    }
}

/// `veilig serve` options.
#[derive(Args, Debug)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "VEILIG_BIND", value_name = "ADDR")]
    pub bind: Option<String>,
    #[command(flatten)]
    pub store: StoreArgs,
    /// Mark cookies Secure (set this when veilig is behind HTTPS).
    #[arg(long, env = "VEILIG_SECURE_COOKIES")]
    pub secure_cookies: bool,
    /// Optional TOML file with the same settings (bind, data_dir, database_url, secure_cookies).
    #[arg(long, env = "VEILIG_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub gateway: GatewayArgs,
}

/// The AI gateway (served on the same port unless `--gateway-bind` is given).
#[derive(Args, Debug, Clone, Default)]
pub struct GatewayArgs {
    /// Serve the gateway (/v1/…) on its own address instead of the web app's.
    #[arg(long, env = "VEILIG_GATEWAY_BIND", value_name = "ADDR")]
    pub gateway_bind: Option<String>,
    /// OpenAI-compatible upstream, including /v1.
    #[arg(
        long,
        env = "VEILIG_OPENAI_BASE_URL",
        value_name = "URL",
        default_value = "https://api.openai.com/v1"
    )]
    pub openai_base_url: String,
    /// Anthropic-compatible upstream, including /v1.
    #[arg(
        long,
        env = "VEILIG_ANTHROPIC_BASE_URL",
        value_name = "URL",
        default_value = "https://api.anthropic.com/v1"
    )]
    pub anthropic_base_url: String,
    /// Euros per US dollar for the shipped model prices.
    #[arg(
        long,
        env = "VEILIG_USD_TO_EUR",
        value_name = "RATE",
        default_value_t = 0.92
    )]
    pub usd_to_eur: f64,
    /// SMTP server for spend alerts and reminders (host[:port]); mail is off without it.
    #[arg(long, env = "VEILIG_SMTP_HOST", value_name = "HOST")]
    pub smtp_host: Option<String>,
    /// Sender address of veilig's mail.
    #[arg(
        long,
        env = "VEILIG_SMTP_FROM",
        value_name = "ADDRESS",
        default_value = "veilig@localhost"
    )]
    pub smtp_from: String,
}

#[derive(Deserialize, Default, Debug)]
#[serde(deny_unknown_fields)]
struct FileConfig {
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    database_url: Option<String>,
    secure_cookies: Option<bool>,
}

/// The settings after merging flags, environment, file and defaults.
#[derive(Debug)]
pub struct Settings {
    pub gateway: GatewayArgs,
    pub bind: String,
    pub store: StoreArgs,
    pub secure_cookies: bool,
}

impl ServeArgs {
    pub fn resolve(self) -> anyhow::Result<Settings> {
        let file = match &self.config {
            Some(path) => {
                let text = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read config file {}", path.display()))?;
                toml::from_str::<FileConfig>(&text)
                    .with_context(|| format!("invalid config file {}", path.display()))?
            }
            None => FileConfig::default(),
        };
        Ok(Settings {
            gateway: self.gateway,
            bind: self
                .bind
                .or(file.bind)
                .unwrap_or_else(|| DEFAULT_BIND.to_string()),
            store: StoreArgs {
                data_dir: self.store.data_dir.or(file.data_dir),
                database_url: self.store.database_url.or(file.database_url),
            },
            secure_cookies: self.secure_cookies || file.secure_cookies.unwrap_or(false),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_hidden_in_urls() {
        assert_eq!(
            redact("postgres://veilig:geheim@db/veilig"),
            "postgres://veilig:***@db/veilig"
        );
        assert_eq!(redact("sqlite://x.db"), "sqlite://x.db");
    }

    #[test]
    fn flags_win_over_the_file_and_defaults_fill_the_rest() {
        let dir = std::env::temp_dir().join(format!("veilig-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("tmp");
        let file = dir.join("veilig.toml");
        std::fs::write(
            &file,
            "bind = \"0.0.0.0:9000\"\ndata_dir = \"/srv/veilig\"\n",
        )
        .expect("write");
        let s = ServeArgs {
            bind: Some("127.0.0.1:7000".into()),
            store: StoreArgs::default(),
            secure_cookies: false,
            config: Some(file.clone()),
            gateway: GatewayArgs::default(),
        }
        .resolve()
        .expect("resolve");
        assert_eq!(s.bind, "127.0.0.1:7000");
        assert_eq!(s.store.data_dir, Some(PathBuf::from("/srv/veilig")));
        std::fs::write(&file, "bnid = 1\n").expect("write");
        let err = ServeArgs {
            bind: None,
            store: StoreArgs::default(),
            secure_cookies: false,
            config: Some(file),
            gateway: GatewayArgs::default(),
        }
        .resolve()
        .expect_err("typo must be refused");
        assert!(format!("{err:#}").contains("invalid config file"));
        let _ = std::fs::remove_dir_all(dir);
    }
}
