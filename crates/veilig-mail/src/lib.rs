//! veilig-mail owns sending mail: the ONE mailer of veilig. Plain-text UTF-8 messages over SMTP,
//! with optional STARTTLS and login, built on `lettre`. Every other crate that sends mail (soft
//! budget alerts of the gateway, invitations, quarterly reminders) goes through [`Mailer`].

use lettre::message::{header::ContentType, Mailbox};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
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
}

/// Sends mail. Cheap to clone.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer")
            .field("from", &self.from.to_string())
            .finish()
    }
}

impl Mailer {
    /// Builds a mailer (no connection is made until the first send).
    pub fn new(cfg: MailConfig) -> Result<Mailer, MailError> {
        let from: Mailbox = cfg
            .from
            .parse()
            .map_err(|_| MailError::InvalidFrom(cfg.from.clone()))?;
        let mut builder = if cfg.starttls {
            AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&cfg.host)
                .map_err(|e| MailError::Setup(e.to_string()))?
        } else {
            AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&cfg.host)
        };
        builder = builder
            .port(cfg.port)
            .timeout(Some(Duration::from_secs(30)));
        if let (Some(user), Some(pass)) = (cfg.username, cfg.password) {
            builder = builder.credentials(Credentials::new(user, pass));
        }
        Ok(Mailer {
            from,
            transport: builder.build(),
        })
    }

    /// Sends one plain-text UTF-8 message to one recipient.
    pub async fn send(&self, to: &str, subject: &str, body_text: &str) -> Result<(), MailError> {
        let to_box: Mailbox = to
            .trim()
            .parse()
            .map_err(|_| MailError::InvalidTo(to.to_string()))?;
        let msg = Message::builder()
            .from(self.from.clone())
            .to(to_box)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body_text.to_string())
            .map_err(|e| MailError::Build(e.to_string()))?;
        self.transport
            .send(msg)
            .await
            .map_err(|e| MailError::Send(e.to_string()))?;
        Ok(())
    }
}
