//! The mailer against the in-process SMTP server of veilig-testkit.

use std::time::Duration;
use veilig_mail::{MailConfig, MailError, Mailer};
use veilig_testkit::SmtpServer;

fn config(port: u16) -> MailConfig {
    MailConfig {
        host: "127.0.0.1".into(),
        port,
        from: "veilig <veilig@example.nl>".into(),
        username: None,
        password: None,
        starttls: false,
    }
}

#[tokio::test]
async fn sends_plain_text_utf8() {
    let smtp = SmtpServer::start().await;
    let mailer = Mailer::new(config(smtp.port())).expect("mailer");
    mailer
        .send(
            "eva@bakkerij.nl",
            "Budget bijna op: €40 van €50",
            "Hallo Eva,\n\nDe sleutel 'marketing' heeft €40,00 van €50,00 gebruikt. Café ✓\n",
        )
        .await
        .expect("send");
    let msgs = smtp
        .wait_for_messages(1, Duration::from_secs(10))
        .await
        .expect("message");
    assert_eq!(msgs.len(), 1);
    let m = &msgs[0];
    assert!(m.from.contains("veilig@example.nl"), "{}", m.from);
    assert_eq!(m.to, vec!["eva@bakkerij.nl".to_string()]);
    assert_eq!(m.subject().as_deref(), Some("Budget bijna op: €40 van €50"));
    assert!(
        m.body().contains("€40,00 van €50,00 gebruikt. Café ✓"),
        "{}",
        m.body()
    );
}

#[tokio::test]
async fn bad_addresses_are_errors() {
    assert!(matches!(
        Mailer::new(MailConfig {
            from: "not an address".into(),
            ..config(25)
        }),
        Err(MailError::InvalidFrom(_))
    ));
    let mailer = Mailer::new(config(25)).expect("mailer");
    assert!(matches!(
        mailer.send("nope", "s", "b").await,
        Err(MailError::InvalidTo(_))
    ));
}

#[tokio::test]
async fn unreachable_server_is_an_error() {
    let port = veilig_testkit::free_port().expect("port");
    let mailer = Mailer::new(config(port)).expect("mailer");
    assert!(matches!(
        mailer.send("a@b.nl", "s", "b").await,
        Err(MailError::Send(_))
    ));
}

#[tokio::test]
async fn one_reconfiguration_moves_every_clone_to_the_new_server() {
    let first = SmtpServer::start().await;
    let second = SmtpServer::start().await;
    let mailer = Mailer::unconfigured();
    let alerts = mailer.clone();
    assert!(matches!(
        alerts.send("eva@bakkerij.nl", "s", "b").await,
        Err(MailError::NotConfigured)
    ));
    mailer.configure(config(first.port())).expect("configure");
    alerts
        .send("eva@bakkerij.nl", "een", "b")
        .await
        .expect("send");
    // A bad configuration keeps the working one.
    assert!(mailer
        .configure(MailConfig {
            from: "geen adres".into(),
            ..config(second.port())
        })
        .is_err());
    alerts
        .send("eva@bakkerij.nl", "twee", "b")
        .await
        .expect("send");
    mailer.configure(config(second.port())).expect("configure");
    alerts
        .send("eva@bakkerij.nl", "drie", "b")
        .await
        .expect("send");
    let a = first
        .wait_for_messages(2, Duration::from_secs(10))
        .await
        .expect("two messages on the first server");
    let b = second
        .wait_for_messages(1, Duration::from_secs(10))
        .await
        .expect("one message on the second server");
    assert_eq!(a.len(), 2);
    assert_eq!(b[0].subject().as_deref(), Some("drie"));
    mailer.clear();
    assert!(!alerts.is_configured());
}
