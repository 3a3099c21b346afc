//! veilig-mail owns sending mail: the ONE mailer of veilig. Plain-text UTF-8 messages over SMTP,
//! with optional STARTTLS and login, built on `lettre`. Every other crate that sends mail (soft
//! budget alerts of the gateway, invitations, quarterly reminders) goes through [`Mailer`].

use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// Where and how to deliver mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailConfig {
    pub host: String,
    pub port: u16,
    /// The sender, `veilig@example.nl` or `veilig <veilig@example.nl>`.
    pub from: String,
    pub username: Option<String>,
    pub password: Option<String>,
    /// Upgrade the connection with STARTTLS (required when set).
    pub starttls: bool,
}

/// Errors of the mailer.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("invalid sender address {0:?}")]
    InvalidFrom(String),
    #[error("invalid recipient address {0:?}")]
    InvalidTo(String),
    #[error("cannot build the message: {0}")]
    Build(String),
    #[error("SMTP setup failed: {0}")]
    Setup(String),
    #[error("sending mail failed: {0}")]
    Send(String),
    #[error("no mail server is configured")]
    NotConfigured,
}

/// A configured connection: the sender and the transport built from a [`MailConfig`].
#[derive(Clone)]
struct Configured {
    config: MailConfig,
    from: Mailbox,
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

impl Configured {
    fn build(cfg: MailConfig) -> Result<Configured, MailError> {
        let from: Mailbox = cfg
            .from
            .parse()
            .map_err(|_| MailError::InvalidFrom(cfg.from.clone()))?;
        if cfg.host.trim().is_empty() {
            return Err(MailError::Setup("no mail server given".into()));
        }
        let mut builder = if cfg.starttls {
            AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&cfg.host)
                .map_err(|e| MailError::Setup(e.to_string()))?
        } else {
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&cfg.host)
        };
        builder = builder
            .port(cfg.port)
            .timeout(Some(Duration::from_secs(30)));
        if let (Some(user), Some(pass)) = (cfg.username.clone(), cfg.password.clone()) {
            builder = builder.credentials(Credentials::new(user, pass));
        }
        Ok(Configured {
            config: cfg,
            from,
            transport: builder.build(),
        })
    }
}

/// Sends mail. Cheap to clone; every clone shares the configuration, so an administrator who
/// changes the mail server in the app reconfigures every part of veilig at once.
#[derive(Clone, Default)]
pub struct Mailer {
    inner: Arc<RwLock<Option<Configured>>>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let from = self.current().map(|c| c.from.to_string());
        f.debug_struct("Mailer").field("from", &from).finish()
    }
}

impl Mailer {
    /// Builds a configured mailer (no connection is made until the first send).
    pub fn new(cfg: MailConfig) -> Result<Mailer, MailError> {
        let m = Mailer::unconfigured();
        m.configure(cfg)?;
        Ok(m)
    }

    /// A mailer without a server yet: sending fails with [`MailError::NotConfigured`].
    pub fn unconfigured() -> Mailer {
        Mailer::default()
    }

    /// Replaces the configuration for this mailer and all its clones. A configuration that
    /// cannot be built leaves the previous one in place.
    pub fn configure(&self, cfg: MailConfig) -> Result<(), MailError> {
        let c = Configured::build(cfg)?;
        *self.inner.write().unwrap_or_else(|p| p.into_inner()) = Some(c);
        Ok(())
    }

    /// Forgets the configuration: nothing is sent until [`Mailer::configure`] is called again.
    pub fn clear(&self) {
        *self.inner.write().unwrap_or_else(|p| p.into_inner()) = None;
    }

    pub fn is_configured(&self) -> bool {
        self.current().is_some()
    }

    /// The current configuration (with its password), if any.
    pub fn config(&self) -> Option<MailConfig> {
        self.current().map(|c| c.config)
    }

    fn current(&self) -> Option<Configured> {
        self.inner.read().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Sends one plain-text UTF-8 message to one recipient.
    pub async fn send(&self, to: &str, subject: &str, body_text: &str) -> Result<(), MailError> {
        let c = self.current().ok_or(MailError::NotConfigured)?;
        let to_box: Mailbox = to
            .trim()
            .parse()
            .map_err(|_| MailError::InvalidTo(to.to_string()))?;
        let msg = Message::builder()
            .from(c.from.clone())
            .to(to_box)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body_text.to_string())
            .map_err(|e| MailError::Build(e.to_string()))?;
        c.transport
            .send(msg)
            .await
            .map_err(|e| MailError::Send(e.to_string()))?;
        Ok(())
    }
}
